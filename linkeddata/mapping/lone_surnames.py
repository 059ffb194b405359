"""A surname alone that the authority file gives its bearers only in full ("Bush", "Roosevelt":
the file refuses the bare surname, which other people of the period bear too) is never a
stub, whose one key would stand for every namesake in every record: it is the one bearer of
the file whose note dates a post over the record's year ("Bush" in 1989 is the President),
and no one where none or several do, or where the year is unknown."""

from __future__ import annotations

from ..parser.honorifics import honorific
from .authority import Authority
from .entities import Entity
from .note_years import clauses_of_year


def lone_surname_bearers(
    authority: Authority, written: str, surname: str, year: int | None
) -> list[Entity] | None:
    """The people of the file bearing ``surname`` (one word, read from ``written``) who, by
    their notes, held a post in ``year`` and whom the honorific written before it may name
    ("Mrs. Testvelt" is not the President); None where the file knows no one by that surname
    (an unknown surname is a stub, as any unknown name)."""
    bearers = authority.people_named(surname) if " " not in surname.strip() else []
    if not bearers:
        return None
    said = honorific(written)
    return [
        person
        for person in bearers
        if year is not None
        and (said is None or person.gender in (None, said[1]))
        and clauses_of_year(authority.graph, person.iri, year)
    ]
