"""Whether two search indexes answer alike: what a patched index (linkeddata.search.patch)
must share with the index a full build writes of the same files.

Rows may differ (a removed document leaves a gap in a patched index), facet values may be
numbered otherwise (a full build numbers them in the order it meets them) and FTS5 may hold
the same rows in other segments, so the indexes are compared by what they say of each
document, in row order, with values named by facet and key, and by the answers of searches
(hits in order, totals, facet counts, entities, which bm25 and the row order decide), not
byte for byte.
"""

from __future__ import annotations

import re
import sqlite3
from array import array
from pathlib import Path
from typing import Any

from linkeddata.search.index import SearchIndex
from linkeddata.search.results import Search
from linkeddata.search.schema import VALUE_MARK


def content(path: Path) -> dict[str, Any]:
    """Every table of the index with rows named by their documents' IRIs, in row order."""
    with sqlite3.connect(path) as db:
        iris = dict(db.execute("SELECT id, iri FROM documents"))
        values = {
            id_: (facet, key)
            for id_, facet, key in db.execute("SELECT id, facet, key FROM facet_values")
        }

        def named(blob: bytes) -> list[str]:
            return [iris[row] for row in array("I", blob)]

        def token(word: str) -> object:
            return values[int(word[1:])] if word.startswith(VALUE_MARK) else word

        meta = dict(db.execute("SELECT key, value FROM meta"))
        return {
            "version": meta["version"],
            "by-date": named(meta["by-date"]),
            "documents": [
                (*row[1:7], [values[v] for v in array("I", row[7])])
                for row in db.execute("SELECT * FROM documents ORDER BY id")
            ],
            "text": [
                (iris[row[0]], *row[1:5], sorted(map(str, map(token, row[5].split(" ")))))
                for row in db.execute("SELECT rowid, * FROM text ORDER BY rowid")
            ],
            "facet_values": [
                (*row[1:6], named(row[6]))
                for row in db.execute("SELECT * FROM facet_values ORDER BY facet, key")
            ],
            "entities": db.execute("SELECT * FROM entities ORDER BY id").fetchall(),
            "entity_text": db.execute("SELECT rowid, * FROM entity_text ORDER BY 1").fetchall(),
            "roles": [
                (*row[:3], named(row[3]))
                for row in db.execute("SELECT * FROM roles ORDER BY entity, role")
            ],
        }


def assert_frequent_exact(path: Path) -> None:
    """Every list the index keeps as frequent (linkeddata.search.frequent) holds the rows
    FTS5 finds for its text. Which lists are kept may differ between a patched index and
    a full build's (a patch keeps the lists the build chose), never what they hold."""
    with sqlite3.connect(path) as db:
        kept = db.execute("SELECT source, match, documents FROM frequent").fetchall()
        for source, match, blob in kept:
            bits = int.from_bytes(blob, "little")
            rows = [row for row in range(bits.bit_length()) if bits >> row & 1]
            sql = f"SELECT rowid FROM {source} WHERE {source} MATCH ? ORDER BY rowid"
            assert rows == [row for (row,) in db.execute(sql, (match,))], (source, match)


def searches(path: Path) -> list[Search]:
    """Words, a phrase, prefixes and filters taken from the index's own documents."""
    with sqlite3.connect(path) as db:
        titles = [t for (t,) in db.execute("SELECT title FROM documents ORDER BY id")]
        values = db.execute("SELECT facet, key FROM facet_values ORDER BY id").fetchall()
    words = sorted({w for t in titles for w in re.findall(r"[A-Za-z]{4,}", t)})[:25]
    found = [Search(text=w) for w in words]
    found += [Search(text=f"{w[:3]}*") for w in words[:5]]
    found += [Search(text='"Synthetic edited"'), Search(text='"Top Secret"')]
    found += [Search(text="telegram", by_date=True), Search(text="of", offset=3, limit=5)]
    found += [Search(filters=(value,)) for value in values[::7]]
    found += [Search(text=words[0], filters=(value,)) for value in values[::11]]
    found += [Search(), Search(by_date=True, offset=5), Search(more="person")]
    return found


def assert_same_search(one: Path, other: Path) -> None:
    """The indexes at ``one`` and ``other`` hold and answer the same."""
    mine, theirs = content(one), content(other)
    assert_frequent_exact(one)
    assert_frequent_exact(other)
    for table, rows in theirs.items():
        first = next(((x, y) for x, y in zip(mine[table], rows, strict=False) if x != y), None)
        assert mine[table] == rows, (table, len(mine[table]), len(rows), first)
    engines = SearchIndex(one), SearchIndex(other)
    try:
        for search in searches(other):
            a, b = (engine.search(search) for engine in engines)
            assert a == b, search
        assert engines[0].timeline() == engines[1].timeline()
    finally:
        for engine in engines:
            engine.close()
