"""What a memorandum's header lines name: its sender and addressee when the title does not
("FROM: Henry A. Kissinger", "MEMORANDUM FOR: THE PRESIDENT"), the participants of a
conversation beside the title's (the title names the principals, the list everyone) and
where it was held ("PLACE: The White House, Washington": the place the authority file knows,
read from the end)."""

from __future__ import annotations

from rdflib import URIRef

from ..parser.names import agent_kind, personal_name
from ..parser.speakers import speakers
from ..record import Located, Record
from .entities import AGENT_KINDS, Entity
from .linker import Linker
from .terms import ADO, RICO, SCHEMA

Link = tuple[tuple[URIRef, ...], Entity | None]
_SPOKEN = frozenset({"transcript", "record-of-conversation", "interview"})
"""The types of records whose speakers took part in what they record."""


def header_links(record: Record, linker: Linker, placed: bool) -> list[Link]:
    """The (properties, entity) pairs of the header; its place only when the document has no
    place of creation yet (``placed``)."""
    title = record.title
    named = title is not None and bool(title.senders or title.recipients or title.authors)
    found: list[Link] = [
        (props, linker.resolve(name, agent_kind(name.value), kinds=AGENT_KINDS))
        for names, props in (
            (() if named else record.header_senders, (RICO.hasSender, SCHEMA.sender)),
            (() if named else record.header_recipients, (RICO.hasAddressee, SCHEMA.recipient)),
        )
        for name in names
    ]
    found += [((ADO.participant,), _listed(name, linker)) for name in record.header_participants]
    if record.body is not None and title is not None and title.doc_type is not None:
        spoken = speakers(record.body) if title.doc_type.value in _SPOKEN else ()
        found += [((ADO.participant,), _speaker(name, linker)) for name in spoken]
    place = record.header_place
    if place is not None and not placed:
        parts = (part.strip() for part in reversed(place.value.split(",")))
        if (seat := next((part for part in parts if linker.is_place(part)), None)) is not None:
            found.append(((SCHEMA.locationCreated,), linker.place(Located(seat, place.line))))
    return found


def _speaker(name: Located[str], linker: Linker) -> Entity | None:
    """A speaker: the authority file's person, or one the record already named, never a
    stub. A line's label is a person's name only by its shape, and so are a topic's heading
    ("Strategic Arms Limitation: The President said ...") and a transcript's roles
    ("Interviewer:", "Moderator:"), which must name no one."""
    person = personal_name(name.value)
    known = linker.authority.lookup(name.value) or linker.authority.lookup(person)
    people = [entity for entity in known if entity.kind == "person"]
    return people[0] if len(people) == 1 else linker.named_before(person)


def _listed(name: Located[str], linker: Linker) -> Entity | None:
    """A listed participant: the authority file's, else the person the title or text already
    named in another form ("Mr. Testov" or "A.I. Testov" under a title naming "Ambassador Testov":
    one person, not two stubs), else a stub."""
    person = personal_name(name.value)
    known = linker.authority.lookup(name.value) or linker.authority.lookup(person)
    if not known and (before := linker.named_before(person)) is not None:
        return before
    return linker.resolve(name, agent_kind(name.value), kinds=AGENT_KINDS)
