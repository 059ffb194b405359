"""The display label of a resource: which of its naming statements a page shows, the same
whatever the order the store returns them in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS

from ..vocab import SCHEMA

__all__ = ["LABEL_PREDICATES", "display_label", "label_pairs"]

LABEL_PREDICATES: tuple[str, ...] = (
    str(SKOS.prefLabel),
    str(RDFS.label),
    str(DCTERMS.title),
    str(FOAF.name),
    str(SCHEMA.name),
)
"""Predicates whose values name a resource, in order of preference for the display label."""


def display_label(labels: Iterable[tuple[str, ox.Literal]]) -> str | None:
    """The label to show among ``(predicate, literal)`` pairs, or None if there is none.

    English first (``en`` and ``en-*``), then untagged, then any language; among equals the
    predicate order of :data:`LABEL_PREDICATES`, then the smallest value, so the choice never
    depends on the order the store returns statements in.

    >>> display_label([(str(SKOS.prefLabel), ox.Literal("Phenian", language="ro")),
    ...                (str(SKOS.prefLabel), ox.Literal("Pyongyang", language="en"))])
    'Pyongyang'
    """
    ranked = [
        (_language_rank(literal.language), LABEL_PREDICATES.index(predicate), literal.value)
        for predicate, literal in labels
        if predicate in LABEL_PREDICATES
    ]
    return min(ranked)[2] if ranked else None


def _language_rank(language: str | None) -> int:
    if language is None:
        return 1
    return 0 if language == "en" or language.startswith("en-") else 2


def label_pairs(triples: Iterable[ox.Triple]) -> Iterator[tuple[str, ox.Literal]]:
    """The ``(predicate, literal)`` pairs of ``triples`` whose object is a literal."""
    for t in triples:
        if isinstance(t.object, ox.Literal):
            yield t.predicate.value, t.object
