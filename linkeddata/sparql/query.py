"""``linkeddata query``: one query on a built release, through the same service and limits as
the endpoint (the guard, the executor process, the deadline, the row cap)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..errors import LinkedDataError, QueryRefused, ReleaseError
from ..formats import BY_NAME, Kind, find, of_kind
from ..release.in_use import Held, hold
from ..release.layout import Release
from ..release.switch import current
from . import canned
from .service import Limits, QueryService, Run, Target

DEFAULTS: dict[Kind, str] = {"solutions": "tsv", "graph": "turtle"}
FORMAT_HELP = (
    f"SELECT/ASK: {', '.join(f.name for f in of_kind('solutions'))} "
    f"[{DEFAULTS['solutions']}]; CONSTRUCT/DESCRIBE: an RDF format by name or extension "
    f"({', '.join(f.extension for f in of_kind('graph'))}) "
    f"[{BY_NAME[DEFAULTS['graph']].extension}]."
)
"""The ``--format`` help of ``linkeddata query``, from the format table."""


_NAME = re.compile(r"[\w.-]+")
"""An argument that can only be a name: every query has a ``{ < ? $ * ( :`` or a space."""


def read_query(argument: str) -> str:
    """The query text an argument names: ``-`` (stdin), a ``.rq`` file, an example, or itself.

    >>> read_query("nosuchquery")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    linkeddata.errors.LinkedDataError: no example query named 'nosuchquery'; the examples: ...
    """
    if argument == "-":
        return sys.stdin.read()
    if argument.endswith(".rq"):
        path = Path(argument)
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise LinkedDataError(f"{path}: cannot read the query ({error})") from None
    examples = canned.load()
    if argument in examples:
        return examples[argument].text
    if _NAME.fullmatch(argument):
        raise LinkedDataError(
            f"no example query named {argument!r}; the examples: {', '.join(examples)} "
            "(or give the query text, a .rq file, or - for standard input)"
        )
    return argument


def current_release(out: Path) -> tuple[Release, str, Held | None]:
    """The current release of ``out``, its base IRI and the lock that keeps a build from
    removing it while the query runs (None if a build removed it at once: then it fails)."""
    release = current(out)
    if release is None:
        raise ReleaseError(f"{out}: no release here; run `linkeddata build` first")
    held = hold(release.folder)
    try:
        return release, release.read_manifest().base, held
    except BaseException:
        if held is not None:
            held.release()
        raise


def run_query(
    out: Path,
    argument: str,
    format_name: str | None,
    *,
    engine: str,
    limits: Limits,
    sandbox: bool = True,
    backend: str | None = None,
) -> Run:
    """Answer the query ``argument`` names on the release in ``out`` (on the SPARQL server
    ``backend`` holding it, when given)."""
    release, base, held = current_release(out)
    queries = QueryService(limits, isolate=sandbox)
    try:
        text = read_query(argument)
        target = Target.of(engine, release, base, backend)
        inspection = queries.inspect(text, target)
        graph_form = inspection.answers_graph
        results, rdf = DEFAULTS["solutions"], DEFAULTS["graph"]
        if format_name and graph_form:
            rdf = _format(format_name, "graph")
        elif format_name:
            results = _format(format_name, "solutions")
        return queries.run(target, text, results=results, rdf=rdf, inspection=inspection)
    finally:
        queries.close()
        if held is not None:
            held.release()


def _format(name: str, kind: Kind) -> str:
    """The format ``name`` names (by name, extension, media type or alias) for ``kind``."""
    fmt = find(name, of_kind(kind))
    if fmt is None:
        forms = "SELECT/ASK" if kind == "solutions" else "CONSTRUCT/DESCRIBE"
        known = ", ".join(f.name for f in of_kind(kind))
        raise QueryRefused(f"unknown {kind} format {name!r} for {forms}; known: {known}")
    return fmt.name
