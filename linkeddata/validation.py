"""SHACL validation of documents' graphs, decided from result severities.

Pass or fail is decided from the results' ``sh:resultSeverity`` (a ``sh:Violation`` fails),
never from ``sh:conforms``: Warning and Info results make ``sh:conforms`` false, and a node
shape with a severity can make pySHACL report a Violation as conforming under
``allow_warnings``. Validation runs with inference off and without SHACL-AF (the shapes use
core constraints only).

Speed: a shapes graph is compiled once (while the same unchanged :class:`rdflib.Graph` is
passed) by :mod:`linkeddata.shacl_core`, a checker of the SHACL Core components the project's
shapes use that gives pySHACL's results in about a twentieth of its time. A shapes graph that
uses anything the checker does not implement is validated by pySHACL instead, so unusual
shapes stay correct, only slower: :func:`validate_graph_pyshacl` is that reference path.

pySHACL itself is sped up too: its shape harvest is reused across calls, in a context-free
store; only shapes that have targets are evaluated at the top level; its constraint-parameter
lookup is made a hashed one. Batching several documents' graphs into one run was measured and
gave no further gain (pySHACL's cost is per focus node and property shape, not per run).

>>> from pathlib import Path
>>> from rdflib import Graph
>>> shapes = load_shapes(Path(__file__).parent.parent / "shapes")
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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pyshacl.shape
from pyshacl import validate as pyshacl_validate
from pyshacl.graph_abstraction import DataGraph
from pyshacl.helper.path_helper import shacl_path_to_sparql_path
from pyshacl.rdfutil.clone import clone_blank_node
from pyshacl.shapes_graph import ShapesGraph
from pyshacl.validator import Validator
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF
from rdflib.paths import Path as RDFPath
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from .shacl_compile import Refused, compile_shapes
from .shacl_core import CoreShape, CoreShapes, Finding
from .vocab import SH

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

_OPTIONS = {"inference": "none", "advanced": False, "abort_on_first": False, "inplace": True}
_RANK = {name: i for i, name in enumerate(SEVERITIES)}

Triple = tuple[Node, Node, Node]
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


def load_shapes(shapes_dir: Path) -> Graph:
    """Parse every ``*.ttl`` file of ``shapes_dir`` (in name order) into one graph."""
    files = sorted(Path(shapes_dir).glob("*.ttl"))
    if not files:
        raise FileNotFoundError(f"no *.ttl shapes in {shapes_dir}")
    graph = Graph()
    for file in files:
        graph.parse(file, format="turtle")
    return graph


def has_violations(results: Iterable[ValidationResult]) -> bool:
    """True if any result has severity Violation (Warning and Info never fail)."""
    return any(r.severity == "Violation" for r in results)


def validate_graph(data: Graph, shapes: Graph) -> tuple[list[ValidationResult], Graph]:
    """Validate ``data`` against ``shapes``: the sorted results and a SHACL report graph.

    ``data`` may be a Dataset (its named graphs are validated as one union). ``shapes`` is
    compiled on first use and the compilation reused while that graph object is alive and
    its size unchanged: treat a loaded shapes graph as read-only. The results and the report
    are pySHACL's, computed by :mod:`linkeddata.shacl_core` when it implements everything
    ``shapes`` uses, else by pySHACL.
    """
    compiled = _compiled(shapes)
    if compiled.core is None:
        return validate_graph_pyshacl(data, shapes)
    graph = _union(data) if isinstance(data, ConjunctiveGraph) else data
    findings = compiled.core.check(_triples(graph))
    results = _sorted(compiled.result(finding, shapes) for finding in findings)
    return results, _report(findings, graph, shapes)


def validate_graph_pyshacl(data: Graph, shapes: Graph) -> tuple[list[ValidationResult], Graph]:
    """:func:`validate_graph` through pySHACL, whatever ``shapes`` uses: the reference path."""
    report = _run(_single_graph(data), _compiled(shapes).pyshacl(shapes))
    return _sorted(_read(report)), report


# --- the fast path --------------------------------------------------------------------------


@dataclass
class _Compiled:
    """A shapes graph compiled for the fast checker (``core``, None if it refused) and,
    on demand, for pySHACL; with the result fields of each shape, computed once.

    It does not hold the shapes graph, whose life ends the cache entry: methods take it.
    """

    core: CoreShapes | None
    _pyshacl: _CompiledShapes | None = None
    _fields: dict[CoreShape, tuple[str | None, str, str, str]] = field(default_factory=dict)

    def pyshacl(self, shapes: Graph) -> _CompiledShapes:
        if self._pyshacl is None:
            self._pyshacl = _compile_pyshacl(shapes)
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


def _report(findings: list[Finding], data: Graph, shapes: Graph) -> Graph:
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

    def add(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self._filled()
        return super().add(*args, **kwargs)

    def remove(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self._filled()
        return super().remove(*args, **kwargs)

    def triples(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self._filled()
        return super().triples(*args, **kwargs)

    def __len__(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self._filled()
        return super().__len__(*args, **kwargs)


# --- pySHACL plumbing -----------------------------------------------------------------------


class _ParameterList(list):  # type: ignore[type-arg]
    """pySHACL's list of constraint parameters with a hashed ``in``.

    pySHACL scans this list for every predicate of every shape it evaluates, for every focus
    node: about half of the validation time with the project's shapes. Same members, same
    order, same answers; copies (made in advanced and JS modes) are plain lists.
    """

    def __init__(self, items: Iterable[object]) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def _hash_parameter_lookup() -> None:
    """Install :class:`_ParameterList` where pySHACL 0.40 caches its constraint parameters."""
    current = getattr(pyshacl.shape, "CONSTRAINT_PARAMS", None)
    if current is not None and isinstance(current[0], _ParameterList):
        return
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP

    pyshacl.shape.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
        _ParameterList(ALL_CONSTRAINT_PARAMETERS),
        CONSTRAINT_PARAMETERS_MAP,
    )


class _MemoGraph(Graph):
    """A graph in a context-free store that remembers the answers to triple patterns.

    pySHACL re-reads every shape's parameters for every focus node (hundreds of look-ups per
    document); the shapes graph does not change, so each pattern is answered once. Any change
    forgets the answers.
    """

    def __init__(self) -> None:
        super().__init__(store="SimpleMemory", bind_namespaces="none")
        self._memo: dict[tuple[Node | None, ...], tuple[Triple, ...]] = {}

    def triples(self, triple):  # type: ignore[no-untyped-def, override]
        if isinstance(triple[1], RDFPath):
            return super().triples(triple)
        hit = self._memo.get(triple)
        if hit is None:
            hit = self._memo[triple] = tuple(super().triples(triple))
        return iter(hit)

    def add(self, triple):  # type: ignore[no-untyped-def, override]
        self._memo.clear()
        return super().add(triple)

    def addN(self, quads):  # type: ignore[no-untyped-def, override]
        self._memo.clear()
        return super().addN(quads)

    def remove(self, triple):  # type: ignore[no-untyped-def, override]
        self._memo.clear()
        return super().remove(triple)


class _CompiledShapes(ShapesGraph):
    """A pySHACL ShapesGraph harvested once, whose top-level shapes are those with targets.

    pySHACL evaluates every shape of the graph at the top level, including the property
    shapes reached only through ``sh:property`` and the members of ``sh:or`` lists, each
    looking for its (absent) targets on every run. Only shapes with targets can produce
    results at the top level, so only they are listed; nested shapes are still found through
    ``lookup_shape_from_node``.
    """

    def __init__(self, graph: Graph) -> None:
        super().__init__(graph)
        harvested = list(super().shapes)
        self._targeted = [s for s in harvested if any(any(True for _ in t) for t in s.target())]

    @property
    def shapes(self) -> list[pyshacl.shape.Shape]:
        return self._targeted


_cache: dict[int, tuple[weakref.ref[Graph], int, _Compiled]] = {}
_PLACEHOLDER = Graph()  # what pySHACL's Validator wraps before its shapes are replaced


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


def _compile_pyshacl(shapes: Graph) -> _CompiledShapes:
    """pySHACL's harvest of ``shapes``."""
    _hash_parameter_lookup()
    # A copy, because pySHACL adds triples to the shapes graph it is given; in a memoising
    # context-free store; without prefixes, which pySHACL would bind into every report graph.
    copy = _MemoGraph()
    copy.addN((s, p, o, copy) for s, p, o in _triples(shapes))
    return _CompiledShapes(copy)


def _run(data: Graph, compiled: _CompiledShapes) -> Graph:
    """One pySHACL run of ``data`` with an already compiled shapes graph: the report graph."""
    validator = Validator(
        DataGraph.from_rdflib(data), shacl_graph=_PLACEHOLDER, options=dict(_OPTIONS)
    )
    validator.shacl_graph = compiled  # reuse the harvest (pySHACL 0.40's Validator attribute)
    _conforms, report, _text = validator.run()
    return report


def _run_plain(data: Graph, shapes: Graph) -> Graph:
    """The same run through pySHACL's public ``validate``: the reference for tests and timing."""
    _conforms, report, _text = pyshacl_validate(
        _single_graph(data), shacl_graph=shapes, inference="none", advanced=False
    )
    return report


def _triples(graph: Graph) -> Iterator[Triple]:
    """All triples of a graph, or of all named graphs of a Dataset."""
    if isinstance(graph, ConjunctiveGraph):
        return ((s, p, o) for s, p, o, _g in graph.quads((None, None, None, None)))
    return iter(graph.triples((None, None, None)))


def _single_graph(data: Graph) -> Graph:
    """``data`` itself, or the union of a Dataset's graphs as one graph.

    pySHACL's Dataset support touches APIs that rdflib 7.6 deprecates (warnings are errors in
    the tests), and a document's few named graphs are cheap to merge.
    """
    if not isinstance(data, ConjunctiveGraph):
        if data.store.context_aware:
            return data
        copy = Graph()  # pySHACL needs a context-aware store; the mapping uses SimpleMemory
        copy.addN((s, p, o, copy) for s, p, o in data)
        return copy
    return _union(data)


def _union(dataset: ConjunctiveGraph) -> Graph:
    """The triples of all graphs of a Dataset as one graph."""
    union = Graph()
    union.addN((s, p, o, union) for s, p, o in _triples(dataset))
    return union


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
    # pySHACL's renderer wants a ShapesGraph (.graph, .objects); the report holds a copy of
    # the path's triples.
    return str(
        shacl_path_to_sparql_path(SimpleNamespace(graph=report, objects=report.objects), path)
    )


def _local_name(severity: Node | None) -> str:
    text = str(severity or "")
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]
