"""The per-document work of a build, run in worker processes: read, parse, map, validate.

Each step is a plain function of its inputs; :class:`Worker` only holds what every document
shares (the mapping context and the parsed shapes), set once per process. The results carry
N-Quads bytes (sorted, so the same input gives the same bytes) and everything the build report
needs, never rdflib objects, so they are cheap to send between processes.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib import Literal as RdfLiteral

from .errors import RecordError
from .mapping import Context, map_record
from .parser import parse_record
from .record import ParseWarning, Record
from .validation import ValidationResult, has_violations, validate_graph


@dataclass
class Parsed:
    """A file read and parsed: its record, or the error that stopped it."""

    source: str
    sha256: str
    record: Record | None = None
    error: RecordError | None = None
    seconds: float = 0.0


@dataclass
class Converted:
    """A record mapped and validated: its quads and the findings on it."""

    source: str
    id: str
    nquads: bytes
    triples: int
    warnings: list[ParseWarning]
    results: list[ValidationResult]
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return not has_violations(self.results)


def read_and_parse(root: Path, path: Path) -> Parsed:
    """Read ``path`` (inside ``root``) and parse it; a bad record becomes ``Parsed.error``."""
    start = time.perf_counter()
    source = path.relative_to(root).as_posix()
    data = path.read_bytes()
    parsed = Parsed(source, hashlib.sha256(data).hexdigest())
    try:
        parsed.record = parse_record(data, source, default_id=path.stem)
    except RecordError as exc:
        parsed.error = exc
    parsed.seconds = time.perf_counter() - start
    return parsed


def to_oxigraph(graph: Graph) -> list[ox.Quad]:
    """The triples of an rdflib graph as Oxigraph quads in that graph."""
    name = ox.NamedNode(str(graph.identifier))
    return [ox.Quad(_term(s), _term(p), _term(o), name) for s, p, o in graph]


_IRIS: dict[str, ox.NamedNode] = {}
_CACHE_SIZE = 50_000


def _iri(value: str) -> ox.NamedNode:
    """A NamedNode, cached: predicates, classes and entity IRIs recur in every document."""
    node = _IRIS.get(value)
    if node is None:
        if len(_IRIS) >= _CACHE_SIZE:
            _IRIS.clear()
        node = _IRIS[value] = ox.NamedNode(value)
    return node


def _term(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, RdfLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=_iri(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return _iri(str(term))


def nquads(graph: Graph) -> bytes:
    """Sorted N-Quads of ``graph``: byte-identical for the same triples."""
    data = ox.serialize(to_oxigraph(graph), format=ox.RdfFormat.N_QUADS) or b""
    return b"".join(sorted(data.splitlines(keepends=True)))


@dataclass
class Worker:
    """What converting any document needs: set once per worker process."""

    context: Context
    shapes: Graph

    def convert(self, parsed: Parsed) -> Converted:
        assert parsed.record is not None
        times: dict[str, float] = {"parse": parsed.seconds}
        start = time.perf_counter()
        mapped = map_record(parsed.record, self.context, sha256=parsed.sha256)
        times["map"] = time.perf_counter() - start
        start = time.perf_counter()
        results, _report = validate_graph(mapped.graph, self.shapes)
        times["validate"] = time.perf_counter() - start
        start = time.perf_counter()
        data = nquads(mapped.graph)
        times["serialise"] = time.perf_counter() - start
        warnings = [*parsed.record.warnings, *mapped.warnings]
        return Converted(
            parsed.source, parsed.record.id.value, data, len(mapped.graph), warnings, results, times
        )
