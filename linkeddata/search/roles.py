"""The roles a person, organisation, place or concept plays in a document, and their names.

An entity page lists the documents that involve the entity role by role (sender, addressee,
mentioned, created in...). The roles are read from the document's graph by the predicate
linking the record (or its translation) to the entity, as the data model states them; the
search index stores, for every entity and role, its documents in date order, so a page of
them costs one row read (:meth:`~linkeddata.search.index.SearchIndex.involving`).

A predicate not listed here (a new one the mapping learns) still counts: its documents are
listed under :data:`OTHER`, so nothing an entity is linked from is left out.

>>> role_of("https://www.ica.org/standards/RiC/ontology#hasSender")
'sender'
>>> [heading(r) for r in ("sender", "created-in", "no-such-role")]
['Sender', 'Created in', 'Linked']
"""

from __future__ import annotations

from rdflib.namespace import DCTERMS

from ..vocab import ADO, RICO, SCHEMA

OTHER = "linked"

ROLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("sender", "Sender", (str(RICO.hasSender), str(SCHEMA.sender))),
    ("addressee", "Addressee", (str(RICO.hasAddressee), str(SCHEMA.recipient))),
    ("intermediary", "Intermediary", (str(ADO.intermediary),)),
    ("participant", "Participant", (str(ADO.participant),)),
    ("signatory", "Author or signatory", (str(DCTERMS.creator),)),
    ("created-in", "Created in", (str(SCHEMA.locationCreated),)),
    ("destination", "Sent to", (str(ADO.destination),)),
    ("translator", "Translator", (str(SCHEMA.translator),)),
    ("obtained-by", "Obtained by", (str(ADO.obtainedBy),)),
    ("obtained-for", "Obtained for", (str(ADO.obtainedFor), str(SCHEMA.sourceOrganization))),
    ("contributed-by", "Contributed by", (str(ADO.contributedBy),)),
    ("funder", "Funder", (str(SCHEMA.funder),)),
    ("holder", "Holding archive", (str(RICO.hasOrHadHolder), str(SCHEMA.holdingArchive))),
    ("type", "Document type", (str(DCTERMS.type),)),
    ("classification", "Classification", (str(ADO.classification),)),
    ("priority", "Priority", (str(ADO.priority),)),
    ("content-kind", "Contents", (str(ADO.contentKind),)),
    ("collection", "Collection", (str(DCTERMS.isPartOf),)),
    ("mentioned", "Mentioned", (str(SCHEMA.mentions), str(DCTERMS.subject))),
)
"""(key, heading, predicates) in the order an entity page shows them."""

_BY_PREDICATE = {p: key for key, _, predicates in ROLES for p in predicates}
_HEADINGS = {key: heading for key, heading, _ in ROLES}
_ORDER = {key: n for n, (key, _, _) in enumerate(ROLES)}
IGNORED = frozenset(
    str(p)
    for p in (
        SCHEMA.workTranslation,
        SCHEMA.translationOfWork,
        DCTERMS.source,
        DCTERMS.language,
        DCTERMS.provenance,
        SCHEMA.mainEntityOfPage,
    )
)
"""Links that are not an entity's part in a document (to the document's own parts, to a
language, to the catalogue page)."""


def role_of(predicate: str) -> str:
    """The role a link by ``predicate`` gives (:data:`OTHER` for one not in :data:`ROLES`)."""
    return _BY_PREDICATE.get(predicate, OTHER)


def heading(role: str) -> str:
    """How a page names ``role``."""
    return _HEADINGS.get(role, "Linked")


def order(role: str) -> int:
    """Where ``role`` comes on a page (unknown roles last)."""
    return _ORDER.get(role, len(ROLES))
