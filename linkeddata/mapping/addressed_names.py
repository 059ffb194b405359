"""A form of address and a surname alone ("Mr. Testedy") name the file's person of that surname
in his public life, the years his note dates (from five years before); outside them, only
where the surname is his alone: an ex-official met in later years is still addressed so
("Mr. Nixon" in China in 1979), while the surname another person of the file bears, or a
relative his note names, may be theirs ("Mr. Kennedy" of 1981 is not the President)."""

from __future__ import annotations

from ..parser.honorifics import honorific
from ..parser.names import personal_name
from .authority import Authority
from .entities import Entity
from .office_terms import addressed_elsewhere


def addressed_namesake(authority: Authority, name: str, year: int | None) -> Entity | None:
    """The file's person a form of address and a surname alone name ("Mr. Kennedy"), where in
    a record of ``year`` they may name another bearer (:func:`.addressed_elsewhere`): he is
    not linked, nor is a stub of the bare surname made, one key for all who bear it."""
    said, words = honorific(name), name.split()
    people = [e for e in authority.lookup(words[-1]) if e.kind == "person"] if said else []
    if not said or personal_name(name) != words[-1] or len(people) != 1:
        return None
    person = people[0]
    if person.gender not in (None, said[1]):
        return None  # "Mrs. Nixon": not his name, read as before
    namesakes = authority.bearers(words[-1])
    return person if addressed_elsewhere(authority.graph, person, namesakes, year) else None
