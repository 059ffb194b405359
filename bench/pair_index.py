"""Give a copy of a release's search index of format 4 the word pairs of format 5, to measure
the pairs' searches at 100,000 documents without rebuilding the whole release; or, to an
index of format 5, its pairs written again with this tree's safe ranges (the marks of the
documents without pairs taken off, then set again where they still apply).

The pairs are read from the stored text columns, as :class:`~linkeddata.search.writer.
IndexWriter` would write them (:func:`~linkeddata.search.pairs.pair_text` of each column; the
token :data:`~linkeddata.search.schema.UNPAIRED` for a document with a character outside the
safe ranges). Usage::

    python bench/pair_index.py OLD_RELEASE NEW_RELEASE

``NEW_RELEASE`` becomes a hard-linked copy of ``OLD_RELEASE`` (``cp -al``) whose
``search.sqlite`` is a new file; the old one is only read.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from release_copy import index_copy

from linkeddata.search.pairs import pair_text, safe
from linkeddata.search.schema import PAIRS, UNPAIRED, VERSION
from linkeddata.search.writer import MERGING


def upgrade(path: Path) -> tuple[int, int]:
    """Add the pairs to the index at ``path``; (documents, documents marked unpaired)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    db.execute("BEGIN")
    marked: list[int] = []
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'pairs'").fetchone():
        # format 5 already: its pairs written again with this tree's safe ranges
        match = "SELECT rowid FROM text WHERE text MATCH ?"
        marked = [row for (row,) in db.execute(match, (f'"{UNPAIRED}"',))]
        db.execute("DROP TABLE pairs")
        for row in marked:
            strip = "UPDATE text SET facets = trim(replace(facets, ?, '')) WHERE rowid = ?"
            db.execute(strip, (UNPAIRED, row))
    db.execute(PAIRS)
    for option, value in MERGING:
        db.execute("INSERT INTO pairs(pairs, rank) VALUES (?, ?)", (option, value))
    documents, unpaired = 0, []
    found = db.execute("SELECT rowid, title, summary, body, entities FROM text").fetchall()
    batch = []
    for row, *columns in found:
        documents += 1
        if all(map(safe, columns)):
            batch.append((row, " ".join(map(pair_text, columns))))
        else:
            unpaired.append(row)
        if len(batch) == 1000:
            db.executemany("INSERT INTO pairs(rowid, words) VALUES (?, ?)", batch)
            batch = []
    db.executemany("INSERT INTO pairs(rowid, words) VALUES (?, ?)", batch)
    for row in unpaired:
        db.execute(f"UPDATE text SET facets = facets || ' {UNPAIRED}' WHERE rowid = ?", (row,))
    db.execute("UPDATE meta SET value = ? WHERE key = 'version'", (VERSION,))
    db.execute("INSERT INTO pairs(pairs) VALUES ('optimize')")
    if marked or unpaired:
        db.execute("INSERT INTO text(text) VALUES ('optimize')")
    db.execute("COMMIT")
    db.close()
    return documents, len(unpaired)


def main() -> int:
    index, copy = index_copy(Path(sys.argv[1]), Path(sys.argv[2]))
    start = time.perf_counter()
    documents, unpaired = upgrade(copy)
    copy.replace(index)
    seconds = time.perf_counter() - start
    size = index.stat().st_size / 2**20
    print(f"{documents} documents, {unpaired} unpaired, {seconds:.1f} s, index {size:,.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
