"""One read-only store interface for the server, whatever engine holds the release.

The server asks a :class:`Store` for plain data (pyoxigraph terms, triples, quads and the small
dataclasses below) and serialises it elsewhere. Implementations are looked up by name, as
rdflib looks up its plugins, and imported on first use, so a backend that needs more packages
costs nothing until chosen:

========== ==========================================================================
``oxigraph`` the on-disk Oxigraph store of a release (``OUT/store``), opened read-only
``memory``   an in-memory Oxigraph store loaded from N-Quads (bytes, or a ``.nq`` or
             ``.nq.gz`` file such as the release's ``dumps/dataset.nq.gz``): for tests
========== ==========================================================================

Every method that takes an IRI raises :class:`ValueError` if it is not an absolute IRI (the
check is pyoxigraph's own IRI parser), so user input never reaches SPARQL text: terms are
passed with ``substitutions=`` or written by pyoxigraph's serialiser. A release never changes
once published, so implementations may cache what they read.

>>> label = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
>>> store = open_store("memory", data=f'''
... <http://ex.org/id/place/p> {label} "Pyongyang"@en <http://g> .
... <http://ex.org/id/doc/1> <https://schema.org/mentions> <http://ex.org/id/place/p> <http://g> .
... '''.encode())
>>> store.label("http://ex.org/id/place/p")
'Pyongyang'
>>> store.describe("http://ex.org/id/place/p").incoming_total
1
>>> store.describe("http://www.wikidata.org/entity/Q18808") is None
True
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

from ..vocab import DCMITYPE, RICO, SCHEMA

__all__ = [
    "GRAPHS_SHOWN",
    "INCOMING_LIMIT",
    "KINDS",
    "LABEL_PREDICATES",
    "MAX_PAGE",
    "STORES",
    "Description",
    "Entry",
    "Kind",
    "Linked",
    "Page",
    "Store",
    "display_label",
    "open_store",
]

LABEL_PREDICATES: tuple[str, ...] = (
    str(SKOS.prefLabel),
    str(RDFS.label),
    str(DCTERMS.title),
    str(FOAF.name),
    str(SCHEMA.name),
)
"""Predicates whose values name a resource, in order of preference for the display label."""

RDF_TYPE = str(RDF.type)
INCOMING_LIMIT = 500
"""Default cap on the incoming links a description lists (the total is always counted)."""
GRAPHS_SHOWN = 20
"""Named graphs a description gives for each of its statements: the converter and a stub place
are typed and labelled in every document graph that names them, tens of thousands of times."""
MAX_PAGE = 1000
"""Largest ``limit`` that :meth:`Store.page` accepts."""

Subject = ox.NamedNode | ox.BlankNode
Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(frozen=True)
class Kind:
    """A class of resources that can be listed: its name, class IRI and listing order.

    Documents are keyed by ``dcterms:identifier`` and ordered by length, then code point, so
    numeric identifiers come in numeric order; entities are keyed and ordered by their IRI.
    """

    name: str
    type: str
    key: str | None = None


KINDS: Mapping[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("documents", str(RICO.Record), key=str(DCTERMS.identifier)),
        Kind("persons", str(FOAF.Person)),
        Kind("organisations", str(FOAF.Organization)),
        Kind("places", str(SCHEMA.Place)),
        Kind("concepts", str(SKOS.Concept)),
        Kind("collections", str(DCMITYPE.Collection)),
    )
}


def display_label(labels: Iterable[tuple[str, ox.Literal]]) -> str | None:
    """The label to show among ``(predicate, literal)`` pairs, or None if there is none.

    English first (``en`` and ``en-*``), then untagged, then any language; among equals the
    predicate order of :data:`LABEL_PREDICATES`, then the smallest value, so the choice never
    depends on the order the store returns statements in.

    >>> display_label([(str(SKOS.prefLabel), ox.Literal("Phenian", language="ro")),
    ...                (str(SKOS.prefLabel), ox.Literal("Pyongyang", language="en"))])
    'Pyongyang'
    """
    ranked = [
        (_language_rank(literal.language), LABEL_PREDICATES.index(predicate), literal.value)
        for predicate, literal in labels
        if predicate in LABEL_PREDICATES
    ]
    return min(ranked)[2] if ranked else None


def _language_rank(language: str | None) -> int:
    if language is None:
        return 1
    return 0 if language == "en" or language.startswith("en-") else 2


@dataclass(frozen=True)
class Linked:
    """An IRI that a description links to, with the statements needed to show the link."""

    iri: str
    triples: tuple[ox.Triple, ...]
    """Its ``rdf:type`` and label statements (:data:`LABEL_PREDICATES`), each once."""

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(
            t.object.value
            for t in self.triples
            if t.predicate.value == RDF_TYPE and not isinstance(t.object, ox.Triple)
        )

    @property
    def label(self) -> str | None:
        return display_label(_label_pairs(self.triples))


@dataclass(frozen=True)
class Description:
    """What the store says about one resource: plain data, serialised by the server.

    ``quads`` are the resource's own statements in the named graphs that state them (at most
    :data:`GRAPHS_SHOWN` graphs for each statement, chosen in the store's order;
    ``more_graphs`` says if a statement is made in more), each (statement, graph) once and
    sorted. Own statements include those of its fragment IRIs
    (``{iri}#source``...) reachable from it, because a client cannot dereference a fragment
    on its own. ``linked`` has the types and labels of every IRI the statements point to that
    the store knows (external IRIs such as Wikidata's are absent). ``incoming`` lists at most
    the requested number of distinct ``(subject, predicate)`` pairs that point at the
    resource; ``incoming_total`` counts them all.
    """

    iri: str
    quads: tuple[ox.Quad, ...]
    linked: Mapping[str, Linked] = field(default_factory=dict)
    incoming: tuple[tuple[Subject, ox.NamedNode], ...] = ()
    incoming_total: int = 0
    more_graphs: bool = False

    @cached_property
    def triples(self) -> tuple[ox.Triple, ...]:
        """The own statements, each once whatever the number of graphs stating it."""
        return tuple(dict.fromkeys(q.triple for q in self.quads))

    @cached_property
    def graphs(self) -> tuple[str, ...]:
        """The named graphs the own statements come from (the provenance to show)."""
        names = {q.graph_name for q in self.quads}
        return tuple(sorted(g.value for g in names if not isinstance(g, ox.DefaultGraph)))

    @property
    def truncated(self) -> bool:
        """True when ``incoming`` lists fewer links than there are."""
        return self.incoming_total > len(self.incoming)

    def objects(self, predicate: str, subject: str | None = None) -> list[Term]:
        """Values of ``predicate`` on the resource (or on ``subject``), each once, sorted."""
        return list(self._objects.get((subject or self.iri, predicate), ()))

    @cached_property
    def _objects(self) -> dict[tuple[str, str], list[Term]]:
        """The values of each (subject, predicate), filed in one pass: a page asks for
        some seventy of them, and a scan of the statements for each cost a third of it."""
        filed: dict[tuple[str, str], list[Term]] = {}
        for t in self.triples:
            if not isinstance(t.subject, ox.Triple) and not isinstance(t.object, ox.Triple):
                filed.setdefault((t.subject.value, t.predicate.value), []).append(t.object)
        return filed

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.objects(RDF_TYPE))

    @property
    def label(self) -> str | None:
        """The resource's display label (see :func:`display_label`)."""
        own = (t for t in self.triples if _states(t, self.iri))
        return display_label(_label_pairs(own))

    def link_label(self, iri: str) -> str | None:
        """The display label of a linked IRI, if the store has one."""
        linked = self.linked.get(iri)
        return linked.label if linked else None

    @property
    def context_triples(self) -> tuple[ox.Triple, ...]:
        """Types and labels of the linked IRIs, to send along with the own statements."""
        return tuple(t for linked in self.linked.values() for t in linked.triples)

    @property
    def incoming_triples(self) -> tuple[ox.Triple, ...]:
        """The listed incoming links as statements."""
        node = ox.NamedNode(self.iri)
        return tuple(ox.Triple(s, p, node) for s, p in self.incoming)


def _states(triple: ox.Triple, subject: str) -> bool:
    """Whether ``triple`` is about ``subject``, an IRI or blank node identifier.

    pyoxigraph's terms include RDF 1.2's triple terms, which have no ``value``: a release
    states none, and none is ever the subject asked about.
    """
    return not isinstance(triple.subject, ox.Triple) and triple.subject.value == subject


def _label_pairs(triples: Iterable[ox.Triple]) -> Iterator[tuple[str, ox.Literal]]:
    for t in triples:
        if isinstance(t.object, ox.Literal):
            yield t.predicate.value, t.object


@dataclass(frozen=True)
class Entry:
    """One listed resource: its IRI, its paging key and its display label."""

    iri: str
    key: str
    label: str | None


@dataclass(frozen=True)
class Page:
    """A page of a listing; ``next`` is the ``after=`` of the following page (None: last)."""

    kind: str
    entries: tuple[Entry, ...]
    next: str | None


class Store(Protocol):
    """The read-only operations the server needs; see the module docstring for the kinds."""

    def exists(self, iri: str) -> bool:
        """True if the IRI is the subject of at least one statement (an object-only IRI,
        such as a Wikidata item, is not ours to describe)."""
        ...

    def describe(self, iri: str, *, incoming_limit: int = INCOMING_LIMIT) -> Description | None:
        """The resource's :class:`Description`, or None if it does not exist."""
        ...

    def label(self, iri: str) -> str | None:
        """The display label of one IRI."""
        ...

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        """Display labels of several IRIs; IRIs without a label are left out."""
        ...

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[ox.Variable, ox.NamedNode | ox.Literal] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query on the default graph, the merge of the named graphs (each
        statement once); every query of the store goes through here (one place to wrap)."""
        ...

    def page(
        self, kind: str, *, after: str | None = None, offset: int = 0, limit: int = 100
    ) -> Page:
        """A page of the resources of ``kind`` (a key of :data:`KINDS`) in the kind's order.

        ``after`` is the key of the last entry already seen (keyset paging: stable and
        cheap however deep); ``offset`` skips entries after that.
        """
        ...

    def count(self, kind: str) -> int:
        """How many resources of ``kind`` there are."""
        ...

    def listing(self, kind: str) -> list[tuple[str, str, str | None]]:
        """Every resource of ``kind`` in the kind's order: ``(key, iri, label)`` (what the
        build writes into a release's ``lists/``, so that the server never sorts them)."""
        ...

    def graph_triples(self, graph: str) -> Iterator[ox.Triple]:
        """Every statement of one named graph (the report and dataset pages)."""
        ...

    def close(self) -> None:
        """Let go of the store's files now (a server closing an old release), not at some
        later garbage collection; nothing may be read after."""
        ...


STORES: dict[str, str] = {
    "oxigraph": "linkeddata.store.oxigraph:open_read_only",
    "memory": "linkeddata.store.oxigraph:open_memory",
}
"""Store kinds: name -> ``module:factory``; a factory takes ``(path, *, data)``."""


def open_store(
    kind: str, path: str | os.PathLike[str] | None = None, *, data: bytes | None = None
) -> Store:
    """Open a store of ``kind`` (a key of :data:`STORES`) at ``path`` or from ``data``.

    >>> open_store("sqlite")
    Traceback (most recent call last):
    ...
    ValueError: unknown store kind 'sqlite'; known: memory, oxigraph
    """
    target = STORES.get(kind)
    if target is None:
        raise ValueError(f"unknown store kind {kind!r}; known: {', '.join(sorted(STORES))}")
    module, _, factory = target.partition(":")
    store: Store = getattr(importlib.import_module(module), factory)(path, data=data)
    return store
