"""Dates as a person reads them, from the lexical forms the graph holds.

>>> readable("1967-05-01"), readable("1980-12"), readable("1955"), readable("1955", True)
('1 May 1967', 'December 1980', '1955', '[1955]')
>>> readable(None)
'undated'

Ranges, approximations and the other EDTF forms the converter writes (ISO 8601-2):

>>> readable("1950~"), readable("1967?"), readable("195X"), readable("1968-21")
('c. 1950', '1967?', '1950s', 'Spring 1968')
>>> readable("1967-05-01/1967-05-03"), readable("1950/.."), readable("../1952-06")
('1 May 1967 – 3 May 1967', 'from 1950', 'until June 1952')
"""

from __future__ import annotations

import functools
import re

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
SEASONS = {"21": "Spring", "22": "Summer", "23": "Autumn", "24": "Winter"}
_DECADE = re.compile(r"(-?\d{3})X")
_SEASON = re.compile(r"(-?\d{4})-(2[1-4])")
_DATE = re.compile(r"(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


@functools.lru_cache(maxsize=8192)  # a listing of a thousand shows many dates again
def readable(date: str | None, editorial: bool = False) -> str:
    """``1 May 1967`` for ``1967-05-01``; a cataloguer's date in brackets, as catalogues
    print it; anything unexpected as it is."""
    if date is None:
        return "undated"
    text = _interval(date)
    return f"[{text}]" if editorial else text


def _interval(date: str) -> str:
    start, slash, end = date.partition("/")
    if not slash:
        return _qualified(date)
    if start in ("", ".."):
        return f"until {_qualified(end)}"
    if end in ("", ".."):
        return f"from {_qualified(start)}"
    return f"{_qualified(start)} – {_qualified(end)}"


def _qualified(date: str) -> str:
    """A date with EDTF's ``~`` (approximate), ``?`` (uncertain) or ``%`` (both)."""
    mark = date[-1:] if date[-1:] in ("~", "?", "%") else ""
    text = _single(date[: len(date) - len(mark)])
    if mark in ("~", "%"):
        text = f"c. {text}"
    return f"{text}?" if mark in ("?", "%") else text


def _single(date: str) -> str:
    decade = _DECADE.fullmatch(date)
    if decade:
        return f"{decade.group(1)}0s"
    season = _SEASON.fullmatch(date)
    if season:
        return f"{SEASONS[season.group(2)]} {season.group(1)}"
    found = _DATE.match(date)
    text = date
    if found:
        year, month, day = found.groups()
        text = year
        if month and 1 <= int(month) <= 12:
            text = f"{MONTHS[int(month) - 1]} {year}"
            if day:
                text = f"{int(day)} {text}"
    return text
