"""The holder of an office written as FRUS writes him, his surname in brackets after it: "the
Ambassador to the Soviet Union (Thompson)", "the Secretary of State (Rusk)". He is the one
person of the authority file of that surname whose note gives the office in a term holding the
record's year, else whom "Office Surname" names; never the surname alone, whose stub would
stand beside the file's person."""

from __future__ import annotations

import re

from ..parser.demonyms import adjective
from ..parser.gazetteer import is_state
from ..parser.nationalities import is_state_adjective
from ..parser.office_words import office_only
from ..parser.text import is_name_like, last_bracket, strip_article
from .authority import Authority
from .entities import Entity
from .office_terms import in_office

_POST = re.compile(r"\s+(?:to|in|at|for)\s.*$")
"""Where an office is held, no part of its name in a note: "Ambassador to the Soviet Union"
is dated as "US Ambassador to the Soviet Union" or "Ambassador in Moscow"."""


def bracketed_holder(
    authority: Authority, name: str, year: int | None
) -> tuple[str, Entity | None] | None:
    """For an office with a surname in brackets: the wording "Office Surname", and the one
    bearer of the surname whose note dates the office in ``year``. None for any other shape:
    a unit in brackets after a body ("the CIA (Office of National Estimates)") or a mission's
    head after the mission ("Embassy in Testburg (Testov)") is no office's holder, nor is a
    place or a body the file knows, or a state, in brackets: the post ("the Ambassador
    (Moscow)")."""
    parts = last_bracket(name)
    if parts is None or not office_only(parts[0]):
        return None
    outer, inner = parts
    if (
        " " in inner
        or inner.isupper()
        or not is_name_like(inner, 1)
        or office_only(inner)
        or is_state(inner)
        or any(e.kind != "person" for e in authority.lookup(inner))
    ):
        return None
    office = _office(outer)
    holders = [
        person
        for person in authority.bearers(inner)
        if office and in_office(authority.graph, person.iri, [office], year)
    ]
    return f"{outer} {inner}", holders[0] if len(holders) == 1 else None


def _office(written: str) -> str:
    """The office's words as a note names it (folded): without the article, the state's
    adjective and the post ("the US Ambassador to the Soviet Union" is "ambassador")."""
    words = _POST.sub("", strip_article(written)).split()
    while words and (is_state_adjective(words[0]) or adjective(words[0]) is not None):
        words = words[1:]
    return " ".join(words).casefold()
