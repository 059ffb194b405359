"""The tags of a title and its quoted subject: dates in every form titles write them,
classification, priority and copy marks (alone or bracketed), and the comma-separated
segments the tags are read from ("May 1, 1967" kept whole)."""

from __future__ import annotations

import re

from ..record import Located
from .dates import DATE_TEXT_FULL, ROMAN_DATE, read_date_line
from .text import Joined, trimmed
from .vocabulary import MONTH_PATTERN, PRIORITIES, classification_of
from .vocabulary import wording_key as _key

_SEGMENT = re.compile(r"[^,]+")
_MONTH_DAY = re.compile(
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?|\b\d{{1,2}}\s+{MONTH_PATTERN})$"
)
""""May 1" of "May 1, 1967", "June 20-23" of "June 20-23, 1997" (the days of a meeting), "5
April" of "5 April, 1956"."""
_OTHER_DATE = re.compile(
    rf"^(?:{ROMAN_DATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|(?i:spring|summer|autumn|fall|winter),?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+,\s+\d{4})$"
)
"""Dates in the other forms titles use, never registry numbers nor names."""
_DAY_MONTH = re.compile(rf"\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}")
_MARK_SEPARATOR = re.compile(r"\s*[,;/]\s*")
_YEAR = re.compile(r"\s*\d{4}\b")
YEARS = re.compile(r"^(?:1[89]|20)\d{2}\s*[-\u2013/]\s*(?:(?:1[89]|20)\d{2}|\d{2})$")
"""Years a title covers, no registry number: "Chronology of Relations, 1949-1961"."""

_QUOTE = "['\"\u2018\u201c\u201e]"
_SUBJECT_WORD = r"(?i:on|about|concerning|regarding|zur|zum|über|betreffend)\s"
_OPEN_QUOTE = re.compile(
    rf"(?:^|[,:]\s*)(?P<q>{_QUOTE})|(?<=\s)(?P<bare>{_QUOTE})(?={_SUBJECT_WORD})"
)
"""A quote that opens a subject: after a comma or a colon, or straight after a body's name when
a subject's preposition opens it ("Resolution of the CC CPSU Presidium 'On the Situation in
Hungary'", „Zur Lage ..."); a quoted word inside a name ("the 'Testov' Division") is none."""
# Opening quote -> the characters that may close it (typists mix ASCII and curly quotes).
_CLOSING = {
    "'": "'\u2019",
    '"': '"\u201d',
    "\u2018": "\u2019'",
    "\u201c": '\u201d"',
    "\u201e": '\u201c\u201d"',
}
_SUBJECT_LABEL = re.compile(r"^(?i:subject|re|concerning)\s*:\s*(?=\S)")  # 'Subject: Korea'
_SUBJECT_END = re.compile(r"\s*(?:,|$)")
_SUBJECT_MASK = ","  # a masked subject reads as empty segments
_HANDLING_CAVEAT = re.compile(
    r"^(?i:nodis|exdis|limdis|noforn|orcon|wnintel|(?:[A-Z][\w'’-]*\s+)?eyes\s+only)$"
)
"""A handling caveat of American cables alone in a segment ("Nodis", "Limdis", "Eyes Only",
"Kissinger Eyes Only"): it restricts distribution, so it is a marking, never a name."""
_COMPOUND = re.compile(r"\s*[-/\u2013]\s*")
_COMPOUND_LENGTH = 40
_BRACKETED_MARK = re.compile(r"[(\[](?P<mark>[^()\[\]]{2,40})[)\]]")
_EDITORIAL_MARK = re.compile(r"\[(?i:sic|illegible|unclear|\?)\s*[!?]?\]|\((?i:sic|\?)\s*[!?]?\)")
"""An editor's mark on the wording before it ("[sic]", "[sic!]", "[?]", "(?)", "[illegible]"):
it says how the original reads, and is no part of a name nor a tag."""
_COPY_NOTE = re.compile(
    r"(?i:(?:unofficial\s+|partial\s+|full\s+)?(?:copy|draft|excerpts?|extract|translation|original"
    r"|summary)|not\s+sent|unsent)"
)


def bracketed_marks(joined: Joined) -> tuple[Joined, list[Located[str]]]:
    """The title with its bracketed markings blanked out, and the markings: a classification,
    a priority or a note on the copy between the type and the parties ("Telegram No. 1523
    (Secret) from X to Y", "Letter (Copy) from X", "... to Y (Extra Urgent)") is no part of
    a name and does not end the title's head; an editor's mark ("Kim Ju-in [sic]") is blanked
    out too, so the name before it is read as if unmarked."""
    text = _EDITORIAL_MARK.sub(lambda found: " " * len(found.group()), joined.text)
    marks: list[Located[str]] = []
    for found in _BRACKETED_MARK.finditer(text):
        inner = found["mark"].strip()
        parts = [part.strip() for part in _MARK_SEPARATOR.split(inner)]
        if all(is_mark(part) for part in parts) or is_date(inner):
            line = joined.line_at(found.start("mark"))
            marks.extend(Located(part, line) for part in ([inner] if is_date(inner) else parts))
            text = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
    return (Joined(text, joined.starts, joined.lines) if text != joined.text else joined), marks


def compound_marking(segment: str) -> tuple[str, str] | None:
    """The classification and the priority of a segment that joins them with a dash or a
    slash ("SECRET-URGENT", "Secret/Urgent", "Urgent - Secret"), as keys."""
    if len(segment) > _COMPOUND_LENGTH:
        return None  # a marking is short (and a run of spaces is never split twice over)
    parts = _COMPOUND.split(segment)
    if len(parts) != 2:
        return None
    for marking, urgency in (parts, parts[::-1]):
        key, priority = classification_of(marking), PRIORITIES.get(_key(urgency))
        if key is not None and priority is not None:
            return key, priority
    return None


def handling_caveat(segment: str) -> bool:
    """Whether a title's segment is a handling caveat alone: "Nodis", "Exdis", "Eyes Only"."""
    return _HANDLING_CAVEAT.match(segment) is not None


def subject_start(written: Joined, masked: Joined) -> int | None:
    """Where the masked quoted subject begins, if the title has one."""
    pairs = zip(written.text, masked.text, strict=True)
    return next((at for at, (was, now) in enumerate(pairs) if was != now), None)


def is_mark(text: str) -> bool:
    """A classification, a priority or a note on the copy: "Secret", "Extra Urgent", "Copy"."""
    return bool(classification_of(text) or PRIORITIES.get(_key(text)) or _COPY_NOTE.fullmatch(text))


def is_date(text: str) -> bool:
    """A date as titles write it: "5 April 1956", "5.IV.1956", "1956-04-05", "Spring 1956",
    "Late May 1950", "12 May" (the year the date line's), and whatever a date line can be."""
    return bool(
        DATE_TEXT_FULL.match(text)
        or YEARS.match(text)
        or _OTHER_DATE.match(text)
        or _DAY_MONTH.fullmatch(text)
        or (any(c.isdigit() for c in text) and read_date_line(text, 0) is not None)
    )


def segments(text: str, start: int) -> list[tuple[int, int]]:
    """Comma-separated spans of the title, a "May 1, 1967" date kept in one span."""
    spans: list[tuple[int, int]] = []
    for match in _SEGMENT.finditer(text, start):
        if spans and _YEAR.match(match.group()) and _MONTH_DAY.search(text, *spans[-1]):
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append(match.span())
    return spans


def quoted_subject(joined: Joined, start: int) -> tuple[Located[str] | None, Joined]:
    """A quoted subject ("Letter from X, 'Subject'") and the title with it masked out."""
    text = joined.text
    opening = _OPEN_QUOTE.search(text, start)
    if opening is None:
        return None, joined
    first = opening.end()
    closing = _CLOSING[opening["q"] or opening["bare"]]
    for end in range(first, len(text)):
        if text[end] in closing and _closes(text, end):
            subject = trimmed(joined.located(first, end), ",")
            if subject is not None and (label := _SUBJECT_LABEL.match(subject.value)):
                subject = Located(subject.value[label.end() :], subject.line)
            if subject is None:
                return None, joined
            masked = text[: first - 1] + _SUBJECT_MASK * (end + 2 - first) + text[end + 1 :]
            return subject, Joined(masked, joined.starts, joined.lines)
    return None, joined


def _closes(text: str, end: int) -> bool:
    """Whether the quote at ``end`` closes the subject rather than being an apostrophe."""
    if _SUBJECT_END.match(text, end + 1):  # 'Subject', ... or 'Subject' at the end
        return True
    followed_by_space = end + 1 == len(text) or text[end + 1].isspace()
    return followed_by_space and (text[end - 1] == "," or text[end] == "\u201d")


def marking_before_type(
    joined: Joined, found: tuple[str, int, int] | None
) -> tuple[Located[str], Located[str]] | None:
    """A classification of two words or more before the type ("Top Secret Letter from X to Y",
    "Strictly Confidential Memorandum"); never one word, which names the kind ("Secret Speech",
    "Confidential Conversation")."""
    before = joined.text[: found[1]].strip() if found is not None else ""
    key = classification_of(before) if len(before.split()) > 1 else None
    marked = joined.located(0, len(before)) if key else None
    return None if key is None or marked is None else (Located(key, marked.line), marked)
