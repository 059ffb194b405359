""" "The President" in a list of a record's participants, as American memoranda of conversation
open theirs ("PARTICIPANTS: The President / James A. Baker, III, Secretary of State"): the
President of the United States, when the record is held by a President's library (the
"George H. W. Bush Presidential Library") and dated in that President's term. Elsewhere the
words tell no one: a foreign record's "the President" is its own state's, and the authority
file dates offices by years only, so a year two Presidents shared tells neither apart but
for the library that keeps its President's records."""

from __future__ import annotations

import re

from ..record import Record
from .authority import Authority
from .entities import Entity
from .office_terms import in_office

_OFFICE = ("president of the united states",)
"""The office as the authority file's notes date it: "President of the United States, 1989-1993"."""
_LIBRARY = re.compile(r"\b(?i:library|presidential\s+materials)\b")
"""What a President's archive is called: "Presidential Library", "Library", "Presidential
Materials Project"."""


def the_president(authority: Authority, record: Record, year: int | None) -> Entity | None:
    """The President of the United States whose library holds ``record`` (its citation names
    the library by his family name), if ``year`` falls in one of his terms; None elsewhere."""
    holders = record.citation.repositories if record.citation is not None else ()
    libraries = [h.value.split() for h in holders if _LIBRARY.search(h.value)]
    if year is None or not libraries:
        return None
    named = [
        person
        for person in _presidents(authority)
        if any(person.label.split()[-1] in words for words in libraries)
        and in_office(authority.graph, person.iri, _OFFICE, year)
    ]
    return named[0] if len(named) == 1 else None


def _presidents(authority: Authority) -> list[Entity]:
    """The people of the file whose notes date a term as President of the United States."""
    return [
        entity
        for entity in authority.entities()
        if entity.kind == "person" and in_office(authority.graph, entity.iri, _OFFICE, None)
    ]
