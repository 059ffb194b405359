"""The person a record has already named under another form of a name: a signature or a
speaker's label that repeats, shorter, a name the title or the header gave in full."""

from __future__ import annotations

from ..parser.same_person import same_person, without_generation
from .entities import Entity


def earlier_form(people: list[tuple[str, Entity]], name: str) -> Entity | None:
    """Of the ``people`` resolved so far (with the names they were read from), the one
    ``name`` names in another form: the same surname with initials or a given name that
    agree ("P. Yudin" for "Soviet Ambassador to the PRC P.F. Yudin"), or a surname alone that
    one of them bears ("Brie" for "Comrade Horst Brie")."""
    for named, entity in people:
        if same_person(name, named):
            return entity
    surname = name.casefold()
    namesakes = {
        e for named, e in people if without_generation(named).casefold().split()[-1:] == [surname]
    }
    return namesakes.pop() if " " not in surname and len(namesakes) == 1 else None
