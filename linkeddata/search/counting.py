"""Facet counts of a set of documents, exact, by the cheaper of two ways.

*By value*: each facet value's documents counted against the set (:mod:`.docsets`); the work
is fixed by the number of values, whatever the size of the set. *By document*: the values of
each document in the set tallied; the work grows with the set. A narrow search is counted by
document, a broad one by value; :meth:`Facets.count` estimates both and takes the cheaper.
Only the values a page lists become :class:`Count` objects: the first :data:`SHOWN` by count
(every one for the dates, which are listed in date order, and up to :data:`MORE` for the
facet asked for in full).

>>> from array import array
>>> values = [Value(1, "year", "1967", None, "1967", Postings.of(array("I", [1, 2]), 4)),
...           Value(2, "place", "p", "http://x/p", "P", Postings.of(array("I", [2, 3]), 4))]
>>> facets = Facets(values, [(), (1,), (1, 2), (2,)])
>>> counted = facets.count(DocSet.of([2, 3], 4), selected={2})
>>> [(c.key, c.count, c.selected) for c in counted["place"].values], counted["year"].total
([('p', 2, True)], 1)
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

from .docsets import DocSet, Postings
from .facets import DATES

SHOWN = 10
MORE = 1000
BITMAP_BYTES_PER_LOOKUP = 50
"""ANDing and counting bitmaps costs about one set look-up per 50 bytes: the unit of the
estimates is one look-up, or one value of a document tallied, which costs about as much."""


@dataclass(frozen=True)
class Value:
    """A facet value and its documents."""

    id: int
    facet: str
    key: str
    iri: str | None
    label: str
    postings: Postings
    order: tuple[str, str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "order", (self.label.casefold(), self.key))


@dataclass(frozen=True)
class Count:
    """A facet value with the number of matching documents that have it."""

    key: str
    label: str
    iri: str | None
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetCounts:
    values: tuple[Count, ...]
    """The values listed: by count, or in date order."""
    total: int
    """How many values the matching documents have (some may not be listed)."""


class Facets:
    """Every facet value of an index, with each document's values (``per_document[row]``)."""

    def __init__(self, values: Sequence[Value], per_document: Sequence[tuple[int, ...]]) -> None:
        self.values = tuple(values)
        self.by_id = {v.id: v for v in self.values}
        self.by_key = {(v.facet, v.key): v for v in self.values}
        self.per_document = per_document
        size = len(per_document)
        dense = sum(v.postings.bits is not None for v in self.values)
        sparse = sum(len(v.postings.rows) for v in self.values if v.postings.bits is None)
        self._by_value_cost = sparse + dense * max(size // 8 // BITMAP_BYTES_PER_LOOKUP, 1)
        documents = sum(1 for d in per_document if d)
        self._values_per_document = sum(map(len, per_document)) / max(documents, 1)

    def count(
        self, hits: DocSet | None, selected: Iterable[int] = (), more: str | None = None
    ) -> dict[str, FacetCounts]:
        """The counts per facet of the documents in ``hits`` (None: all of them)."""
        chosen = set(selected)
        if hits is None:
            tally = {v.id: len(v.postings.rows) for v in self.values}
        elif hits.count * self._values_per_document < self._by_value_cost:
            rows = hits.rows()
            tally = Counter(chain.from_iterable(map(self.per_document.__getitem__, rows)))
        else:
            tally = {v.id: hits.count_of(v.postings) for v in self.values}
        found: dict[str, list[Value]] = {}
        for value in self.values:
            if tally.get(value.id) or value.id in chosen:
                found.setdefault(value.facet, []).append(value)
        counts = {}
        for facet, values in found.items():
            if facet in DATES:
                listed = sorted(values, key=lambda v: (len(v.key), v.key))
            else:
                limit = MORE if facet == more else SHOWN
                listed = heapq.nsmallest(
                    limit, values, key=lambda v: (-tally.get(v.id, 0), v.order)
                )
                listed += [v for v in values if v.id in chosen and v not in listed]
            counts[facet] = FacetCounts(
                tuple(
                    Count(v.key, v.label, v.iri, tally.get(v.id, 0), v.id in chosen) for v in listed
                ),
                len(values),
            )
        return counts
