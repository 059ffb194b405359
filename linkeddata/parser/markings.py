"""The markings on a body's header lines: its classifications and its priority.

A marking line holds nothing else: a classification or a priority, or several joined by a
comma, a dash, a stop or "and", with handling caveats among them ("Top Secret, Personal and
Urgent"). A line with any other word is text ("Secret Service", "Top secret plans.").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..record import Located
from .body_numbers import FRAME_LINE_LENGTH
from .header_labels import GRADE_AND_PRECEDENCE, labelled_marking
from .number_markings import marked_number
from .vocabulary import (
    ALLIANCE,
    CLASSIFICATIONS,
    PRIORITIES,
    classification_of,
    highest,
    is_caveat,
    is_grade,
    wording_key,
)

_COPY_SUFFIX = re.compile(
    r"[\s.,;]*\b(?:(?i:copy|exemplar|ex\.)\s*(?:No\.?|N[º°]|№|#)?|(?:No\.?|N[º°]|№|#))\s*\d+.*$"
)
"""A copy's or the document's number after a marking: "Secret. Copy Nº 1", "Strictly
confidential No. 42389"."""
_MARKING_HINT = re.compile(
    rf"[(\[ ]*(?:{ALLIANCE.pattern})?(?:"
    + "|".join(map(re.escape, sorted({w.split()[0] for w in [*CLASSIFICATIONS, *PRIORITIES]})))
    + ")",
    re.IGNORECASE,
)
"""The first word of a classification or a priority, which every marking line opens with, after
an alliance's prefix ("NATO SECRET")."""
_PARTS = re.compile(r"\s*[,;]\s*|\s+[-\u2013\u2014]\s+|(?<=[.!])\s+|\s+(?i:and|&)\s+")
"""Marks on one line: "Secret, Urgent", "Strictly Secret - Of Special Importance", "Top
Secret and Personal"."""
_JOINED = re.compile(r"(?<=[^\W\d_])[-/\u2013](?=[^\W\d_])")
"""A hyphen or a slash joining two marks with no space: "SECRET-URGENT"."""
_COPY_COUNT = re.compile(
    r"(?:[^\W\d_]+\s+){1,3}\d{1,3}\s+(?i:cop(?:y|ies)|p[ée]ld[áa]ny\w*|egz\.?|egzemplarz\w*"
    r"|exemplar\w*|экз\.?|экземпляр\w*|v[ýy]tisk\w*)\.?"
)
"""How many copies were made, a note on the marking's line: "Made in 4 copies", the
Hungarian "Készült 4 példányban", the Polish "Sporządzono w 2 egz."."""
_NOTE_SUFFIX = re.compile(r"(?<=\S)\s*[(\[][^()\[\]]*[)\]]$")
"""A bracket at the end of a marking line: a note ("TOP SECRET (Synthetic)") or a second
marking ("Top secret (Special File)")."""


def classifications(lines: list[tuple[int, str]]) -> tuple[Located[str], ...]:
    """Keys of classification lines: ``Top secret!``, ``(Top Secret)``, ``Secret. Copy Nº 1``;
    grades on one line ("Secret and Confidential, Urgent"), or a grade and its qualifier on
    the line below, are one marking, the higher."""
    keys: list[Located[str]] = []
    above: list[str] = []  # the keys of the line above
    for line, written in lines:
        marks = _marks(written, classification_of)
        if len(grades := [key for key in marks if is_grade(key)]) > 1:
            marks = [key for key in marks if not is_grade(key) or key == highest(*grades)]
        if len(above) == len(marks) == 1 and is_grade(above[0]) and is_grade(marks[0]):
            joined = next(key for key in keys if key.value == above[0])  # "Strict secret" /
            keys.remove(joined)  # "De importanță deosebită", where the marking begins
            marks, line = [highest(above[0], marks[0])], joined.line
        for key in marks:
            if key not in (found.value for found in keys):
                keys.append(Located(key, line))
        above = marks
    return tuple(keys)


def priority(head: list[tuple[int, str]]) -> Located[str] | None:
    """The priority on a header line, alone ("Very urgent") or with the marking ("SECRET -
    IMMEDIATE"): the first one."""
    for line, written in head:
        for key in _marks(written, lambda part: PRIORITIES.get(wording_key(part))):
            return Located(key, line)
    return None


def _marks(written: str, scheme: Callable[[str], str | None]) -> list[str]:
    """The keys one scheme gives the parts of a marking line (none if it is no such line)."""
    if len(written) > 2 * FRAME_LINE_LENGTH:
        return []  # a paragraph: even spaced out or labelled, no marking is this long
    text = labelled_marking(written)  # "Classification: Top Secret", "SECRET STATE 0123"
    if (marked := marked_number(text)) is not None:
        text = marked[1]  # "No. 37/1963/Top Secret": the marking after the number
    elif (graded := GRADE_AND_PRECEDENCE.match(text)) is not None:
        text = f"{graded['grade']}, {graded['precedence']}"  # "CONFIDENTIAL  IMMEDIATE"
    if len(text) > FRAME_LINE_LENGTH or not _MARKING_HINT.match(text):
        return []
    note = _NOTE_SUFFIX.search(text)
    core = text if note is None else text[: note.start()]  # "TOP SECRET (Synthetic)"
    core = core.strip("()[] ")
    numbered = _COPY_SUFFIX.search(core)
    core = core[: numbered.start()].strip("()[] ") if numbered else core
    split = [core] if classification_of(core) else _PARTS.split(core)
    if note is not None and classification_of(marking := note.group().strip("()[] ")):
        split.append(marking)  # "Top secret (Special File)": a marking, no note
    if not all(_is_mark(part) for part in split):
        return []
    if numbered and not any(classification_of(part) for part in split):
        return []  # "Special No. 456": a word labelling a number is no priority
    return [key for part in split if (key := scheme(part) or _joined(part, scheme)) is not None]


def _joined(part: str, scheme: Callable[[str], str | None]) -> str | None:
    """The key one scheme gives a mark joined to the marking by a hyphen or a slash, with no
    space: the priority of "SECRET-URGENT", "SECRETO-URGENTÍSSIMO", "Secret/Urgent"."""
    joined = _JOINED.split(part)
    return next((key for mark in joined[1:] if (key := scheme(mark)) is not None), None)


def _is_mark(part: str) -> bool:
    """A classification, a priority, a handling caveat or a copy count: "Secret", "Urgent",
    "Personal", "Made in 4 copies"."""
    return bool(
        classification_of(part)
        or PRIORITIES.get(wording_key(part))
        or is_caveat(part)
        or _COPY_COUNT.fullmatch(part)
    )
