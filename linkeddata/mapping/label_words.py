"""The words of names and running text, normalised for matching against the authority file.

>>> toks = tokens("The KWP's view of P'yŏngyang")
>>> [t.folded for t in toks]
['the', 'kwp', 'view', 'of', 'pyongyang']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from ..iris import spelled_out

# "(?<=\w)['’]s\b", written to start with the apostrophe: the engine then skips from one
# apostrophe to the next instead of testing the look-behind at every character (4x faster).
_POSSESSIVE = re.compile(r"['’](?<=\w['’])[sS]\b")
_DROPPED = re.compile(r"['’`ʼ]|(?<=\w)\.(?=\w)")
"""Apostrophes, and the points inside a word ("U.S.", "N.S."): a point after a word stays, so
that the scanner sees where a sentence or an initial ends."""
_WORD = re.compile(r"\w+")
_WORD_APART = re.compile(r"(\w+)")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ACRONYM_MAX = 6


@dataclass(frozen=True)
class Token:
    folded: str
    upper: bool


@lru_cache(maxsize=4)
def _fold(text: str) -> str:
    """``text`` with its letters' diacritics dropped; remembered for the last few texts, as
    the scan folds a record's text for its words and again for its initials."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", spelled_out(unicodedata.normalize("NFKC", text)))
    return unicodedata.normalize("NFC", _COMBINING.sub("", decomposed))


def _normalised(text: str) -> str:
    return _DROPPED.sub("", _POSSESSIVE.sub("", _fold(text)))


def words(text: str) -> list[str]:
    """The words of ``text`` with diacritics and punctuation dropped, case kept."""
    return _WORD.findall(_normalised(text))


def words_and_gaps(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` (as :func:`words`) and what stands before each: a space, a
    point, a hyphen, a line break (the text's start is a line break)."""
    parts = _WORD_APART.split(_normalised(text))  # gap, word, gap, word, ..., gap
    gaps = parts[0:-1:2]
    if gaps:
        gaps[0] = "\n"
    return parts[1::2], gaps


_DOTTED = re.compile(r"[A-Z][a-z]?\.(?:[A-Z][a-z]?\.){1,2}(?=\s)")
"""A run of initials written without spaces ("S.A.", "Yu.V."), one word once its points go;
it begins with a capital, so that the engine skips to capitals (a look behind first made it
stop at every character): what stands before it is checked apart."""


_HONORIFICS = frozenset({"H.E.", "H.M.", "H.H.", "H.R.H.", "H.B.", "M.P."})
"""Runs of capitals with points that are honorifics, no one's initials: "H.E. Nehru" (His
Excellency), "H.M." (His Majesty), "H.R.H." (His Royal Highness)."""


def dotted_initials(text: str) -> frozenset[str]:
    """The runs of initials without spaces in ``text``, as :func:`words_and_gaps` gives them
    ("S.A." is "SA", "Yu.V." "YuV"), which are a person's initials and no abbreviation nor
    honorific ("H.E. Nehru" is Nehru, His Excellency)."""
    folded = _fold(text)
    return frozenset(
        _normalised(run.group()).rstrip(".")
        for run in _DOTTED.finditer(folded)
        if run.group() not in _HONORIFICS
        and (
            not (start := run.start())
            or not (folded[start - 1].isalnum() or folded[start - 1] in "._")
        )
    )


def upper_word(word: str) -> bool:
    return word.isupper() and len(word) > 1


def tokens(text: str) -> list[Token]:
    """Words of ``text`` normalised for matching, each remembering if it was all capitals."""
    return [Token(w.casefold(), upper_word(w)) for w in words(text)]


def is_acronym(label: str) -> bool:
    words = tokens(label)
    return len(words) == 1 and words[0].upper and len(words[0].folded) <= _ACRONYM_MAX


_INITIALS = re.compile(r"((?:[A-Z][a-z]?\.\s*){1,3})(?=[A-Z][a-z])")
"""A person's label's leading initials ("E.K. ", "Ye. K. "), before the family name."""
_ONE_INITIAL = re.compile(r"[A-Z][a-z]?(?=\.)")
_TRANSLITERATED = {"ye": "e", "e": "ye", "yu": "iu", "iu": "yu", "ya": "ia", "ia": "ya"}
"""The two spellings of a Russian initial: "Ye." and "E." are one letter (Е), as are "Yu."
and "Iu." (Ю), "Ya." and "Ia." (Я)."""


def label_keys(label: str, person: bool) -> set[tuple[tuple[str, ...], bool]]:
    """The keys a label is found by: its words, and whether it is an acronym matched in
    capitals alone; a person's label that begins with initials is also found with or without
    spaces between them and in either transliteration ("E.K. Ligachev" is also "E. K.
    Ligachev", "Ye.K. Ligachev")."""
    own = tuple(t.folded for t in tokens(label))
    found = _INITIALS.match(label) if person else None
    if not own or found is None:
        return {(own, is_acronym(label))} if own else set()
    rest = tuple(t.folded for t in tokens(label[found.end() :]))
    letters = [m.group().casefold() for m in _ONE_INITIAL.finditer(found.group(1))]
    spellings = [(letter, _TRANSLITERATED.get(letter, letter)) for letter in letters]
    forms = {own}
    for written in product(*spellings):
        forms.update({("".join(written), *rest), (*written, *rest)})
    return {(words, False) for words in forms}
