"""Adjectives of nationality, read in one place: the loose patterns by an adjective's shape,
the strong predicate by the countries and regions it may name."""

from __future__ import annotations

import re

import pytest

from linkeddata.parser.nationalities import (
    COMPASS_NATIONALITY,
    NATIONALITY,
    QUALIFIED_NATIONALITY,
    is_nationality,
)


@pytest.mark.parametrize(
    "word", ["Cuban", "East European", "Central Asian", "Kuwaiti", "Tanzanian", "East German"]
)
def test_a_country_or_region_adjective_is_a_nationality(word: str) -> None:
    assert is_nationality(word)


@pytest.mark.parametrize("word", ["Mikoyan", "Zhou Enlai", "Officials", "DRV"])
def test_a_name_shaped_like_an_adjective_is_none(word: str) -> None:
    assert not is_nationality(word)  # "DRV" is a country's acronym, the caller's to read


def test_the_loose_patterns_read_the_shape_alone() -> None:
    assert re.fullmatch(NATIONALITY, "Mikoyan")  # where position says "adjective"
    assert re.fullmatch(COMPASS_NATIONALITY, "North Vietnamese")
    assert not re.fullmatch(COMPASS_NATIONALITY, "Latin American")
    assert re.fullmatch(QUALIFIED_NATIONALITY, "Latin American")
