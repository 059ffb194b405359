"""A body's label met in the words of a title's party that the title reads as another body is
not mentioned: the party's reading weighs the words around it ("Aviso from the Brazilian
Foreign Ministry to the National Security Council" is addressed to Brazil's council, so the
bare "National Security Council" is not the United States' one, which the file calls so);
the body is still mentioned where the summary or the text names it."""

from __future__ import annotations

from collections.abc import Iterable

from ..parser.text import strip_article
from ..record import Located, Title
from .authority import Authority
from .entities import Entity


def read_otherwise(
    mentioned: Iterable[Entity],
    title: Title | None,
    linked: set[str],
    authority: Authority,
    texts: Iterable[Located[str] | None],
    year: int | None,
) -> list[Entity]:
    """``mentioned`` less each body whose label is the whole wording of one of the title's
    parties while the title linked that party to another entity or to none (``linked``: the
    IRIs of the title's agents), unless one of ``texts`` (the summary, the body) names it."""
    found = list(mentioned)
    parties = (
        (
            *title.senders,
            *title.recipients,
            *title.intermediaries,
            *title.authors,
            *title.participants,
        )
        if title is not None
        else ()
    )
    wordings = [strip_article(party.value) for party in parties]
    other = [
        entity
        for entity in found
        if entity.kind == "org"
        and entity.iri not in linked
        and any(entity in authority.lookup(wording) for wording in wordings)
    ]
    if not other:
        return found
    named = {
        entity
        for text in texts
        if text is not None
        for entity in authority.scan(text.value, year=year, running=True)[0]
    }
    return [entity for entity in found if entity not in other or entity in named]
