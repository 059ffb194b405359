"""A state under every name the authority file gives it: a mission "of the SFRY" or "of the
UAR" is the Yugoslav or the Egyptian one, as "of Yugoslavia" is."""

from __future__ import annotations

from collections.abc import Callable

from ..parser.demonyms import adjective
from ..parser.gazetteer import state_adjective
from ..parser.text import strip_article
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
