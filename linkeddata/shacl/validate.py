"""SHACL validation of documents' graphs, decided from result severities.

Pass or fail is decided from the results' ``sh:resultSeverity`` (a ``sh:Violation`` fails),
never from ``sh:conforms``: Warning and Info results make ``sh:conforms`` false, and a node
shape with a severity can make pySHACL report a Violation as conforming under
``allow_warnings``. Validation runs with inference off and without SHACL-AF (the shapes use
core constraints only).

Speed: a shapes graph is compiled once (while the same unchanged :class:`rdflib.Graph` is
passed) by :mod:`linkeddata.shacl.core`, a checker of the SHACL Core components the project's
shapes use that gives pySHACL's results in about a twentieth of its time. A shapes graph that
uses anything the checker does not implement is validated by pySHACL instead, so unusual
shapes stay correct, only slower: :func:`validate_graph_pyshacl` is that reference path.

pySHACL itself is sped up too (:mod:`linkeddata.shacl.fallback`). Batching several documents'
graphs into one run was measured and gave no further gain (pySHACL's cost is per focus node
and property shape, not per run).

>>> from rdflib import Graph
>>> shapes = load_shapes()
>>> data = Graph().parse(format="turtle", data='''
...     @prefix rico: <https://www.ica.org/standards/RiC/ontology#> .
...     <http://127.0.0.1:8080/id/document/1> a rico:Record .''')
>>> results, _report = validate_graph(data, shapes)
>>> has_violations(results)
True
>>> sorted({r.path for r in results if r.severity == "Violation"})
['http://purl.org/dc/terms/identifier', 'http://purl.org/dc/terms/title']
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from types import SimpleNamespace
from typing import cast

from pyshacl.helper.path_helper import shacl_path_to_sparql_path
from pyshacl.shapes_graph import ShapesGraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF
from rdflib.term import Node

from ..ontology import SHAPES
from ..vocab import SH
from .compiler import Refused, compile_shapes
from .core import CoreShape, CoreShapes, Finding
from .fallback import CompiledShapes, all_triples, compile_pyshacl, run_pyshacl, single_graph, union
from .report_graph import report_graph

__all__ = [
    "SEVERITIES",
    "ValidationResult",
    "has_violations",
    "load_shapes",
    "validate_graph",
    "validate_graph_pyshacl",
]

SEVERITIES: tuple[str, ...] = ("Violation", "Warning", "Info")
"""Severity names, most severe first: mandatory, recommended, optional."""

_RANK = {name: i for i, name in enumerate(SEVERITIES)}

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL validation result, as plain strings.

    ``severity`` is the local name of ``sh:resultSeverity`` (``Violation``, ``Warning``,
    ``Info``); ``path`` the IRI of ``sh:resultPath`` (a SPARQL path for complex paths);
    ``message`` the English ``sh:resultMessage``; ``shape`` the ``sh:sourceShape``; ``focus``
    and ``value`` (``sh:value``) are IRIs as they are, blank nodes as ``_:id`` and literals in
    N-Triples form with their datatype or language.
    """

    focus: str
    path: str | None
    severity: str
    message: str
    shape: str
    value: str | None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{self.severity}: <{self.focus}>{where}: {self.message}{value}"


def load_shapes(shapes_dir: Traversable = SHAPES) -> Graph:
    """Parse every ``*.ttl`` file of ``shapes_dir`` (in name order; the package's own shapes by
    default) into one graph."""
    files = sorted((f for f in shapes_dir.iterdir() if f.name.endswith(".ttl")), key=str)
    if not files:
        raise FileNotFoundError(f"no *.ttl shapes in {shapes_dir}")
    graph = Graph()
    for file in files:
        graph.parse(data=file.read_text(encoding="utf-8"), format="turtle")
    return graph


def has_violations(results: Iterable[ValidationResult]) -> bool:
    """True if any result has severity Violation (Warning and Info never fail)."""
    return any(r.severity == "Violation" for r in results)


def validate_graph(data: Graph, shapes: Graph) -> tuple[list[ValidationResult], Graph]:
    """Validate ``data`` against ``shapes``: the sorted results and a SHACL report graph.

    ``data`` may be a Dataset (its named graphs are validated as one union). ``shapes`` is
    compiled on first use and the compilation reused while that graph object is alive and
    its size unchanged: treat a loaded shapes graph as read-only. The results and the report
    are pySHACL's, computed by :mod:`linkeddata.shacl.core` when it implements everything
    ``shapes`` uses, else by pySHACL.
    """
    compiled = _compiled(shapes)
    if compiled.core is None:
        return validate_graph_pyshacl(data, shapes)
    graph = union(data) if isinstance(data, ConjunctiveGraph) else data
    findings = compiled.core.check(all_triples(graph))
    results = _sorted(compiled.result(finding, shapes) for finding in findings)
    return results, report_graph(findings, graph, shapes)


def validate_graph_pyshacl(data: Graph, shapes: Graph) -> tuple[list[ValidationResult], Graph]:
    """:func:`validate_graph` through pySHACL, whatever ``shapes`` uses: the reference path."""
    report = run_pyshacl(single_graph(data), _compiled(shapes).pyshacl(shapes))
    return _sorted(_read(report)), report


# --- the fast path --------------------------------------------------------------------------


@dataclass
class _Compiled:
    """A shapes graph compiled for the fast checker (``core``, None if it refused) and,
    on demand, for pySHACL; with the result fields of each shape, computed once.

    It does not hold the shapes graph, whose life ends the cache entry: methods take it.
    """

    core: CoreShapes | None
    _pyshacl: CompiledShapes | None = None
    _fields: dict[CoreShape, tuple[str | None, str, str, str]] = field(default_factory=dict)

    def pyshacl(self, shapes: Graph) -> CompiledShapes:
        if self._pyshacl is None:
            self._pyshacl = compile_pyshacl(shapes)
        return self._pyshacl

    def result(self, finding: Finding, shapes: Graph) -> ValidationResult:
        shape = finding.shape
        fields = self._fields.get(shape)
        if fields is None:
            fields = self._fields[shape] = (
                _path_text(shapes, shape.path),
                _local_name(shape.severity),
                _pick_message(shape.messages),
                _text(shape.node),
            )
        path, severity, message, source = fields
        value = None if finding.value is None else _text(finding.value)
        return ValidationResult(_text(finding.focus), path, severity, message, source, value)


_cache: dict[int, tuple[weakref.ref[Graph], int, _Compiled]] = {}


def _compiled(shapes: Graph) -> _Compiled:
    """The compiled forms of ``shapes``, cached while the graph is alive and unchanged in size."""
    key = id(shapes)
    hit = _cache.get(key)
    if hit is not None and hit[0]() is shapes and hit[1] == len(shapes):
        return hit[2]
    try:
        core: CoreShapes | None = compile_shapes(shapes)
    except Refused as refusal:
        _log.info("SHACL shapes validated by pySHACL, the fast checker refused: %s", refusal)
        core = None
    compiled = _Compiled(core)
    _cache[key] = (weakref.ref(shapes, lambda _ref: _cache.pop(key, None)), len(shapes), compiled)
    return compiled


def _read(report: Graph) -> Iterator[ValidationResult]:
    """The results of a report graph."""
    for node in report.subjects(RDF.type, SH.ValidationResult):
        value = report.value(node, SH.value)
        yield ValidationResult(
            focus=_text(report.value(node, SH.focusNode)),
            path=_path_text(report, report.value(node, SH.resultPath)),
            severity=_local_name(report.value(node, SH.resultSeverity)),
            message=_message(report, node),
            shape=_text(report.value(node, SH.sourceShape)),
            value=None if value is None else _text(value),
        )


def _sorted(results: Iterable[ValidationResult]) -> list[ValidationResult]:
    """Deterministic order: focus, path, severity (most severe first), shape, value, message."""
    return sorted(
        results,
        key=lambda r: (
            r.focus,
            r.path or "",
            _RANK.get(r.severity, len(_RANK)),
            r.shape,
            r.value or "",
            r.message,
        ),
    )


def _message(report: Graph, node: Node) -> str:
    """The message of a result in a report graph."""
    return _pick_message(report.objects(node, SH.resultMessage))


def _pick_message(messages: Iterable[Node]) -> str:
    """The English message (else any message, else empty)."""
    messages = list(messages)
    english = sorted(str(m) for m in messages if isinstance(m, Literal) and m.language == "en")
    return (english or sorted(str(m) for m in messages) or [""])[0]


def _text(node: Node | None) -> str:
    """IRIs as they are, blank nodes as ``_:id``, literals in N-Triples form."""
    if isinstance(node, Literal | BNode):
        return node.n3()
    return "" if node is None else str(node)


def _path_text(report: Graph, path: Node | None) -> str | None:
    if path is None:
        return None
    if isinstance(path, URIRef):
        return str(path)
    # pySHACL's renderer is typed for a ShapesGraph but reads only .graph and .objects; the
    # report holds a copy of the path's triples.
    shapes = cast(ShapesGraph, SimpleNamespace(graph=report, objects=report.objects))
    return str(shacl_path_to_sparql_path(shapes, path))


def _local_name(severity: Node | None) -> str:
    text = str(severity or "")
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
