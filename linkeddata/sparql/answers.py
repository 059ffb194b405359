"""An engine's result written as an :class:`~.engine.Answer`: in the job's format, capped at
its rows and bytes, the truncation noted in the body where the format can say it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pyoxigraph as ox

from ..errors import NotRepresentable, QueryRefused
from ..formats import BY_NAME, Format, Kind
from ..prefixes import serialize
from .engine import Answer, Job, Settings
from .results import write_boolean, write_solutions


def boolean_answer(value: bool, job: Job) -> Answer:
    """The answer of an ASK query."""
    _format(job.results, "solutions")
    return Answer(write_boolean(value, job.results), "ASK", job.results, 1, False)


def solutions_answer(
    variables: Sequence[str], rows: Iterator[tuple[Any, ...]], job: Job, settings: Settings
) -> Answer:
    """The answer of a SELECT query: the ``rows`` of ``variables``, capped."""
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


def triples_answer(triples: Iterable[ox.Triple], job: Job, settings: Settings) -> Answer:
    """The answer of a CONSTRUCT or DESCRIBE query, capped."""
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
