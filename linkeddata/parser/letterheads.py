"""The city under the sender's letterhead at the head of a letter: "Embassy of the Hungarian
People's Republic" / "Pyongyang", "Prime Minister's House" / "New Delhi", "Council of
Ministers of the USSR" / "DECREE No. 12" / "Moscow, Kremlin".

A letter as often opens with its addressee's block, of the same shape ("Central Committee of
the CPSU" / "Moscow" / "Dear Comrades,", "His Excellency" / ... / "New Delhi"), whose city is
the other end of the letter. So a letterhead gives the place only when it names the title's
own sender or author (the same body, its state by name or adjective) or is the house or
secretariat of an office the title gives its sender ("Letter from Prime Minister X"), never
the title's recipient, and only when it opens the body: nothing above it but markings and
numbers, no person's, honorific's or "To" line.
"""

from __future__ import annotations

import re

from ..record import Located
from .dates import PLACE_NAME
from .demonyms import COUNTRY_ADJECTIVES
from .markings import classifications, priority
from .name_words import ORG_WORDS

_LINE_LENGTH = 60
_ADDRESSEE = re.compile(
    r"^(?i:to|an|à|a|al|ao|do|k|к|dear|his|her|comrade|mr|mrs|attention|fm|from|info|cc)\b"
)
"""An addressee's line or a routing's: "To the Central Committee", "His Excellency", "FM
AMEMBASSY ..."."""
_HOUSE = re.compile(r"^(?:the\s+)?(?P<office>.+?)['’]s\s+(?:house|secretariat|office)$", re.I)
"""An office's house as a letterhead names it: "Prime Minister's House", "PRIME MINISTER'S
SECRETARIAT"."""
_LETTERHEAD_PLACE = re.compile(rf"^(?P<place>{PLACE_NAME})(?:,\s+{PLACE_NAME})?\.?$")
"""A city alone under the letterhead, or before its building: "New Delhi", "Moscow, Kremlin"."""
_UNDER_LETTERHEAD = 3
"""The lines a letterhead's city may stand under it: a document type or a number between."""
_POST = re.compile(r"\s+(?:in|at|to)\s+.*$")
"""A body's post after its name: "Embassy of Hungary in the DPRK" is the embassy of Hungary."""
_COUNTRIES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(c) for c in sorted(COUNTRY_ADJECTIVES, key=len, reverse=True))
    + r")\b",
    re.I,
)
_ADJECTIVE_OF = {country.casefold(): national for country, national in COUNTRY_ADJECTIVES.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FILLERS = frozenset({"the", "of", "and", "for"})
_BODY_WORDS = 2
"""The fewest words of a party's name that can name its letterhead ("Hungarian Embassy")."""


def letterhead_place(
    head: list[tuple[int, str]], senders: tuple[str, ...], recipients: tuple[str, ...]
) -> Located[str] | None:
    """The city on its own line under the letterhead that opens the body, when the letterhead
    is the title's ``senders``' (see the module); the mapping links it when it knows it."""
    for index, (_, text) in enumerate(head):
        if not _marking(text):
            return _under(head[index + 1 :], text, senders, recipients)
    return None


def _marking(text: str) -> bool:
    """Whether a line above a letterhead is a marking or a number ("SECRET", "No. 12")."""
    return bool(classifications([(0, text)]) or priority([(0, text)]) or re.search(r"\d", text))


def _under(
    below: list[tuple[int, str]], text: str, senders: tuple[str, ...], recipients: tuple[str, ...]
) -> Located[str] | None:
    """The city under a first line ``text`` that is the senders' letterhead."""
    if len(text) > _LINE_LENGTH or _ADDRESSEE.match(text) or text.endswith((",", ".")):
        return None  # an address's line ends in a comma, a sentence in a stop
    if not (ORG_WORDS.search(text) or _HOUSE.match(text)):
        return None
    if not _names_any(text, senders) or _names_any(text, recipients):
        return None
    for line, under in below[:_UNDER_LETTERHEAD]:
        if _ADDRESSEE.match(under):
            return None
        place = _LETTERHEAD_PLACE.match(under)
        if place and not ORG_WORDS.search(place["place"]):
            return Located(place["place"], line)
    return None


def _names_any(letterhead: str, parties: tuple[str, ...]) -> bool:
    """Whether a letterhead is one of the title's parties': every word of the party's body
    ("Embassy of Hungary in the DPRK": embassy, Hungarian) in it, a state by its name or its
    adjective; or an office's house whose office the party's name holds ("Prime Minister's
    House" of "Prime Minister Testov")."""
    house = _HOUSE.match(letterhead)
    if house is not None:
        office = house["office"].casefold()
        return any(re.search(rf"\b{re.escape(office)}\b", p.casefold()) for p in parties)
    own = _words(letterhead)
    for party in parties:
        words = _words(_POST.sub("", party))
        if len(words) >= _BODY_WORDS and words <= own:
            return True
    return False


def _words(name: str) -> set[str]:
    """A body's name as its words, folded, a state written as its adjective."""
    national = _COUNTRIES.sub(lambda m: _ADJECTIVE_OF[m.group(0).casefold()], name)
    return {w.casefold() for w in _WORD.findall(national)} - _FILLERS
