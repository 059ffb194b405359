"""A place's name in its own language ("Warszawa", "Praha", "Moskva"), a label of the authority
file for the places that write it so (a letterhead, a dateline, "the Embassy in Praha"). In
English text the words alone name a ship, a hotel or a newspaper as often ("the Cruiser
Moskva", "the Hotel Warszawa"): the scan takes them for the place only after a word of
place ("in", "to", "from", "at")."""

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
    place before them."""
    start, end = span
    if start and text.gaps[start] == " " and text.words[start - 1].casefold() in PLACE_WORDS:
        return False
    met = tuple(word.casefold() for word in text.words[start:end])
    english = {
        tuple(t.folded for t in tokens(str(label)))
        for label in labels()
        if label.language in (None, "en")
    }
    return met not in english
