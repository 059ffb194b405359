"""The title's date as a second witness of the record's date.

Catalogues often date a record twice: the date line, and the end of the title ("Telegram from
Dobrynin to the Foreign Ministry, 27 October 1962"). The date line rules; the title's date
makes it more precise when they agree (a date line "1962", a title "27 October 1962"; "June
1997" and "June 20-23, 1997"), spans it when the title gives the days of a meeting the date
line opens ("29 November-1 December 1976") and the record is the meeting's own (its minutes,
transcript or notes; a report or a letter on it was written on the date line's day), stands
in for it when the record has none, and is reported when they disagree.
"""

from __future__ import annotations

from dataclasses import replace

from ..record import ParseWarning, RecordDate, Title
from .dates import read_date_line
from .vocabulary import MESSAGE_TYPES

_PRECISION = {"year": 1, "month": 2, "day": 3}
_ABOUT_TYPES = (MESSAGE_TYPES - {"note"}) | {
    "report",
    "information",
    "memorandum",
    "article",
    "speech",
    "remarks",
}
"""Types written on one day about a meeting, never its own record: "Information on the Meeting
of the Committee of Defense Ministers, Bucharest, 1-2 December 1981" dated December 2 (notes
may be the meeting's own: "Notes of the Meeting ...")."""


def with_title_date(
    date: RecordDate | None, title: Title | None, warnings: list[ParseWarning]
) -> RecordDate | None:
    """The record's date, read again with the title's date."""
    said = title.date_text if title is not None else None
    written = read_date_line(said.value, said.line) if said is not None else None
    if written is None or written.iso is None or written.precision is None:
        return date
    if date is None:
        return written  # no date line, no date in the citation: the title's is the date
    if date.iso is None or date.precision is None:
        return replace(date, iso=written.iso, precision=written.precision, inferred=True)
    own = title is None or title.doc_type is None or title.doc_type.value not in _ABOUT_TYPES
    if _finer(written, date) or (own and _spans(written, date)):
        return replace(date, iso=written.iso, precision=written.precision)
    if not _agree(written, date):
        message = f"the title's date {written.text!r} disagrees with the date line {date.text!r}"
        warnings.append(ParseWarning(f"{message}: the date line is kept", written.line))
    return date


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
