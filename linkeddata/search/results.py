"""What a search asks for and what it answers: the values :mod:`.index` takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

from .counting import FacetCounts


@dataclass(frozen=True)
class Search:
    """What to look for: words (:mod:`.query`), facet filters, which page, which order."""

    text: str = ""
    filters: tuple[tuple[str, str], ...] = ()
    """(facet, value key) pairs; every one must hold."""
    offset: int = 0
    limit: int = 20
    by_date: bool = False
    more: str | None = None
    """A facet whose values are all wanted, not only the most frequent."""


@dataclass(frozen=True)
class Hit:
    """A document as a result or listing shows it."""

    key: str
    iri: str
    title: str
    date: str | None
    editorial: bool
    types: str
    title_html: Markup | None = None
    snippet: Markup | None = None


@dataclass(frozen=True)
class Summary:
    """What a listing shows of a document beside its label."""

    date: str | None
    editorial: bool
    types: str


@dataclass(frozen=True)
class EntityHit:
    kind: str
    iri: str
    label: str
    documents: int


@dataclass
class Results:
    search: Search
    total: int
    hits: list[Hit]
    facets: dict[str, FacetCounts]
    ranked: int | None = None
    """How many matches the relevance order considered (None: in date order)."""
    entities: list[EntityHit] = field(default_factory=list)
