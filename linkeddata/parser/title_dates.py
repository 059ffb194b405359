"""The title's date as a second witness of the record's date.

Catalogues often date a record twice: the date line, and the end of the title ("Telegram from
Dobrynin to the Foreign Ministry, 27 October 1962"). The date line rules; the title's date
makes it more precise when they agree (a date line "1962", a title "27 October 1962"), stands
in for it when the record has none, and is reported when they disagree. A range in the title
("June 20-23, 1997", "29 November-1 December 1976", "1950-1953") is the time of what the title
names, a meeting, a trip, a period covered: it is the record's own date only in a record kept
as it happened (a meeting's minutes, transcript or notes, a diary); a report, a letter, a
chronology or a survey of it was written at the date line's time, or after.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..record import ParseWarning, RecordDate, Title
from .dates import read_date_line

_OR = re.compile(r"\s(?i:or)\s")
_PRECISION = {"year": 1, "month": 2, "day": 3}
_KEPT_AS_IT_HAPPENED = frozenset(
    {"record-of-conversation", "minutes", "note", "transcript", "diary"}
)
"""Types written over the days they record, whose title's range is their own date: "Notes of
the Meeting ..., 28-29 March 1961", "Diary of X, 1-15 May 1956"; any other type's range is the
time of an event or a period it names ("Report ... on His Trip to Moscow, 15-17 March 1977",
"Survey of Relations, 1945-1960")."""


def with_title_date(
    date: RecordDate | None, title: Title | None, warnings: list[ParseWarning]
) -> RecordDate | None:
    """The record's date, read again with the title's date."""
    said = title.date_text if title is not None else None
    written = read_date_line(said.value, said.line) if said is not None else None
    if written is None or written.iso is None or written.precision is None:
        return date
    kind = title.doc_type.value if title is not None and title.doc_type is not None else None
    if _period(written) and kind not in _KEPT_AS_IT_HAPPENED:
        return date  # the time of an event or a period the title names, not of the record
    if date is None:
        return written  # no date line, no date in the citation: the title's is the date
    if date.iso is None or date.precision is None:
        return replace(date, iso=written.iso, precision=written.precision, inferred=True)
    if _finer(written, date) or _spans(written, date):
        return replace(date, iso=written.iso, precision=written.precision)
    if not _agree(written, date):
        message = f"the title's date {written.text!r} disagrees with the date line {date.text!r}"
        warnings.append(ParseWarning(f"{message}: the date line is kept", written.line))
    return date


def _period(written: RecordDate) -> bool:
    """A span of time from one date to another: "15-17 March 1977", "1950-1953"; not an open
    bound ("after 1960") nor a choice between two dates ("1956 or 1957"), which date the record."""
    start, _, end = (written.iso or "").partition("/")
    bounded = start not in ("", "..") and end not in ("", "..")
    return bounded and _OR.search(written.text) is None


def _finer(title: RecordDate, line: RecordDate) -> bool:
    """A title's exact date, or range of days, inside the date line's month or year: "1962"
    and "27 October 1962", "June 1997" and "June 20-23, 1997"."""
    inside = all(end.startswith(f"{line.iso}-") for end in (title.iso or "").split("/"))
    if title.precision == "edtf" and "/" in (title.iso or ""):
        return inside and line.precision in _PRECISION  # "1997-06-20/1997-06-23"
    finer = _PRECISION.get(title.precision or "", 0) > _PRECISION.get(line.precision or "", 9)
    return finer and inside


def _spans(title: RecordDate, line: RecordDate) -> bool:
    """A title's range of days that the date line's day opens or falls in."""
    start, _, end = (title.iso or "").partition("/")
    day = line.iso or ""
    return line.precision == "day" and len(start) == len(end) == len(day) and start <= day <= end


def _agree(title: RecordDate, line: RecordDate) -> bool:
    """Whether two dates can be the same: one holds the other, or they overlap."""
    a, b = (title.iso or "").rstrip("~?%"), (line.iso or "").rstrip("~?%")
    if "/" in a or "/" in b or "X" in a or "X" in b:
        return True  # ranges, decades: not compared
    return a.startswith(b) or b.startswith(a)
