"""Read a release's search index: ranked, filtered, faceted searches and document summaries.

The file never changes once published, so it is opened read-only and ``immutable`` (SQLite
takes no locks), one connection per thread, each stopped by the clock after :data:`BUDGET`;
the facet values, each document's values and the date order are read once per process. A
search costs its matches (:mod:`.matching`: at most one full-text pass, plus one list of the
word pairs index per two-word phrase), bm25 over at most :data:`~.matching.RANKED` of them,
the counting of :mod:`.counting` and the snippets of one page (:mod:`.hits`). The total and
facet counts are exact, and date order pages through every match.
"""

from __future__ import annotations

import heapq
import math
import sqlite3
import threading
import time
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReleaseError, SearchError, SearchTooLong
from . import involved
from .counting import FacetCounts, Facets, Value
from .docsets import DocSet, Postings
from .facets import BY_NAME
from .hits import entities, hits
from .matching import filtered, matches, ranked
from .query import Parsed, parse
from .recent import Recent
from .results import Hit, Results, Search, Summary
from .schema import BY_DATE, LAST, VERSION, value_token

BUDGET = 2.0
"""Seconds a search may take (a phrase of the commonest words takes a few hundred ms at
100,000 documents); SQLite is interrupted after that."""
PROGRESS_STEPS = 20_000  # SQLite instructions between two looks at the clock
MAX_OFFSET = 10_000
ANSWERS = 256
"""Answers kept per release (:mod:`.recent`): a page of results is some 20 KB."""
MATCHED = 32
"""Match sets kept per release, with their scores, for the other pages of the same search:
one byte a document each (100 KB at 100,000 documents)."""
MAPPED = 2**40
"""Bytes of the file SQLite reads by memory-mapping it (capped by SQLite, at 2 GiB by
default): a page of a word's list is then read where the OS cache holds it, not copied into
SQLite's page cache (2 MiB by default, which one common word's list overflows)."""


_Asked = tuple[str, tuple[tuple[str, str], ...], bool]
"""What decides a search's matches and their order: its text, filters and sort."""


@dataclass(frozen=True)
class _Loaded:
    facets: Facets
    by_date: array[int]

    @property
    def size(self) -> int:
        return len(self.facets.per_document)


class SearchIndex:
    """The search index file of one release."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None
        self._opened: list[sqlite3.Connection] = []
        self._opened_lock = threading.Lock()  # taken under _lock (the first load connects)
        self._answers = Recent[Search, Results](ANSWERS)
        self._matched = Recent[_Asked, tuple[DocSet, list[tuple[float, int]]]](MATCHED)

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            if not self.path.is_file():
                raise ReleaseError(f"{self.path}: this release has no search index (rebuild it)")
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            db = self._local.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            db.execute(f"PRAGMA mmap_size={MAPPED}")
            with self._opened_lock:
                self._opened.append(db)
            self._local.deadline = math.inf
            db.set_progress_handler(self._late, PROGRESS_STEPS)
        return db

    def close(self) -> None:
        """Close every thread's connection (a server closing an old release: nothing may
        search it after)."""
        with self._opened_lock:
            opened, self._opened = self._opened, []
        for db in opened:
            db.close()

    def _late(self) -> int:
        """Non-zero (SQLite then stops the statement) once the search's time is up."""
        return int(time.monotonic() > self._local.deadline)

    def _data(self) -> _Loaded:
        with self._lock:
            if self._loaded is None:
                self._loaded = self._load()
            return self._loaded

    def _load(self) -> _Loaded:
        db = self._db()
        meta = dict(db.execute("SELECT key, value FROM meta"))
        if meta.get("version") != VERSION:
            raise ReleaseError(f"{self.path}: a search index of another version (rebuild it)")
        by_date = array("I", meta[BY_DATE])
        size = min(max(by_date, default=0), LAST) + 1
        found = db.execute("SELECT id, facet, key, iri, label, documents FROM facet_values")
        values = [
            Value(id_, facet, key, iri, label, Postings.of(array("I", blob), size))
            for id_, facet, key, iri, label, blob in found
        ]
        ids = list(range(len(values) + 1))  # one int object per value, shared by every tuple
        per_document: list[tuple[int, ...]] = [()] * size
        for row, blob in db.execute("SELECT id, facet_values FROM documents"):
            per_document[row] = tuple(map(ids.__getitem__, array("I", blob)))
        return _Loaded(Facets(values, per_document), by_date)

    @property
    def documents(self) -> int:
        return len(self._data().by_date)

    def search(self, search: Search) -> Results:
        """The page of ``search`` with its total, facet counts and matching entities;
        :class:`~linkeddata.errors.SearchTooLong` if it takes more than :data:`BUDGET`.
        The same search asked again is answered from :attr:`_answers` (the same object:
        callers never change it)."""
        return self._answers.get(search, lambda: self._timed(search))

    def _timed(self, search: Search) -> Results:
        data = self._data()
        self._db()
        self._local.deadline = time.monotonic() + BUDGET
        try:
            return self._search(data, search)
        except sqlite3.OperationalError:
            if time.monotonic() <= self._local.deadline:  # not stopped for the time
                raise
            raise SearchTooLong(
                f"this search takes more than {BUDGET:g} s: add a rarer word, or a filter"
            ) from None
        finally:
            self._local.deadline = math.inf

    def _search(self, data: _Loaded, search: Search) -> Results:
        if search.offset > MAX_OFFSET:
            raise SearchError(f"results beyond the first {MAX_OFFSET:,}: narrow the search")
        chosen = [self._value(data, facet, key) for facet, key in search.filters]
        parsed = parse(search.text) if search.text.strip() else None
        scored: list[tuple[float, int]] = []
        found: DocSet | None
        if parsed is not None:
            asked = (search.text, search.filters, search.by_date)
            found, scored = self._matched.get(
                asked, lambda: self._match(parsed, chosen, data.size, search.by_date)
            )
        else:
            found = filtered(chosen, data.size)
        results = Results(search, found.count if found else len(data.by_date), [], {})
        results.facets = data.facets.count(found, (v.id for v in chosen), search.more)
        if parsed is not None and not search.by_date:
            best = heapq.nsmallest(search.offset + search.limit, scored)  # by score, then row
            rows = [row for _, row in best[search.offset :]]
            results.ranked = len(scored)
        else:
            order = found.ordered(data.by_date) if found else iter(data.by_date)
            rows = [row for _, row in zip(range(search.offset + search.limit), order, strict=False)]
            rows = rows[search.offset :]
        results.hits = hits(self._db(), rows, parsed)
        if parsed is not None and search.offset == 0:
            results.entities = entities(self._execute, parsed.expression)
        return results

    def _match(
        self, parsed: Parsed, chosen: list[Value], size: int, by_date: bool
    ) -> tuple[DocSet, list[tuple[float, int]]]:
        """The documents matching ``parsed`` and ``chosen``, and (unless ``by_date``) the
        bm25 scores that order them."""
        found = matches(self._execute, parsed, chosen, size)
        if by_date:
            return found, []
        tokens = [f'"{value_token(v.id)}"' for v in chosen]
        match = " AND ".join([f"({parsed.expression})", *tokens])
        loose = " AND ".join([f"({parsed.ranking})", *tokens])
        return found, ranked(self._execute, match, loose, found)

    def summaries(self, keys: Iterable[str]) -> dict[str, Summary]:
        """The date and type of the documents of ``keys`` (their ``dcterms:identifier``), which
        listings show beside their labels."""
        keys = list(keys)
        marks = ", ".join("?" * len(keys))
        found = self._db().execute(
            f"SELECT key, date, editorial, types FROM documents WHERE key IN ({marks})", keys
        )
        return {key: Summary(date, bool(editorial), types) for key, date, editorial, types in found}

    def roles(self, iri: str) -> list[tuple[str, int]]:
        """(role, number of documents) of the entity ``iri`` (:mod:`.roles`)."""
        return involved.roles(self._db(), iri)

    def involving(self, iri: str, role: str, offset: int, limit: int) -> list[Hit]:
        """Documents ``offset`` to ``offset + limit`` involving ``iri`` in ``role``, by date."""
        return hits(self._db(), involved.rows(self._db(), iri, role, offset, limit), None)

    def related(self, key: str, entities: Iterable[str], limit: int = 10) -> list[Hit]:
        """Other documents sharing the most ``entities`` with the document keyed ``key``."""
        return hits(self._db(), involved.sharing(self._db(), key, entities, limit), None)

    def timeline(self) -> FacetCounts | None:
        """Documents per year of the whole collection."""
        return self._data().facets.count(None).get("year")

    def _value(self, data: _Loaded, facet: str, key: str) -> Value:
        value = data.facets.by_key.get((facet, key))
        if value is None:
            heading = BY_NAME[facet].heading.lower()
            raise SearchError(f"no {heading} {key!r} in this collection: remove that filter")
        return value

    def _execute(self, sql: str, *parameters: object) -> sqlite3.Cursor:
        """Run a query of the index; one that FTS5 cannot read is the client's to change."""
        try:
            return self._db().execute(sql, parameters)
        except sqlite3.OperationalError as error:
            if "fts5" in str(error) or "syntax error" in str(error):
                raise SearchError(f"the index cannot read this query ({error})") from None
            raise
