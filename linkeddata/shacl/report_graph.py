"""The SHACL report graph of the fast checker's findings, as pySHACL writes it, built lazily.

The build reads the results, never the report: the graph is filled only when first read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pyshacl.rdfutil.clone import clone_blank_node
from rdflib import BNode, Graph, Literal
from rdflib.namespace import RDF
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from ..vocab import SH
from .core import Finding
from .fallback import Pattern, Triple


def report_graph(findings: list[Finding], data: Graph, shapes: Graph) -> Graph:
    """The report graph pySHACL gives for these findings, built when first read.

    The build reads the results, never the report, which would cost as much as the check. It
    copies blank nodes (shapes, paths, focus nodes and values) with their descriptions, as
    pySHACL does; those of the data graph are copied now, so that the report does not change
    with ``data`` (the shapes graph is read-only).
    """
    data_copies: list[Triple] = []
    blanks = {n for f in findings for n in (f.focus, f.value) if isinstance(n, BNode)}
    if blanks:
        copied = Graph(store="SimpleMemory")
        for node in blanks:
            _copy(data, node, copied)
        data_copies = list(copied)

    def fill(report: Graph) -> None:
        report.bind("sh", SH)
        copies: dict[Node, Node] = {}  # each blank node once: nested ones get new identifiers

        def copy(node: Node) -> Node:
            if node not in copies:
                copies[node] = _copy(shapes, node, report)
            return copies[node]

        root = BNode()
        report.add((root, RDF.type, SH.ValidationReport))
        report.add((root, SH.conforms, Literal(not findings)))
        for finding in findings:
            shape, result = finding.shape, BNode()
            report.add((root, SH.result, result))
            report.add((result, RDF.type, SH.ValidationResult))
            report.add((result, SH.sourceConstraintComponent, finding.component))
            report.add((result, SH.sourceShape, copy(shape.node)))
            report.add((result, SH.resultSeverity, shape.severity))
            report.add((result, SH.focusNode, finding.focus))
            if finding.value is not None:
                report.add((result, SH.value, finding.value))
            if shape.path is not None:
                report.add((result, SH.resultPath, copy(shape.path)))
            for message in shape.messages:
                report.add((result, SH.resultMessage, message))
        report.addN((s, p, o, report) for s, p, o in data_copies)

    return Graph(store=_LazyStore(fill), bind_namespaces="core")


def _copy(source: Graph, node: Node, target: Graph) -> Node:
    """A blank node copied into ``target`` with its description, as pySHACL copies it."""
    return clone_blank_node(source, node, target, keepid=True) if isinstance(node, BNode) else node


class _LazyStore(SimpleMemory):
    """A context-free store that runs ``fill`` on a graph over itself when first used.

    Every read and write of rdflib's Graph goes through ``triples``, ``__len__``, ``add``
    (``addN`` calls it) or ``remove``; namespace bindings do not need the triples.
    """

    def __init__(self, fill: Callable[[Graph], None]) -> None:
        super().__init__()
        self._fill: Callable[[Graph], None] | None = fill

    def _filled(self) -> None:
        if self._fill is not None:
            fill, self._fill = self._fill, None
            fill(Graph(store=self, bind_namespaces="none"))

    def add(self, triple: Triple, context: Graph, quoted: bool = False) -> None:
        self._filled()
        super().add(triple, context, quoted)

    def remove(self, triple_pattern: Pattern, context: Graph | None = None) -> None:
        self._filled()
        super().remove(triple_pattern, context)

    def triples(
        self, triple_pattern: Pattern, context: Graph | None = None
    ) -> Iterator[tuple[Triple, Iterator[Graph | None]]]:
        self._filled()
        return super().triples(triple_pattern, context)

    def __len__(self, context: Graph | None = None) -> int:
        self._filled()
        return super().__len__(context)
