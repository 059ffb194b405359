"""Which documents a search matches, and the bm25 scores that order them.

A search's matches are one FTS5 pass over the text index (returned as one string, see
:mod:`.schema`), intersected with the documents of each two-word phrase that every match must
hold, read from the index of word pairs (:mod:`.pairs`) instead of FTS5's pass over both
words' positions, and with the documents of the facet filters. A word, prefix or pair that
many documents hold is not passed over at all: the build kept its documents (:mod:`.frequent`).

Relevance order is bm25 over the first :data:`RANKED` matches in the index's order: a query
matching more has words that most documents share, whose weight in bm25 is close to nothing.
"""

from __future__ import annotations

from .counting import Value
from .docsets import DocSet
from .frequent import Execute, read, rows
from .query import Parsed
from .schema import UNPAIRED, WEIGHTS, value_token

RANKED = 2_000
SCORE = f"bm25(text, {', '.join(str(w) for w in WEIGHTS)})"
SCORED = f"SELECT {SCORE}, rowid FROM text WHERE text MATCH ? ORDER BY rowid"
SCORED_AMONG = (
    f"SELECT {SCORE}, rowid FROM text WHERE text MATCH ? AND substr(?, rowid + 1, 1) = x'01'"
    " ORDER BY rowid"
)
"""bm25 of the rows of a bytemap only: SQLite tests the WHERE clause before it computes the
columns, so a row outside the set costs a byte's look-up, not its score (reading the
positions of every word of the query in that row, some 15 µs for common words)."""


def matches(execute: Execute, parsed: Parsed, chosen: list[Value], size: int) -> DocSet:
    """The documents matching ``parsed`` and having every ``chosen`` facet value; a word,
    prefix or phrase that many documents hold read as the build found it (:mod:`.frequent`)."""
    tokens = [f'"{value_token(v.id)}"' for v in chosen]
    found: DocSet | None = None
    if parsed.rest is not None:
        found = read(execute, "text", parsed.rest, size)
        if found is None:
            found = rows(execute, "text", " AND ".join([f"({parsed.rest})", *tokens]), size)
        elif (narrowed := filtered(chosen, size)) is not None:
            found &= narrowed
    elif chosen:
        found = filtered(chosen, size)
    for token, phrase in parsed.pairs:
        holding = read(execute, "pairs", f'"{token}"', size)
        if holding is None:
            holding = rows(execute, "pairs", f'"{token}"', size)
        holding |= rows(execute, "text", f'{phrase} AND "{UNPAIRED}"', size)
        found = holding if found is None else found & holding
    assert found is not None, "a parsed query has a phrase or an expression"
    return found


def filtered(chosen: list[Value], size: int) -> DocSet | None:
    """The documents having every chosen value (None: no filter, every document)."""
    result = None
    for value in chosen:
        documents = DocSet.of_postings(value.postings, size)
        result = documents if result is None else result & documents
    return result


def ranked(execute: Execute, match: str, loose: str, hits: DocSet) -> list[tuple[float, int]]:
    """bm25 scores of the first :data:`RANKED` matches, by ``loose`` (phrases as their
    words, :attr:`~.query.Parsed.ranking`) among the ``hits`` of ``match``; by ``match``
    itself if the two disagree (a word the two tokenizations read differently)."""
    wanted = min(hits.count, RANKED)
    found = execute(SCORED_AMONG + " LIMIT ?", loose, bytes(hits.bytemap), wanted)
    scored: list[tuple[float, int]] = found.fetchall()
    if len(scored) < wanted:
        scored = execute(SCORED + " LIMIT ?", match, RANKED).fetchall()
    return scored[:wanted]
