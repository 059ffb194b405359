"""How an authority entry's note writes the years of a person's posts: "US Ambassador to the
Soviet Union, 1962-1966; ...", one post and its terms to a clause, an aside in brackets no
post of his ("not his brother William Bundy")."""

from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

Term = tuple[int, int]
"""The first and last year of a term in office."""

ASIDE = re.compile(r"\((?![\d\s,–-]+\))[^()]*\)")
"""A bracketed aside that is no term's years: "(his son Chiang Ching-kuo was President from
1978)" is his son's office, not his."""
YEARS = re.compile(r"\b(\d{4})(?:\s*[-–]\s*(\d{4}|\d{2})\b)?")
MORE_YEARS = re.compile(r"(?:,?\s+and\s+|,\s*)" + YEARS.pattern)


def term(years: re.Match[str]) -> Term:
    """A term from its years as written: "1988-1993", "1962-64", "1975" (one year)."""
    first, last = years.group(1), years.group(2) or years.group(1)
    return int(first), int(first[: 4 - len(last)] + last)


def note(graph: Graph, iri: str) -> str:
    """The notes of the entry ``iri``, as one text."""
    return " ".join(str(found) for found in graph.objects(URIRef(iri), SKOS.note))


def clauses_of_year(graph: Graph, iri: str, year: int) -> list[str]:
    """The clauses of the note of ``iri`` (a post and its terms each, asides left out) that
    date a term holding ``year``."""
    return [
        clause
        for clause in ASIDE.sub("", note(graph, iri)).split(";")
        if any(a <= year <= b for a, b in map(term, YEARS.finditer(clause)))
    ]
