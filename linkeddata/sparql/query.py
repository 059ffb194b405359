"""``linkeddata query``: one query on a built release, through the same service and limits as
the endpoint (the guard, the executor process, the deadline, the row cap)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import LinkedDataError, ReleaseError
from ..formats import BY_EXTENSION, BY_NAME
from ..release.layout import Release
from ..release.switch import current
from . import canned
from .errors import QueryRefused
from .results import RESULT_FORMATS
from .service import Limits, QueryService, Run, Target


def read_query(argument: str) -> str:
    """The query text an argument names: ``-`` (stdin), a ``.rq`` file, an example, or itself."""
    if argument == "-":
        return sys.stdin.read()
    if argument.endswith(".rq"):
        path = Path(argument)
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise LinkedDataError(f"{path}: cannot read the query ({error})") from None
    example = canned.load().get(argument)
    return example.text if example is not None else argument


def current_release(out: Path) -> tuple[Release, str]:
    """The current release of ``out`` and its base IRI."""
    release = current(out)
    if release is None:
        raise ReleaseError(f"{out}: no release here; run `linkeddata build` first")
    return release, release.read_manifest().base


def run_query(
    out: Path,
    argument: str,
    format_name: str | None,
    *,
    engine: str,
    limits: Limits,
    sandbox: bool = True,
) -> Run:
    """Answer the query ``argument`` names on the release in ``out``."""
    release, base = current_release(out)
    text = read_query(argument)
    target = Target.of(engine, release, base)
    queries = QueryService(limits, isolate=sandbox)
    try:
        inspection = queries.inspect(text, target.settings)
        graph_form = inspection.answers_graph
        results, rdf = "tsv", "turtle"
        if format_name and graph_form:
            rdf = _rdf_format(format_name)
        elif format_name:
            results = _results_format(format_name)
        return queries.run(target, text, results=results, rdf=rdf, inspection=inspection)
    finally:
        queries.close()


def _results_format(name: str) -> str:
    for fmt in RESULT_FORMATS:
        if name in (fmt.name, fmt.extension, fmt.media_type):
            return fmt.name
    known = ", ".join(f.name for f in RESULT_FORMATS)
    raise QueryRefused(f"unknown results format {name!r} for SELECT/ASK; known: {known}")


def _rdf_format(name: str) -> str:
    fmt = BY_NAME.get(name) or BY_EXTENSION.get(name)
    if fmt is None:
        known = ", ".join(sorted(BY_EXTENSION))
        raise QueryRefused(f"unknown RDF format {name!r} for CONSTRUCT/DESCRIBE; known: {known}")
    return fmt.name
