"""The project's own RDF artefacts (ontology, concept schemes, shapes) as named graphs.

They live beside the package in the source tree (``ontology/``, ``shapes/``) and are parsed from
local files only: no ``owl:imports`` is ever followed.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from .iris import Iris

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
SHAPES_DIR = ROOT / "shapes"
ONTOLOGY_FILES = ("ado.ttl", "alignments.ttl")
CONCEPTS_FILE = "concepts.ttl"


def _parse(graph: Graph, path: Path, base: str | None = None) -> Graph:
    graph.parse(data=path.read_text(encoding="utf-8"), format="turtle", publicID=base)
    return graph


def ontology_graph(iris: Iris) -> Graph:
    """The ontology and its alignments, in the release's ontology graph."""
    graph = Graph(identifier=URIRef(iris.graph("ontology")))
    for name in ONTOLOGY_FILES:
        _parse(graph, ONTOLOGY_DIR / name)
    return graph


def concepts_graph(iris: Iris) -> Graph:
    """The SKOS concept schemes, their relative IRIs resolved under ``{base}id/concept/``."""
    graph = Graph(identifier=URIRef(iris.graph("concepts")))
    return _parse(graph, ONTOLOGY_DIR / CONCEPTS_FILE, iris.concept_base)


def shapes_graph(iris: Iris) -> Graph:
    """The SHACL shapes, published with the ontology."""
    graph = Graph(identifier=URIRef(iris.graph("shapes")))
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        _parse(graph, path)
    return graph
