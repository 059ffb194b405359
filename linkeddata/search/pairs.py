"""Word pairs: a phrase of two words found by reading one list instead of two words' positions.

FTS5 answers a phrase by reading the positions of both its words in every document that holds
both: for two common words (``"in the"``, ``"Note on"``) that is a pass over most of the index,
hundreds of milliseconds at 100,000 documents, however few documents hold the phrase. So the
index also lists, in a table of its own (``pairs``, :mod:`.schema`), every pair of neighbouring
words of each column of a document as one token, the two words joined by :data:`JOIN`, without
positions (``detail=none``: FTS5 keeps a token once per document however often it is given):
a phrase of two words is then the documents of one token.

That is exact only where this module splits a text into words as SQLite's ``unicode61``
tokenizer does. Both fold case and diacritics the same way (the tokenizer folds the pair token
itself, character by character); they agree on where a word ends for every character of
:data:`SAFE_RANGES` (``tests/test_search_pairs.py`` asks SQLite for each one). A document with
a character outside them has no pairs but the token :data:`~.schema.UNPAIRED` in its
``facets`` column, and a phrase is also looked for by FTS5 among those documents (see
:mod:`linkeddata.search.matching`), so they are never missed nor found wrongly.

>>> pair_text("In the Party's  house")
'In\\ue001the the\\ue001Party Party\\ue001s s\\ue001house'
>>> phrase_pair("Workers' party"), phrase_pair("party"), phrase_pair("№ 5")
('Workers\\ue001party', None, None)
"""

from __future__ import annotations

import re
from itertools import islice

from .text import searchable

JOIN = "\ue001"
"""Between the two words of a pair token: a private-use character, which the tokenizer keeps
inside a token and :func:`~.text.searchable` removes from every text and query."""
TOKEN = re.compile(r"[^\W_]+")
"""A word as ``unicode61`` reads a :func:`~.text.searchable` text: letters and digits (CJK
characters are already apart there)."""
SAFE_RANGES = (
    (0x09, 0x0D),
    (0x20, 0x7E),
    (0xA0, 0x2FF),  # Latin-1, Latin Extended-A and B, IPA, spacing modifiers
    (0x391, 0x3A1),  # Greek
    (0x3A3, 0x3FF),
    (0x400, 0x52F),  # Cyrillic and its supplement
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese: ố, ậ)
    (0x2000, 0x2064),  # general punctuation
    (0x2100, 0x214F),  # letterlike symbols (№)
    (0x3000, 0x303F),  # CJK punctuation
    (0x3041, 0x3096),  # Hiragana
    (0x3099, 0x30FF),  # Katakana
    (0x3131, 0x318E),  # Hangul compatibility Jamo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xF900, 0xFA6D),  # CJK compatibility ideographs
    (0xFF01, 0xFFBE),  # full-width forms
)
"""The characters on which :data:`TOKEN` and ``unicode61`` agree (checked in a test against
SQLite: the tokenizer's tables are of an older Unicode, in which later characters are letters)."""
UNSAFE = re.compile(
    "[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in SAFE_RANGES) + "\u200b\ue000-\uf8ff]"
)
"""A character outside :data:`SAFE_RANGES` (the separators and private-use characters
:func:`~.text.searchable` adds are known)."""


def pair_text(text: str) -> str:
    """The pair tokens of a :func:`~.text.searchable` ``text``, in order, separated by spaces.

    A pair that stands twice is given twice: the index keeps it once anyway, and leaving
    the repeats to SQLite costs less than finding them here (a fifth of the pairs' CPU at
    10,000 documents; ``tests/test_search_pairs.py`` checks that the index is the same).
    ``zip`` over an ``islice`` reuses one tuple for all the pairs."""
    return word_pairs(TOKEN.findall(text))


def word_pairs(words: list[str]) -> str:
    """The pair tokens of a text's ``words``, in order, separated by spaces."""
    return " ".join(map(JOIN.join, zip(words, islice(words, 1, None), strict=False)))


def safe(text: str) -> bool:
    """Whether :func:`pair_text` splits ``text`` into the words the tokenizer sees."""
    return UNSAFE.search(text) is None


def phrase_pair(phrase: str) -> str | None:
    """The pair token of a phrase of exactly two words, as typed (None for any other, or one
    holding a character outside :data:`SAFE_RANGES`)."""
    text = searchable(phrase)
    words = TOKEN.findall(text)
    if len(words) != 2 or not safe(text):
        return None
    return JOIN.join(words)
