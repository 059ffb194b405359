"""The words of names and running text, normalised for matching against the authority file.

>>> toks = tokens("The KWP's view of P'yŏngyang")
>>> [t.folded for t in toks]
['the', 'kwp', 'view', 'of', 'pyongyang']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..iris import spelled_out

# "(?<=\w)['’]s\b", written to start with the apostrophe: the engine then skips from one
# apostrophe to the next instead of testing the look-behind at every character (4x faster).
_POSSESSIVE = re.compile(r"['’](?<=\w['’])s\b")
_DROPPED = re.compile(r"['’`ʼ.]")
_WORD = re.compile(r"\w+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ACRONYM_MAX = 6


@dataclass(frozen=True)
class Token:
    folded: str
    upper: bool


def _fold(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", spelled_out(unicodedata.normalize("NFKC", text)))
    return unicodedata.normalize("NFC", _COMBINING.sub("", decomposed))


def words(text: str) -> list[str]:
    """The words of ``text`` with diacritics and punctuation dropped, case kept."""
    return _WORD.findall(_DROPPED.sub("", _POSSESSIVE.sub("", _fold(text))))


_NOT_THE_PLACE_AFTER = frozenset(
    {"sea", "ocean", "strait", "straits", "gulf", "bay", "river", "lake", "mountains", "times"}
    | {"post", "herald", "tribune", "daily", "journal", "gazette", "accords", "agreement"}
)
"""Words after a place's name that make another name of it: "the South China Sea", "The New
York Times", "the Geneva Accords" are no mention of China, New York or Geneva."""
_COMPASS = frozenset({"south", "north", "east", "west"})


def in_longer_name(raw: list[str], start: int, end: int) -> bool:
    """Whether the words of a place's label are part of a longer name: a word after them that
    names a sea or a newspaper, or a point of the compass before them that the label lacks
    ("South China Sea")."""
    after = raw[end].casefold() if end < len(raw) else ""
    before = raw[start - 1].casefold() if start > 0 else ""
    return after in _NOT_THE_PLACE_AFTER or (before in _COMPASS and raw[start - 1][:1].isupper())


def upper_word(word: str) -> bool:
    return word.isupper() and len(word) > 1


def tokens(text: str) -> list[Token]:
    """Words of ``text`` normalised for matching, each remembering if it was all capitals."""
    return [Token(w.casefold(), upper_word(w)) for w in words(text)]


def is_acronym(label: str) -> bool:
    words = tokens(label)
    return len(words) == 1 and words[0].upper and len(words[0].folded) <= _ACRONYM_MAX
