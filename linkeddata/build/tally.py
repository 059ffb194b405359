"""The dataset description's counts, taken from each document's statements in the workers
(pass 2) and added up chunk by chunk in the main process (:class:`Tally`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib.namespace import RDF, SKOS

from ..ntriples import Statement, iri_text
from ..vocab import RICO, WD

_TYPE = iri_text(str(RDF.type))
_RECORD = iri_text(str(RICO.Record))
_EXACT_MATCH = iri_text(str(SKOS.exactMatch))
_WIKIDATA = ("<" + str(WD), '"' + str(WD))  # an IRI, a literal


@dataclass
class Tally:
    """What the dataset description counts, gathered graph by graph.

    The same as SPARQL over the loaded store would give, without waiting for the store:
    ``entities`` the distinct subjects under ``{base}id/`` that have an ``rdf:type``,
    ``links`` the ``skos:exactMatch`` statements whose object is in Wikidata (per graph),
    ``example`` the least IRI typed ``rico:Record``.
    """

    entities: set[str] = field(default_factory=set)
    links: int = 0
    example: str | None = None

    def count(self, found: Iterable[Statement], id_base: str) -> None:
        """Count the statements of one graph, as the texts of their terms
        (:func:`~linkeddata.ntriples.statements`)."""
        entity = "<" + id_base
        for subject, predicate, value in found:
            if predicate == _TYPE:
                if subject.startswith(entity):
                    self.entities.add(subject[1:-1])
                if value == _RECORD and subject[0] == "<":
                    name = subject[1:-1]
                    if self.example is None or name < self.example:
                        self.example = name
            elif predicate == _EXACT_MATCH and value.startswith(_WIKIDATA):
                self.links += 1  # an IRI or a literal (WIKIDATA holds no escaped character)

    def update(self, other: Tally) -> None:
        """Add the counts of other graphs."""
        self.entities |= other.entities
        self.links += other.links
        if other.example is not None and (self.example is None or other.example < self.example):
            self.example = other.example
