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

This module holds what they share (:class:`Job`, :class:`Answer`, :class:`Settings`, the graph
check and the timeout's error); the engines are :mod:`.oxigraph_engine`, :mod:`.rdflib_engine`
and :mod:`.remote`, opened by name by :mod:`.engines`, and :mod:`.answers` writes their answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import QueryRefused, QueryTimeout


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


def timed_out(timeout: float) -> QueryTimeout:
    """The error of a query stopped at the deadline of ``timeout`` seconds."""
    return QueryTimeout(
        f"The query did not finish within this endpoint's limit of {timeout:g} s "
        "and was stopped. Narrow it (LIMIT, more selective patterns) or download a "
        "dump to run it on your own machine.",
        retry_after=max(1, round(timeout)),
    )


def check_graphs(job: Job, known: Any) -> None:
    """Refuse a graph name that is not one of the dataset's. The request's graphs replace the
    query's FROM and FROM NAMED (SPARQL 1.1 Protocol §2.1.4), which are then not read at all."""
    requested = job.default_graphs or job.named_graphs
    for iri in (*job.default_graphs, *job.named_graphs, *(() if requested else job.from_graphs)):
        if not known(iri):
            raise QueryRefused(
                f"<{iri}> is not a graph of this dataset; graphs are never fetched from "
                "elsewhere (the default graph is the union of all named graphs)."
            )
