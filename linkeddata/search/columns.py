"""A document's text as the search index gets it: four columns and their word pairs.

The fourth column holds the labels of every entity the document links to, in every language
(a concept such as "top secret" has twenty-two, in eight scripts), and the same entities come
back in document after document. Their part of the column, made :func:`~.text.searchable`,
checked for the pairs' safe ranges and split into words, is therefore made once per entity
(:func:`_labels`, cached) and the column and its pairs are put together from those parts: a
quarter of the columns' CPU in the synthetic collection. Putting them together gives what the whole
column would: :func:`~.text.searchable` and the safe-range check work character by character
(the separator `` · `` ends any run of CJK characters), and the column's words are the parts'
words in order, so its pairs are each part's and one across each boundary
(``tests/test_search_pairs.py`` compares both ways).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .facts import Columns, Facts
from .pairs import JOIN, TOKEN, pair_text, safe, word_pairs
from .text import searchable

SEPARATOR = " · "
"""Between two labels of the entities' column (not a word, in no script)."""
CACHED = 8192
"""Entities whose labels' part is kept: every concept and the commonest people and places."""


@dataclass(frozen=True)
class _Part:
    """One entity's labels in the entities' column."""

    text: str
    safe: bool
    pairs: str
    first: str | None
    last: str | None


def prepared(facts: Facts | None) -> Facts | None:
    """``facts`` with their columns made (:attr:`~.facts.Facts.made`), in the worker that read
    them: the index's writer then only inserts them. Making them in the build's main process
    held its lock on the interpreter for a third of the index's CPU there, beside the thread
    that loads the store and writes the dumps."""
    if facts is not None:
        facts.made = columns(facts)
    return facts


def columns_of(facts: Facts) -> Columns:
    """The columns of ``facts``: as the worker made them, else made now."""
    return facts.made or columns(facts)


def columns(facts: Facts) -> Columns:
    """The text columns of ``facts`` and their word pairs."""
    parts = [_labels(e.labels or (e.label,)) for e in facts.entities]
    title, summary, body = (
        searchable(column) for column in (facts.title, facts.summary, "\n\n".join(facts.texts))
    )
    made = (title, summary, body, SEPARATOR.join(p.text for p in parts))
    # searchable left no control character: an ASCII text is within the safe ranges
    if not all(c.isascii() or safe(c) for c in made[:3]) or not all(p.safe for p in parts):
        return Columns(made, None)
    return Columns(made, " ".join([*map(pair_text, made[:3]), _joined(parts)]))


def _joined(parts: list[_Part]) -> str:
    """The pairs of the parts' column: each part's, and one across each boundary."""
    pieces, last = [], None
    for part in parts:
        if part.first is None:
            continue
        if last is not None:
            pieces.append(last + JOIN + part.first)
        if part.pairs:
            pieces.append(part.pairs)
        last = part.last
    return " ".join(pieces)


@lru_cache(maxsize=CACHED)
def _labels(labels: tuple[str, ...]) -> _Part:
    text = searchable(SEPARATOR.join(labels))
    words = TOKEN.findall(text)
    ends = (words[0], words[-1]) if words else (None, None)
    return _Part(text, text.isascii() or safe(text), word_pairs(words), *ends)
