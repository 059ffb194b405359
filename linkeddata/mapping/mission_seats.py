"""Where a mission named by the state it is accredited to sits: an embassy or a legation
sits in the state's capital, so "the Embassy in the Soviet Union" wrote in Moscow and a
cable to it went there (the inverse of the mission's key, ``people.posted_name``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import URIRef

from ..parser.bodies import mission_place
from ..parser.demonyms import leading_adjective
from ..parser.text import strip_article
from ..record import Located, Title
from .authority import Authority
from .entities import Entity
from .home_states import capital

ACCREDITED = re.compile(r"\b(?i:embass(?:y|ies)|legations?)\b")
"""Missions accredited to a state, which sit in its capital (a consulate keeps its city)."""
_ENVOY = re.compile(
    r"\b(?i:ambassadors?|envoys?|minister\s+plenipotentiary|charg[ée]\s+d['’]affaires)\b"
)
"""Envoys accredited to a state, who write from its capital as their embassy does (never
one "to the UN" or "at large", no state's)."""


def mission_seats(
    places: tuple[Located[str], ...],
    names: tuple[Located[str], ...],
    authority: Authority,
    year: int | None,
) -> tuple[Located[str], ...]:
    """The places, each state that an embassy, a legation or an envoy of ``names`` is posted
    to as its capital where the authority file puts one capital in that state for ``year``;
    any other place as it is. A place beside the state ("the Embassy in the Soviet Union,
    Leningrad") says where it was, so then no capital is presumed; nor is one for a year the
    file gives the state none ("the Embassy in China" of 1947 sat in Nanjing, not Beijing)."""
    posts = {
        post: n.value
        for n in names
        if (ACCREDITED.search(n.value) or _ENVOY.search(n.value))
        and (post := mission_place(n.value))
    }
    held = {p.value: m for p in places for post, m in posts.items() if _post_is(post, p.value)}
    if any(p.value not in held for p in places):
        return places
    return tuple(_capital(recognised(p, held[p.value], year), authority, year) for p in places)


def _post_is(post: str, place: str) -> bool:
    """Whether a mission's post is the place, the holder's name after it or not: "Cuba" of
    "Ambassador to Cuba Alekseev"."""
    return post == place or post.startswith(f"{place} ")


_DIVIDED = {"Vietnam": ("North Vietnam", 1950, 1975), "Korea": ("North Korea", 1948, 1988)}
"""A name two states of the period shared, the state the socialist states recognised alone
under it, and the years they did (from their first embassies there to reunification, or to
their first ties with the other state)."""
_RECOGNISING_ONE = frozenset(
    {
        "Soviet",
        "Chinese",
        "Polish",
        "Czechoslovak",
        "Hungarian",
        "Romanian",
        "Bulgarian",
        "East German",
        "Albanian",
        "Mongolian",
        "Cuban",
    }
)
"""The socialist states whose missions "in Vietnam" or "in Korea" were in the one state of
the name they recognised (Hanoi, Pyongyang)."""


def recognised(place: Located[str], mission: str, year: int | None) -> Located[str]:
    """The state a mission "in" a shared name is in, for a state that recognised only one of
    the two: "the Chinese Embassy in Vietnam" of 1966 is in North Vietnam; "the American
    Embassy in Vietnam" keeps the name."""
    divided = _DIVIDED.get(strip_article(place.value))
    national = leading_adjective(strip_article(mission))
    if divided is None or year is None or national not in _RECOGNISING_ONE:
        return place
    state, first, last = divided
    return Located(state, place.line) if first <= year <= last else place


def placed_props(
    links: Iterable[tuple[tuple[URIRef, ...], Entity | None]], title: Title
) -> set[URIRef]:
    """The properties (where written, where sent) that a title's links already give a place
    other than the states its missions are in: a city the title names beside "the Embassy in
    the Soviet Union" ("..., Leningrad") says where it was, and no capital is presumed."""
    states = {p.value for p in (*title.origins, *title.destinations)}
    return {
        prop
        for props, entity in links
        if entity is not None and entity.kind == "place" and entity.label not in states
        for prop in props
    }


def _capital(place: Located[str], authority: Authority, year: int | None) -> Located[str]:
    states = [e for e in authority.lookup(place.value) if e.kind == "place"]
    seat = capital(states[0], authority, year) if len(states) == 1 else None
    return Located(seat.label, place.line) if seat is not None else place
