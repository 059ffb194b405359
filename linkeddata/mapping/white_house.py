""" "The White House" is the US presidency's in a US record, but from 1990 the Russian press
and officials called the House of Soviets in Moscow, seat of the Russian parliament and then
government, the White House too ("a tank outside the White House", August 1991): in a record
written in Russian from that year, or one that writes "the Moscow/Russian White House", the
name is not linked to the US office (unsure, none), while a US letterhead is unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..record import Language
from .authority import Authority
from .entities import Entity

_LABEL = "white house"
_MOSCOWS = re.compile(r"\b(?i:moscow|russian|russia's)\s+White\s+House\b")
_FROM = 1990
"""The year from which the Moscow building was called the White House."""


def without_moscows(
    entities: Iterable[Entity],
    authority: Authority,
    text: str,
    languages: Iterable[Language],
    year: int | None,
) -> list[Entity]:
    """``entities`` less the US White House where the record's may be Moscow's."""
    russian = any(language.iso639_2 == "rus" for language in languages)
    moscows = _MOSCOWS.search(text) is not None or (russian and year is not None and year >= _FROM)
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
