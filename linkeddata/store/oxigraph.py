"""The Oxigraph stores (``oxigraph`` on disk, read-only; ``memory`` for tests).

Both wrap a :class:`pyoxigraph.Store` and share every operation; only opening differs. Where
the time goes on disk (a 10,000-document release, warm): reading statements costs ~15 µs per
quad, because every term is decoded from the store, while a SPARQL query costs ~100 µs before
its first row but deduplicates and counts without decoding. Hence:

- own statements: one index lookup per subject, in the named graphs, so that each statement
  keeps its graph, and from the default graph past a number of quads
  (:mod:`linkeddata.store.own_statements`);
- types and labels of linked IRIs: index lookups in the default graph, which holds each
  statement once (the merge of the named graphs, written by the build), cached per IRI (the
  same people, places and concepts recur in every document);
- incoming links: SPARQL ``DISTINCT`` with ``LIMIT``; the total is counted only when the limit
  is reached (O(links): ~25 ms for 12,000 links), and cached;
- listings: the members of a kind, sorted and labelled, are read once (0.2-0.6 s per 10,000
  documents by SPARQL, which the build does and writes into the release's ``lists/``; a
  few ms from that file) and kept in memory (~250 bytes each), so any page, by ``after=`` or
  ``offset``, is a slice.

Nothing here may change the data: the caches are valid because a release is immutable.
"""

from __future__ import annotations

import gzip
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ..release.layout import Release
from .description import INCOMING_LIMIT, RDF_TYPE, Description, Linked, Subject
from .labels import LABEL_PREDICATES, display_label, label_pairs
from .listing import KINDS, Listing, Member, Page, kind_named, members_query
from .own_statements import own_quads
from .thread_bound import frames_cleared

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


class OxigraphStore:
    """A release in a pyoxigraph store, read through :class:`linkeddata.store.Store`."""

    def __init__(
        self, store: ox.Store, release: Release | None = None, *, merged: bool = False
    ) -> None:
        self._store = store
        self._release = release
        self._merged = merged  # the default graph is the merge of the named graphs
        self._summary = lru_cache(maxsize=SUMMARY_CACHE)(self._read_summary)
        self._incoming_total = lru_cache(maxsize=COUNT_CACHE)(self._count_incoming)
        self._listings = lru_cache(maxsize=len(KINDS))(self._read_listing)
        self._listing_lock = threading.Lock()  # 32 first requests read a listing once

    def exists(self, iri: str) -> bool:
        return next(self._store.quads_for_pattern(_node(iri), None, None, None), None) is not None

    def describe(self, iri: str, *, incoming_limit: int = INCOMING_LIMIT) -> Description | None:
        node = _node(iri)
        if incoming_limit < 0:
            raise ValueError(f"incoming_limit must not be negative: {incoming_limit}")
        quads, more = own_quads(self._store, node, merged=self._merged)
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
        return Description(iri, quads, linked, incoming, total, more_graphs=more)

    def label(self, iri: str) -> str | None:
        return display_label(label_pairs(self._summary(_node(iri))))

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
        chosen = self._listing(kind)
        return chosen.page(after=None if after is None else str(after), offset=offset, limit=limit)

    def count(self, kind: str) -> int:
        return len(self._listing(kind).members)

    def listing(self, kind: str) -> list[Member]:
        return self._listing(kind).members

    def write_listings(self, release: Release) -> None:
        """Write every kind's listing into ``release``, for the servers to read."""
        for kind in KINDS:
            self._listing(kind).write(release.listing(kind))

    def graph_triples(self, graph: str) -> Iterator[ox.Triple]:
        quads = self._store.quads_for_pattern(None, None, None, _node(graph))
        return (q.triple for q in quads)

    def close(self) -> None:
        for cache in (self._summary, self._incoming_total, self._listings):
            cache.cache_clear()
        del self._store  # the caches hold this object in a cycle, not the store: freed now

    def _select(
        self, sparql: str, substitutions: Mapping[ox.Variable, ox.NamedNode | ox.Literal] | None
    ) -> list[ox.QuerySolution]:
        """The rows of a SELECT query, read in the call that makes the result: no name or
        frame ever holds it (:mod:`.thread_bound`), and the rows may go to any thread."""
        return list(self._solutions(sparql, substitutions))

    def _solutions(
        self, sparql: str, substitutions: Mapping[ox.Variable, ox.NamedNode | ox.Literal] | None
    ) -> ox.QuerySolutions:
        solutions = self.query(sparql, substitutions=substitutions)
        assert isinstance(solutions, ox.QuerySolutions)
        return solutions

    def _listing(self, kind: str) -> Listing:
        kind_named(kind)
        with self._listing_lock:
            return self._listings(kind)

    def _read_listing(self, kind: str) -> Listing:
        """The listing of ``kind``: the release's file, or by SPARQL where there is none (the
        build, which writes it; a memory store). Read once per kind: a release is immutable."""
        spec = KINDS[kind]
        written = self._release.listing(kind) if self._release else None
        if written is not None and written.is_file():
            return Listing.read(spec, written)
        with frames_cleared():  # streamed: tens of thousands of rows (.thread_bound)
            found = _members(self._solutions(members_query(spec), None), spec.key is not None)
        labels = self.labels(iri for _, iri in found)
        return Listing.of(spec, ((key, iri, labels.get(iri)) for key, iri in found))

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


def _members(rows: ox.QuerySolutions, keyed: bool) -> set[tuple[str, str]]:
    """``(key, iri)`` of each member in the rows of a listing's query."""
    return {
        (r["id"].value if keyed else r["item"].value, r["item"].value)
        for r in rows
        if isinstance(r["item"], ox.NamedNode)
    }


def open_read_only(
    path: str | os.PathLike[str] | None, *, data: bytes | None = None, merged: bool = False
) -> OxigraphStore:
    """The on-disk store of a release, read-only; ``merged``: its manifest says that the
    default graph is the merge of the named graphs (``defaultGraph``), which lets a
    description skip reading the merge's copies.

    The path is resolved first: ``OUT/store`` is a symlink through ``OUT/current``, and a store
    must keep reading the release it opened even after a new one is published.
    """
    if path is None or data is not None:
        raise ValueError("the oxigraph store opens a release's store folder: give its path")
    folder = Path(path).resolve()
    return OxigraphStore(ox.Store.read_only(str(folder)), Release(folder.parent), merged=merged)


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
