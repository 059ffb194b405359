"""Facet counts of a set of documents, exact, by the cheaper of two ways.

*By value*: each facet value's documents counted against the set (:mod:`.docsets`); the work
is fixed by the number of values, whatever the size of the set. *By document*: the values of
each document in the set tallied; the work grows with the set. A narrow search is counted by
document, a broad one by value; :meth:`Facets.count` estimates both and takes the cheaper.
Only the values a page lists become :class:`Count` objects: the first :data:`SHOWN` by count
(every one for the dates, which are listed in date order, and up to :data:`MORE` for the
facet asked for in full); by value, the counting of a facet stops once those are certain.

>>> from array import array
>>> values = [Value(1, "year", "1967", None, "1967", Postings.of(array("I", [1, 2]), 4)),
...           Value(2, "place", "p", "http://x/p", "P", Postings.of(array("I", [2, 3]), 4))]
>>> facets = Facets(values, [(), (1,), (1, 2), (2,)])
>>> counted = facets.count(DocSet.of([2, 3], 4), selected={2})
>>> [(c.key, c.count, c.selected) for c in counted["place"].values], counted["year"].total
([('p', 2, True)], 1)
>>> facets.count(None)["place"].values[0].count
2
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain

from .docsets import DocSet, Postings
from .facets import DATES

SHOWN = 10
MORE = 300
"""Values of a facet listed in full (`more=`): the commonest, a page of links a person can
read and a server renders in a few milliseconds; every document and entity is in the sitemap."""
BITMAP_BYTES_PER_LOOKUP = 50
"""ANDing and counting bitmaps costs about one set look-up per 50 bytes: the unit of the
estimates is one look-up, or one value of a document tallied, which costs about as much."""


@dataclass(frozen=True, eq=False)
class Value:
    """A facet value and its documents (one object per value: compared by identity)."""

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
    total: int | None
    """How many values the matching documents have (some may not be listed); None when the
    counting stopped as soon as the listed values were certain (see :meth:`Facets.count`)."""


class Facets:
    """Every facet value of an index, with each document's values (``per_document[row]``)."""

    def __init__(self, values: Sequence[Value], per_document: Sequence[tuple[int, ...]]) -> None:
        self.by_id = {v.id: v for v in values}
        self.by_key = {(v.facet, v.key): v for v in values}
        self.by_facet: dict[str, list[Value]] = {}
        for value in sorted(values, key=lambda v: -len(v.postings.rows)):
            self.by_facet.setdefault(value.facet, []).append(value)
        self.per_document = per_document
        self._everything: dict[str | None, dict[str, FacetCounts]] = {}
        size = len(per_document)
        dense = sum(v.postings.bits is not None for v in values)
        sparse = sum(len(v.postings.rows) for v in values if v.postings.bits is None)
        self._by_value_cost = sparse + dense * max(size // 8 // BITMAP_BYTES_PER_LOOKUP, 1)
        documents = sum(1 for d in per_document if d)
        self._values_per_document = sum(map(len, per_document)) / max(documents, 1)

    def count(
        self, hits: DocSet | None, selected: Iterable[int] = (), more: str | None = None
    ) -> dict[str, FacetCounts]:
        """The counts per facet of the documents in ``hits`` (None: all of them).

        By value, a facet's values are counted from the most frequent down, and the counting
        stops once a value has fewer documents in all than the last of the values to list has
        among the matches: none after it can be listed. Dates and the facet wanted in full are
        counted whole.
        """
        chosen = set(selected)
        if hits is None:  # the whole collection: the same counts every time
            if more not in self._everything:
                self._everything[more] = self._count(None, chosen, more)
            return self._everything[more]
        return self._count(hits, chosen, more)

    def _count(
        self, hits: DocSet | None, chosen: set[int], more: str | None
    ) -> dict[str, FacetCounts]:
        if hits is None:
            tally: Mapping[int, int] | None = {
                v.id: len(v.postings.rows) for v in self.by_id.values()
            }
        elif hits.count * self._values_per_document < self._by_value_cost:
            rows = hits.rows()
            tally = Counter(chain.from_iterable(map(self.per_document.__getitem__, rows)))
        else:
            tally = None
        present: dict[str, dict[Value, int]] = {}
        if tally is not None:  # only the values the documents have
            for id_ in [*tally, *chosen]:
                value = self.by_id[id_]
                present.setdefault(value.facet, {})[value] = tally.get(id_, 0)
        counts = {}
        for facet, values in self.by_facet.items():
            whole = facet in DATES or facet == more
            limit = MORE if facet == more else SHOWN
            if tally is not None:
                found, complete = present.get(facet, {}), True
            else:
                assert hits is not None
                found, complete = _count_down(hits, values, None if whole else limit, chosen)
            shown = [v for v, n in found.items() if n or v.id in chosen]
            if not shown:
                continue
            if facet in DATES:
                listed = sorted(shown, key=lambda v: (len(v.key), v.key))
            else:
                listed = heapq.nsmallest(limit, shown, key=lambda v: (-found[v], v.order))
                rest = (v for v in shown if v.id in chosen and v not in listed)
                listed += sorted(rest, key=lambda v: v.order)  # not by id: see .patch
            counts[facet] = FacetCounts(
                tuple(Count(v.key, v.label, v.iri, found[v], v.id in chosen) for v in listed),
                len(shown) if complete else None,
            )
        return counts


def _count_down(
    hits: DocSet, values: list[Value], limit: int | None, chosen: set[int]
) -> tuple[dict[Value, int], bool]:
    """Counts of ``values`` (most frequent first) among ``hits``: all of them, or (with a
    ``limit``) until no further value can be among the first ``limit``; and whether all were
    counted."""
    found: dict[Value, int] = {}
    best: list[int] = []  # the largest ``limit`` counts so far, smallest first
    for value in values:
        if limit and len(best) == limit and len(value.postings.rows) < best[0]:
            for rest in values if chosen else ():
                if rest.id in chosen and rest not in found:
                    found[rest] = hits.count_of(rest.postings)
            return found, False
        found[value] = n = hits.count_of(value.postings)
        if limit and n:
            if len(best) < limit:
                heapq.heappush(best, n)
            elif n > best[0]:
                heapq.heapreplace(best, n)
    return found, True
