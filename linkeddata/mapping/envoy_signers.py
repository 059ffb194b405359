"""Whether a surname alone closing a telegram can be the authority file's one bearer of it.

The file holds one person for many common surnames, and mostly a famous one: a Johnson, a
Brown, a Schmidt, a Nagy. That he is the file's only bearer of it says nothing of who signed
a cable; his note must make him, within five years of the record's, a diplomat of the state
the cable is sent for ("Hungarian Ambassador to Testland, 1976-1978" under the Hungarian
Legation's telegram of 1977), never a head of state or minister signing a delegation's
cable, and a diplomat of another state never ("US Ambassador to Poland" under the Romanian
Legation in Warsaw's). A note that refuses the surname alone ("a common surname, hence none
alone") refuses it here too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rdflib import Graph

from ..parser.demonyms import ADJECTIVES, COUNTRY_ADJECTIVES, adjective, leading_adjective
from ..parser.text import strip_article
from ..record import Located
from .mission_heads import ENVOY_OFFICES
from .note_years import ASIDE, YEARS, note, term

_MARGIN = 5
"""The years before and after a diplomat's dated term in which his surname may still sign."""
_DIPLOMATS = re.compile(
    r"\b(?:{})\b".format("|".join((*ENVOY_OFFICES, "delegation", "delegate", "representative"))),
    re.IGNORECASE,
)
"""The offices of a cable's signer for his state: a mission's, a delegation's."""
_POSTED = re.compile(r"\b(?:to|in|at|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
"""Where a diplomat is posted ("to the Soviet Union"): not whose he is."""
_REFUSED = re.compile(r"\b(?:none|surname)\s+alone\b", re.IGNORECASE)
"""A note's word that the surname alone names no one ("a common surname, hence none alone")."""


def sent_for(graph: Graph, iri: str, senders: Sequence[Located[str]], year: int | None) -> bool:
    """Whether the note of the person ``iri`` makes him, within five years of ``year``, a
    diplomat of the state of one of the title's ``senders`` ("the Hungarian Legation in
    Testburg", "the US Delegation"), and does not refuse his surname alone."""
    states = {state for sender in senders if (state := sending_state(sender.value))}
    if year is None or not states or _REFUSED.search(note(graph, iri)):
        return False
    return bool(states & _served(graph, iri, year))


def surname_refused(graph: Graph, iri: str) -> bool:
    """Whether the note of the person ``iri`` says his surname alone names no one."""
    return _REFUSED.search(note(graph, iri)) is not None


def serves_another_state(graph: Graph, iri: str, mission: str, year: int | None) -> bool:
    """Whether the note of the person ``iri`` makes him, within five years of ``year``, a
    diplomat of states only other than the ``mission``'s own ("US Ambassador to Testland"
    is no head of the Romanian Legation in Testland's capital); False where the mission's
    or his state is unwritten."""
    state = sending_state(mission)
    served = _served(graph, iri, year) if year is not None and state else set()
    return bool(served) and state not in served


def sending_state(sender: str) -> str | None:
    """The adjective of the state a sender's name begins with: "Hungarian" of "the Hungarian
    Legation in Beijing", "American" of "the US Delegation"; None for a city or a person."""
    name = strip_article(sender.strip())
    first = name.split(" ", 1)[0]
    return leading_adjective(name) or (adjective(first) if " " in name else None)


def _served(graph: Graph, iri: str, year: int) -> set[str]:
    """The adjectives of the states whose diplomat the note of ``iri`` makes him in a term
    within five years of ``year``, named as whose the office is ("Hungarian Ambassador",
    "Ambassador of Hungary"), not as its post ("to Hungary")."""
    return {
        state
        for clause in ASIDE.sub("", note(graph, iri)).split(";")
        if _DIPLOMATS.search(clause)
        and any(a - _MARGIN <= year <= b + _MARGIN for a, b in map(term, YEARS.finditer(clause)))
        for found in _STATE_NAMES.finditer(_POSTED.sub("", clause))
        if (state := adjective(found[0]) or found[0]) in ADJECTIVES
    }


_STATE_NAMES = re.compile(
    r"\b(?:{})\b".format(
        "|".join(map(re.escape, sorted({*ADJECTIVES, *COUNTRY_ADJECTIVES}, key=len, reverse=True)))
    )
)
"""Every name and adjective of a state, the longest first ("North Korean" before "Korean")."""
