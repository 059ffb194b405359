"""The project's own RDF artefacts (ontology, concept schemes, shapes) as named graphs.

They ship inside the package (``linkeddata/ontology/*.ttl`` and ``linkeddata/ontology/shapes/``)
and are read through :mod:`importlib.resources`, so an installed wheel builds exactly as a
checkout does. They are parsed from these files only: no ``owl:imports`` is ever followed.

>>> [f.name for f in artefacts()][:3]
['ado.ttl', 'alignments.ttl', 'concepts.ttl']
>>> len(digest())
64
"""

from __future__ import annotations

import hashlib
from importlib.resources import files
from importlib.resources.abc import Traversable

from rdflib import BNode, Graph, URIRef
from rdflib.compare import _TripleCanonicalizer
from rdflib.term import Node

from ..iris import Iris

PACKAGE = files(__name__)
ONTOLOGY_FILES = ("ado.ttl", "alignments.ttl")
CONCEPTS_FILE = "concepts.ttl"
SHAPES = PACKAGE / "shapes"


def shape_files() -> list[Traversable]:
    """The SHACL shapes files, in name order."""
    return sorted((f for f in SHAPES.iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)


def artefacts() -> list[Traversable]:
    """Every file that a release is built from besides the collection itself."""
    return [PACKAGE / n for n in (*ONTOLOGY_FILES, CONCEPTS_FILE)] + shape_files()


def digest() -> str:
    """sha256 over the artefacts' names and bytes: a release built from others is stale."""
    sha = hashlib.sha256()
    for artefact in artefacts():
        data = artefact.read_bytes()
        sha.update(f"{artefact.name}\0{len(data)}\0".encode())
        sha.update(data)
    return sha.hexdigest()


def _parse(graph: Graph, path: Traversable, iris: Iris, base: str | None = None) -> Graph:
    """Add the triples of ``path`` to ``graph``, blank nodes skolemised to stable IRIs.

    Parsers label blank nodes at random (rdflib and Oxigraph alike); canonical labels turned
    into ``{base}.well-known/genid/`` IRIs keep the store and the dumps byte-identical from one
    build to the next.
    """
    parsed = Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle", publicID=base)
    return skolemise(parsed, iris, into=graph)


def skolemise(source: Graph, iris: Iris, *, into: Graph) -> Graph:
    """Add the triples of ``source`` to ``into`` with its blank nodes as stable IRIs."""
    for s, p, o in _TripleCanonicalizer(source).canonical_triples():
        into.add((_skolem(s, iris), _skolem(p, iris), _skolem(o, iris)))
    return into


def _skolem(term: Node, iris: Iris) -> Node:
    return URIRef(f"{iris.base}.well-known/genid/{term}") if isinstance(term, BNode) else term


def ontology_graph(iris: Iris) -> Graph:
    """The ontology and its alignments, in the release's ontology graph."""
    graph = Graph(identifier=URIRef(iris.graph("ontology")))
    for name in ONTOLOGY_FILES:
        _parse(graph, PACKAGE / name, iris)
    return graph


def concepts_graph(iris: Iris) -> Graph:
    """The SKOS concept schemes, their relative IRIs resolved under ``{base}id/concept/``."""
    graph = Graph(identifier=URIRef(iris.graph("concepts")))
    return _parse(graph, PACKAGE / CONCEPTS_FILE, iris, iris.concept_base)


def shapes_graph(iris: Iris) -> Graph:
    """The SHACL shapes, published with the ontology."""
    graph = Graph(identifier=URIRef(iris.graph("shapes")))
    for path in shape_files():
        _parse(graph, path, iris)
    return graph
