"""What the search index needs from a document, read from its RDF graph as the build writes it.

Nothing here looks at the parsed record: titles, dates, texts and every facet come from the
statements the mapping produced, so whatever the converter learns to say (a new document type,
senders and addressees, better dates) reaches the index without a change here. Entities are
recognised by their ``rdf:type`` (the classes of :data:`~linkeddata.store.KINDS`) and named by
their labels, in every language, from the document's own graph (stubs) or from the curated
graphs (authority file, concept schemes) that :class:`Labels` holds.

Facets and what feeds them:

============== ===========================================================================
type           the record's ``dcterms:type`` values that are concepts (not ``dcmitype:Text``)
classification ``ado:classification``
language       ``dcterms:language`` (the original's), named from ISO 639 by pycountry
place          any place the record or its translations link to
person         any person they link to (sender, addressee, signatory, translator, mentioned)
organisation   any organisation they link to, except as holder only
holder         ``rico:hasOrHadHolder`` and ``schema:holdingArchive``
year, decade   from ``dcterms:created``, else the cataloguer's ``ado:editorialDate``
============== ===========================================================================
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS
from rdflib.term import Node

from ..store import KINDS, LABEL_PREDICATES, display_label
from ..vocab import ADO, ISO639_2, RICO, SCHEMA
from .roles import IGNORED, role_of

_FACET_OF_KIND = {"places": "place", "persons": "person", "organisations": "organisation"}
"""The kinds of :data:`~linkeddata.store.KINDS` whose members are facet values, and the facet."""
# Predicates and classes as plain strings: rdflib compares terms in Python (``Node.__eq__``),
# two hundred thousand times for 1,500 documents, where plain strings compare in C.
_CLASSES = {kind.type: name for name, kind in KINDS.items()}
_LABELS = LABEL_PREDICATES
_OTHER_NAMES = (str(SKOS.altLabel), str(SKOS.hiddenLabel))  # found by, never shown
_HOLDERS = frozenset((str(RICO.hasOrHadHolder), str(SCHEMA.holdingArchive)))
_TYPE, _RECORD, _IDENTIFIER, _TITLE = map(
    str, (RDF.type, RICO.Record, DCTERMS.identifier, DCTERMS.title)
)
_CREATED, _EDITORIAL, _ABSTRACT = map(str, (DCTERMS.created, ADO.editorialDate, DCTERMS.abstract))
_TEXT, _TRANSLATION = str(SCHEMA.text), str(SCHEMA.workTranslation)
_YEAR = re.compile(r"-?\d{4}")


@dataclass(frozen=True)
class Entity:
    """A resource a document links to, as the index names it."""

    iri: str
    kind: str
    """A key of :data:`~linkeddata.store.KINDS`, or ``language``."""
    label: str
    labels: tuple[str, ...] = ()
    """Every label, in every language (what the search finds it by)."""


@dataclass(frozen=True)
class Columns:
    """A document's text as the index gets it."""

    columns: tuple[str, str, str, str]
    """Title, summary, full texts and entity labels, :func:`~.text.searchable`."""
    pairs: str | None
    """Its word pairs (:mod:`.pairs`); None if a character outside the safe ranges might
    make them differ from the tokenizer's words."""


@dataclass
class Facts:
    """One published document, as the index stores it."""

    iri: str
    key: str
    title: str
    date: str | None
    """The date's lexical form (``1967-05-01``, ``1980-12``, ``1955``), if there is one."""
    editorial: bool
    """Whether the date is the cataloguer's (``ado:editorialDate``), not the document's."""
    summary: str
    texts: tuple[str, ...]
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Facet -> the IRIs of its values (year and decade come from :attr:`date`)."""
    entities: tuple[Entity, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()
    """(role, IRI) of every person, organisation, place, concept and collection the record
    or its translations link to, each pair once (:mod:`.roles`)."""
    made: Columns | None = field(default=None, compare=False, repr=False)
    """Its text columns and word pairs, made by the worker that read the facts
    (:func:`.columns.prepared`); None: the index makes them (:func:`.columns.columns_of`)."""

    @property
    def year(self) -> int | None:
        found = _YEAR.match(self.date or "")
        return int(found.group()) if found else None


class Statements:
    """The statements of a graph by subject and predicate, read in one pass.

    A document graph is a plain list of some 70 triples that rdflib scans for every pattern
    (:mod:`linkeddata.mapping.graph`); the facts need some forty look-ups, so one pass that
    files them is ten times cheaper. Several graphs are read as their union, without making
    it: rdflib's ``graph + other`` builds a new graph and its namespace bindings, which cost
    a quarter of a 20,000-document build (26 ms a document). Subjects that are IRIs and every
    predicate are filed as plain strings (see :func:`_key`); values stay rdflib terms.
    """

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        self._by_subject: dict[object, dict[str, list[Node]]] = {}
        for subject, predicate, value in dict.fromkeys(triples):  # each statement once
            filed = self._by_subject.setdefault(_key(subject), {})
            filed.setdefault(str(predicate), []).append(value)

    def subjects(self) -> Iterable[Node]:
        return (URIRef(s) if type(s) is str else s for s in self._by_subject)  # type: ignore[misc]

    def objects(self, subject: Node, predicate: str) -> list[Node]:
        return self._by_subject.get(_key(subject), {}).get(predicate, [])

    def predicate_objects(self, subject: Node) -> Iterable[tuple[str, Node]]:
        for predicate, values in self._by_subject.get(_key(subject), {}).items():
            for value in values:
                yield predicate, value

    def entity(self, iri: Node) -> Entity | None:
        """``iri`` as these statements type and label it, if it is of a kind of KINDS."""
        kinds = [_CLASSES[t] for t in map(str, self.objects(iri, _TYPE)) if t in _CLASSES]
        if not kinds:
            return None
        pairs = [
            (p, ox.Literal(str(o), language=o.language or None))
            for p in _LABELS
            for o in self.objects(iri, p)
            if isinstance(o, Literal)
        ]
        label = display_label(pairs) or str(iri)
        names = {o.value for _, o in pairs}
        names.update(str(o) for p in _OTHER_NAMES for o in self.objects(iri, p))
        return Entity(str(iri), min(kinds), label, tuple(sorted(names)))


def _key(subject: Node) -> object:
    """How :class:`Statements` files ``subject``: an IRI as a plain string (hashed and
    compared in C), a blank node as itself (never equal to a string, as rdflib has it)."""
    return str(subject) if type(subject) is URIRef else subject


@dataclass
class Labels:
    """Types and labels of the curated resources (authority file, concept schemes)."""

    known: dict[str, Entity] = field(default_factory=dict)

    @classmethod
    def from_graphs(cls, graphs: Iterable[Graph]) -> Labels:
        labels = cls()
        for graph in graphs:
            statements = Statements(graph)
            for subject in statements.subjects():
                entity = statements.entity(subject) if isinstance(subject, URIRef) else None
                if entity is not None:
                    labels.known[entity.iri] = entity
        return labels

    def entity(self, statements: Statements, iri: URIRef) -> Entity | None:
        """The resource ``iri`` as the document's graph or the curated graphs describe it."""
        key = str(iri)
        return self.known.get(key) or statements.entity(iri) or _language(key)


def document_facts(triples: Iterable[tuple[Node, Node, Node]], labels: Labels) -> Facts | None:
    """The facts of the document whose statements are ``triples`` (a graph, or its triples
    and those of the stubs it links to); None if they hold no ``rico:Record``."""
    said = Statements(triples)
    record = next((s for s in said.subjects() if _RECORD in map(str, said.objects(s, _TYPE))), None)
    if not isinstance(record, URIRef):
        return None
    parts = [record, *said.objects(record, _TRANSLATION)]
    date = _first(said.objects(record, _CREATED))
    editorial = date is None and (date := _first(said.objects(record, _EDITORIAL))) is not None
    facts = Facts(
        iri=str(record),
        key=_first(said.objects(record, _IDENTIFIER)) or str(record),
        title=_text(said.objects(record, _TITLE)) or str(record),
        date=date if date and _YEAR.match(date) else None,
        editorial=editorial,
        summary="\n\n".join(sorted(str(s) for s in said.objects(record, _ABSTRACT))),
        texts=tuple(str(t) for part in parts for t in said.objects(part, _TEXT)),
    )
    linked: dict[str, Entity] = {}
    facet_values: dict[str, set[str]] = {}

    def add(facet: str, entity: Entity) -> None:
        linked[entity.iri] = entity
        facet_values.setdefault(facet, set()).add(entity.iri)

    for facet, term in _CONCEPT_FACETS.items():
        for concept in said.objects(record, term):
            entity = labels.entity(said, concept) if isinstance(concept, URIRef) else None
            if entity is not None and entity.kind in ("concepts", "language"):
                add(facet, entity)
    holders = {str(h) for p in _HOLDERS for h in said.objects(record, p)}
    roles: set[tuple[str, str]] = set()
    for part in parts:
        for predicate, value in said.predicate_objects(part):
            if predicate == _TYPE or not isinstance(value, URIRef):
                continue
            entity = labels.entity(said, value)
            if entity is None:
                continue
            if entity.kind in KINDS and predicate not in IGNORED:
                roles.add((role_of(predicate), entity.iri))
            if predicate in _HOLDERS:
                add("holder", entity)
            listed = _FACET_OF_KIND.get(entity.kind)
            if listed and not (listed == "organisation" and entity.iri in holders):
                add(listed, entity)
            elif entity.kind in ("concepts", "language"):
                linked[entity.iri] = entity
    facts.values = {f: tuple(sorted(v)) for f, v in sorted(facet_values.items())}
    facts.entities = tuple(linked[iri] for iri in sorted(linked))
    facts.roles = tuple(sorted(roles))
    return facts


_CONCEPT_FACETS = {
    "type": str(DCTERMS.type),
    "classification": str(ADO.classification),
    "language": str(DCTERMS.language),
}


def _language(iri: str) -> Entity | None:
    """A language of ISO 639-2 (``iso639-2:rum``), named in English from pycountry."""
    return _named_language(iri) if iri.startswith(ISO639_2) else None


@lru_cache(maxsize=1024)
def _named_language(iri: str) -> Entity:
    code = iri.removeprefix(ISO639_2)
    found = pycountry.languages.get(bibliographic=code) or pycountry.languages.get(alpha_3=code)
    name = re.sub(r"\s*\([^)]*\)$", "", found.name) if found else code
    return Entity(iri, "language", name, (name,))


def language_name(iri: str) -> str | None:
    """The English name of an ISO 639-2 language IRI (``iso639-2:rum``: Romanian)."""
    found = _language(iri)
    return found.label if found else None


def _first(values: Iterable[object]) -> str | None:
    found = sorted(str(v) for v in values if isinstance(v, Literal))
    return found[0] if found else None


def _text(values: Iterable[object]) -> str | None:
    pairs = [
        (str(_TITLE), ox.Literal(str(v), language=v.language or None))
        for v in values
        if isinstance(v, Literal)
    ]
    return display_label(pairs)
