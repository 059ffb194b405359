"""Dates as a person reads them, from the lexical forms the graph holds.

>>> readable("1967-05-01"), readable("1980-12"), readable("1955"), readable("1955", True)
('1 May 1967', 'December 1980', '1955', '[1955]')
>>> readable(None)
'undated'
"""

from __future__ import annotations

import re

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_DATE = re.compile(r"(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


def readable(date: str | None, editorial: bool = False) -> str:
    """``1 May 1967`` for ``1967-05-01``; a cataloguer's date in brackets, as catalogues
    print it; anything unexpected as it is."""
    if date is None:
        return "undated"
    found = _DATE.match(date)
    text = date
    if found:
        year, month, day = found.groups()
        text = year
        if month and 1 <= int(month) <= 12:
            text = f"{MONTHS[int(month) - 1]} {year}"
            if day:
                text = f"{int(day)} {text}"
    return f"[{text}]" if editorial else text
