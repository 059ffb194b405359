"""The facets: their names (also the URL parameters), headings, and how a value is keyed.

A facet value's key is what a URL carries (``?place=pyongyang``): the last segment of its IRI
(``…/id/place/pyongyang``), a year (``1967``) or a decade (``1960s``). The index stores the
key with the value, so a URL never has to spell an IRI.

>>> value_key("http://127.0.0.1:8080/id/concept/document-type/telegram")
'telegram'
>>> decade(1967)
'1960s'
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote


@dataclass(frozen=True)
class Facet:
    name: str
    heading: str


FACETS: tuple[Facet, ...] = (
    Facet("decade", "Decade"),
    Facet("year", "Year"),
    Facet("type", "Document type"),
    Facet("classification", "Classification"),
    Facet("language", "Original language"),
    Facet("place", "Place"),
    Facet("person", "Person"),
    Facet("organisation", "Organisation"),
    Facet("holder", "Holding archive"),
)
BY_NAME = {facet.name: facet for facet in FACETS}
DATES = ("decade", "year")
"""The facets drawn from the date, whose values are shown in date order, not by count."""


def value_key(iri: str) -> str:
    """The key of an IRI value: its last path segment, as written (percent-decoded)."""
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]) or iri


def decade(year: int) -> str:
    return f"{year // 10 * 10}s"
