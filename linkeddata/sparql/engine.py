"""Run one query on a store and write the answer, with the row cap applied.

An engine lives in an executor process (:mod:`linkeddata.sparql.executor`), never in the
server's own, because neither engine can be stopped once a query runs. Both engines answer the
same :class:`Job` with the same :class:`Answer`: the body in the requested format, already
capped, and whether it was truncated.

========== ====================================================================
``oxigraph`` the release's on-disk store, opened read-only
``rdflib``   an rdflib ``Dataset`` (Memory store) loaded from the N-Quads dump
``remote``   a SPARQL 1.1 server holding the release (:mod:`.remote`)
========== ====================================================================

The default graph is the union (the RDF merge: each statement once) of the named graphs,
unless the query (FROM) or the request (``default-graph-uri``) names graphs. On Oxigraph it is
the store's default graph, which the build fills with that merge (Oxigraph's own union would
repeat a statement once per graph making it); rdflib's union has set semantics already. Every
graph named must be one of the dataset's, so nothing is ever fetched from elsewhere (rdflib
would read ``FROM <file:...>`` otherwise).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol, cast

import pyoxigraph as ox

from ..errors import (
    EngineFailure,
    NotRepresentable,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
)
from ..formats import BY_NAME, Format, Kind
from ..prefixes import serialize
from .results import write_boolean, write_solutions

_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_UNSUPPORTED = re.compile(r"The custom function (<[^>]*>) is not supported")


@dataclass(frozen=True)
class Job:
    """One query to answer; ``results`` and ``rdf`` name the formats for each kind of form."""

    query: str
    results: str = "json"
    rdf: str = "turtle"
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    from_graphs: tuple[str, ...] = ()
    max_rows: int = 10_000
    max_bytes: int = 32 << 20
    timeout: float | None = None
    form: str | None = None
    """``default_graphs`` and ``named_graphs`` come from the request (they replace the query's
    dataset); ``from_graphs`` are the query's own FROM and FROM NAMED IRIs, only checked;
    ``timeout`` is the deadline in seconds and ``form`` the query form as the guard read it
    (None: unknown), both for a remote engine (the executor enforces the deadline for all)."""


@dataclass(frozen=True)
class Answer:
    """A written answer: ``form`` is SELECT/ASK or CONSTRUCT (for DESCRIBE too)."""

    body: bytes
    form: str
    format: str
    rows: int
    truncated: bool
    extra: Mapping[str, Any] = field(default_factory=dict)


class Engine(Protocol):
    def answer(self, job: Job) -> Answer:
        """Run ``job`` and write its answer; raise a :class:`QueryError` for the client."""
        ...


@dataclass(frozen=True)
class Settings:
    """What an engine needs besides the store: the base for relative IRIs, default prefixes
    and the IRI the truncation note in a body points to."""

    base: str
    prefixes: Mapping[str, str]
    limits_note: str


class OxigraphEngine:
    """Queries on a pyoxigraph store."""

    def __init__(self, store: ox.Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def answer(self, job: Job) -> Answer:
        _check_graphs(job, self._has_graph)
        options: dict[str, Any] = {}
        if job.default_graphs or job.named_graphs:  # the request's dataset, as a whole
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        try:
            result = self.store.query(
                job.query,
                base_iri=self.settings.base,
                prefixes=dict(self.settings.prefixes),
                **options,
            )
            if isinstance(result, ox.QueryBoolean):
                return _boolean(bool(result), job)
            if isinstance(result, ox.QuerySolutions):
                variables = [v.value for v in result.variables]
                return _solutions(variables, (tuple(s) for s in result), job, self.settings)
            return _triples(result, job, self.settings)
        except SyntaxError as error:
            raise QuerySyntaxError(_syntax_message(str(error))) from None
        except OSError as error:
            raise EngineFailure("The store could not be read for this query.") from error
        except RuntimeError as error:
            unsupported = _UNSUPPORTED.search(str(error))
            if unsupported is None:
                raise
            raise QueryRefused(
                f"The function {unsupported[1]} is not supported by this endpoint, which "
                "knows the SPARQL 1.1 functions and XSD casts; remove it from the query."
            ) from None

    def _has_graph(self, iri: str) -> bool:
        try:
            return self.store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:  # not an IRI: no graph of the dataset has that name
            return False


class RdflibEngine:
    """Queries on an rdflib Dataset, for comparison and for stores without Oxigraph."""

    def __init__(self, dataset: Any, settings: Settings) -> None:
        self.dataset = dataset
        self.settings = settings
        self._graphs = {str(c.identifier) for c in dataset.contexts()}

    def answer(self, job: Job) -> Answer:
        from pyparsing import ParseException

        _check_graphs(job, self._graphs.__contains__)
        if job.default_graphs or job.named_graphs:
            raise QueryRefused(
                "default-graph-uri and named-graph-uri need the oxigraph engine; "
                "the rdflib engine takes graphs from FROM clauses only."
            )
        try:
            result = self.dataset.query(
                job.query, initNs=dict(self.settings.prefixes), base=self.settings.base
            )
        except ParseException as error:
            raise QuerySyntaxError(
                f"Syntax error at line {error.lineno}, column {error.col}: {error.msg}"
            ) from None
        except ValueError as error:  # rdflib's reading of escapes it finds out of range
            raise QuerySyntaxError(f"Syntax error: {error}") from None
        if result.type == "ASK":
            return _boolean(bool(result.askAnswer), job)
        if result.type == "SELECT":
            variables = [str(v) for v in result.vars or ()]
            rows = (tuple(_to_oxigraph(t) for t in row) for row in result)
            return _solutions(variables, rows, job, self.settings)
        return _triples((_to_triple(triple) for triple in result), job, self.settings)


def open_engine(kind: str, path: Path, settings: Settings) -> Engine:
    """The engine ``kind`` on the release whose store (oxigraph) or N-Quads dump (rdflib) is
    at ``path`` (the remote engine is :class:`~linkeddata.sparql.remote.RemoteEngine`)."""
    if kind == "oxigraph":
        return OxigraphEngine(ox.Store.read_only(str(path)), settings)
    if kind == "rdflib":
        import rdflib.plugins.sparql
        from rdflib import Dataset

        rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # FROM never reads a URL or a file
        dataset = Dataset(default_union=True)
        with gzip.open(path) if path.suffix == ".gz" else path.open("rb") as source:
            dataset.parse(cast(IO[bytes], source), format="nquads")
        return RdflibEngine(dataset, settings)
    raise ValueError(f"unknown query engine {kind!r}; known: oxigraph, rdflib")


def timed_out(timeout: float) -> QueryTimeout:
    """The error of a query stopped at the deadline of ``timeout`` seconds."""
    return QueryTimeout(
        f"The query did not finish within this endpoint's limit of {timeout:g} s "
        "and was stopped. Narrow it (LIMIT, more selective patterns) or download a "
        "dump to run it on your own machine.",
        retry_after=max(1, round(timeout)),
    )


def _check_graphs(job: Job, known: Any) -> None:
    """Refuse a graph name that is not one of the dataset's. The request's graphs replace the
    query's FROM and FROM NAMED (SPARQL 1.1 Protocol §2.1.4), which are then not read at all."""
    requested = job.default_graphs or job.named_graphs
    for iri in (*job.default_graphs, *job.named_graphs, *(() if requested else job.from_graphs)):
        if not known(iri):
            raise QueryRefused(
                f"<{iri}> is not a graph of this dataset; graphs are never fetched from "
                "elsewhere (the default graph is the union of all named graphs)."
            )


def _boolean(value: bool, job: Job) -> Answer:
    _format(job.results, "solutions")
    return Answer(write_boolean(value, job.results), "ASK", job.results, 1, False)


def _solutions(
    variables: Sequence[str], rows: Iterator[tuple[Any, ...]], job: Job, settings: Settings
) -> Answer:
    _format(job.results, "solutions")
    taken, truncated = _take(rows, job)
    body = write_solutions(
        variables,
        taken,
        job.results,
        truncated=truncated,
        limit_note=settings.limits_note if truncated else None,
    )
    return Answer(body, "SELECT", job.results, len(taken), truncated)


def _triples(triples: Iterable[ox.Triple], job: Job, settings: Settings) -> Answer:
    fmt = _format(job.rdf, "graph")
    taken, truncated = _take(((t.subject, t.predicate, t.object) for t in triples), job)
    try:  # formats without prefixes (N-Triples, JSON-LD) ignore them; Turtle declares its own
        body = serialize([ox.Triple(*t) for t in taken], fmt.rdf, settings.prefixes)
    except (OSError, ValueError) as error:  # RDF 1.2 triple terms in JSON-LD or RDF/XML
        raise NotRepresentable(f"The answer cannot be written as {fmt.label}: {error}") from None
    body = body or b""
    if truncated and fmt.line_comments:
        note = f"# Truncated: the first {len(taken)} triples only ({settings.limits_note})\n"
        body = note.encode() + body
    return Answer(body, "CONSTRUCT", fmt.name, len(taken), truncated)


def _syntax_message(message: str) -> str:
    """Oxigraph's ``error at 1:25: expected ...`` as ``line 1, column 25: expected ...``."""
    found = _POSITION.match(message)
    if found is None:
        return f"Syntax error: {message}"
    line, column, rest = found.groups()
    return f"Syntax error at line {line}, column {column}: {rest}"


def _take(rows: Iterator[tuple[Any, ...]], job: Job) -> tuple[list[tuple[Any, ...]], bool]:
    """At most ``max_rows`` rows and about ``max_bytes`` of values; True if more were left.

    The byte cap keeps a few huge values (a string doubled by BIND) from filling the memory of
    the server process that receives the answer."""
    taken: list[tuple[Any, ...]] = []
    size = 0
    for row in rows:
        size += sum(_size(term) for term in row)
        if len(taken) == job.max_rows or (size > job.max_bytes and taken):
            return taken, True
        if size > job.max_bytes:  # a single row over the cap: nothing can be sent
            raise NotRepresentable(
                f"A single answer row is over this endpoint's {job.max_bytes >> 20} MiB limit."
            )
        taken.append(row)
    return taken, False


def _size(term: Any) -> int:
    if term is None:
        return 0
    if isinstance(term, ox.Triple):
        return _size(term.subject) + _size(term.predicate) + _size(term.object)
    return len(term.value) + 8


def _format(name: str, kind: Kind) -> Format:
    fmt = BY_NAME.get(name)
    if fmt is None or fmt.kind != kind:
        raise QueryRefused(f"unknown {kind} format {name!r}")
    return fmt


def _to_triple(triple: Any) -> ox.Triple:
    """An rdflib triple of a CONSTRUCT answer as a pyoxigraph triple."""

    from .. import rdf_terms  # the rdflib engine's alone: Oxigraph's processes skip rdflib

    try:
        return rdf_terms.checked_triple(*(_to_oxigraph(t) for t in triple))
    except ValueError:
        raise EngineFailure(f"unexpected triple {triple!r}") from None


def _to_oxigraph(node: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """An rdflib term of a result (None where a variable is unbound) as pyoxigraph's."""
    from rdflib.term import Node  # the rdflib engine's alone: Oxigraph's processes skip it

    from .. import rdf_terms

    if node is None:
        return None
    if not isinstance(node, Node):
        raise EngineFailure(f"unexpected term {node!r}")
    return rdf_terms.term(node)
