"""The documents of the words, prefixes and word pairs that many documents hold, found once
per release instead of at every search.

A search's match pass reads a list of the index (:mod:`.matching`) at some 0.5 µs a
document: a word, prefix or two-word phrase that nine documents in ten hold (``the``,
``tele*``, ``"the Ministry"``, the two characters of a name in the entity labels) costs
30-60 ms at 100,000 documents, the largest part of the slowest searches. The index never
changes once published, so the build runs those passes once, for every list holding at
least :data:`SHARE` of the documents (and :data:`MINIMUM`), and keeps each result as a
bitmap in the table ``frequent``, under the very ``MATCH`` text that would have found it:
a search reading it gets what that pass would have returned, by construction. Keys are the
quoted terms of the ``text`` table's vocabulary (facet tokens left out: their documents are
in ``facet_values``), their 3- and 4-character prefixes (``"tele"*``, which the index lists
apart, :data:`~.schema.PREFIXES`) and the tokens of the ``pairs`` table.

>>> lookup_key('"The"*'), lookup_key('"Ministry\ue001of"'), lookup_key('"Ceaușescu"')
('"the"*', '"ministry\ue001of"', '"Ceaușescu"')
"""

from __future__ import annotations

import sqlite3
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from .docsets import DocSet, pack, unpack
from .pairs import JOIN
from .schema import LAST

Execute = Callable[..., sqlite3.Cursor]
"""Runs an SQL statement of the index with its parameters (:meth:`.index.SearchIndex._execute`)."""

SHARE = 10
"""A list of at least one document in this many is kept (at 100,000 documents some 2,000 of
them, 12 KB each)."""
MINIMUM = 1_000
"""Nor shorter than this many documents: a pass over fewer costs under a millisecond."""
PATCHED = 200
"""Rows a patch adds beyond which the lists are found again whole: each row added is
looked up in every list (a few thousand look-ups a row), each pass reads a whole list."""
_ROWS = "SELECT group_concat(char(rowid), '') FROM {0} WHERE {0} MATCH ?"


def lookup_key(match: str) -> str:
    """The key under which the documents of ``match`` (one quoted term, prefix or pair
    token) are kept: ASCII letters in lower case, as the tokenizer reads them (other
    letters are kept as typed, and so found only as the vocabulary spells them)."""
    return match.lower() if match.replace(JOIN, "").isascii() else match


def rows(execute: Execute, table: str, match: str, size: int) -> DocSet:
    """The rows of ``table`` (``text`` or ``pairs``) matching ``match``: the match pass, its
    rows read as one string of ``char(rowid)`` (rows skip the surrogates, see
    :mod:`.schema`)."""
    found = execute(_ROWS.format(table), match).fetchone()[0]
    return DocSet.of(array("I", (found or "").encode("utf-32-le")), size)


def write(db: sqlite3.Connection, beside: sqlite3.Connection | None = None) -> float:
    """Write the table ``frequent`` of the index ``db`` (again, after a patch); the CPU
    seconds of the passes that ran beside.

    ``beside``: a second connection to the same file, whose contents ``db`` has committed; it
    runs half the passes in a thread of its own. SQLite reads without the interpreter's lock,
    and these passes are the last seconds of a build, when the other core is idle."""
    documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    least = max(documents // SHARE, MINIMUM)
    size = min(db.execute("SELECT max(id) FROM documents").fetchone()[0] or 0, LAST) + 1
    kept = [("text", key) for key in _text_keys(db, least)]
    kept += [("pairs", f'"{term}"') for term in _terms(db, "pairs", least)]
    found, cpu = _passes([db] if beside is None else [db, beside], kept, size)
    db.execute("DELETE FROM frequent")
    db.executemany(
        "INSERT INTO frequent VALUES (?, ?, ?)",
        (
            (table, key, _blob(pack(documents.bytemap)))
            for (table, key), documents in zip(kept, found, strict=True)
            if documents.count >= least
        ),
    )
    return cpu


def _passes(
    connections: list[sqlite3.Connection], kept: list[tuple[str, str]], size: int
) -> tuple[list[DocSet], float]:
    """The documents of each (table, match) of ``kept``, the passes shared out among the
    ``connections``, each in a thread of its own but the first; and the CPU seconds of
    those threads."""
    found: list[DocSet | None] = [None] * len(kept)
    taken = iter(range(len(kept)))  # next() on one iterator is atomic under the GIL

    def run(db: sqlite3.Connection) -> float:
        start = time.thread_time()
        for n in taken:
            table, key = kept[n]
            found[n] = rows(lambda sql, *parameters: db.execute(sql, parameters), table, key, size)
        return time.thread_time() - start

    with ThreadPoolExecutor(max(len(connections) - 1, 1)) as pool:
        others = [pool.submit(run, db) for db in connections[1:]]
        run(connections[0])
        cpu = sum(other.result() for other in others)
    return [documents for documents in found if documents is not None], cpu


def _blob(bits: int) -> bytes:
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


def patch(db: sqlite3.Connection, removed: Iterable[int], added: Iterable[int]) -> None:
    """Bring the kept lists of a patched index (:mod:`.patch`) up to date: the ``removed``
    rows leave each, and each ``added`` row joins those whose ``MATCH`` it satisfies (FTS5
    asked about those rows only). The lists kept stay those the full build chose, every one
    exact; more than :data:`PATCHED` rows added, they are all found again (:func:`write`)."""
    removed, added = set(removed), sorted(set(added))
    if len(added) > PATCHED:
        write(db)
        return
    marks = ", ".join("?" * len(added))
    for source, match, blob in db.execute("SELECT * FROM frequent").fetchall():
        bits = int.from_bytes(blob, "little")
        for row in removed:
            bits &= ~(1 << row)
        if added:
            found = db.execute(
                f"SELECT rowid FROM {source} WHERE {source} MATCH ? AND rowid IN ({marks})",
                (match, *added),
            )
            for (row,) in found:
                bits |= 1 << row
        db.execute(
            "UPDATE frequent SET documents = ? WHERE source = ? AND match = ?",
            (_blob(bits), source, match),
        )


def read(execute: Execute, table: str, match: str, size: int) -> DocSet | None:
    """The documents kept for ``match`` in ``table``, if it is frequent."""
    found = execute(
        "SELECT documents FROM frequent WHERE source = ? AND match = ?", table, lookup_key(match)
    ).fetchone()
    if found is None:
        return None
    return DocSet(unpack(int.from_bytes(found[0], "little"), size))


def _terms(db: sqlite3.Connection, table: str, least: int) -> list[str]:
    """The terms of ``table``'s vocabulary held by ``least`` documents or more."""
    db.execute(f"CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, '{table}', 'row')")
    try:
        found = db.execute("SELECT term FROM temp.vocabulary WHERE doc >= ?", (least,))
        return [term for (term,) in found]
    finally:
        db.execute("DROP TABLE temp.vocabulary")


def _text_keys(db: sqlite3.Connection, least: int) -> list[str]:
    """The frequent terms of ``text`` quoted, and their 3- and 4-character prefixes whose
    words' documents add up to ``least`` (those kept hold that many)."""
    db.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'text', 'row')")
    try:
        prefixes: Counter[str] = Counter()
        words = []
        for term, holding in db.execute("SELECT term, doc FROM temp.vocabulary"):
            if "\ue000" <= term[0] <= "\uf8ff":  # the index's own tokens (facets, unpaired)
                continue
            if holding >= least:
                words.append(f'"{term}"')
            for length in (3, 4):
                if len(term) >= length:
                    prefixes[term[:length]] += holding
        return words + [f'"{p}"*' for p, holding in prefixes.items() if holding >= least]
    finally:
        db.execute("DROP TABLE temp.vocabulary")
