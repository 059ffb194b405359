"""Where a record was made, as its title words it: the city after an author's name ("Minutes
of the PCC Meeting, Bucharest"), and where talks were held ("Record of Conversation between
Mao Zedong and Kim Il Sung, Beijing, 10 October 1970", "... and Henry Kissinger in Beijing").
Only places the authority file knows: a word after a comma is too often something else."""

from __future__ import annotations

import re

from ..parser.bodies import MISSION
from ..parser.gatherings import GATHERINGS, words
from ..parser.text import CITY_NAME
from ..record import Title
from .authority import Entity
from .linker import Linker

_POSTED = re.compile(rf"\b{MISSION}\b(?:(?!\s(?i:and|with)\s).)*$")
"""A mission or an envoy whose post an "in X" after it names."""
_TALKS = frozenset({"record-of-conversation", "minutes", "transcript", "interview"})
"""Records of talks or a meeting, whose title may say where they were held."""
_HELD_IN = re.compile(
    r"\s(?i:in|at)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
)


def venues(title: Title, head: str, linker: Linker) -> list[Entity]:
    """The places the title says its record was made in (``head``: the title before its
    topic, whose places are where, not what)."""
    return [*_sat_in(title, linker), *_held_in(title, head, linker)]


_SEAT_AFTER = rf"(?:\s+{words(GATHERINGS)})?,\s+(?P<city>{CITY_NAME})\s*(?:,|$)"


def _sat_in(title: Title, linker: Linker) -> list[Entity]:
    """The city after an author's name or its gathering, between commas, which the authority
    file knows as a place: where the body sat and wrote ("Minutes of the Meeting of the
    Political Consultative Committee, Bucharest", "Minutes of the PCC Meeting, Bucharest")."""
    text = title.text.value
    cities = [
        found["city"]
        for author in title.authors
        if (found := re.search(re.escape(author.value) + _SEAT_AFTER, text)) is not None
    ]
    return [place for city in cities if (place := _known_place(city, linker)) is not None]


def _known_place(name: str, linker: Linker) -> Entity | None:
    places = [e for e in linker.authority.lookup(name) if e.kind == "place"]
    return places[0] if len(places) == 1 else None


def _held_in(title: Title, head: str, linker: Linker) -> list[Entity]:
    """Where talks or a meeting were held: a known place alone between commas, or "in" or
    "at" a known place ending a comma-separated part of the title's head."""
    if title.doc_type is None or title.doc_type.value not in _TALKS:
        return []
    for part in re.split(r",\s*", head):
        found = _HELD_IN.search(part)
        if found is not None and _POSTED.search(part, 0, found.start()):
            found = None  # "the Czechoslovak Ambassador in Pyongyang": his post, not the venue
        for name in (part.strip(), found["place"] if found else ""):
            if name and (place := _known_place(name, linker)) is not None:
                return [place]
    return []
