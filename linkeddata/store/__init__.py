"""One read-only store interface for the server, whatever engine holds the release.

The server asks a :class:`Store` for plain data (pyoxigraph terms, triples, quads and small
dataclasses: a resource's :mod:`.description`, a page of a kind's :mod:`.listing`, the display
label chosen by :mod:`.labels`) and serialises it elsewhere. Implementations are looked up by
name, as rdflib looks up its plugins, and imported on first use, so a backend that needs more
packages costs nothing until chosen:

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
from typing import Protocol

import pyoxigraph as ox

from .description import GRAPHS_SHOWN, INCOMING_LIMIT, Description, Linked
from .labels import LABEL_PREDICATES, display_label
from .listing import KINDS, MAX_PAGE, Entry, Kind, Page

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
