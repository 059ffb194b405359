"""A place's name in its own language ("Warszawa", "Praha", "Moskva"), a label of the authority
file for the places that write it so (a letterhead, a dateline, "the Embassy in Praha"). In
English text the words alone name a ship, a hotel or a newspaper as often ("the Cruiser
Moskva", "the Hotel Warszawa"): the scan takes them for the place only after a word of
place ("in", "to", "from", "at") or opening a dateline ("Warszawa, 13.12.1981 r.")."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Literal

from .label_words import tokens
from .scanned_text import Text

PLACE_WORDS = frozenset({"in", "to", "from", "at"})
"""The words after which a name is where something is or goes: "the talks in Warszawa"."""


def own_language_only(
    text: Text, span: tuple[int, int], labels: Callable[[], list[Literal]]
) -> bool:
    """Whether the words of ``span``, a place's label met in ``text``, are only a label in
    another language than English (by its tag) of the place's ``labels``, with no word of
    place before them and not opening a dateline."""
    start, end = span
    if start and text.gaps[start] == " " and text.words[start - 1].casefold() in PLACE_WORDS:
        return False
    if (start == 0 or "\n" in text.gaps[start]) and _dated(text, end):
        return False  # a dateline's place: "Warszawa, 13.12.1981 r."
    english = {_folded(str(label)) for label in labels() if label.language in (None, "en")}
    return _folded(" ".join(text.words[start:end])) not in english


def _folded(name: str) -> tuple[str, ...]:
    """A name's words as the authority file matches them (case and diacritics folded)."""
    return tuple(t.folded for t in tokens(name))


def _dated(text: Text, end: int) -> bool:
    """Whether a comma follows word ``end - 1`` and a number the rest of its line: a date."""
    if end >= len(text.words) or not text.gaps[end].startswith(","):
        return False
    for k in range(end, len(text.words)):
        if k > end and "\n" in text.gaps[k]:
            return False
        if any(char.isdigit() for char in text.words[k]):
            return True
    return False
