"""A repository's seat: the state, province or country written after its city ("College
Park, MD", "Austin, Texas", "Brasília, Brazil"), which is part of the seat, never a shelfmark
(split from :mod:`.repositories`)."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from .gazetteer import is_country

_STATE_AFTER_CITY = re.compile(r"^(?P<a>[A-Z])\.?(?P<b>[A-Z])\.?$")
"""A state or district after a city by its code: "Washington, DC", "College Park, MD",
"Brasília, DF" (a code ISO 3166-2 gives a state or province of a country whose citations
write one after a city, US, Canada or Brazil; "UD" after Stockholm is a fonds)."""
_CODED_COUNTRIES = ("US-", "CA-", "BR-")


def state_or_country(segment: str) -> bool:
    """Whether a segment after a seat city is its state, province or country: "College
    Park, MD", "Austin, Texas", "Brasília, Brazil" (by the ISO 3166 registries)."""
    segment = segment.strip()
    return bool(state_code(segment) or segment in _subdivisions() or is_country(segment))


def state_code(segment: str) -> bool:
    """Whether a segment is a US, Canadian or Brazilian state's code: "MD", "D.C.", "RJ"."""
    found = _STATE_AFTER_CITY.match(segment.strip())
    return found is not None and f"{found['a']}{found['b']}" in _state_codes()


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    return frozenset(
        str(s.code)[3:] for s in pycountry.subdivisions if str(s.code)[:3] in _CODED_COUNTRIES
    )


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    return frozenset(str(s.name) for s in pycountry.subdivisions)
