"""Things the documents name that no curated source describes (stubs), described once a release.

A name the authority file lacks ("Shtykov") is linked to a stub ``{base}id/{kind}/{slug}``, and
a record replied to that the collection does not hold to ``{A}/reply-to/{number}``: keys as
:mod:`linkeddata.iris` mints them, the same from build to build. A document's graph holds only
the link. What is known of a stub, its types and the names it is written with, is stated once,
in the release's graph ``{base}graph/stubs``: stated in each document naming it, a stub named
by 1,113 documents was described 1,113 times, and describing it read every copy.

Each mapped document lists its :class:`Stub` s; :class:`Stubs` gathers those of a chunk in a
worker process, and the chunks' are merged in the main process. They stay small: per stub, its
kind, the names it is written with, how many documents name it and the first few of them (by
id), which is what a curator needs to grow the authority file.

>>> stubs = Stubs()
>>> stubs.add("12", [Stub("http://ex.org/id/person/kim", "person", "Kim")])
>>> stubs.add("3", [Stub("http://ex.org/id/person/kim", "person", "KIM")])
>>> stubs.add("4", [Stub("http://ex.org/id/person/kim", "person", "Kim")])
>>> [(e.labels, e.documents, e.sample) for e in stubs.entries()]
[(('Kim', 'KIM'), 3, ('3', '4', '12'))]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from ..iris import Iris
from .terms import ADO, DCAT, DCMITYPE, FOAF, ORG, RDF, RDFS, RICO, SCHEMA, SKOS

RECORD = "record"
"""The kind of a stub for a record replied to that the collection does not hold."""
STUB_TYPES = {
    "person": (FOAF.Person, SCHEMA.Person),
    "org": (FOAF.Organization, ORG.Organization, SCHEMA.Organization),
    "place": (SCHEMA.Place,),
    "collection": (DCMITYPE.Collection, DCAT.Dataset),
    RECORD: (RICO.RecordResource,),
}
CURATED_KINDS = ("person", "org", "place", "collection")
"""The kinds of stub that the authority file can describe instead."""
SAMPLE = 10
"""Documents kept per stub to show who names it (the count covers them all)."""


@dataclass(frozen=True)
class Stub:
    """A stub a document links to: its IRI, kind, and the name as written there (a reply
    target's registry number)."""

    iri: str
    kind: str
    name: str


@dataclass(frozen=True)
class Entry:
    """A stub as a curator sees it: its preferred label first, and who names it."""

    iri: str
    kind: str
    labels: tuple[str, ...]
    documents: int
    sample: tuple[str, ...]
    """The first :data:`SAMPLE` documents naming it, by id (shortest first: numeric order)."""


@dataclass
class _Named:
    kind: str
    names: Counter[str] = field(default_factory=Counter)  # name -> documents writing it
    documents: int = 0
    sample: list[str] = field(default_factory=list)


def _first(ids: Iterable[str]) -> list[str]:
    return sorted(set(ids), key=_order)[:SAMPLE]


def _order(document: str) -> tuple[int, str]:
    return len(document), document


def _merged(sample: list[str], more: Iterable[str]) -> list[str]:
    """The first documents of ``sample`` and ``more``: ``sample`` itself when it is full and
    ``more`` all come after it, as when documents are merged in file order (sorting every
    time was half of merging a chunk's stubs)."""
    if len(sample) >= SAMPLE:
        last = _order(sample[-1])
        if all(_order(d) > last for d in more):
            return sample
    return _first([*sample, *more])


def labels_of(names: Counter[str]) -> tuple[str, ...]:
    """The most written name (of names written as often, a name before an abbreviation in
    capitals: "Carnegie Corporation of New York" before "CCNY"), then the others in code
    point order."""
    preferred = min(names, key=lambda name: (-names[name], _abbreviation(name), name))
    return (preferred, *sorted(n for n in names if n != preferred))


def _abbreviation(name: str) -> bool:
    return " " not in name and name.isupper()


@dataclass
class Stubs:
    """The stubs of a set of documents, merged."""

    _named: dict[str, _Named] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self._named)

    def add(self, document: str, stubs: Iterable[Stub]) -> None:
        """The stubs that ``document`` links to."""
        names: dict[str, set[str]] = {}
        for stub in stubs:
            self._named.setdefault(stub.iri, _Named(stub.kind))
            names.setdefault(stub.iri, set()).add(stub.name)
        for iri, written in names.items():
            named = self._named[iri]
            named.names.update(written)
            named.documents += 1
            named.sample = _merged(named.sample, (document,))

    def update(self, other: Stubs) -> None:
        """Merge the stubs of other documents."""
        for iri, theirs in other._named.items():
            mine = self._named.setdefault(iri, _Named(theirs.kind))
            mine.names.update(theirs.names)
            mine.documents += theirs.documents
            mine.sample = _merged(mine.sample, theirs.sample)

    def entries(self) -> list[Entry]:
        """Every stub, the most named first (then by IRI)."""
        found = [
            Entry(iri, n.kind, labels_of(n.names), n.documents, tuple(n.sample))
            for iri, n in self._named.items()
        ]
        return sorted(found, key=lambda e: (-e.documents, e.iri))

    def graph(self, iris: Iris) -> Graph:
        """The release's stubs graph: each stub typed and labelled once (:meth:`triples`)."""
        graph = Graph(identifier=URIRef(iris.graph("stubs")))
        for triple in self.triples():
            graph.add(triple)
        return graph

    def triples(self) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
        """The statements of the stubs graph, without building a graph (which costs more
        than the statements, when a worker only reads those of one document's stubs).

        An entity's most written name is its ``skos:prefLabel`` (one, as the shapes ask), the
        others its ``skos:altLabel`` s; a record replied to has its registry number and the
        label "No. {number}".
        """
        for iri in sorted(self._named):
            named, node = self._named[iri], URIRef(iri)
            for cls in STUB_TYPES[named.kind]:
                yield node, RDF.type, cls
            if named.kind == RECORD:
                for number in sorted(named.names):
                    yield node, ADO.registryNumber, Literal(number)
                    yield node, RDFS.label, Literal(f"No. {number}", lang="en")
                continue
            preferred, *others = labels_of(named.names)
            yield node, SKOS.prefLabel, Literal(preferred, lang="en")
            for other in others:
                yield node, SKOS.altLabel, Literal(other, lang="en")
