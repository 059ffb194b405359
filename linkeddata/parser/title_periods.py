"""The time a report covers, in its title: "for 1957", "for the Period from 1 January to 31
March 1956", "for the First Half of 1963", "for the Second Quarter of 1962". It names no agent:
the title's parties are read with it blanked out (offsets kept, so lines stay right), so that
no date becomes a sender or an addressee and no name runs on into it."""

from __future__ import annotations

import re

from .text import Joined
from .vocabulary import MONTH_PATTERN

_NTH = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY = rf"(?:{_NTH}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+{_NTH})"
_YEAR = r"(?:1[89]|20)\d\d"
_POINT = rf"(?:{_DAY}(?:,?\s+{_YEAR})?|{MONTH_PATTERN}(?:\s+{_YEAR})?|{_YEAR})"
_UNTIL = r"(?:\s*[-\u2013\u2014]\s*|\s+(?i:to|until|through|till)\s+)"
_SPAN = rf"(?:(?i:from)\s+)?{_POINT}{_UNTIL}{_POINT}"
_PART = (
    r"(?i:first|second|third|fourth|last|1st|2nd|3rd|4th|i|ii|iii|iv)\s+"
    r"(?i:half|quarter|semester|trimester|months?|weeks?|ten\s+days|decade)"
)
_PERIOD = re.compile(
    rf"(?<!\s)\s+(?i:for)\s+(?:(?i:the)\s+)?"
    rf"(?:(?i:period|months?|year|years|quarter|half|season)\s+(?:(?i:of)\s+)?{_SPAN}"
    rf"|(?i:period|months?|year|years)\s+(?:(?i:of)\s+)?{_POINT}"
    rf"|{_PART}\s+(?i:of)\s+(?:(?i:the\s+year)\s+)?{_YEAR}"
    rf"|{_SPAN}|{_POINT}"
    r"|(?i:period|year))"
    r"(?=[\s,;:.)\]]|$)(?!\s+[A-Z][a-z])"  # not "for May Day"
)


def without_periods(joined: Joined) -> Joined:
    """The title with the periods it covers blanked out, offsets unchanged."""
    if " for " not in joined.text and " For " not in joined.text:
        return joined
    text = _PERIOD.sub(lambda found: " " * len(found.group()), joined.text)
    return joined if text == joined.text else Joined(text, joined.starts, joined.lines)
