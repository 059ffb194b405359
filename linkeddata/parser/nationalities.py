"""Adjectives of nationality ("Soviet", "East German", "Kuwaiti", "Chinese") recognised by
their shape, written once for every reader of titles and names.

Two tests, for two kinds of place in a text:

* the loose patterns (:data:`NATIONALITY`, :data:`COMPASS_NATIONALITY`,
  :data:`QUALIFIED_NATIONALITY`) read a capitalised word with an adjective's ending, for a
  place that already says "an adjective goes here" (before "Embassy", before an office, at a
  title's head): there a surname of the same shape ("Mikoyan") cannot stand;
* the strong predicate :func:`is_nationality` asks whether a word really is a country's or a
  region's adjective (a known one, or a gazetteer country's name and an ending), for a place
  where a person's name could stand as well ("Mikoyan and Cuban Leaders").

The known adjectives themselves, and the countries they stand for, are
:mod:`~linkeddata.parser.demonyms`'s; the countries' names are the gazetteer's.
"""

from __future__ import annotations

import re

from .demonyms import ADJECTIVES
from .gazetteer import country_stem

NATIONALITY = r"[A-Z][a-z]*(?:an|ese|ish|ic|i|ch|ss|ek|et|ai|ao|ak|ine)"
"""A nationality's adjective by its ending (loose): "Soviet", "Chinese", "Polish", "Czech",
"Iraqi"."""
COMPASS = r"(?:East|West|North|South)"
"""The compass words that make another country's adjective of one: "East German"."""
COMPASS_NATIONALITY = rf"(?:{COMPASS}\s+)?{NATIONALITY}"
"""A nationality's adjective, a compass word before it or not (loose): "Soviet", "East
German", "North Vietnamese"."""
QUALIFIED_NATIONALITY = rf"(?:[A-Z][a-z]+\s)?{NATIONALITY}"
"""A nationality's adjective after any one capitalised word (loose, wider than
:data:`COMPASS_NATIONALITY`): "East German", "Latin American", "Sri Lankan", as the
qualifiers before a shared plural noun are written."""

_REGIONAL = frozenset(
    {"African", "Arab", "Asian", "Baltic", "Balkan", "Caribbean", "European", "Nordic"}
    | {"Latin American", "Middle Eastern", "Scandinavian", "Western", "Eastern", "Foreign"}
)
"""Adjectives of a region or a side that qualify a group of people as a country's do."""
COMBINING = re.compile(r"(?i:sino|anglo|franco|russo|austro|indo|afro|euro|judeo|greco|italo)")
"""Combining forms of states' names, which join no people: "Sino-Soviet Talks"."""
_REGION_PREFIX = re.compile(rf"^(?:(?:{COMPASS}|Central)\s+)?(?P<word>.+)$")
"""A compass word before an adjective, and "Central" as well, which qualifies regions:
"East European", "Central Asian"."""
_ADJECTIVE_ENDING = re.compile(r"(?:ian|an|ese|ish|i|n)$")
"""The endings that make a country's adjective of its name: "Kuwait-i", "Tanzani-an"."""


def is_state_adjective(word: str) -> bool:
    """Whether a word is a country's or a republic's adjective ("Bulgarian", "Ukrainian",
    "Georgian"), not a region's ("Western", "Arab"): whose a body is."""
    stem = _ADJECTIVE_ENDING.sub("", word)
    return word in ADJECTIVES or (len(stem) >= 4 and country_stem(stem))


def is_nationality(word: str) -> bool:
    """Whether a word qualifies people by their country or region ("Cuban", "East European",
    "Kuwaiti"), as a surname shaped like one ("Mikoyan") does not (strong): a country's known
    adjective or a region's, or a gazetteer country's name less an adjective's ending."""
    whole = _REGION_PREFIX.match(word)
    bare = whole["word"] if whole else word
    return bare in _REGIONAL or is_state_adjective(bare)
