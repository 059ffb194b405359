"""What a memorandum's header lines name when the title does not: its sender and addressee
("FROM: Henry A. Kissinger", "MEMORANDUM FOR: THE PRESIDENT"), the participants of a
conversation and where it was held ("PLACE: The White House, Washington": the place the
authority file knows, read from the end)."""

from __future__ import annotations

from rdflib import URIRef

from ..parser.names import agent_kind
from ..record import Located, Record
from .entities import AGENT_KINDS, Entity
from .linker import Linker
from .terms import ADO, RICO, SCHEMA

Link = tuple[tuple[URIRef, ...], Entity | None]


def header_links(record: Record, linker: Linker, placed: bool) -> list[Link]:
    """The (properties, entity) pairs of the header; its place only when the document has no
    place of creation yet (``placed``)."""
    title = record.title
    named = title is not None and bool(title.senders or title.recipients or title.authors)
    listed = title is not None and bool(title.participants)
    found: list[Link] = [
        (props, linker.resolve(name, agent_kind(name.value), kinds=AGENT_KINDS))
        for names, props in (
            (() if named else record.header_senders, (RICO.hasSender, SCHEMA.sender)),
            (() if named else record.header_recipients, (RICO.hasAddressee, SCHEMA.recipient)),
            (() if listed else record.header_participants, (ADO.participant,)),
        )
        for name in names
    ]
    place = record.header_place
    if place is not None and not placed:
        parts = (part.strip() for part in reversed(place.value.split(",")))
        if (seat := next((part for part in parts if linker.is_place(part)), None)) is not None:
            found.append(((SCHEMA.locationCreated,), linker.place(Located(seat, place.line))))
    return found
