"""The authority file's entities that a record's texts mention: its labels found in the running
text of the summary, the title and the body (:meth:`.Authority.scan`), a ruling party's organ
named by its state's nationality ("the Chinese Politburo"), and of a label that several bodies
share, the one that the record's other names choose.

A name read from a field of the record (a sender, a signature, a holder) is resolved one by one
by :class:`.Linker`, which may make a stub of it; a text only mentions what the authority file
knows, so no stub is made here.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..record import Located
from .entities import Entity
from .linker import Linker
from .ruling_parties import national_organs

Scanned = tuple[list[Entity], list[tuple[str, int]]]
"""A text's entities and the labels met in it that several bodies share, with their lines."""


def scanned(
    linker: Linker,
    *texts: Located[str] | None,
    given: frozenset[str] = frozenset(),
    title: Located[str] | None = None,
) -> Scanned:
    """The authority entities ``texts`` name, in order, and the labels met that several
    bodies share, with their lines, still to choose (:func:`choose`). ``given``: words known
    to be given names (see :func:`.given_names.party_given_names`); ``title``: read first,
    and alone as perhaps in title case ("Mao Meets Nixon")."""
    found: dict[Entity, None] = {}
    shared: list[tuple[str, int]] = []
    for text in (title, *texts):
        if text is None:
            continue
        running = text is not title
        entities, ambiguous = linker.authority.scan(text.value, given, linker.year, running)
        found.update(dict.fromkeys(entities))
        found.update(dict.fromkeys(national_organs(linker.authority, text.value, linker.year)))
        shared.extend((label, text.line) for label in ambiguous)
    return list(found), shared


def choose(linker: Linker, scanned: Scanned, elsewhere: Iterable[Entity] = ()) -> list[Entity]:
    """The entities of ``scanned`` and, of each label it met that several bodies share,
    the one that these entities or those named ``elsewhere`` in the record choose (the
    summary's "PCC" is the Cuban party where the body names "the PCC Central
    Committee"), else reported."""
    found = dict.fromkeys(scanned[0])
    named = [*found, *elsewhere]
    for label, line in scanned[1]:
        if (chosen := linker.authority.chosen(label, named, linker.year)) is not None:
            found.setdefault(chosen, None)
        else:
            linker.warn(f"ambiguous mention {label!r}: not linked", line)
    return list(found)
