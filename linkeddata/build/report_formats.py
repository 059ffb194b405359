"""The validation report in every RDF format, written in worker processes.

At 100,000 documents the report holds a million triples, and each of its six RDF files took
Oxigraph's writer seconds with the GIL held, one after the other at the end of a build, while
the workers were idle. The report's N-Triples are written once, here; the other formats are
parsed from that file and written by the pool, beside the dumps (same triples in the same
order: the same bytes as writing them from the triples in memory). An incremental build whose
report holds the same triples as the previous release's links that release's files instead
(:func:`link_formats`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

import pyoxigraph as ox

from ..formats import BY_EXTENSION, of_kind
from ..release.layout import Release
from .sorted_dumps import PREFIX_IRIS

SOURCE = "nt"
"""The format written first, which the others are read from."""


def write_formats(
    release: Release, triples: list[ox.Triple], graph: ox.NamedNode, pool: Pool | None
) -> Callable[[], None]:
    """Write the sorted ``triples`` in every graph format (in ``graph`` for the formats that
    carry graphs), in ``pool`` if given; the function returned waits for them."""
    source = release.report_file(SOURCE)
    ox.serialize(triples, str(source), BY_EXTENSION[SOURCE].rdf, prefixes=PREFIX_IRIS)
    others = [f.extension for f in of_kind("graph") if f.extension != SOURCE]
    jobs = [(str(source), ext, str(release.report_file(ext)), graph.value) for ext in others]
    if pool is None:
        for job in jobs:
            write_format(*job)
        return lambda: None
    pending: list[AsyncResult[None]] = [pool.apply_async(write_format, job) for job in jobs]

    def wait() -> None:
        for result in pending:
            result.get()

    return wait


def link_formats(previous: Release, release: Release) -> bool:
    """Hard-link the report's RDF files of ``previous`` into ``release`` (which must hold the
    same triples in the same graph); False, with nothing linked, if one of them is missing."""
    found = [(previous.report_file(f.extension), f.extension) for f in of_kind("graph")]
    if not all(path.is_file() for path, _ in found):
        return False
    for path, ext in found:
        os.link(path, release.report_file(ext))
    return True


def write_format(source: str, ext: str, target: str, graph: str) -> None:
    """Read the report's N-Triples from ``source`` and write them as ``ext`` into ``target``."""
    fmt = BY_EXTENSION[ext]
    parsed = ox.parse(path=Path(source), format=BY_EXTENSION[SOURCE].rdf)
    if fmt.datasets:
        name = ox.NamedNode(graph)
        quads = (ox.Quad(q.subject, q.predicate, q.object, name) for q in parsed)
        ox.serialize(quads, target, fmt.rdf, prefixes=PREFIX_IRIS)
    else:
        ox.serialize((q.triple for q in parsed), target, fmt.rdf, prefixes=PREFIX_IRIS)
