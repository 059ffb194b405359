"""A state under every name the authority file gives it: a mission "of the SFRY" or "of the
UAR" is the Yugoslav or the Egyptian one, as "of Yugoslavia" is; and the state an embassy
named with no place sits in, when it writes to that state's bodies."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..parser.bodies import MISSION, unplaced_mission
from ..parser.demonyms import adjective, leading_adjective, spellings
from ..parser.gazetteer import state_adjective
from ..parser.national_names import national_name
from ..parser.text import strip_article
from ..record import Located
from .authority import Authority


def states_of(authority: Authority) -> Callable[[str], str | None]:
    """The adjective of a state however the registries or the file name it: a name the file
    gives a place stands for that place's other names ("SFRY" for "Yugoslavia")."""

    def national(name: str) -> str | None:
        if (found := state_adjective(name)) is not None:
            return found
        places = (e for e in authority.lookup(strip_article(name.strip())) if e.kind == "place")
        labels = (str(label) for place in places for label in authority.labels(place))
        return next((a for label in labels if (a := adjective(label)) is not None), None)

    return national


def hosted_mission(
    name: Located[str], recipients: tuple[Located[str], ...], authority: Authority
) -> Located[str]:
    """An embassy named with no place that writes to one other state's bodies is its embassy
    in that state: "Note Verbale from the Embassy of the Arab Republic of Egypt to the Ministry
    of Foreign Affairs of the USSR" is from the Egyptian Embassy in the Soviet Union (another
    mission it writes to may sit in a third state)."""
    if not unplaced_mission(strip_article(name.value)):
        return name
    states = states_of(authority)
    own = leading_adjective(national_name(name.value, states))
    bodies = [r for r in recipients if _MISSION_WORD.search(r.value) is None]  # no embassy's
    hosts = {leading_adjective(national_name(r.value, states)) for r in bodies}
    host = hosts.pop() if len(hosts) == 1 else None
    if own is None or host is None or host == own:
        return name
    places = (c for c in spellings(host)[1:] if any(e.kind == "place" for e in authority.lookup(c)))
    country = next(places, None)  # as the file names the state: "Soviet Union"
    if country is None:
        return name
    return Located(f"{national_name(name.value, states)} in {country}", name.line)


_MISSION_WORD = re.compile(rf"\b{MISSION}\b")
