"""What the store says about one resource: its :class:`Description`, and the IRIs it links
to (:class:`Linked`), as plain data that the server serialises."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

import pyoxigraph as ox
from rdflib.namespace import RDF

from .labels import display_label, label_pairs

__all__ = ["GRAPHS_SHOWN", "INCOMING_LIMIT", "RDF_TYPE", "Description", "Linked", "Subject", "Term"]

RDF_TYPE = str(RDF.type)
INCOMING_LIMIT = 500
"""Default cap on the incoming links a description lists (the total is always counted)."""
GRAPHS_SHOWN = 20
"""Named graphs a description gives for each of its statements: the converter and a stub place
are typed and labelled in every document graph that names them, tens of thousands of times."""
MAX_PAGE = 1000
"""Largest ``limit`` that :meth:`Store.page` accepts."""

Subject = ox.NamedNode | ox.BlankNode
Term = ox.NamedNode | ox.BlankNode | ox.Literal


@dataclass(frozen=True)
class Linked:
    """An IRI that a description links to, with the statements needed to show the link."""

    iri: str
    triples: tuple[ox.Triple, ...]
    """Its ``rdf:type`` and label statements (:data:`LABEL_PREDICATES`), each once."""

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(
            t.object.value
            for t in self.triples
            if t.predicate.value == RDF_TYPE and not isinstance(t.object, ox.Triple)
        )

    @property
    def label(self) -> str | None:
        return display_label(label_pairs(self.triples))


@dataclass(frozen=True)
class Description:
    """What the store says about one resource: plain data, serialised by the server.

    ``quads`` are the resource's own statements in the named graphs that state them (at most
    :data:`GRAPHS_SHOWN` graphs for each statement, chosen in the store's order;
    ``more_graphs`` says if a statement is made in more), each (statement, graph) once and
    sorted. Own statements include those of its fragment IRIs
    (``{iri}#source``...) reachable from it, because a client cannot dereference a fragment
    on its own. ``linked`` has the types and labels of every IRI the statements point to that
    the store knows (external IRIs such as Wikidata's are absent). ``incoming`` lists at most
    the requested number of distinct ``(subject, predicate)`` pairs that point at the
    resource; ``incoming_total`` counts them all.
    """

    iri: str
    quads: tuple[ox.Quad, ...]
    linked: Mapping[str, Linked] = field(default_factory=dict)
    incoming: tuple[tuple[Subject, ox.NamedNode], ...] = ()
    incoming_total: int = 0
    more_graphs: bool = False

    @cached_property
    def triples(self) -> tuple[ox.Triple, ...]:
        """The own statements, each once whatever the number of graphs stating it."""
        return tuple(dict.fromkeys(q.triple for q in self.quads))

    @cached_property
    def graphs(self) -> tuple[str, ...]:
        """The named graphs the own statements come from (the provenance to show)."""
        names = {q.graph_name for q in self.quads}
        return tuple(sorted(g.value for g in names if not isinstance(g, ox.DefaultGraph)))

    @property
    def truncated(self) -> bool:
        """True when ``incoming`` lists fewer links than there are."""
        return self.incoming_total > len(self.incoming)

    def objects(self, predicate: str, subject: str | None = None) -> list[Term]:
        """Values of ``predicate`` on the resource (or on ``subject``), each once, sorted."""
        return list(self._objects.get((subject or self.iri, predicate), ()))

    @cached_property
    def _objects(self) -> dict[tuple[str, str], list[Term]]:
        """The values of each (subject, predicate), filed in one pass: a page asks for
        some seventy of them, and a scan of the statements for each cost a third of it."""
        filed: dict[tuple[str, str], list[Term]] = {}
        for t in self.triples:
            if not isinstance(t.subject, ox.Triple) and not isinstance(t.object, ox.Triple):
                filed.setdefault((t.subject.value, t.predicate.value), []).append(t.object)
        return filed

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(o.value for o in self.objects(RDF_TYPE))

    @property
    def label(self) -> str | None:
        """The resource's display label (see :func:`display_label`)."""
        own = (t for t in self.triples if _states(t, self.iri))
        return display_label(label_pairs(own))

    def link_label(self, iri: str) -> str | None:
        """The display label of a linked IRI, if the store has one."""
        linked = self.linked.get(iri)
        return linked.label if linked else None

    @property
    def context_triples(self) -> tuple[ox.Triple, ...]:
        """Types and labels of the linked IRIs, to send along with the own statements."""
        return tuple(t for linked in self.linked.values() for t in linked.triples)

    @property
    def incoming_triples(self) -> tuple[ox.Triple, ...]:
        """The listed incoming links as statements."""
        node = ox.NamedNode(self.iri)
        return tuple(ox.Triple(s, p, node) for s, p in self.incoming)


def _states(triple: ox.Triple, subject: str) -> bool:
    """Whether ``triple`` is about ``subject``, an IRI or blank node identifier.

    pyoxigraph's terms include RDF 1.2's triple terms, which have no ``value``: a release
    states none, and none is ever the subject asked about.
    """
    return not isinstance(triple.subject, ox.Triple) and triple.subject.value == subject
