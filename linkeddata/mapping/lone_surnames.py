"""A surname alone that the authority file gives its bearers only in full ("Bush", "Roosevelt":
the file refuses the bare surname, which other people of the period bear too) is never a
stub, whose one key would stand for every namesake in every record. Records name a head of
state, of government or of a party by the surname alone ("between Bush and Gorbachev"), so it
is the one bearer whose note dates such a head's office over the record's year ("Bush" in
1989 is the President); a lesser post says nothing of the record ("Brown" of 1967 is not the
Air Force Secretary Harold Brown), and the surname is then not linked."""

from __future__ import annotations

from ..parser.honorifics import an_office, honorific
from .authority import Authority
from .entities import Entity
from .office_terms import in_office

_HEADS = (
    "president",
    "premier",
    "prime minister",
    "chairman",
    "general secretary",
    "king",
    "leader",
)
"""The heads' offices (folded words) whose holder of the year a surname alone may name."""


def lone_surname_bearers(
    authority: Authority, written: str, surname: str, year: int | None
) -> list[Entity] | None:
    """The people of the file bearing ``surname`` (one word, read from ``written``) who, by
    their notes, held a head's office in ``year``, none where an office is written before it
    (which named no bearer then: "Foreign Minister Testaka" is not the Prime Minister); None
    where the file knows no one by that surname whom the honorific before it may name ("Mrs.
    Testvelt" beside the President: a stub of her own, as any unknown name)."""
    said = honorific(written)
    bearers = [
        person
        for person in (authority.people_named(surname) if " " not in surname.strip() else [])
        if said is None or person.gender in (None, said[1])
    ]
    if not bearers:
        return None
    office = any(an_office(word.casefold()) for word in written.split()[:-1])
    return [
        person
        for person in bearers
        if year is not None and not office and in_office(authority.graph, person.iri, _HEADS, year)
    ]
