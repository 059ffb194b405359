"""Exact dates: a day, a month or a year as catalogues write them, read into ISO 8601.

The date line's other forms (approximate, ranged, seasonal) are EDTF built from these
(:mod:`.dates`): each end of a range, each approximate date, is an exact date first.
"""

from __future__ import annotations

import re

from ..record import Precision
from .vocabulary import MONTH_PATTERN, MONTHS

_M = MONTH_PATTERN
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_QUOTED_DAY = rf"[\"“„«]?{_DAY}[\"”“»]?"
"""A day, in quotes as Russian documents write it before the month: '"14" May 1950'."""

# Date-line forms, tried in order; each names the parts it carries.
_DATE_LINE_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        rf"^(?P<m>{_M})\s+{_DAY},?\s*(?P<y>\d{{4}})$",  # May 1, 1967 / June 07, 1973
        rf"^{_QUOTED_DAY}\s+(?P<m>{_M}),?\s*(?P<y>\d{{4}})$",  # 1 May 1967, "1" May 1967
        rf"^(?P<m>{_M}),?\s*(?P<y>\d{{4}})$",  # December 1980 / August, 1962
        r"^(?P<y>\d{4})(?:-(?P<mn>\d{2})(?:-(?P<d>\d{2}))?)?$",  # 1955 / 1955-05 / 1955-05-01
        rf"^(?P<y>\d{{4}}),?\s+(?P<m>{_M})\s+{_DAY}$",  # 1969 May 3, 1962, October 27
        r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})$",  # 10/27/1962, 27/10/1962
        r"^(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>\d{4})$",  # 31.12.1966
        r"^(?P<y>\d{4})\.(?P<mn>\d{1,2})\.(?P<d>\d{1,2})$",  # 1953.03.05
        r"^(?P<d>\d{1,2})(?:\.\s?|\s)(?P<rm>[IVX]{1,4})(?:\.\s?|\s)(?P<y>\d{4})$",  # 5.III.1953
    )
)
_ROMAN_MONTHS = {
    r: n
    for n, r in enumerate(
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"], 1
    )
}


def iso_date(text: str) -> tuple[str, Precision] | None:
    """The ISO 8601 form and precision of a date line, or None if it is not a valid date."""
    for form in _DATE_LINE_FORMS:
        match = form.match(text)
        if match is not None:
            parts: dict[str, str | None] = match.groupdict()
            if parts.get("a") is not None:
                a, b = int(parts["a"] or 0), int(parts["b"] or 0)
                if not (0 < a <= 31 and 0 < b <= 31) or min(a, b) > 12:
                    return None  # "13/14/1962", "0/5/1962": no day and month
                parts |= _slashed(a, b)
                if parts.get("mn") is None:
                    return _valid_iso(parts["y"] or "", None, None)
            if parts.get("rm") is not None and _month(parts) is None:
                return None  # "5.XIII.1953": no such month
            return _valid_iso(parts["y"] or "", _month(parts), parts.get("d"))
    return None


def _slashed(a: int, b: int) -> dict[str, str | None]:
    """Month and day of "a/b/year", in whichever order only one reading allows: "27/10/1962"
    and "10/27/1962" are 27 October; "5/6/1962" may be either, and gives the year alone."""
    if a > 12 >= b:
        return {"d": str(a), "mn": str(b)}
    if b > 12 >= a:
        return {"d": str(b), "mn": str(a)}
    return {"d": None, "mn": None} if a != b else {"d": str(a), "mn": str(b)}


def _month(parts: dict[str, str | None]) -> int | None:
    """The month number of a date match, from its name, its Roman numeral or its digits."""
    if name := parts.get("m"):
        return MONTHS[name.rstrip(".").casefold()]
    if roman := parts.get("rm"):
        return _ROMAN_MONTHS.get(roman)
    number = parts.get("mn")
    return None if number is None else int(number)


def _valid_iso(year: str, month: int | None, day: str | None) -> tuple[str, Precision] | None:
    """The ISO form of a year, month and day when they make a real date."""
    if year == "0000" or (month is not None and not 1 <= month <= 12):
        return None
    if month is None:
        return year, "year"
    if day is None:
        return f"{year}-{month:02d}", "month"
    if not 1 <= int(day) <= _days_in_month(int(year), month):
        return None
    return f"{year}-{month:02d}-{int(day):02d}", "day"


def _days_in_month(year: int, month: int) -> int:
    """The number of days of a month in the proleptic Gregorian calendar."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
