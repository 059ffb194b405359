"""A document's graph as rdflib sees it, kept in one insertion-ordered set of triples.

A mapped document is built once (~70 triples), then read whole: validated and serialised.
rdflib's SimpleMemory keeps three nested indexes up to date on every add, which made adding
triples half the cost of mapping; here an add is one dict insert, and a look-up by pattern
scans the few triples (tests and tools may still query the graph like any other).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator

from rdflib import Graph, URIRef
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
Pattern = tuple[Node | None, Node | None, Node | None]

__all__ = ["DocumentGraph", "TripleSet", "document_graph"]


def document_graph(name: str) -> DocumentGraph:
    """An empty graph named ``name`` over a :class:`TripleSet`."""
    return DocumentGraph(store=TripleSet(), identifier=URIRef(name))


class DocumentGraph(Graph):
    """A graph the mapping fills: adds skip :meth:`Graph.add`'s checks of each term.

    Those are ``isinstance`` tests against an ABC, which cost more than adding to a
    :class:`TripleSet`; the mapping only ever makes rdflib terms.
    """

    def add(self, triple: Triple) -> DocumentGraph:
        self.store.add(triple, self)
        return self

    def __iter__(self) -> Generator[Triple, None, None]:
        """Every triple, straight from the :class:`TripleSet`: a graph is read whole three
        times (validated, serialised, indexed), and rdflib's generators around each triple
        cost more than the reading."""
        store = self.store
        yield from (store.all() if isinstance(store, TripleSet) else super().__iter__())


class TripleSet(SimpleMemory):
    """A context-free store of triples in insertion order, with SimpleMemory's prefixes."""

    def __init__(self) -> None:
        super().__init__()
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple, context: object, quoted: bool = False) -> None:
        self._triples[triple] = None

    def all(self) -> list[Triple]:
        """Every triple, in insertion order."""
        return list(self._triples)

    def remove(self, triple_pattern: Pattern, context: object = None) -> None:
        for triple in [t for t in self._triples if _matches(t, triple_pattern)]:
            del self._triples[triple]

    def triples(
        self, triple_pattern: Pattern, context: object = None
    ) -> Iterator[tuple[Triple, Iterator[None]]]:
        if all(term is None for term in triple_pattern):
            return ((t, iter(())) for t in self._triples)
        return ((t, iter(())) for t in self._triples if _matches(t, triple_pattern))

    def __len__(self, context: object = None) -> int:
        return len(self._triples)


def _matches(triple: Triple, pattern: Pattern) -> bool:
    s, p, o = pattern
    return (
        (s is None or s == triple[0])
        and (p is None or p == triple[1])
        and (o is None or o == triple[2])
    )
