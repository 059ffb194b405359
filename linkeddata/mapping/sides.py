"""Parties named by what they are to a document rather than by their own names: one party of
talks as a side of them ("the KPA Side", "the UNC side", "the Chinese side") and a state
("Socialist Ethiopia", "the People's Republic of Angola"). A side is the party itself, so it
is linked as the party the authority file knows or not at all, never stubbed with "Side" in
it (a stub "Chinese Side" would stand for whichever Chinese body sat at any table); a state
the file lacks is no one's name, never a person's nor a body's stub."""

from __future__ import annotations

import re

from ..parser.gazetteer import names_a_state
from ..parser.text import strip_article
from .authority import Authority
from .entities import Entity, of_the_year

_SIDE = re.compile(r"^(?P<party>[^\W\d_].*?)\s+(?i:side)$")


def side_or_state(
    authority: Authority, name: str, kinds: tuple[str, ...], year: int | None
) -> tuple[Entity | None, str] | None:
    """The entity a name unknown to the file stands for as a side of talks (the one entry of
    ``kinds`` its party names in a record of ``year``) or as a state (none), with why nothing
    is linked where nothing is; None for any other name."""
    found = _SIDE.match(strip_article(name))
    if found is not None:
        named = of_the_year(authority.graph, authority.lookup(found["party"]), year)
        parties = [entity for entity in named if entity.kind in kinds]
        if len(parties) == 1:
            return parties[0], ""  # "the KPA Side": the KPA
        return None, "names a side of talks, no one party of the authority file"
    if names_a_state(name):
        return None, "names a state, neither a person nor an organisation"
    return None
