"""The words of the noun phrase a type heads, and whether a word of many senses is that head
(split from :mod:`.doctypes`): "Map of the Testburg Border" and "Sketch Map of ..." are maps,
"Letter Transmitting Maps of ..." a letter and "Road Map to ..." a plan; "Aviso do Ministro
..." and "Despacho n. 12" a chancery's letter and dispatch, "Aviso aos Navegantes" (a notice)
and "Despacho de Bagagem" (a shipment) no document's type."""

from __future__ import annotations

import re

from .local_ranks import RANK_WORD
from .names import name_kind
from .quoted_works import PHRASE_STOPS

PHRASE_WORDS = 8
_WORD = re.compile(r"[^\W_][\w'’.\-]*|\S")
_MAP = "map"
_BEFORE_MAP = re.compile(r"(?:(?i:the|a|an)\s+|[^\W\d_][\w.-]*['’]s?\s+)?")
"""What may stand before a map's wording in its phrase: an article or a possessor."""


def phrase(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the words of the noun phrase at ``start``, up to a stop (at most eight)."""
    words: list[tuple[int, int]] = []
    for found in _WORD.finditer(text, start):
        word = found.group()
        if (
            not word[0].isalpha()
            or word.casefold().rstrip(".") in PHRASE_STOPS
            or any(c.isdigit() for c in word)  # a lettered number: "Airgram A-123"
        ):
            break
        words.append((found.start(), found.start() + len(word.rstrip("'’"))))  # "Telegram'"
        if len(words) == PHRASE_WORDS:
            break
    return words


def _heads_as_map(text: str, start: int, found: tuple[str, int, int]) -> bool:
    """Whether a type found in the phrase at ``start`` is no map, or a map that opens the
    phrase (after at most an article or a possessor): a map that ends a phrase another word
    opens is what a letter or a report carries ("Letter Transmitting Maps") or a figure ("Road
    Map")."""
    key, first, _ = found
    if key != _MAP:
        return True
    return _BEFORE_MAP.fullmatch(text[start:first]) is not None


_CHANCERY_WORDS = frozenset({"aviso", "avisos", "despacho", "despachos"})
_CHANCERY_AFTER = re.compile(
    r"\s+(?:(?i:n[.º°]+|no\.|nr\.?|n[úu]m(?:ero|\.)?)\s*\d|\d"
    r"|(?i:secret[oa]s?|confidencia(?:l|is|les)|reservad[oa]s?|urgentes?|telegr[áa]fic[oa]s?)\b"
    r"|(?i:from|to|ao|à|al)\s"
    r"|(?i:of|by|do|da|de|del)\s+(?:(?i:o|a|la|el|the)\s+)?(?P<whose>[^\W\d_]+))"
)
"""What makes "aviso" or "despacho" a chancery's document: a number, a classification,
"telegráfico", its sender or addressee ("from/to", "ao", "do Ministro", "da Embaixada")."""
_RANK = re.compile(rf"(?i:{RANK_WORD})")


def _heads_as_chancery_word(text: str, start: int, found: tuple[str, int, int]) -> bool:
    """Whether a type found at ``start`` is not worded "aviso" or "despacho", or is, opening the
    phrase with what a chancery's paper goes on with: a number, a classification or a party;
    both are everyday words too ("Aviso Prévio", notice; "Despacho de Bagagem", shipment)."""
    _, first, end = found
    if text[first:end].casefold() not in _CHANCERY_WORDS:
        return True
    after = _CHANCERY_AFTER.match(text, end)
    if first != start or after is None:
        return False
    whose = after["whose"]
    return whose is None or _RANK.fullmatch(whose) is not None or name_kind(whose) == "org"


def heads_phrase(text: str, start: int, found: tuple[str, int, int]) -> bool:
    """Whether a type found in the phrase at ``start`` is its head in the type's sense: no
    map another word opens or names, no everyday "aviso" or "despacho"."""
    return _heads_as_map(text, start, found) and _heads_as_chancery_word(text, start, found)
