"""Read the documents that involve an entity, role by role, from the index's ``roles`` table.

A page of one role's documents is a slice of its blob (``substr`` on a blob counts bytes), so
its cost does not grow with the number of documents: Pyongyang, mentioned by most of them,
costs what a person named once does.
"""

from __future__ import annotations

import heapq
import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterable

from .roles import order

ROW = array("I").itemsize
RELATED_FROM = 12
"""Entities looked at for a document's related documents (its first ones by IRI)."""
SCANNED = 300
"""Documents of each entity (by date, in every role) looked at for related documents."""


def roles(db: sqlite3.Connection, iri: str) -> list[tuple[str, int]]:
    """(role, number of documents) of the entity ``iri``, in the order pages show them."""
    found = db.execute("SELECT role, count FROM roles WHERE entity = ?", (iri,)).fetchall()
    return sorted(found, key=lambda pair: (order(pair[0]), pair[0]))


def rows(db: sqlite3.Connection, iri: str, role: str, offset: int, limit: int) -> list[int]:
    """The rows of documents ``offset`` to ``offset + limit`` of ``iri`` in ``role``, by date."""
    found = db.execute(
        "SELECT substr(documents, ?, ?) FROM roles WHERE entity = ? AND role = ?",
        (offset * ROW + 1, limit * ROW, iri, role),
    ).fetchone()
    return list(array("I", found[0])) if found and found[0] else []


def sharing(db: sqlite3.Connection, own_key: str, entities: Iterable[str], limit: int) -> list[int]:
    """Rows of the documents, other than the one keyed ``own_key``, that involve the most of
    ``entities`` in any role (ties: the one built first). Each entity's first
    :data:`SCANNED` documents by date are looked at, so the cost is bounded."""
    chosen = sorted(set(entities))[:RELATED_FROM]
    if not chosen:
        return []
    marks = ", ".join("?" * len(chosen))
    found = db.execute(
        f"SELECT entity, substr(documents, 1, ?) FROM roles WHERE entity IN ({marks})",
        (SCANNED * ROW, *chosen),
    )
    per_entity: dict[str, set[int]] = {}
    for entity, blob in found:
        per_entity.setdefault(entity, set()).update(array("I", blob))
    shared: Counter[int] = Counter()
    for rows_ in per_entity.values():
        shared.update(rows_)
    mine = db.execute("SELECT id FROM documents WHERE key = ?", (own_key,)).fetchone()
    if mine is not None:
        shared.pop(mine[0], None)
    # (-count, row) compared as tuples, not through a key function: a document's page
    # weighs a thousand candidates, and the calls were a tenth of its rendering
    ranked = heapq.nsmallest(limit, [(-count, row) for row, count in shared.items()])
    return [row for _, row in ranked]
