"""The document type the mapping writes: the parser's, but for a protocol called by one name,
which the parser cannot tell a city from a surname or a common noun by ("the Testburg
Protocol", "Testov Protocol", "Autopsy Protocol"). Named for a city, the protocol is an
agreement signed there; else it stays the minutes the parser read."""

from __future__ import annotations

from ..parser.protocols import AGREEMENT
from ..record import Title
from .linker import Linker


def document_type(title: Title, linker: Linker) -> str | None:
    """The key of the title's document type, an agreement when the one name the protocol is
    called by is a place the authority file knows (and knows as nothing else)."""
    if title.doc_type is None:
        return None
    named = title.agreement_if_place
    known = linker.authority.lookup(named.value) if named is not None else []
    if known and all(entity.kind == "place" for entity in known):
        return AGREEMENT
    return title.doc_type.value
