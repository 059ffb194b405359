"""The Oxigraph stores (``oxigraph`` on disk, read-only; ``memory`` for tests).

Both wrap a :class:`pyoxigraph.Store` and share every operation; only opening differs. Where
the time goes on disk (a 10,000-document release, warm): reading statements costs ~15 µs per
quad, because every term is decoded from the store, while a SPARQL query costs ~100 µs before
its first row but deduplicates and counts without decoding. Hence:

- own statements: one index lookup per subject (a document: ~30 quads, ~0.4 ms), in the named
  graphs, so that each statement keeps its graph. A stub entity (a name missing from the
  authority file) is described once, in the stubs graph, however many documents name it;
- types and labels of linked IRIs: index lookups in the default graph, which holds each
  statement once (the merge of the named graphs, written by the build), cached per IRI (the
  same people, places and concepts recur in every document);
- incoming links: SPARQL ``DISTINCT`` with ``LIMIT``; the total is counted only when the limit
  is reached (O(links): ~25 ms for 12,000 links), and cached;
- listings: the members of a kind are read once (0.2-0.6 s per 10,000 documents) and kept
  sorted in memory (~150 bytes each), so any page, by ``after=`` or ``offset``, is a slice.

Nothing here may change the data: the caches are valid because a release is immutable.
"""

from __future__ import annotations

import gzip
import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from . import (
    INCOMING_LIMIT,
    KINDS,
    LABEL_PREDICATES,
    MAX_PAGE,
    RDF_TYPE,
    Description,
    Entry,
    Kind,
    Linked,
    Page,
    Subject,
    display_label,
)

SUMMARY_CACHE = 16_384
"""Linked IRIs whose types and labels are kept (a few hundred bytes each)."""
COUNT_CACHE = 4_096

_O = ox.Variable("o")
_MERGE = ox.DefaultGraph()
_SUMMARY_PREDICATES = tuple(ox.NamedNode(p) for p in (RDF_TYPE, *LABEL_PREDICATES))
_MERGE_UPDATE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
"""Fills the default graph with the merge of the named graphs (what a release's store holds)."""
_INCOMING_COUNT = (
    "SELECT (COUNT(*) AS ?n) ?o WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?o"
)


def _node(iri: str) -> ox.NamedNode:
    """``iri`` as a NamedNode; ValueError unless it is an absolute IRI (no spaces, ``<>"{}``,
    control characters...), so that it can never change the meaning of a query."""
    if not isinstance(iri, str):
        raise ValueError(f"not an IRI: {iri!r}")
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise ValueError(f"not an absolute IRI: {iri[:200]!r} ({exc})") from None


def _kind(name: str) -> Kind:
    kind = KINDS.get(name)
    if kind is None:
        raise ValueError(f"unknown kind {name!r}; known: {', '.join(KINDS)}")
    return kind


def _sort_key(kind: Kind, key: str) -> tuple[int, str]:
    """Documents by identifier length, then code point (numeric ids in numeric order);
    entities by IRI code point."""
    return (len(key), key) if kind.key is not None else (0, key)


def _members(kind: Kind) -> str:
    """A query for every member of ``kind`` (``?item``) with its identifier (``?id``) if keyed.

    Keys, IRI checks and order are left to Python: BIND, FILTER and ORDER BY made the same
    query three times slower on disk.
    """
    pattern = f"?item a {ox.NamedNode(kind.type)} ."
    if kind.key is not None:
        return f"SELECT DISTINCT ?item ?id WHERE {{ {pattern} ?item {ox.NamedNode(kind.key)} ?id }}"
    return f"SELECT DISTINCT ?item WHERE {{ {pattern} }}"


class OxigraphStore:
    """A release in a pyoxigraph store, read through :class:`linkeddata.store.Store`."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store
        self._summary = lru_cache(maxsize=SUMMARY_CACHE)(self._read_summary)
        self._incoming_total = lru_cache(maxsize=COUNT_CACHE)(self._count_incoming)
        self._listing = lru_cache(maxsize=len(KINDS))(self._read_listing)

    def exists(self, iri: str) -> bool:
        return next(self._store.quads_for_pattern(_node(iri), None, None, None), None) is not None

    def describe(self, iri: str, *, incoming_limit: int = INCOMING_LIMIT) -> Description | None:
        node = _node(iri)
        if incoming_limit < 0:
            raise ValueError(f"incoming_limit must not be negative: {incoming_limit}")
        quads = self._own_quads(node)
        if not quads:
            return None
        subjects = {q.subject for q in quads}
        objects = {q.object for q in quads if isinstance(q.object, ox.NamedNode)} - subjects
        linked: dict[str, Linked] = {}
        for target in sorted(objects, key=lambda n: n.value):
            triples = self._summary(target)
            if triples:
                linked[target.value] = Linked(target.value, triples)
        incoming, total = self._incoming(node, int(incoming_limit))
        return Description(iri, quads, linked, incoming, total)

    def label(self, iri: str) -> str | None:
        return display_label(
            (t.predicate.value, t.object)
            for t in self._summary(_node(iri))
            if isinstance(t.object, ox.Literal)
        )

    def labels(self, iris: Iterable[str]) -> dict[str, str]:
        found = {iri: self.label(iri) for iri in dict.fromkeys(iris)}
        return {iri: label for iri, label in found.items() if label is not None}

    def query(
        self,
        sparql: str,
        *,
        substitutions: Mapping[ox.Variable, ox.NamedNode | ox.Literal] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        return self._store.query(
            sparql, substitutions=dict(substitutions) if substitutions else None
        )

    def page(
        self, kind: str, *, after: str | None = None, offset: int = 0, limit: int = 100
    ) -> Page:
        spec = _kind(kind)
        if not 1 <= limit <= MAX_PAGE:
            raise ValueError(f"limit must be from 1 to {MAX_PAGE}: {limit}")
        if offset < 0:
            raise ValueError(f"offset must not be negative: {offset}")
        order, members = self._listing(kind)
        start = offset + (0 if after is None else bisect_right(order, _sort_key(spec, str(after))))
        chunk = members[start : start + limit]
        labels = self.labels(iri for _, iri in chunk)
        entries = tuple(Entry(iri, key, labels.get(iri)) for key, iri in chunk)
        more = start + limit < len(members)
        return Page(kind, entries, entries[-1].key if entries and more else None)

    def count(self, kind: str) -> int:
        _kind(kind)
        return len(self._listing(kind)[1])

    def graph_triples(self, graph: str) -> Iterator[ox.Triple]:
        quads = self._store.quads_for_pattern(None, None, None, _node(graph))
        return (q.triple for q in quads)

    def _select(
        self, sparql: str, substitutions: Mapping[ox.Variable, ox.NamedNode | ox.Literal] | None
    ) -> ox.QuerySolutions:
        solutions = self.query(sparql, substitutions=substitutions)
        assert isinstance(solutions, ox.QuerySolutions)
        return solutions

    def _read_listing(self, kind: str) -> tuple[list[tuple[int, str]], list[tuple[str, str]]]:
        """Sort keys and ``(key, iri)`` of every member of ``kind``, in the kind's order.

        Read once per kind (a release is immutable): sorting in SPARQL on every page cost
        ~250 ms at 10,000 documents; a page of the list is then a bisection.
        """
        spec = KINDS[kind]
        rows = self._select(_members(spec), None)
        found = {
            (r["id"].value if spec.key else r["item"].value, r["item"].value)
            for r in rows
            if isinstance(r["item"], ox.NamedNode)
        }
        members = sorted(found, key=lambda m: (_sort_key(spec, m[0]), m[1]))
        return [_sort_key(spec, key) for key, _ in members], members

    def _own_quads(self, node: ox.NamedNode) -> tuple[ox.Quad, ...]:
        """Quads of ``node`` and of the fragment IRIs (``{node}#...``) reachable from it."""
        prefix = f"{node.value}#"
        found: list[ox.Quad] = []
        todo, seen = [node], {node}
        while todo:
            quads = _without_merged(self._store.quads_for_pattern(todo.pop(), None, None, None))
            found.extend(quads)
            for quad in quads:
                target = quad.object
                if (
                    isinstance(target, ox.NamedNode)
                    and target not in seen
                    and target.value.startswith(prefix)
                ):
                    seen.add(target)
                    todo.append(target)
        return tuple(sorted(found, key=str))

    def _read_summary(self, node: ox.NamedNode) -> tuple[ox.Triple, ...]:
        """Type and label statements of ``node``, each once (``_summary`` is the cached form)."""
        found = [
            q.triple
            for predicate in _SUMMARY_PREDICATES
            for q in self._store.quads_for_pattern(node, predicate, None, _MERGE)
        ]
        return tuple(sorted(found, key=str))

    def _incoming(
        self, node: ox.NamedNode, limit: int
    ) -> tuple[tuple[tuple[Subject, ox.NamedNode], ...], int]:
        sparql = f"SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT {limit + 1}"
        rows = self._select(sparql, {_O: node})
        pairs = sorted(((r["s"], r["p"]) for r in rows), key=lambda sp: (sp[0].value, sp[1].value))
        if len(pairs) <= limit:
            return tuple(pairs), len(pairs)
        return tuple(pairs[:limit]), self._incoming_total(node)

    def _count_incoming(self, node: ox.NamedNode) -> int:
        """Distinct ``(subject, predicate)`` pairs pointing at ``node`` (uncached)."""
        for row in self._select(_INCOMING_COUNT, {_O: node}):
            return int(row["n"].value)
        return 0


def _without_merged(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """``quads`` less the default graph's copies of statements that named graphs make."""
    named: list[ox.Quad] = []
    merged: list[ox.Quad] = []
    for quad in quads:
        (merged if isinstance(quad.graph_name, ox.DefaultGraph) else named).append(quad)
    stated = {q.triple for q in named}
    return named + [q for q in merged if q.triple not in stated]


def open_read_only(
    path: str | os.PathLike[str] | None, *, data: bytes | None = None
) -> OxigraphStore:
    """The on-disk store of a release, read-only.

    The path is resolved first: ``OUT/store`` is a symlink through ``OUT/current``, and a store
    must keep reading the release it opened even after a new one is published.
    """
    if path is None or data is not None:
        raise ValueError("the oxigraph store opens a release's store folder: give its path")
    return OxigraphStore(ox.Store.read_only(str(Path(path).resolve())))


def open_memory(
    path: str | os.PathLike[str] | None = None, *, data: bytes | None = None
) -> OxigraphStore:
    """An in-memory store loaded from N-Quads ``data`` or an ``.nq``/``.nq.gz`` file (or empty),
    its default graph the merge of the named graphs, as in a release's store."""
    if path is not None and data is not None:
        raise ValueError("give the N-Quads either as a path or as data, not both")
    store = ox.Store()
    if data is not None:
        store.bulk_load(data, ox.RdfFormat.N_QUADS)
    elif path is not None:
        with _read(Path(path)) as source:
            store.bulk_load(source, ox.RdfFormat.N_QUADS)
    store.update(_MERGE_UPDATE)
    return OxigraphStore(store)


def _read(path: Path) -> BinaryIO:
    if path.suffix == ".gz":
        # a GzipFile reads like any binary file, but typeshed does not make it an IO[bytes]
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")
