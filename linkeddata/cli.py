"""The ``linkeddata`` command: a thin layer over :mod:`linkeddata.build.builder`.

Exit codes: 0 everything conforms, 1 something does not conform (a file was unreadable or had
SHACL Violations), 2 usage or I/O error.
"""

from __future__ import annotations

import contextlib
import math
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypedDict

import click

from . import __version__
from .build.builder import Build, BuildResult, Progress, find_records
from .build.report import SEVERITIES, FileReport
from .errors import LinkedDataError
from .iris import DEFAULT_BASE, check_base
from .sparql.service import Limits


def _base(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    try:
        return check_base(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


documents_argument = click.argument(
    "documents",
    required=False,
    default="documents",
    type=click.Path(file_okay=False, path_type=Path),
)
out_option = click.option(
    "--out",
    default="build",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Release folder.",
)
base_option = click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    callback=_base,
    help="Base IRI of the deployment: things are minted under {base}id/.",
)
workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for conversion [default: one per core].",
)


def limits_options(command: Any) -> Any:
    """The per-query limits, shared by ``serve`` and ``query``."""
    for option in (
        click.option(
            "--no-query-sandbox",
            "sandbox",
            is_flag=True,
            flag_value=False,
            default=True,
            help="Run queries even where they cannot be cut off from the network (unshare "
            "refused); the guard alone then keeps SERVICE and LOAD out.",
        ),
        click.option(
            "--query-memory",
            type=click.IntRange(min=16),
            default=Limits.memory_mb,
            show_default=True,
            help="MiB a SPARQL query may allocate.",
        ),
        click.option(
            "--max-rows",
            type=click.IntRange(min=1),
            default=Limits.max_rows,
            show_default=True,
            help="Rows (or triples) per SPARQL answer; longer answers are flagged truncated.",
        ),
        click.option(
            "--query-timeout",
            type=click.FloatRange(min=0.1, max=86_400),  # NaN fails both bounds' checks too
            callback=_finite,
            default=Limits.timeout,
            show_default=True,
            help="Seconds a SPARQL query may run before it is stopped.",
        ),
    ):
        command = option(command)
    return command


def _finite(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    if not math.isfinite(value):
        raise click.BadParameter("must be a number of seconds")
    return value


def _limits(
    query_timeout: float,
    max_rows: int,
    query_memory: int,
    sandbox: bool,
    max_concurrent: int = 1,
) -> tuple[Limits, bool]:
    """The limits, and whether queries run in the network sandbox."""
    limits = Limits(
        timeout=query_timeout,
        max_rows=max_rows,
        memory_mb=query_memory,
        max_concurrent=max_concurrent,
    )
    return limits, sandbox


@click.group()
@click.version_option(__version__, prog_name="linkeddata")
def main() -> None:
    """Publish a collection of archival documents as validated Linked Data."""


@main.command()
@documents_argument
@out_option
@base_option
@click.option(
    "--strict", is_flag=True, help="Publish nothing if any file fails to parse or validate."
)
@workers_option
def build(documents: Path, out: Path, base: str, strict: bool, workers: int | None) -> None:
    """Convert, validate, load and dump DOCUMENTS (default: documents/) into a release."""
    result = _run(Build(documents, out, base, strict, **_workers(workers)), publish=True)
    if result.published:
        click.echo(f"release written to {out} ({result.release.name if result.release else ''})")
    elif strict:
        click.echo("strict mode: nothing was published", err=True)
    sys.exit(result.exit_code)


@main.command()
@documents_argument
@base_option
@workers_option
def validate(documents: Path, base: str, workers: int | None) -> None:
    """Parse, map and validate DOCUMENTS without writing anything."""
    result = _run(Build(documents, None, base, **_workers(workers)), publish=False)
    sys.exit(0 if result.conforms else 1)


@main.command()
@documents_argument
@out_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@base_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Server worker processes (each with 8 threads).",
)
@limits_options
@click.option(
    "--max-concurrent-queries",
    type=click.IntRange(min=1),
    default=Limits.max_concurrent,
    show_default=True,
    help="SPARQL queries run at the same time (429 beyond).",
)
def serve(
    documents: Path,
    out: Path,
    host: str,
    port: int,
    base: str,
    workers: int,
    max_concurrent_queries: int,
    **limits: Any,
) -> None:
    """Build DOCUMENTS when the release is missing or stale, then serve it over HTTP."""
    from .web import create_app
    from .web.serving import Server, options, stale_reason

    reason = stale_reason(documents, out, base)
    if reason is not None:
        click.echo(f"building {documents} into {out}: {reason}", err=True)
        result = _run(Build(documents, out, base), publish=True)
        if not result.published:
            click.echo("error: the build published nothing; not serving", err=True)
            sys.exit(1)
    sparql, sandbox = _limits(max_concurrent=max_concurrent_queries, **limits)
    click.echo(f"serving {out} at http://{host}:{port}/ (base {base})", err=True)
    click.echo(f"SPARQL at http://{host}:{port}/sparql: {sparql.describe()}", err=True)
    with tempfile.TemporaryDirectory(prefix="linkeddata-slots-") as slots:
        config = {"SPARQL_LIMITS": sparql, "SPARQL_SLOTS": Path(slots), "SPARQL_SANDBOX": sandbox}
        Server(lambda: create_app(out, config=config), options(host, port, workers)).run()


@main.command()
@click.argument("query")
@out_option
@click.option(
    "--format",
    "format_name",
    default=None,
    help="SELECT/ASK: json, xml, csv or tsv [tsv]; CONSTRUCT/DESCRIBE: an RDF format by "
    "name or extension (ttl, nt, nq, trig, jsonld, rdf) [ttl].",
)
@limits_options
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "rdflib"]),
    default="oxigraph",
    show_default=True,
    help="Query engine (rdflib loads the N-Quads dump: slow, for comparison).",
)
def query(query: str, out: Path, format_name: str | None, engine: str, **limits: Any) -> None:
    """Run QUERY on the release in --out, with the endpoint's limits.

    QUERY is the query text, a .rq file, - for standard input, or the name of an example
    query (linkeddata/queries/NAME.rq). The answer goes to standard output; a truncated
    answer is reported on standard error.
    """
    from .sparql.query import run_query

    try:
        sparql, sandbox = _limits(**limits)
        run = run_query(out, query, format_name, engine=engine, limits=sparql, sandbox=sandbox)
    except LinkedDataError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(error.exit_code)
    sys.stdout.buffer.write(run.answer.body)
    sys.stdout.buffer.flush()
    if run.answer.truncated:
        click.echo(f"warning: truncated to the first {run.answer.rows} rows (--max-rows)", err=True)


class _Workers(TypedDict, total=False):
    workers: int  # absent: the build's default


def _workers(workers: int | None) -> _Workers:
    return {"workers": workers} if workers else {}


def _run(job: Build, *, publish: bool) -> BuildResult:
    try:
        total = len(find_records(job.root))
        with _progress(total) as tick:
            job.progress = tick
            if publish:
                result = job.run()
            else:
                reports, _converted, timings = job.convert()
                result = BuildResult(reports, timings=timings)
    except LinkedDataError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    _print_findings(result.reports)
    _print_summary(result)
    return result


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Progress | None]:
    """A progress bar on a terminal (two passes over the files), nothing otherwise."""
    if not sys.stderr.isatty() or total == 0:
        yield None
        return
    with click.progressbar(length=2 * total, label="building", file=sys.stderr) as bar:
        yield lambda _stage, n: bar.update(n)


def _print_findings(reports: list[FileReport]) -> None:
    for fr in sorted(reports, key=lambda r: r.file):
        for error in fr.errors:
            click.echo(f"{fr.file}:{error['line']}: error: {error['message']}", err=True)
        for result in fr.results:
            if result.severity == "Violation":
                click.echo(f"{fr.file}: violation: <{result.focus}> {result.message}", err=True)


def _print_summary(result: BuildResult) -> None:
    statuses = Counter(r.status for r in result.reports if r.kind == "document")
    severities = Counter(r.severity for fr in result.reports for r in fr.results)
    warnings = sum(len(fr.warnings) for fr in result.reports)
    seconds = result.timings.get("total")
    rows: list[tuple[str, int | float]] = [
        ("files", sum(statuses.values())),
        ("published", statuses["published"]),
        ("excluded (Violations)", statuses["excluded"]),
        ("unreadable", statuses["error"]),
        *((f"SHACL {s}", severities[s]) for s in SEVERITIES),
        ("warnings", warnings),
        ("triples", result.triples),
    ]
    if seconds:
        rows.append(("seconds", round(seconds, 2)))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        click.echo(f"{name:<{width}}  {value:>10}", err=True)
