"""An entry of the authority file as the mapping uses it, read from the file's graph."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCMITYPE, FOAF, RDF, SKOS

from ..errors import AuthorityError
from ..vocab import SCHEMA

_KINDS = {  # rdf:type -> kind, in order of precedence
    FOAF.Person: "person",
    FOAF.Organization: "org",
    SCHEMA.Place: "place",
    DCMITYPE.Collection: "collection",
}
AGENT_KINDS = ("person", "org")
"""The kinds of entity that can act: send, write, sign, translate."""


@dataclass(frozen=True)
class Entity:
    """An authority entry: its IRI, kind (person, org, place, collection) and display label,
    a person's gender where the file records it (schema:gender), which tells "Mrs. Nixon"
    from Richard Nixon, and an archive's seats (schema:location), which tell which country's
    "National Archives" a citation's city means, and the country a capital is in
    (schema:containedInPlace), which tells that the embassy in Pyongyang is the embassy in North
    Korea (several where the state changed over the collection's years: Moscow's)."""

    iri: str
    kind: str
    label: str
    gender: str | None = None
    seats: frozenset[str] = frozenset()
    within: tuple[str, ...] = ()


def entity_of(graph: Graph, subject: URIRef, source: str) -> Entity | None:
    """The entry of ``subject``; None where it is of no kind that the mapping links to (a
    concept, a vocabulary term), and an error naming ``source`` where it has no label."""
    kinds = [kind for cls, kind in _KINDS.items() if (subject, RDF.type, cls) in graph]
    if not kinds:
        return None
    labels = sorted(
        (label for label in graph.objects(subject, SKOS.prefLabel) if isinstance(label, Literal)),
        key=lambda lit: (lit.language != "en", str(lit)),
    )
    if not labels:
        raise AuthorityError(f"{subject} has no skos:prefLabel", source)
    gender = graph.value(subject, SCHEMA.gender)
    genders = {SCHEMA.Female: "female", SCHEMA.Male: "male"}
    known = genders.get(gender) if isinstance(gender, URIRef) else None
    seats = frozenset(
        str(s) for s in graph.objects(subject, SCHEMA.location) if isinstance(s, URIRef)
    )
    within = sorted(
        str(c) for c in graph.objects(subject, SCHEMA.containedInPlace) if isinstance(c, URIRef)
    )
    return Entity(str(subject), kinds[0], str(labels[0]), known, seats, tuple(within))
