"""Split a record's text into its parts: the bold head (date line and title) and sections.

One pass over the lines. A bold ``**Name:**`` line opens a section; before the first one,
bold lines are the date line and the title. Once the body (``Contents``) has begun, only a
known heading ends it: any other bold line there is body text. Funder lines are taken out
wherever they stand, so they never leak into a summary or a body; a funder sentence ending
another line is taken out only outside the body. Outside the body, a line's
Markdown quote mark (``> ``, as some exports set the citation) is layout, not text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..record import ParseWarning
from .vocabulary import SECTIONS, wording_key

Numbered = list[tuple[int, str]]

_FUNDER = re.compile(
    r"^(?i:(?:this (?:document|record|translation) was )?made possible"
    r" (?:with|by|through) (?:the )?(?:generous )?(?:support|funding) (?:from|of|by))"
    r"\s+(?P<names>(?:[^.]|\.(?!\s)|(?<=\b[A-Z])\.)+?)\.?$"
)
"""A funder line, with or without "This document was" before "made possible": "Made possible
with support from the Korea Foundation." (one sentence: the names hold no full stop before a
space, but after an initial: "the John D. and Catherine T. MacArthur Foundation")."""
_GLUED_FUNDER = re.compile(
    r"(?<=[.;])\s+(?=(?i:(?:this (?:document|record|translation) was )?made possible)\s)"
)
"""A funder sentence after another on the same line, as a citation paragraph may end; in the
body such a sentence is the document's own text."""
_INLINE_HEADING = re.compile(r"^\*\*(?P<name>[^*:]{1,40}?)(?::\*\*|\*\*:)\s+(?P<text>\S.*)$")
"""A known heading with its text on the same line: "**Original Language:** Russian"."""
_UNKNOWN_HEADING_WORDS = 4
_HEADING_LENGTH = 64
_EMPTY_BOLD_LENGTH = 5  # "**x**"


@dataclass
class Section:
    """A section's heading line and its lines (file line, text with trailing space stripped)."""

    heading_line: int
    lines: Numbered = field(default_factory=list)


@dataclass
class Layout:
    """What the splitter found: head bold lines, known sections, funder phrases, warnings."""

    bold: Numbered = field(default_factory=list)
    sections: dict[str, Section] = field(default_factory=dict)
    funders: Numbered = field(default_factory=list)
    stray_line: int = 0  # first non-bold line before the first section (0: none)


def split_layout(text: str, warnings: list[ParseWarning]) -> Layout:
    """Split the text into head and sections, warning about what it cannot place."""
    layout = Layout()
    current: Section | None = None  # None while in the head
    in_body = bold_open = False
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        stripped = line.lstrip()
        if "ade possible" in stripped and (funder := _FUNDER.match(stripped)):
            layout.funders.append((number, funder["names"]))
            continue
        glued = _GLUED_FUNDER.search(line) if "ade possible" in stripped and not in_body else None
        if glued is not None and (funder := _FUNDER.match(line[glued.end() :])) is not None:
            layout.funders.append((number, funder["names"]))  # "... Translated by X. This
            line = line[: glued.start()]  # document was made possible with support from Y."
            stripped = line.lstrip()
        if stripped.startswith("**") and (found := _section_heading(stripped, in_body)):
            heading, inline = found
            if bold_open:
                warnings.append(ParseWarning("bold text not closed before this heading", number))
                bold_open = False
            current = _open_section(layout, heading, number, warnings)
            in_body = heading == "contents"
            if inline:  # "**Summary:** The text." on one line
                current.lines.append((number, inline))
            continue
        if current is not None:
            if not in_body and stripped.startswith(">"):  # a Markdown quote: "> "The title," ..."
                line = stripped[1:].lstrip()
            current.lines.append((number, line))
        else:
            bold_open = _head_line(layout, number, stripped, bold_open)
    if layout.stray_line:
        warnings.append(
            ParseWarning("text before the first section is not bold", layout.stray_line)
        )
    return layout


def _section_heading(stripped: str, in_body: bool) -> tuple[str, str] | None:
    """A heading line's section key and the text that follows it on the line, if any."""
    if (heading := _heading(stripped, in_body)) is not None:
        return heading, ""
    inline = _INLINE_HEADING.match(stripped)
    if inline is not None and (key := SECTIONS.get(wording_key(inline["name"].strip()))):
        return key, inline["text"]
    return None


@lru_cache(maxsize=1024)  # the same few heading lines recur in every record
def _heading(stripped: str, in_body: bool) -> str | None:
    """The section key of a heading line, "" for an unknown heading, None for no heading."""
    if len(stripped) > _HEADING_LENGTH:
        return None
    colon_after = stripped.endswith(":")  # **Name**:
    core = stripped[:-1] if colon_after else stripped
    if len(core) < _EMPTY_BOLD_LENGTH or not core.endswith("**"):
        return None
    name = core[2:-2].strip()
    colon = colon_after or name.endswith(":")
    name = name.removesuffix(":").rstrip()
    if not name or "*" in name:
        return None
    key = SECTIONS.get(wording_key(name))
    if key is not None:
        return key
    if colon and not in_body and len(name.split()) <= _UNKNOWN_HEADING_WORDS:
        return ""
    return None


def _open_section(layout: Layout, key: str, number: int, warnings: list[ParseWarning]) -> Section:
    """Start a section; an unknown or repeated one is read into a section that is dropped."""
    if not key:
        warnings.append(ParseWarning("unknown section heading (its text is ignored)", number))
        return Section(number)
    if key in layout.sections:
        first = layout.sections[key].heading_line
        warnings.append(
            ParseWarning(f"duplicate {key} section (the one on line {first} is kept)", number)
        )
        return Section(number)
    section = layout.sections[key] = Section(number)
    return section


def _head_line(layout: Layout, number: int, stripped: str, bold_open: bool) -> bool:
    """Record one head line (bold or not); return whether a bold span is still open."""
    if not stripped:
        return bold_open
    opens = stripped.startswith("**")
    closes = stripped.endswith("**") and (len(stripped) >= 4 or not opens)
    if not (opens or bold_open):
        layout.stray_line = layout.stray_line or number
        return False
    inner = stripped[2:] if opens else stripped
    inner = inner[:-2] if closes else inner
    if inner.strip():
        layout.bold.append((number, inner.strip()))
    return (bold_open or opens) and not closes
