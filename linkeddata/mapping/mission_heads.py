"""The head of a mission named by his surname alone beside it: "the Polish Embassy in Testburg
(Testov)" in a title, "TESTOV" closing a cable of the American Embassy in Testburg. He is the
one person of the authority file of that surname whose note posts him as an envoy to the state
the mission sits in, for the record's year; a surname the file holds while no bearer of it
was posted there names someone else, whom a stub of the surname alone would merge with the
file's person."""

from __future__ import annotations

import re

from ..parser.bodies import MISSION, mission_place
from ..parser.gazetteer import is_state
from ..parser.text import strip_article
from ..record import Located
from .authority import Authority
from .entities import Entity
from .home_states import names_state
from .note_years import clauses_of_year, note
from .office_terms import outside_their_years, posts

MISSION_BODY = re.compile(rf"\b{MISSION}\b")
"""A mission, whose head a surname in brackets after it names: "the Polish Embassy in Hanoi
(Siedlecki)" is the embassy and its ambassador, a person even in a telegram's clause."""
ENVOY_OFFICES = ("ambassador", "chargé d'affaires", "consul", "envoy", "minister plenipotentiary")
"""The offices of a mission's head, as notes name them."""
_SEATS = {"united nations": "New York", "un": "New York", "uno": "New York"}
"""Where an international body sits: a mission and an envoy to the United Nations are in New
York, and no envoy to the United States."""
_TO_SEATED = re.compile(r"\bto\s+(?:the\s+)?(?P<body>United\s+Nations|UNO?)\b")
"""A mission to a body of :data:`_SEATS`: "the United States Mission to the United Nations"."""
_ENVOY_OF = re.compile(
    rf"^(?:(?i:the)\s+)?(?i:{'|'.join(re.escape(o) for o in ENVOY_OFFICES)})"
    r"\s+(?P<surname>[^\W\d_][\w'’-]+)\s+(?i:of)\s+(?P<state>\S.*)$"
)
"""An envoy's title, his surname alone and a state: "Ambassador Testov of the USSR"."""


def mission_head(
    authority: Authority, surname: str, mission: str, year: int | None, *, near: bool = False
) -> list[Entity] | None:
    """The bearers of ``surname`` whose notes post them as envoys to the state of ``mission``
    (its city's state in ``year``, or the state itself) for a term holding ``year``; with
    ``near``, for any term within five years of it (a mission that names its head beside
    it is his, though the catalogue's date or the note's years be a little off). None where
    this tells nothing: the file has no bearer of the surname, the mission's place is
    unknown, or a bearer's post then cannot be placed against it (no one place of the file,
    or a post to a state while the file gives the mission's city none)."""
    place = _mission_seat(mission)
    where = _places(authority, place, year) if place else set()
    bearers = authority.bearers(surname.title() if surname.isupper() else surname)
    if not where or not bearers or " " in surname.strip():
        return None
    stateless = len(where) == 1 and not is_state(place or "") and body_seat(place or "") is None
    heads, unplaced = [], False
    for person in bearers:
        if near and outside_their_years(authority.graph, person.iri, year):
            continue
        terms = posts(authority.graph, person.iri, ENVOY_OFFICES, None if near else year)
        posted = [_places(authority, strip_article(post), year) for post in terms]
        if any(where & places for places in posted):
            heads.append(person)
        elif posted and (stateless or not all(posted)):
            unplaced = True  # "China" for the Embassy in Nanking, whose state the file omits
    return None if unplaced else heads


def bracketed_head(
    mission: Located[str] | None,
    name: Located[str],
    text: str,
    authority: Authority,
    year: int | None,
) -> Entity | None:
    """The person a surname in brackets after a mission in the title ``text`` names, its head
    ("the Polish Embassy in Testburg (Testov)"): the file's one bearer of it posted to the
    mission's state near ``year``; so too an envoy's title and surname "of" a state (see
    :func:`_envoy_of_state`); else None, and the name is read as any name is."""
    if (envoy := _envoy_of_state(authority, name.value, year)) is not None:
        return envoy
    if mission is None or not MISSION_BODY.search(mission.value):
        return None
    if f"{mission.value} ({name.value})" not in text:
        return None
    heads = mission_head(authority, name.value, mission.value, year, near=True)
    return heads[0] if heads and len(heads) == 1 else None


def _envoy_of_state(authority: Authority, name: str, year: int | None) -> Entity | None:
    """The one bearer of the surname in "Ambassador Testov of Testland" whose note makes him
    an envoy to that state or that state's envoy for a term holding ``year``: never the
    file's other bearer of it ("Ambassador Kennedy of the United Kingdom" is no President
    Kennedy); else None, and the phrase is read whole."""
    found = _ENVOY_OF.match(strip_article(name))
    states = [] if found is None else authority.lookup(strip_article(found["state"]))
    if found is None or len(states) != 1 or states[0].kind != "place":
        return None
    envoys = [
        person
        for person in authority.bearers(found["surname"])
        if states[0].iri in _posted(authority, person, year)
        or names_state(_envoy_clauses(authority, person, year), states[0], authority, year)
    ]
    return envoys[0] if len(envoys) == 1 else None


def _envoy_clauses(authority: Authority, person: Entity, year: int | None) -> list[str]:
    """The clauses of a person's note that make him an envoy, of ``year`` if known."""
    graph = authority.graph
    clauses = note(graph, person.iri).split(";") if year is None else None
    found = clauses if clauses is not None else clauses_of_year(graph, person.iri, year or 0)
    return [c for c in found if any(office in c.lower() for office in ENVOY_OFFICES)]


def _mission_seat(mission: str) -> str | None:
    """The place a mission's name puts it in: its city or state, or its body's seat."""
    place = mission_place(mission)
    seated = _TO_SEATED.search(mission)
    return strip_article(place) if place else (seated["body"] if seated else None)


def _posted(authority: Authority, person: Entity, year: int | None) -> set[str]:
    """The IRIs of the places, and their states, the note posts ``person`` to as an envoy."""
    return {
        iri
        for post in posts(authority.graph, person.iri, ENVOY_OFFICES, year)
        for iri in _places(authority, strip_article(post), year)
    }


def body_seat(name: str) -> str | None:
    """The seat of the international body ``name`` (:data:`_SEATS`), if it is one."""
    return _SEATS.get(" ".join(name.casefold().split()))


def _places(authority: Authority, name: str, year: int | None) -> set[str]:
    """The IRIs of the one place the file knows by ``name`` and of the state holding it; of
    a body's seat, the seat alone (an envoy to the United Nations is in New York, not to
    the United States)."""
    seat = body_seat(name)
    places = [e for e in authority.lookup(seat or name) if e.kind == "place"]
    if len(places) != 1:
        return set()
    state = None if seat else authority.country_of(places[0], year)
    return {places[0].iri, *([state.iri] if state else [])}
