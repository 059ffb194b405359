"""The orders of a patched search index (:mod:`.patch`): the documents by date, which
browsing reads, and each role's documents in that order, written again from the patched
rows."""

from __future__ import annotations

import sqlite3
from array import array

from .facts import Facts
from .schema import BY_DATE


def reorder(
    db: sqlite3.Connection,
    gone: list[Facts],
    freed: dict[str, int],
    placed: list[tuple[int, Facts]],
) -> None:
    """The date order of a patched index's documents, and the documents of every role that
    changed, in that order; ``gone``: the facts of the documents that lost their rows
    (``freed``: their rows by IRI), ``placed``: the rows and facts inserted."""
    by_date = array(
        "I",
        (
            row
            for (row,) in db.execute(
                "SELECT id FROM documents ORDER BY coalesce(date, '~'), key, id"
            )
        ),
    )
    db.execute("UPDATE meta SET value = ? WHERE key = ?", (by_date.tobytes(), BY_DATE))
    changes: dict[tuple[str, str], tuple[set[int], set[int]]] = {}
    for facts in gone:
        for role, iri in facts.roles:
            changes.setdefault((iri, role), (set(), set()))[0].add(freed[facts.iri])
    for row, facts in placed:
        for role, iri in facts.roles:
            changes.setdefault((iri, role), (set(), set()))[1].add(row)
    if not changes:
        return
    rank = {row: n for n, row in enumerate(by_date)}
    for (iri, role), (out, into) in sorted(changes.items()):
        found = db.execute(
            "SELECT documents FROM roles WHERE entity = ? AND role = ?", (iri, role)
        ).fetchone()
        rows = (set(array("I", found[0])) if found else set()) - out | into
        if not rows:
            db.execute("DELETE FROM roles WHERE entity = ? AND role = ?", (iri, role))
            continue
        ordered = array("I", sorted(rows, key=rank.__getitem__))
        db.execute(
            "INSERT OR REPLACE INTO roles VALUES (?, ?, ?, ?)",
            (iri, role, len(ordered), ordered.tobytes()),
        )
