"""Text as the search index reads it.

SQLite's ``unicode61`` tokenizer splits words at spaces and punctuation, folds case in every
script and, with ``remove_diacritics 2``, folds Latin diacritics (``Ceaușescu`` finds
``Ceausescu``). Chinese, Japanese and Korean are not written with spaces between words, so a
run of those characters would be one long token that no word of it could find. The index
therefore gets every such character as a token of its own: :func:`searchable` puts a zero-width
space (a separator to the tokenizer, invisible on a page) between them, and a query for
``平壤`` becomes the phrase of its two characters, found wherever they stand together.
(SQLite's ``trigram`` tokenizer was measured and rejected: it cannot find words of two
characters, which most Chinese words and Korean names are, folds no diacritics in SQLite 3.40,
and at 10,000 documents built 5 times slower into an index 2.4 times larger; see
docs/search.md.)

>>> searchable("Kim Il Sung (김일성) in 平壤")
'Kim Il Sung (김\\u200b일\\u200b성) in 平\\u200b壤'
>>> readable(searchable("平壤"))
'平壤'
"""

from __future__ import annotations

import re

SPLIT = "\u200b"
"""Zero-width space: what :func:`searchable` puts between CJK characters."""

CJK = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
"""The characters that are tokens of their own: Han, kana and Hangul."""
WORD = re.compile(f"[{CJK}]|(?:(?![{CJK}])[^\\W_])+")
"""A token as the tokenizer reads it (after :func:`searchable`): a CJK character, or a run of
other letters and digits."""
CJK_CHARACTER = re.compile(f"[{CJK}]")
_BETWEEN_CJK = re.compile(f"(?<=[{CJK}])(?=[{CJK}])")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ue000-\uf8ff]")
"""Control characters, the zero-width space and the private-use area, where the index's
facet tokens live (:func:`linkeddata.search.schema.value_token`)."""
_SPECIAL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ue000-\uf8ff{CJK}]")
"""Either of the above."""


def searchable(text: str) -> str:
    """``text`` as it is indexed and queried: CJK characters apart, control and private-use
    characters gone.

    Most texts have neither: one scan for both first spares the rewriting (and a second
    scan over every full text of the build)."""
    if not _SPECIAL.search(text):
        return text
    if _CONTROLS.search(text):
        text = _CONTROLS.sub(" ", text)
    if CJK_CHARACTER.search(text):
        text = _BETWEEN_CJK.sub(SPLIT, text)
    return text


def readable(text: str) -> str:
    """Indexed text as written: without the separators :func:`searchable` added."""
    return text.replace(SPLIT, "")
