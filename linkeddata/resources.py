"""The project's own RDF artefacts (ontology, concept schemes, shapes) as named graphs.

They live beside the package in the source tree (``ontology/``, ``shapes/``) and are parsed from
local files only: no ``owl:imports`` is ever followed.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.compare import _TripleCanonicalizer
from rdflib.term import Node

from .iris import Iris

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
SHAPES_DIR = ROOT / "shapes"
ONTOLOGY_FILES = ("ado.ttl", "alignments.ttl")
CONCEPTS_FILE = "concepts.ttl"


def _parse(graph: Graph, path: Path, iris: Iris, base: str | None = None) -> Graph:
    """Add the triples of ``path`` to ``graph``, blank nodes skolemised to stable IRIs.

    Parsers label blank nodes at random (rdflib and Oxigraph alike); canonical labels turned
    into ``{base}.well-known/genid/`` IRIs keep the store and the dumps byte-identical from one
    build to the next.
    """
    parsed = Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle", publicID=base)
    return skolemise(parsed, iris, into=graph)


def skolemise(source: Graph, iris: Iris, *, into: Graph) -> Graph:
    """Add the triples of ``source`` to ``into`` with its blank nodes as stable IRIs."""
    for triple in _TripleCanonicalizer(source).canonical_triples():
        into.add(tuple(_skolem(term, iris) for term in triple))  # type: ignore[arg-type]
    return into


def _skolem(term: Node, iris: Iris) -> Node:
    return URIRef(f"{iris.base}.well-known/genid/{term}") if isinstance(term, BNode) else term


def ontology_graph(iris: Iris) -> Graph:
    """The ontology and its alignments, in the release's ontology graph."""
    graph = Graph(identifier=URIRef(iris.graph("ontology")))
    for name in ONTOLOGY_FILES:
        _parse(graph, ONTOLOGY_DIR / name, iris)
    return graph


def concepts_graph(iris: Iris) -> Graph:
    """The SKOS concept schemes, their relative IRIs resolved under ``{base}id/concept/``."""
    graph = Graph(identifier=URIRef(iris.graph("concepts")))
    return _parse(graph, ONTOLOGY_DIR / CONCEPTS_FILE, iris, iris.concept_base)


def shapes_graph(iris: Iris) -> Graph:
    """The SHACL shapes, published with the ontology."""
    graph = Graph(identifier=URIRef(iris.graph("shapes")))
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        _parse(graph, path, iris)
    return graph
