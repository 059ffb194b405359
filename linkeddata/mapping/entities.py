"""An entry of the authority file as the mapping uses it, read from the file's graph, and which
of the entries sharing a label a record of a given year means."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCMITYPE, DCTERMS, FOAF, ORG, RDF, SKOS

from ..errors import AuthorityError
from ..vocab import SCHEMA

_KINDS = {  # rdf:type -> kind, in order of precedence
    FOAF.Person: "person",
    FOAF.Organization: "org",
    SCHEMA.Place: "place",
    DCMITYPE.Collection: "collection",
}
_RENAMINGS = 3
"""The most names before the one an entry is for that a body is followed back through."""
AGENT_KINDS = ("person", "org")
"""The kinds of entity that can act: send, write, sign, translate."""
KIND_NAMES = {
    "person": "a person",
    "org": "an organisation",
    "place": "a place",
    "collection": "a collection",
}
"""Each kind as a warning names it."""


@dataclass(frozen=True)
class Entity:
    """An authority entry: its IRI, kind (person, org, place, collection) and display label,
    a person's gender where the file records it (schema:gender), which tells "Mrs. Nixon"
    from Richard Nixon, and an archive's seats (schema:location), which tell which country's
    "National Archives" a citation's city means, and the country a capital is in
    (schema:containedInPlace), which tells that the embassy in Pyongyang is the embassy in North
    Korea (several where the state changed over the collection's years: Moscow's), and the year
    a body was founded or took the name the entry is for (schema:startDate) and the year it was
    dissolved or renamed (schema:endDate), which tell which of two bodies a label names ("CPV"
    in 1953 is the Chinese People's Volunteers, in 1979 the Communist Party of Vietnam)."""

    iri: str
    kind: str
    label: str
    gender: str | None = None
    seats: frozenset[str] = frozenset()
    within: tuple[str, ...] = ()
    founded: int | None = None
    ended: int | None = None

    def founded_by(self, year: int | None) -> bool:
        """Whether the entity was founded by ``year`` (an unknown year or founding: it was)."""
        return year is None or self.founded is None or self.founded <= year

    def existed_in(self, year: int | None) -> bool:
        """Whether the entity was founded by ``year`` and not yet dissolved (schema:endDate)."""
        return self.founded_by(year) and (year is None or self.ended is None or year <= self.ended)


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
    start = str(graph.value(subject, SCHEMA.startDate) or "")[:4]
    end = str(graph.value(subject, SCHEMA.endDate) or "")[:4]
    years = tuple(int(y) if y.isdigit() else None for y in (start, end))
    return Entity(str(subject), kinds[0], str(labels[0]), known, seats, tuple(within), *years)


def of_the_year(graph: Graph, entities: Collection[Entity], year: int | None) -> list[Entity]:
    """Which of the entities a label names in a record of ``year``. The years only choose:
    an entity alone under its label is always named, under the name it bore then where it
    took this one later and the file has the earlier entry (dcterms:replaces: "the
    Communist Party of Vietnam" in 1967 is the Vietnam Workers' Party, the CPSU in 1950 the
    VKP(b)), else as it is, for a body is named before its founding ("the Neutral Nations
    Supervisory Commission" in 1952, "the Cuban Communist Party" in 1963). Of several sharing
    a label, none founded later, and those that existed that year where some did ("CPV" in
    1953 is the Chinese People's Volunteers, in 1979 the Communist Party of Vietnam); where
    none was yet founded, the ones they replace that were."""
    if len(entities) == 1:
        only = next(iter(entities))
        if only.founded_by(year):
            return [only]  # most labels: one entity, of no known founding (the scan's hot path)
        return [_named_then(graph, only, year) or only]
    if founded := _bearers(entities, year):
        return founded
    then = (_named_then(graph, entity, year) for entity in entities)
    return _bearers(dict.fromkeys(e for e in then if e is not None), year)


def _bearers(entities: Iterable[Entity], year: int | None) -> list[Entity]:
    """The entities founded by ``year``; of several, those not yet dissolved, if any."""
    founded = sorted((e for e in entities if e.founded_by(year)), key=lambda e: e.iri)
    lasting = [e for e in founded if e.existed_in(year)]
    return lasting if len(founded) > 1 and lasting else founded


def _named_then(graph: Graph, entity: Entity, year: int | None) -> Entity | None:
    """The entry of the body under the name it bore in ``year``, following the names before
    this one (dcterms:replaces); None if the file has none so early."""
    found: Entity | None = entity
    for _ in range(_RENAMINGS):
        if found is None or found.founded_by(year):
            return found
        found = _replaced(graph, found.iri)
    return found if found is not None and found.founded_by(year) else None


@lru_cache(maxsize=1024)
def _replaced(graph: Graph, iri: str) -> Entity | None:
    """The entry that ``iri`` replaces (dcterms:replaces), read once: the scan asks for it at
    every mention of a body before its founding."""
    before = graph.value(URIRef(iri), DCTERMS.replaces)
    return entity_of(graph, before, "") if isinstance(before, URIRef) else None


def chosen(
    graph: Graph, sharing: Collection[Entity], named: list[Entity], year: int | None
) -> Entity | None:
    """The one of the bodies ``sharing`` a label that a record naming ``named`` chooses: the
    body itself, its parent or one of its organs named otherwise ("PCC" beside "the Warsaw
    Pact" is its Political Consultative Committee, beside "the PCC CC" the Communist Party of
    Cuba)."""
    kin = [
        body
        for body in of_the_year(graph, sharing, year)
        if any(_of_one_family(graph, body, other) for other in named)
    ]
    return kin[0] if len(kin) == 1 else None


def _of_one_family(graph: Graph, body: Entity, other: Entity) -> bool:
    """Whether ``other`` is ``body``, its parent or one of its organs."""
    one, two = URIRef(body.iri), URIRef(other.iri)
    return (
        one == two
        or (one, ORG.subOrganizationOf, two) in graph
        or (two, ORG.subOrganizationOf, one) in graph
    )
