"""The site's listings: every resource of a kind, sorted and labelled, and a page of them.

Members are found by SPARQL and sorted in Python once per release: at 100,000 documents that
takes seconds, so the build does it and writes the result into the release
(``lists/<kind>.json``, a JSON array of ``[key, iri, label]``), and a server reads that file
(a few ms) instead. A page is then a bisection and a slice, whatever its depth.

>>> documents = KINDS["documents"]
>>> listing = Listing.of(documents, [("10", "http://x/10", "Ten"), ("9", "http://x/9", None)])
>>> [m[0] for m in listing.members]
['9', '10']
>>> page = listing.page(after="9", offset=0, limit=1)
>>> [e.label for e in page.entries], page.next
(['Ten'], None)
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, FOAF, SKOS

from ..vocab import DCMITYPE, RICO, SCHEMA

__all__ = [
    "KINDS",
    "MAX_PAGE",
    "Entry",
    "Kind",
    "Listing",
    "Member",
    "Page",
    "kind_named",
    "members_query",
    "sort_key",
]

MAX_PAGE = 1000
"""Largest ``limit`` that :meth:`linkeddata.store.Store.page` accepts."""


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


Member = tuple[str, str, str | None]
"""A listed resource: its key, IRI and display label."""


def kind_named(name: str) -> Kind:
    kind = KINDS.get(name)
    if kind is None:
        raise ValueError(f"unknown kind {name!r}; known: {', '.join(KINDS)}")
    return kind


def sort_key(kind: Kind, key: str) -> tuple[int, str]:
    """Documents by identifier length, then code point (numeric ids in numeric order);
    entities by IRI code point."""
    return (len(key), key) if kind.key is not None else (0, key)


def members_query(kind: Kind) -> str:
    """A query for every member of ``kind`` (``?item``) with its identifier (``?id``) if keyed.

    Keys, IRI checks and order are left to Python: BIND, FILTER and ORDER BY made the same
    query three times slower on disk.
    """
    pattern = f"?item a {ox.NamedNode(kind.type)} ."
    if kind.key is not None:
        return f"SELECT DISTINCT ?item ?id WHERE {{ {pattern} ?item {ox.NamedNode(kind.key)} ?id }}"
    return f"SELECT DISTINCT ?item WHERE {{ {pattern} }}"


@dataclass(frozen=True)
class Listing:
    """The members of one kind in the kind's order, and their sort keys for bisection."""

    kind: Kind
    members: list[Member]
    order: list[tuple[int, str]]

    @classmethod
    def of(cls, kind: Kind, members: Iterable[Member]) -> Listing:
        """The listing of ``members`` in any order."""
        ordered = sorted(members, key=lambda m: (sort_key(kind, m[0]), m[1]))
        return cls(kind, ordered, [sort_key(kind, m[0]) for m in ordered])

    @classmethod
    def read(cls, kind: Kind, path: Path) -> Listing:
        """The listing a build wrote (already in order)."""
        members: list[Member] = [(k, i, label) for k, i, label in json.loads(path.read_bytes())]
        return cls(kind, members, [sort_key(kind, m[0]) for m in members])

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.members, ensure_ascii=False), encoding="utf-8")

    def page(self, *, after: str | None, offset: int, limit: int) -> Page:
        """Up to ``limit`` members after the key ``after`` (and ``offset`` more)."""
        if not 1 <= limit <= MAX_PAGE:
            raise ValueError(f"limit must be from 1 to {MAX_PAGE}: {limit}")
        if offset < 0:
            raise ValueError(f"offset must not be negative: {offset}")
        start = offset + (
            0 if after is None else bisect_right(self.order, sort_key(self.kind, after))
        )
        chunk = self.members[start : start + limit]
        entries = tuple(Entry(iri, key, label) for key, iri, label in chunk)
        more = start + limit < len(self.members)
        return Page(self.kind.name, entries, entries[-1].key if entries and more else None)
