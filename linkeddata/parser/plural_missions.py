"""Missions of one country in several places, one in each: "the Romanian Embassies in Beijing,
Moscow and Pyongyang"; and missions of several states in one place, one for each: "the
Embassies of Bulgaria, Czechoslovakia and Poland in Beijing"."""

from __future__ import annotations

import re

from ..record import Located
from .gazetteer import is_state, names_a_state
from .names import name_kind
from .plural_parties import singular
from .text import strip_article

_MISSIONS_IN = re.compile(
    r"^(?P<who>.*?)\b(?P<plural>(?i:embassies|legations|consulates|missions))\s+(?i:in|to)\s+"
    r"(?:(?i:the)\s+)?(?P<place>.+)$"
)
_PLURAL_PLACES = re.compile(r"(?i:countries|states|nations|capitals|regions)\b")


def _a_place(name: str) -> bool:
    """Whether a list item after a plural mission names its place: no agent, no region."""
    return name_kind(name) is None and _PLURAL_PLACES.search(name) is None


def missions_in_places(names: list[Located[str]]) -> list[Located[str]]:
    """Missions in several places, one in each: "the Romanian Embassies in Beijing, Moscow and
    Pyongyang" are the Romanian Embassy in Beijing, the one in Moscow and the one in Pyongyang;
    a list item that is no place's name ("Eastern European Countries") names none."""
    for index, name in enumerate(names):
        found = _MISSIONS_IN.match(name.value)
        if found is None:
            continue
        mission = f"{found['who']}{singular(found['plural'])}"
        places = [Located(found["place"], name.line), *names[index + 1 :]]
        if not any(_a_place(place.value) for place in places):
            return names  # "the Embassies in Socialist Countries": one party as written
        posted = [
            Located(f"{mission} in {place.value}", place.line) if _a_place(place.value) else place
            for place in places
            if not _PLURAL_PLACES.search(place.value)  # a region is no mission's place
        ]  # "... and the Hungarian Legation in Hanoi" stays an addressee as written
        return [*names[:index], *posted]
    return names


_STATES_MISSIONS = re.compile(
    r"^(?:(?i:the)\s+)?(?i:embassies|legations|consulates|missions|ambassadors|envoys)"
    r"\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<state>.+)$"
)
"""Missions or envoys of several states, the first state after "of": "the Embassies of
Bulgaria"."""
_PLACED = re.compile(r"\s(?P<at>(?i:in|to))\s+(?:(?i:the)\s+)?(?P<place>[A-Z].*)$")


def one_place_for_all(names: list[Located[str]]) -> list[Located[str]]:
    """Missions or envoys of several states and one place after the last state: each state's
    in that place ("the Embassies of Bulgaria, Czechoslovakia and Poland in Beijing" are the
    Bulgarian, the Czechoslovak and the Polish Embassy in Beijing). A place after a party that
    follows the list is no mission's ("the Polish Embassy in Beijing and the Bulgarian
    Embassy" keeps the second unplaced)."""
    found = _STATES_MISSIONS.match(names[0].value) if names else None
    if found is None:
        return names
    states = [found["state"], *(n.value for n in names[1:])]
    placed = next((i for i, s in enumerate(states) if _PLACED.search(s)), None)
    if not placed or not all(_a_state(s) for s in states[:placed]):
        return names
    where = _PLACED.search(states[placed])
    assert where is not None
    if not _a_state(states[placed][: where.start()]) or name_kind(where["place"]) is not None:
        return names
    tail = f" {where['at']} {where['place']}"
    return [
        *(Located(f"{n.value}{tail}", n.line) for n in names[:placed]),
        *names[placed:],
    ]


def _a_state(name: str) -> bool:
    """Whether a list item is a state's name ("Poland", "the DPRK")."""
    bare = strip_article(name.strip())
    return is_state(bare) or names_a_state(bare)
