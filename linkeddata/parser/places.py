"""Places of creation and destination that a title's wording can only mean as places.

A mission's name locates its writer ("the Czechoslovak Embassy in Beijing", "the Bulgarian
Legation to Tirana" wrote in Beijing, in Tirana) and, for a recipient, where the message went.
A place named right after a building or an assembly, in brackets or after a comma, is where
the document was made: "Speech ... in the Kremlin Hall [Moscow]", "Speech of Deputy X in the
Sejm, Warsaw", "Speech at the Palace of Culture [Budapest]". A person "in X" (a delegate "in
Paris") wrote there, or was written to there. A person's or an organisation's name is never
read as a place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..record import Located
from .bodies import MISSION, mission_place, seated, stationed
from .clauses import POSTED_TO_BODY
from .demonyms import adjective
from .gazetteer import is_country
from .names import name_kind
from .parties import Parties
from .text import Joined, is_name_like, strip_article
from .venue_words import VENUE

_OF_WHAT = r"(?:\s+(?i:of|for)(?:\s+(?i:the))?(?:\s+[^\W\d_][\w'’.-]*){1,4}?)?"
"""What a venue is of: "Palace of Culture", "Great Hall of the People", "House of Soviets"."""
_IN_VENUE = rf"\b(?i:in|at)\s+(?:(?i:the)\s+)?(?:[^\W\d_][\w'’.-]*\s+){{0,4}}?{VENUE}{_OF_WHAT}"
"""A venue where something took place: what it is of is read only after "in" or "at" (in a
party's title, "Chairman of the Assembly of ..." is no venue)."""
_BRACKETED = re.compile(rf"(?:{_IN_VENUE}|\b{VENUE})\s*\[(?P<place>[^\[\]]{{1,40}})\]")
_AFTER_VENUE = re.compile(rf"{_IN_VENUE},\s*(?P<place>[^,\[\]()]{{1,40}}?)\s*(?=,|$)")
_MAX_PLACE_WORDS = 4
_POSTED = re.compile(
    rf"\b{MISSION}\s+(?P<at>(?i:in|to|at))\s+(?:(?i:the)\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:(?i:comrade)\s+)?"
)
"""A post in a place, then its holder between commas: "the Soviet Ambassador in Cairo, X"."""


def title_places(
    joined: Joined, parties: Parties, authors: tuple[Located[str], ...] = ()
) -> tuple[tuple[Located[str], ...], tuple[Located[str], ...]]:
    """The places of creation and of destination that the title's wording names (a sending
    or authoring mission's place is where the document was made)."""
    origins = [Located(p, s.line) for s in (*parties.senders, *authors) if (p := _where(s.value))]
    posts = list(_POSTED.finditer(joined.text))
    for agent in (*parties.senders, *authors):  # "the Soviet Ambassador in Cairo, Vinogradov,"
        posted = next((p for p in posts if _names_at(joined.text, p.end(), agent.value)), None)
        place = posted["place"] if posted is not None else ""
        named = place and is_name_like(place, _MAX_PLACE_WORDS) and name_kind(place) != "person"
        if named and not POSTED_TO_BODY.match(place) and not _accredited_body(posted):
            origins.append(Located(place, agent.line))  # not "Delegation to the ICC, Saigon"
    for pattern in (_BRACKETED, _AFTER_VENUE):
        for found in pattern.finditer(joined.text):
            place = found["place"].strip()
            if _reads_as_place(place):
                origins.append(Located(place, joined.line_at(found.start("place"))))
    destinations = tuple(Located(p, r.line) for r in parties.recipients if (p := _where(r.value)))
    return tuple(dict.fromkeys(origins)), destinations


def placed_parties(
    joined: Joined,
    parties: Parties,
    authors: tuple[Located[str], ...],
    city: Located[str] | None,
) -> tuple[Parties, tuple[Located[str], ...], tuple[Located[str], ...]]:
    """The parties, with the places of creation and destination (:func:`title_places`), of a
    title that may end with a city before its date (``city``). The city is where the document
    was written ("Letter from Gomułka to Khrushchev, Warsaw, 5 November 1956") unless the
    senders already have a place: a document is written in one place, so the city is then the
    addressee's seat ("from the Polish Embassy in Hanoi to the Ministry of Foreign Affairs,
    Warsaw, 7 March 1967" goes to Warsaw), as it is with no date after it. A sender's place
    that is a country says nothing of the city: "the Czechoslovak Embassy in North Korea to
    the Ministry of Foreign Affairs, Pyongyang" was written in Pyongyang."""
    origins, destinations = title_places(joined, parties, authors)
    if city is None or city in origins:
        return parties, origins, destinations
    if parties.recipients and any(not _a_country(origin.value) for origin in origins):
        seated = replace(parties, recipients=(*parties.recipients, city))
        return seated, *title_places(joined, seated, authors)
    return parties, (*origins, city), destinations


def _names_at(text: str, at: int, name: str) -> bool:
    """Whether ``name`` is written at ``at``, as a whole word."""
    end = at + len(name)
    return text.startswith(name, at) and (end == len(text) or not text[end].isalnum())


def _where(name: str) -> str | None:
    """The place an agent's name locates it in: a mission's, or a person's "in X"."""
    where = stationed(name) or seated(name)
    return mission_place(name) or (where and where[1]) or None


def _accredited_body(posted: re.Match[str] | None) -> bool:
    """Whether a mission is "to" a body, whom it is accredited to and no place: "the Soviet
    Delegation to the ENDC, Geneva," (an organisation's name that is no country's)."""
    if posted is None or posted["at"].casefold() != "to":
        return False
    return name_kind(posted["place"]) == "org" and not _a_country(posted["place"])


def _reads_as_place(name: str) -> bool:
    """A bare proper name: capitalised words, no number, no agent's wording."""
    return (
        is_name_like(name, _MAX_PLACE_WORDS)
        and not any(c.isdigit() for c in name)
        and name_kind(name) is None
    )


def _a_country(name: str) -> bool:
    """Whether a place names a country, however written ("North Korea", "the DPRK")."""
    bare = strip_article(name)
    return is_country(bare) or adjective(bare) is not None
