"""The search index of an incremental release: the previous release's file with the rows of
the documents that changed replaced, instead of every document indexed again.

Indexing is the largest cost of a build that reuses every other document (at 20,000
documents, most of the CPU of a one-document edit): FTS5 tokenizes every text again. A
patch copies the previous index and, for the documents that are gone or were converted
again (their facts before and after), deletes their rows of ``documents``, ``text`` and
``pairs`` and inserts the new ones, moving their rows in the facet values' and roles' lists,
their entities' counts, and the date order.

The patched index must answer every search as the index a full build writes for the same
files. Searches order their matches by row (ties, and which matches bm25 ranks), so a row is
kept where the document keeps its place: an edited document takes its old row, a removed
one leaves a gap (the order of the others is unchanged), an added one takes a row after
every other and must come after them in the build's order. FTS5 keeps the statistics that
bm25 reads (documents, their lengths, each word's documents) exact through deletions. What a
full build names by the first document that has it (a facet value's id, key and label) or
by the last (an entity's label and names) must come out the same: a name that now comes
from a document not converted again is read from that document's facts (``lookup``), and
:func:`patch_index` gives the reason it cannot patch instead of a patch that would differ (a
document added before others, a facet value appearing or disappearing, a name it cannot
read), and the build then writes the index in full. The lists of :mod:`.frequent` lose the
rows deleted and gain the rows inserted that match them. Segments are not merged again
(``optimize`` rewrites the whole index): the same rows, in a few more segments
(:data:`AUTOMERGE`).
"""

from __future__ import annotations

import bisect
import os
import shutil
import sqlite3
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..store import KINDS
from . import frequent
from .facets import value_key
from .facts import Entity, Facts
from .pairs import pair_text
from .patch_order import reorder
from .schema import UNPAIRED, VERSION, next_row
from .writer import (
    INSERT_DOCUMENT,
    INSERT_PAIRS,
    INSERT_TEXT,
    document_rows,
    entity_text,
    values_of,
)

AUTOMERGE = 4
"""FTS5's own default: a patched index merges its new segments four at a time as it writes
(a full build merges none on the way, then all into one), so that the segments of many
patches in a row do not pile up for every search to read."""
Fixed = Callable[[str], bool]
"""Whether the entity ``iri`` is named the same by every document (a curated one)."""
Lookup = Callable[[str], Facts | None]
"""The facts of a document not converted again, by IRI (read from the build cache), to name
an entity that it now names first (or last)."""


class Unpatchable(Exception):
    """Why the index cannot be patched into what a full build writes."""


@dataclass
class _Value:
    id: int
    facet: str
    iri: str | None
    label: str
    rows: list[int]
    first: int  # the first row before the patch (0: none)
    last: int  # the last row before the patch (0: none)


def patch_index(
    previous: Path,
    target: Path,
    documents: Sequence[tuple[str, Facts | None]],
    gone: Iterable[Facts],
    fixed: Fixed,
    lookup: Lookup | None = None,
) -> str:
    """Write at ``target`` the index of ``documents`` (every indexed document in the build's
    order: its IRI, and its facts if it was converted by this build, None if it is as
    ``previous`` indexed it) from ``previous``, where the documents of ``gone`` (their
    facts then) lose their rows; "" if done, else why not (``target`` is then removed).
    ``lookup`` gives an unchanged document's facts when an entity is now named by it.

    With nothing converted and nothing gone, ``target`` is a hard link to ``previous``."""
    gone = list(gone)
    if not gone and all(facts is None for _, facts in documents):
        os.link(previous, target)
        return ""
    shutil.copyfile(previous, target)
    db = sqlite3.connect(target, isolation_level=None)
    try:
        db.execute("BEGIN")
        for table in ("text", "pairs"):  # each patch's segments merged as they pile up
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)", (AUTOMERGE,))
        _Patch(db, fixed, lookup).run(documents, gone)
        db.execute("COMMIT")
    except Unpatchable as why:
        db.close()
        target.unlink()
        return str(why)
    except BaseException:
        db.close()
        target.unlink(missing_ok=True)
        raise
    db.close()
    return ""


class _Patch:
    def __init__(self, db: sqlite3.Connection, fixed: Fixed, lookup: Lookup | None) -> None:
        self.db, self.fixed, self.lookup = db, fixed, lookup
        found = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if found is None or found[0] != VERSION:
            raise Unpatchable("the previous index is of another version")
        self.rows: dict[str, int] = dict(db.execute("SELECT iri, id FROM documents"))
        self.values: dict[tuple[str, str], _Value] = {}
        by_id: dict[int, _Value] = {}
        keys: Counter[tuple[str, str]] = Counter()
        for id_, facet, key, iri, label, blob in db.execute(
            "SELECT id, facet, key, iri, label, documents FROM facet_values"
        ):
            rows = array("I", blob).tolist()
            ends = (rows[0], rows[-1]) if rows else (0, 0)
            value = _Value(id_, facet, iri, label, rows, *ends)
            self.values[(facet, iri if iri is not None else key)] = by_id[id_] = value
            keys[(facet, value_key(iri) if iri is not None else key)] += 1
        self.by_id = by_id
        self.shared = {base for base, n in keys.items() if n > 1}
        """(facet, key) that several values would take: the first met takes it, the others
        a number after it (:class:`~.writer.IndexWriter`)."""
        self.touched: set[int] = set()  # ids of the values whose rows changed
        self.new: dict[int, Facts] = {}  # row -> the facts inserted there

    def run(self, documents: Sequence[tuple[str, Facts | None]], gone: list[Facts]) -> None:
        freed = {}
        for facts in gone:
            if facts.iri not in self.rows:
                raise Unpatchable(f"{facts.iri} was not in the previous index")
            freed[facts.iri] = self.rows[facts.iri]
        placed = self._place(documents, freed)
        for facts in gone:
            self._delete(freed[facts.iri])
        for row, facts in placed:
            self._insert(row, facts)
        self._check_values()
        self._entities(gone, [facts for _, facts in placed])
        reorder(self.db, gone, freed, placed)
        frequent.patch(self.db, freed.values(), [row for row, _ in placed])

    def _place(
        self, documents: Sequence[tuple[str, Facts | None]], freed: dict[str, int]
    ) -> list[tuple[int, Facts]]:
        """The row of every converted document: its old one, or one after every other;
        the rows must rise in the build's order, as a full build numbers them."""
        top = max(self.rows.values(), default=0)
        last = 0
        placed = []
        for iri, facts in documents:
            if facts is None:
                row = self.rows.get(iri, 0)
                if not row or iri in freed:
                    raise Unpatchable(f"{iri} was not in the previous index as it is now")
            elif iri in freed:
                row = freed[iri]
            elif iri in self.rows:
                raise Unpatchable(f"{iri} converted again but not gone from the previous index")
            else:
                top = row = next_row(top)
            if row <= last:
                raise Unpatchable("a document was added before others")
            last = row
            if facts is not None:
                placed.append((row, facts))
        return placed

    def _delete(self, row: int) -> None:
        found = self.db.execute("SELECT facet_values FROM documents WHERE id = ?", (row,))
        for id_ in array("I", found.fetchone()[0]):
            self.by_id[id_].rows.remove(row)
            self.touched.add(id_)
        columns = self.db.execute(
            "SELECT title, summary, body, entities, facets FROM text WHERE rowid = ?", (row,)
        ).fetchone()
        if UNPAIRED not in columns[4].split(" "):  # it has pairs: a contentless table's
            words = " ".join(map(pair_text, columns[:4]))  # delete names what it held
            self.db.execute(
                "INSERT INTO pairs(pairs, rowid, words) VALUES ('delete', ?, ?)", (row, words)
            )
        self.db.execute("DELETE FROM text WHERE rowid = ?", (row,))
        self.db.execute("DELETE FROM documents WHERE id = ?", (row,))

    def _insert(self, row: int, facts: Facts) -> None:
        ids = array("I")
        for facet, value in values_of(facts):
            found = self.values.get((facet, value))
            if found is None:
                raise Unpatchable(f"a new value of the facet {facet} ({value})")
            bisect.insort(found.rows, row)
            self.touched.add(found.id)
            ids.append(found.id)
        self.new[row] = facts
        types = [self.values[("type", iri)] for iri in facts.values.get("type", ())]
        if any(t.iri is not None and not self.fixed(t.iri) for t in types):
            raise Unpatchable("a document type named by the documents")
        document, text, pair = document_rows(facts, row, ids, [t.label for t in types])
        self.db.execute(INSERT_DOCUMENT, document)
        self.db.execute(INSERT_TEXT, text)
        if pair is not None:
            self.db.execute(INSERT_PAIRS, pair)

    def _check_values(self) -> None:
        """Counts and documents of the values whose rows changed; the label of a value that
        now has another first document."""
        for id_ in sorted(self.touched):
            value = self.by_id[id_]
            if not value.rows:
                raise Unpatchable("a facet value is no longer used")
            first = value.rows[0]
            moved = value.iri is not None and first != value.first
            if moved and (value.facet, value_key(value.iri or "")) in self.shared:
                raise Unpatchable(f"the key of {value.iri} may go to another value")
            if value.iri is not None and (first != value.first or first in self.new):
                value.label = self._label(value.iri, first, value.label).label
            self.db.execute(
                "UPDATE facet_values SET label = ?, count = ?, documents = ? WHERE id = ?",
                (value.label, len(value.rows), array("I", value.rows).tobytes(), id_),
            )

    def _label(self, iri: str, row: int, label: str) -> Entity:
        """The entity ``iri`` as the document at ``row`` (now the one that names it) does."""
        if self.fixed(iri):
            return Entity(iri, "", label)
        facts = self.new.get(row)
        if facts is None and self.lookup is not None:  # a document as it was indexed
            found = self.db.execute("SELECT iri FROM documents WHERE id = ?", (row,)).fetchone()
            facts = self.lookup(found[0])
        entity = next((e for e in facts.entities if e.iri == iri), None) if facts else None
        if entity is None:
            raise Unpatchable(f"{iri} is now named by a document not converted again")
        return entity

    def _entities(self, gone: list[Facts], added: list[Facts]) -> None:
        """The linked entities' counts, and the names of those whose last document changed
        (a full build names an entity as the last document linking to it does)."""
        counts: dict[str, int] = {}
        for facts, step in [*((f, -1) for f in gone), *((f, 1) for f in added)]:
            for entity in facts.entities:
                if entity.kind in KINDS:
                    counts[entity.iri] = counts.get(entity.iri, 0) + step
        if not counts:
            return
        marks = ",".join("?" * len(counts))
        listed = {
            iri: (id_, label, count)
            for id_, iri, label, count in self.db.execute(
                f"SELECT id, iri, label, documents FROM entities WHERE iri IN ({marks})",
                list(counts),
            )
        }
        last: dict[str, tuple[int, int]] = {}  # iri -> its last row, before and after
        for value in self.by_id.values():
            if value.iri in counts:
                before, after = last.get(value.iri, (0, 0))
                now = value.rows[-1] if value.rows else 0
                last[value.iri] = (max(before, value.last), max(after, now))
        for iri, step in counts.items():
            if iri not in listed:
                raise Unpatchable(f"a new entity ({iri})")
            id_, label, count = listed[iri]
            if count + step <= 0:
                raise Unpatchable(f"an entity no longer linked ({iri})")
            before, after = last.get(iri, (0, 0))
            name = None
            if not self.fixed(iri):
                if not after:
                    raise Unpatchable(f"{iri} is linked outside the facets")
                if after != before or after in self.new:
                    name = self._label(iri, after, label)
            self.db.execute(
                "UPDATE entities SET documents = ?, label = ? WHERE id = ?",
                (count + step, name.label if name else label, id_),
            )
            if name is not None:
                self.db.execute("DELETE FROM entity_text WHERE rowid = ?", (id_,))
                self.db.execute(
                    "INSERT INTO entity_text(rowid, labels) VALUES (?, ?)",
                    (id_, entity_text(name)),
                )
