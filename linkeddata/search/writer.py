"""Write the search index of a release while the build streams its documents.

The build hands every chunk of published documents' :class:`~.facts.Facts` to
:meth:`IndexWriter.add` as it loads them into the store; a thread of its own inserts them into
SQLite (which works without the GIL while it tokenizes), so indexing overlaps conversion and
no document is kept in memory. Only what the facets need is: each value's documents, as an
array of row numbers, and each document's date, to sort by. :meth:`IndexWriter.finish` writes
those, merges the full-text index into one segment and closes the file.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from array import array
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from ..store import KINDS
from . import frequent
from .columns import columns_of
from .facets import decade, value_key
from .facts import Entity, Facts
from .schema import BY_DATE, INDEXES, TABLES, UNPAIRED, VERSION, next_row, value_token
from .text import searchable

IN_FLIGHT = 4  # chunks queued for the thread: the converter never waits for the index
MERGING = (("automerge", 0), ("crisismerge", 64))
"""FTS5 merges no segments while documents are inserted (unless 64 pile up on a level):
:meth:`IndexWriter.finish` merges them all into one anyway, so merging on the way was work
done twice (a fifth of the inserts' CPU at 10,000 documents). The published index is
read-only, so the setting, kept in its ``text_config`` table, never applies again."""
_DONE = None


@dataclass
class _Value:
    id: int
    key: str
    label: str
    iri: str | None
    documents: array[int] = field(default_factory=lambda: array("I"))


class IndexWriter:
    """The index at ``path`` (a new file), written by a thread of its own."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + TABLES)
        for table in ("text", "pairs"):
            for option, value in MERGING:
                insert = f"INSERT INTO {table}({table}, rank) VALUES (?, ?)"
                self._db.execute(insert, (option, value))
        self._db.execute("BEGIN")
        self._queue: queue.Queue[list[Facts] | None] = queue.Queue(IN_FLIGHT)
        self._row = 0
        self._values: dict[tuple[str, str], _Value] = {}
        self._keys: set[tuple[str, str]] = set()
        self._entities: dict[str, tuple[Entity, int]] = {}
        self._dates: list[tuple[str, str, int]] = []
        self._roles: dict[tuple[str, str], array[int]] = {}
        self._error: BaseException | None = None
        self.inserting = 0.0
        """Seconds the thread spent inserting documents (beside the conversion, in wall time)."""
        self.cpu = 0.0
        """CPU seconds of the index in this process: inserting, then finishing (the thread's
        and :meth:`finish`'s own, which the machine's load does not inflate)."""
        self.finishing = 0.0
        """The CPU seconds of :attr:`cpu` that :meth:`finish` took (merges, frequent lists)."""
        self._thread = threading.Thread(target=self._run, name="search-index")
        self._thread.start()

    def add(self, documents: list[Facts]) -> None:
        """Index ``documents`` (in the thread; this returns at once unless it is behind)."""
        self._raise()
        self._queue.put(documents)

    def finish(self) -> float:
        """Write the facets and entities, merge the index, find the documents of its frequent
        lists (:mod:`.frequent`), close it; the seconds it took after the last document."""
        self._queue.put(_DONE)
        self._thread.join()
        self._raise()
        start, cpu = time.perf_counter(), time.thread_time()
        self._write_values()
        self._write_entities()
        by_date = array("I", (row for _, _, row in sorted(self._dates)))
        self._write_roles(by_date)
        self._db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [("version", VERSION), (BY_DATE, by_date.tobytes())]
        )
        self._db.execute(INDEXES)
        self._db.execute("INSERT INTO text(text) VALUES ('optimize')")
        self._db.execute("INSERT INTO pairs(pairs) VALUES ('optimize')")
        self._db.execute("INSERT INTO entity_text(entity_text) VALUES ('optimize')")
        self._db.execute("COMMIT")  # a second connection reads it for the frequent lists
        with closing(sqlite3.connect(self._path, check_same_thread=False)) as beside:
            self._db.execute("BEGIN")
            beside_cpu = frequent.write(self._db, beside)
            self._db.execute("COMMIT")
        self._db.close()
        self.finishing = time.thread_time() - cpu + beside_cpu
        self.cpu += self.finishing
        return time.perf_counter() - start

    def abort(self) -> None:
        """Stop the thread and close the file (the caller removes it)."""
        if self._thread.is_alive():
            self._queue.put(_DONE)
            self._thread.join()
        self._db.close()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (documents := self._queue.get()) is not _DONE:
            if self._error is None:
                start, cpu = time.perf_counter(), time.thread_time()
                try:
                    self._insert(documents)
                except BaseException as error:  # raised by add or finish
                    self._error = error
                self.inserting += time.perf_counter() - start
                self.cpu += time.thread_time() - cpu

    def _insert(self, documents: list[Facts]) -> None:
        rows, texts, pairs = [], [], []
        for facts in documents:
            self._row = row = next_row(self._row)
            ids = array("I", (self._value(facet, v, facts, row) for facet, v in values_of(facts)))
            types = [self._values[("type", iri)].label for iri in facts.values.get("type", ())]
            document, text, pair = document_rows(facts, row, ids, types)
            rows.append(document)
            texts.append(text)
            if pair is not None:
                pairs.append(pair)
            for entity in facts.entities:
                _, count = self._entities.get(entity.iri, (entity, 0))
                self._entities[entity.iri] = (entity, count + 1)
            self._dates.append((facts.date or "~", facts.key, row))
            for role, iri in facts.roles:
                self._roles.setdefault((iri, role), array("I")).append(row)
        self._db.executemany(INSERT_DOCUMENT, rows)
        self._db.executemany(INSERT_TEXT, texts)
        self._db.executemany(INSERT_PAIRS, pairs)

    def _value(self, facet: str, value: str, facts: Facts, row: int) -> int:
        """The id of a facet value (a new one the first time it is seen), noting ``row``."""
        found = self._values.get((facet, value))
        if found is None:
            entity = next((e for e in facts.entities if e.iri == value), None)
            key = value_key(value) if entity else value
            unique, n = key, 1
            while (facet, unique) in self._keys:
                n += 1
                unique = f"{key}-{n}"
            self._keys.add((facet, unique))
            label = entity.label if entity else value
            found = _Value(len(self._values) + 1, unique, label, entity.iri if entity else None)
            self._values[(facet, value)] = found
        found.documents.append(row)
        return found.id

    def _write_values(self) -> None:
        self._db.executemany(
            "INSERT INTO facet_values VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (v.id, facet, v.key, v.iri, v.label, len(v.documents), v.documents.tobytes())
                for (facet, _), v in self._values.items()
            ),
        )

    def _write_roles(self, by_date: array[int]) -> None:
        """Every entity's documents by role, in date order."""
        rank = {row: n for n, row in enumerate(by_date)}
        self._db.executemany(
            "INSERT INTO roles VALUES (?, ?, ?, ?)",
            (
                (iri, role, len(rows), array("I", sorted(rows, key=rank.__getitem__)).tobytes())
                for (iri, role), rows in sorted(self._roles.items())
            ),
        )

    def _write_entities(self) -> None:
        listed = [item for item in self._entities.values() if item[0].kind in KINDS]
        ordered = sorted(listed, key=lambda item: item[0].iri)
        self._db.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
            ((n, e.kind, e.iri, e.label, count) for n, (e, count) in enumerate(ordered, 1)),
        )
        self._db.executemany(
            "INSERT INTO entity_text(rowid, labels) VALUES (?, ?)",
            ((n, entity_text(e)) for n, (e, _) in enumerate(ordered, 1)),
        )


INSERT_DOCUMENT = "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
INSERT_TEXT = (
    "INSERT INTO text(rowid, title, summary, body, entities, facets) VALUES (?, ?, ?, ?, ?, ?)"
)
INSERT_PAIRS = "INSERT INTO pairs(rowid, words) VALUES (?, ?)"
Row = tuple[int, str, str, str, str | None, bool, str, bytes]
TextRow = tuple[int, str, str, str, str, str]


def document_rows(
    facts: Facts, row: int, ids: array[int], types: list[str]
) -> tuple[Row, TextRow, tuple[int, str] | None]:
    """A document's rows of ``documents``, ``text`` and ``pairs`` (None: its words may not
    pair as the tokenizer reads them, see :mod:`.pairs`), given its facet values' ``ids``
    and the labels of its ``types``."""
    document = (
        row,
        facts.key,
        facts.iri,
        facts.title,
        facts.date,
        facts.editorial,
        ", ".join(types),
        ids.tobytes(),
    )
    made = columns_of(facts)
    tokens = [value_token(i) for i in ids]
    pair = None
    if made.pairs is not None:
        pair = (row, made.pairs)
    else:  # its pairs might be wrong: FTS5 looks for phrases in it (.matching)
        tokens.append(UNPAIRED)
    title, summary, body, entities = made.columns
    return document, (row, title, summary, body, entities, " ".join(tokens)), pair


def entity_text(entity: Entity) -> str:
    """What ``entity_text`` holds of an entity: every name it is known by."""
    return searchable(" · ".join(entity.labels or (entity.label,)))


def values_of(facts: Facts) -> list[tuple[str, str]]:
    """(facet, value) pairs of a document: IRIs, and its year and decade."""
    pairs = [(facet, iri) for facet, iris in facts.values.items() for iri in iris]
    if facts.year is not None:
        pairs += [("decade", decade(facts.year)), ("year", str(facts.year))]
    return pairs
