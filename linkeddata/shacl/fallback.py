"""pySHACL, sped up: the reference validator behind :mod:`linkeddata.shacl.validate`.

Its shape harvest is reused across calls, in a context-free store that memoises triple
patterns; only shapes that have targets are evaluated at the top level; its constraint-
parameter lookup is made a hashed one. Same results as pySHACL's own ``validate``
(:func:`run_plain`, the reference of the tests), in a fraction of its time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Self

import pyshacl.shape
from pyshacl import validate as pyshacl_validate
from pyshacl.graph_abstraction import DataGraph
from pyshacl.shapes_graph import ShapesGraph
from pyshacl.validator import Validator
from rdflib import Graph
from rdflib.graph import ConjunctiveGraph
from rdflib.paths import Path as RDFPath
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
Pattern = tuple[Node | None, Node | None, Node | None]
Selector = tuple[Node | None, Node | RDFPath | None, Node | None]  # a predicate may be a path

OPTIONS = {"inference": "none", "advanced": False, "abort_on_first": False, "inplace": True}
"""pySHACL's options: no inference, SHACL Core only (no SHACL-AF), every result."""


class _ParameterList(list[object]):
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

    # pySHACL makes this cache on first use: its module does not declare it
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
        self._memo: dict[Pattern, tuple[Triple, ...]] = {}

    # rdflib declares a Generator for each kind of pattern; any iterator serves its callers
    def triples(  # type: ignore[override]
        self, triple: Selector
    ) -> Iterator[Triple | tuple[Node, RDFPath, Node]]:
        s, p, o = triple
        if isinstance(p, RDFPath):
            return super().triples(triple)
        pattern = (s, p, o)
        hit = self._memo.get(pattern)
        if hit is None:
            hit = self._memo[pattern] = tuple(super().triples(pattern))
        return iter(hit)

    def add(self, triple: Triple) -> Self:
        self._memo.clear()
        return super().add(triple)

    def addN(self, quads: Iterable[tuple[Node, Node, Node, Graph]]) -> Self:
        self._memo.clear()
        return super().addN(quads)

    def remove(self, triple: Pattern) -> Self:
        self._memo.clear()
        return super().remove(triple)


class CompiledShapes(ShapesGraph):
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


_PLACEHOLDER = Graph()  # what pySHACL's Validator wraps before its shapes are replaced


def compile_pyshacl(shapes: Graph) -> CompiledShapes:
    """pySHACL's harvest of ``shapes``."""
    _hash_parameter_lookup()
    # A copy, because pySHACL adds triples to the shapes graph it is given; in a memoising
    # context-free store; without prefixes, which pySHACL would bind into every report graph.
    copy = _MemoGraph()
    copy.addN((s, p, o, copy) for s, p, o in all_triples(shapes))
    return CompiledShapes(copy)


def run_pyshacl(data: Graph, compiled: CompiledShapes) -> Graph:
    """One pySHACL run of ``data`` with an already compiled shapes graph: the report graph."""
    validator = Validator(
        DataGraph.from_rdflib(data), shacl_graph=_PLACEHOLDER, options=dict(OPTIONS)
    )
    validator.shacl_graph = compiled  # reuse the harvest (pySHACL 0.40's Validator attribute)
    report: Graph  # pySHACL's results are not typed
    _conforms, report, _text = validator.run()
    return report


def run_plain(data: Graph, shapes: Graph) -> Graph:
    """The same run through pySHACL's public ``validate``: the reference for tests and timing."""
    report: Graph  # pySHACL's results are not typed
    _conforms, report, _text = pyshacl_validate(
        single_graph(data), shacl_graph=shapes, inference="none", advanced=False
    )
    return report


def all_triples(graph: Graph) -> Iterator[Triple]:
    """All triples of a graph, or of all named graphs of a Dataset."""
    if isinstance(graph, ConjunctiveGraph):
        return ((s, p, o) for s, p, o, _g in graph.quads((None, None, None, None)))
    return iter(graph)  # a graph's own iteration may be faster (a document's graph)


def single_graph(data: Graph) -> Graph:
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
    return union(data)


def union(dataset: ConjunctiveGraph) -> Graph:
    """The triples of all graphs of a Dataset as one graph."""
    union = Graph()
    union.addN((s, p, o, union) for s, p, o in all_triples(dataset))
    return union
