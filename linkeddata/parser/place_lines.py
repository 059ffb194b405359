"""Lines opening a body that say where it was made when no "Place, date" line does: a heading
of the city and the building where the talk was held or the speech given ("Beijing, Great Hall
of the People", "Moscow, the Kremlin", "Pyongyang, Kumsusan Assembly Hall"), and a news
agency's dateline opening its release ("Beijing, 5 June (TASS). As reported ...", "Pyongyang,
March 12 (KCNA) --"), where the dispatch was filed. A sentence ("Beijing, the capital of the
PRC, has ..."), a street's address and an addressee's block ("To: Embassy of X, Beijing") say
neither."""

from __future__ import annotations

import re

from ..record import Located
from .dates import PLACE_NAME
from .letterheads import ADDRESSEE
from .venue_words import VENUE_WORD
from .vocabulary import MONTH_PATTERN

_CITY_AND_VENUE = re.compile(
    rf"^(?P<place>{PLACE_NAME}),\s+(?P<venue>(?:(?i:the)\s+)?[A-Z][^\W\d_'’]*"
    r"(?:[\s-]+(?:(?:of|the|for|de|du)\s+)*[A-Z][^\W\d_'’]*){0,6})$"
)
"""A city, then a building of capitalised words and their particles, nothing else: no verb,
no stop, no figure."""
_ADDRESS = re.compile(r"\b(?i:street|avenue|road|lane|boulevard|square|strasse|straße|ulitsa)$")
"""A street's word ending the building's words: an address, no venue."""
_DATELINE = re.compile(
    rf"^(?P<place>{PLACE_NAME}),\s+(?:\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}})"
    r"(?:,?\s+\d{4})?\s*\([A-Z][\w-]{1,15}(?:\s[A-Z][\w-]{1,15}){0,2}\)\s*(?:--|[.:\u2013\u2014-]|$)"
)
"""A news agency's dateline: the city, the day and the agency in brackets, then the report:
"Moscow, 21 Aug (TASS) -", "Beijing, June 4 (Xinhua) --"."""
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){4,}[.!?]$")
"""A sentence of the text: five words or more ending in a stop."""


def opening_place(head: list[tuple[int, str]]) -> Located[str] | None:
    """The city a heading of the city and its building or a news dateline names, among the
    header lines above any addressee's line and the text's first sentence."""
    for line, text in head:
        if ADDRESSEE.match(text) or text.endswith(","):
            return None  # an address block: its city is the addressee's
        venue = _CITY_AND_VENUE.match(text)
        if venue is not None and VENUE_WORD.search(venue["venue"]) and not _ADDRESS.search(text):
            return Located(venue["place"], line)
        if (dateline := _DATELINE.match(text)) is not None:
            return Located(dateline["place"], line)
        if _SENTENCE.search(text):
            return None  # the text has begun: a dateline below quotes another's dispatch
    return None
