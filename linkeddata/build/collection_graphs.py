"""The collection-wide graphs of a release, and the reports on those that are checked.

Besides the documents' graphs a release holds the ontology, the concept schemes, the shapes,
the authority file and the stubs that documents link to (:mod:`linkeddata.mapping.stubs`).
The authority file, the concept schemes and the stubs are validated with the shapes and
reported like documents, and so is the dataset description the build writes last
(:mod:`linkeddata.build.publish`). A graph with Violations is still published (the documents
link to it) but marked ``excluded``, which fails ``--strict``.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef

from ..iris import Iris
from ..mapping.authority import Authority
from ..mapping.authority_file import load_authority
from ..mapping.stubs import Stubs
from ..ontology import CONCEPTS_FILE, concepts_graph, ontology_graph, skolemise
from ..record import ParseWarning
from ..release.void import triples_statement
from ..shacl.validate import has_violations, validate_graph
from .report import FileReport


def read_authority(path: Path, iris: Iris) -> tuple[Authority, list[FileReport]]:
    """The authority file at ``path``; without one, an empty authority and a report that
    says so."""
    if not path.exists():
        report = FileReport(path.name, "authority", status="missing")
        report.warn(ParseWarning("no authority file: names are linked to local stubs only"))
        return Authority(), [report]
    return load_authority(path, iris), []


def static_graphs(
    iris: Iris, authority: Authority, stubs: Stubs, shapes: Graph, reports: list[FileReport]
) -> list[Graph]:
    """The collection-wide graphs, the reports on the checked ones added to ``reports``."""
    authorities = skolemise(
        authority.graph, iris, into=Graph(identifier=URIRef(iris.graph("authorities")))
    )
    concepts = concepts_graph(iris)
    described = stubs.graph(iris)
    checked = (
        ("authorities.ttl", "authority", authorities),
        (f"ontology/{CONCEPTS_FILE}", "concepts", concepts),
        (made_name(iris, described), "stubs", described),
    )
    for name, kind, graph in checked:
        reports.append(validated(name, kind, graph, shapes))
    return [ontology_graph(iris), concepts, shapes, authorities, described]


def validated(name: str, kind: str, graph: Graph, shapes: Graph) -> FileReport:
    """The report on ``graph``, validated with ``shapes`` (``name`` says where it is from)."""
    results, _ = validate_graph(graph, shapes)
    report = FileReport(name, kind, triples=len(graph), results=results)
    if has_violations(results):
        report.status = "excluded"
    return report


def made_name(iris: Iris, graph: Graph) -> str:
    """What reports call a graph that the build makes rather than reads from a file: its name
    under the base (``graph/stubs``)."""
    return str(graph.identifier).removeprefix(iris.base)


def description_report(iris: Iris, description: Graph, shapes: Graph) -> FileReport:
    """The dataset description validated with the shapes, its ``void:triples`` included.

    That count is known only once the report, which holds these findings, is in the merge:
    it is validated with a stand-in of the same datatype, since no shape reads a count's value
    (and ``validate``, which writes no merge, reports the same findings as a build).
    """
    name = str(description.identifier)
    checked = description + alone(triples_statement(iris, 0), name)
    return validated(made_name(iris, description), "dataset", checked, shapes)


def alone(triple: tuple[URIRef, URIRef, Literal], graph: str) -> Graph:
    """A graph named ``graph`` holding ``triple`` alone."""
    single = Graph(identifier=URIRef(graph))
    single.add(triple)
    return single
