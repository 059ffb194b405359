""" "The White House" is the US presidency's, but from August 1991 the Russian press and
officials called the House of Soviets in Moscow, seat of the Russian parliament and then
government, the White House too ("a tank outside the White House"). Each mention is read
from its own sentence: "the Moscow/Russian White House", "the White House in Moscow", or the
White House beside the Moscow building's words (its defenders, barricades and tanks, the
Supreme Soviet) with nothing American there. The US office is not linked only where every
mention is Moscow's (unsure, none): one Moscow sentence drops no US mention elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .authority import Authority
from .entities import Entity

_LABEL = "white house"
_MENTION = re.compile(r"\bWhite\s+House\b")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_MOSCOWS = re.compile(
    r"\b(?i:moscow|russian|russia's|rsfsr)\s+White\s+House\b|\bWhite\s+House\s+in\s+Moscow\b"
)
_MOSCOW_WORDS = re.compile(
    r"\b(?i:moscow|supreme\s+soviet|russian\s+parliament|congress\s+of\s+people's\s+deputies"
    r"|defenders?|barricades?|tanks?|putsch|khasbulatov|rutskoi)\b"
)
"""Words that place a sentence's White House in Moscow: its defenders, barricades, tanks."""
_US_WORDS = re.compile(
    r"\b(?:Washington|Bush|Clinton|Reagan|American|U\.?S\.?A?|(?i:president\s+of\s+the\s+united"
    r"\s+states|united\s+states))\b"
)
_FROM = "1991-08"
"""The month from which the Moscow building was called the White House."""


def without_moscows(
    entities: Iterable[Entity], authority: Authority, text: str, since: str | None
) -> list[Entity]:
    """``entities`` less the US White House where ``text``, of a record dated ``since`` (an
    ISO date), writes the White House only as Moscow's."""
    sentences = [s for s in _SENTENCE.split(text) if _MENTION.search(s)]
    moscows = (
        since is not None
        and since[:7] >= _FROM
        and bool(sentences)
        and all(_of_moscow(sentence) for sentence in sentences)
    )
    return [
        entity
        for entity in entities
        if not moscows
        or entity.kind != "org"
        or all(
            str(label).casefold().removeprefix("the ") != _LABEL
            for label in authority.labels(entity)
        )
    ]


def _of_moscow(sentence: str) -> bool:
    """Whether a sentence places its White House in Moscow."""
    if _MOSCOWS.search(sentence):
        return True
    return _MOSCOW_WORDS.search(sentence) is not None and _US_WORDS.search(sentence) is None
