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
from .mission_heads import body_seat

ACCREDITED = re.compile(r"\b(?i:embass(?:y|ies)|legations?)\b")
"""Missions accredited to a state, which sit in its capital (a consulate keeps its city)."""
_ENVOY = re.compile(
    r"\b(?i:ambassadors?|envoys?|minister\s+plenipotentiary|charg[ée]\s+d['’]affaires)\b"
)
"""Envoys accredited to a state, who write from its capital as their embassy does, or to an
international body, from its seat (never one "at large")."""
OUT_OF_POST = re.compile(
    r"\b(?i:former|ex-|retired|outgoing|late)(?=[\s-]*[A-Z])"
    r"|[\s-](?i:designate|elect)\b"
)
"""An office not held at the time: "Former Ambassador", "ex-Envoy", "the late Ambassador",
"Ambassador-designate", "the outgoing Ambassador": he writes from no post."""


def mission_seats(
    places: tuple[Located[str], ...],
    names: tuple[Located[str], ...],
    authority: Authority,
    year: int | None,
    context: str = "",
) -> tuple[Located[str], ...]:
    """The places, each state that an embassy, a legation or an envoy of ``names`` is posted
    to as its capital where the authority file puts one capital in that state for ``year``;
    any other place as it is. A place beside the state ("the Embassy in the Soviet Union,
    Leningrad") says where it was, so then no capital is presumed; nor is one for a year the
    file gives the state none ("the Embassy in China" of 1947 sat in Nanjing, not Beijing).
    An envoy out of the post ("Former Ambassador to Testland Testov") is not there, so his
    post is dropped; ``context`` is the title, which may name the Republic of China
    (:func:`recognised`)."""
    posts = {
        post: n.value
        for n in names
        if (ACCREDITED.search(n.value) or _ENVOY.search(n.value))
        and (post := mission_place(n.value))
    }
    left = {post for post, name in posts.items() if OUT_OF_POST.search(name)}
    places = tuple(p for p in places if not any(_post_is(post, p.value) for post in left))
    posts = {post: name for post, name in posts.items() if post not in left}
    held = {p.value: m for p in places for post, m in posts.items() if _post_is(post, p.value)}
    if any(p.value not in held for p in places):
        return places
    return tuple(
        _capital(recognised(p, held[p.value], year, context), authority, year) for p in places
    )


def _post_is(post: str, place: str) -> bool:
    """Whether a mission's post is the place, the holder's name after it or not: "Cuba" of
    "Ambassador to Cuba Alekseev"."""
    return post == place or post.startswith(f"{place} ")


_DIVIDED = {"Vietnam": ("North Vietnam", 1975), "Korea": ("North Korea", 1988)}
"""A name two states of the period shared, the state the socialist states recognised alone
under it, and the last year they did (to reunification, or to their first ties with the
other state)."""
_SOCIALIST = ("Soviet", "Polish", "Czechoslovak", "Hungarian", "Romanian", "Bulgarian")
_TIES_FROM: dict[str, dict[str, int]] = {
    "Korea": {
        **dict.fromkeys((*_SOCIALIST, "Mongolian"), 1949),
        **dict.fromkeys(("Albanian", "East German", "Chinese"), 1950),
        "Cuban": 1961,
    },
    "Vietnam": {
        **dict.fromkeys((*_SOCIALIST, "Mongolian", "Albanian", "East German", "Chinese"), 1955),
        "Cuban": 1961,
    },
}
"""Of each shared name, the states whose missions "in" it were in the one state they
recognised (Pyongyang, Hanoi), and the first full year they were there: the DPRK's ties of
late 1948 (Albania's, the GDR's and the PRC's of 1949, Cuba's of 1960); Hanoi from 1955, the
DRV's government back there in October 1954 (Cuba's ties of December 1960)."""
_ROC = re.compile(
    r"(?<!People's\s)(?<!People’s\s)\bRepublic\s+of\s+China\b"
    r"|\b(?:ROC|Taiwan|Taipei|Formosa|Nationalists?|Kuomintang|KMT)\b"
)
"""A record's words for the Republic of China, whose missions were in Seoul and Saigon:
then "the Chinese Embassy in Korea" may be its."""


def recognised(
    place: Located[str], mission: str, year: int | None, context: str = ""
) -> Located[str]:
    """The state a mission "in" a shared name is in, for a state that recognised only one of
    the two and had ties with it in ``year``: "the Hungarian Embassy in Vietnam" of 1966 is
    in North Vietnam; "the American Embassy in Vietnam" keeps the name, and so does a
    Chinese one before the PRC's ties or where the title (``context``) names the
    Republic of China: where unsure, the shared name, never a false city."""
    divided = _DIVIDED.get(strip_article(place.value))
    national = leading_adjective(strip_article(mission))
    first = _TIES_FROM.get(strip_article(place.value), {}).get(national or "")
    if divided is None or year is None or first is None:
        return place
    if national == "Chinese" and _ROC.search(context):
        return place
    state, last = divided
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
    """The capital of the state a mission or an envoy is posted to, for ``year``; the seat of
    an international body ("Ambassador to the UN Testov" is in New York)."""
    if (body := body_seat(strip_article(place.value))) is not None:
        return Located(body, place.line)
    states = [e for e in authority.lookup(place.value) if e.kind == "place"]
    seat = capital(states[0], authority, year) if len(states) == 1 else None
    return Located(seat.label, place.line) if seat is not None else place
