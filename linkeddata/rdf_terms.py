"""rdflib terms as Oxigraph terms: the one conversion between the two libraries.

The converter and the shapes speak rdflib; the store, the dumps and the result writers speak
pyoxigraph. Every crossing goes through here (a document's graph is written as N-Quads text
by :mod:`linkeddata.ntriples`, which checks its IRIs here), and a vocabulary term of
:mod:`linkeddata.vocab` is written in Oxigraph's form with :func:`iri`.

>>> from rdflib import Literal
>>> from linkeddata.vocab import SH
>>> iri(SH.conforms)
<NamedNode value=http://www.w3.org/ns/shacl#conforms>
>>> term(Literal("Phenian", lang="ro"))
<Literal value=Phenian language=ro>
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

_IRIS: dict[str, ox.NamedNode] = {}
_CACHE_SIZE = 50_000


def iri(value: str) -> ox.NamedNode:
    """A NamedNode, cached: predicates, classes and entity IRIs recur in every document."""
    node = _IRIS.get(value)
    if node is None:
        if len(_IRIS) >= _CACHE_SIZE:
            _IRIS.clear()
        node = _IRIS[value] = ox.NamedNode(value)
    return node


def subject(node: Node) -> ox.NamedNode | ox.BlankNode:
    """An rdflib subject (an IRI or a blank node) as an Oxigraph one."""
    if type(node) is URIRef:  # exact type first, as in term()
        return iri(str(node))
    return ox.BlankNode(str(node)) if isinstance(node, BNode) else iri(str(node))


def term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as an Oxigraph one (literals keep their language or datatype)."""
    # Exact types first: isinstance on rdflib terms goes through ABC checks, a third of the cost
    # (isinstance itself answers an exact type at once, before any such check).
    if type(node) is URIRef:
        return iri(str(node))
    if isinstance(node, RdfLiteral):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=iri(str(node.datatype)))
        return ox.Literal(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    return iri(str(node))


def quads(graph: Graph) -> list[ox.Quad]:
    """The triples of an rdflib graph as Oxigraph quads in that graph."""
    name = ox.NamedNode(str(graph.identifier))
    return [ox.Quad(subject(s), iri(str(p)), term(o), name) for s, p, o in graph]


def checked_triple(subject: object, predicate: object, object_: object) -> ox.Triple:
    """Oxigraph terms in a triple's places as a triple; ValueError if they cannot stand there
    (a literal as subject, a blank node as predicate, nothing as object)."""
    if (
        not isinstance(subject, ox.NamedNode | ox.BlankNode)
        or not isinstance(predicate, ox.NamedNode)
        or not isinstance(object_, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple)
    ):
        raise ValueError(f"not a triple: {subject!r} {predicate!r} {object_!r}")
    return ox.Triple(subject, predicate, object_)
