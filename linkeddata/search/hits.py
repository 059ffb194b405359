"""A page of results as it is shown: the documents of its rows, with their matches marked,
and the entities whose labels match the query."""

from __future__ import annotations

import sqlite3

from .frequent import Execute
from .query import Parsed
from .results import EntityHit, Hit
from .snippets import Words, highlight, opening, snippet


def hits(db: sqlite3.Connection, rows: list[int], parsed: Parsed | None) -> list[Hit]:
    """The documents of ``rows``, in that order; with their matches marked for a query (only
    this page's texts are read and cut into snippets)."""
    if not rows:
        return []
    marks = ", ".join("?" * len(rows))
    found = db.execute(
        "SELECT d.id, d.key, d.iri, d.title, d.date, d.editorial, d.types, t.summary,"
        " t.body, t.entities FROM documents AS d JOIN text AS t ON t.rowid = d.id"
        f" WHERE d.id IN ({marks})",
        rows,
    )
    by_row = {row[0]: row[1:] for row in found}
    words = Words.of(parsed.terms) if parsed else None
    shown = []
    for row in rows:
        key, iri, title, date, editorial, types, summary, body, entities = by_row[row]
        hit = Hit(key, iri, title, date, bool(editorial), types)
        if words is not None:
            texts = (body, summary, entities)
            best = next((s for s in (snippet(t, words) for t in texts) if s), None)
            hit = Hit(
                *(key, iri, title, date, bool(editorial), types),
                title_html=highlight(title, words),
                snippet=best or opening(summary) or opening(body),
            )
        shown.append(hit)
    return shown


def entities(execute: Execute, expression: str, limit: int = 6) -> list[EntityHit]:
    """The entities whose labels best match ``expression``, by bm25 then documents."""
    found = execute(
        "SELECT e.kind, e.iri, e.label, e.documents FROM (SELECT rowid, bm25(entity_text) AS s"
        " FROM entity_text WHERE entity_text MATCH ? ORDER BY s LIMIT 50) AS m"
        " JOIN entities AS e ON e.id = m.rowid ORDER BY m.s, e.documents DESC LIMIT ?",
        expression,
        limit,
    )
    return [EntityHit(*row) for row in found]
