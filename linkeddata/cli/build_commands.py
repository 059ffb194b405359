"""``linkeddata build``, ``validate`` and ``authorities``: the commands on a collection, and
the run of a build with its progress and findings that ``serve`` shares."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TypedDict

import click

from .. import console
from ..build.builder import Build, Finish
from ..build.executor_choice import EXECUTOR_HELP, parse_executor
from ..build.outcome import BuildResult
from ..build.report import validation_triples, write_turtle
from ..errors import BuildError, LinkedDataError
from ..release.layout import Release
from .options import (
    allow_empty_option,
    documents_argument,
    out_option,
    setting_option,
    settings_of,
    workers_option,
)


@click.command()
@documents_argument
@out_option
@setting_option("base")
@setting_option("keep_releases")
@click.option(
    "--strict", is_flag=True, help="Publish nothing if any file fails to parse or validate."
)
@workers_option
@click.option("--executor", default="local", show_default=True, help=EXECUTOR_HELP)
@allow_empty_option
@click.option(
    "--full",
    is_flag=True,
    help="Convert every document again instead of reusing the build cache (OUT/.cache).",
)
@click.option(
    "--prerender",
    default="",
    metavar="FORMATS",
    help="Render every document's description in these formats (comma-separated, such as "
    "turtle,jsonld,html) into the release, so that the server answers a document's first "
    "request without the store (docs/serving.md). Costs build time.",
)
@console.findings_options
@click.pass_context
def build(
    ctx: click.Context,
    documents: Path,
    out: Path,
    strict: bool,
    workers: int | None,
    executor: str,
    allow_empty: bool,
    full: bool,
    prerender: str,
    quiet: bool,
    verbose: bool,
) -> None:
    """Convert, validate, load and dump DOCUMENTS (default: documents/) into a release.

    Only the documents that changed since the last build into OUT are converted again (see
    docs/building.md); --full converts them all. Every error and warning is printed as
    FILE:LINE: SEVERITY: MESSAGE (FILE: ... when it is about the whole file), file by file,
    then the counts.
    """
    shown = console.shown(quiet, verbose)
    settings = settings_of(ctx, documents)
    options = _workers(workers)
    job = Build(documents, out, settings, strict, allow_empty=allow_empty, full=full, **options)
    job.executor = parse_executor(executor, workers)
    if prerender:
        job.finish = rendering(prerender, job.workers)
    result = run_build(job, publish=True, shown=shown)
    if result.how:
        click.echo(result.how, err=True)
    if result.published:
        release = result.release.folder.name if result.release else ""
        click.echo(f"release written to {out} ({release})")
    elif strict:
        click.echo("strict mode: nothing was published", err=True)
    sys.exit(result.exit_code)


@click.command()
@documents_argument
@setting_option("base")
@workers_option
@allow_empty_option
@console.findings_options
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the SHACL validation report (Turtle) here: the report a build publishes.",
)
@click.pass_context
def validate(
    ctx: click.Context,
    documents: Path,
    workers: int | None,
    allow_empty: bool,
    quiet: bool,
    verbose: bool,
    report: Path | None,
) -> None:
    """Parse, map and validate DOCUMENTS without writing anything (but --report).

    Every error and warning is printed as FILE:LINE: SEVERITY: MESSAGE, as by build.
    """
    shown = console.shown(quiet, verbose)
    settings = settings_of(ctx, documents)
    job = Build(documents, None, settings, allow_empty=allow_empty, **_workers(workers))
    result = run_build(job, publish=False, shown=shown)
    if report is not None:
        try:
            write_turtle(report, validation_triples(job.iris, result.reports))
        except OSError as error:
            raise BuildError(f"{report}: cannot write the report ({error})") from None
    sys.exit(0 if result.conforms else 1)


@click.command()
@click.argument("documents", required=False, type=click.Path(file_okay=False, path_type=Path))
@out_option
@click.option(
    "--write",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the stubs as Turtle entries of the authority file, ready to curate.",
)
@click.pass_context
def authorities(ctx: click.Context, documents: Path | None, out: Path, write: Path | None) -> None:
    """List the names that the authority file lacks (stubs), the most named first.

    Read from the current release in --out, or from a fresh parse of DOCUMENTS when given
    (nothing is written but --write). One tab-separated line per stub: how many documents name
    it, its kind, label and IRI. Entries of the --write skeleton, once checked and moved into
    authorities.ttl, link their names on the next build, under the same IRIs.
    """
    from ..build.curation import collection_stubs, listing, release_stubs, skeleton

    try:
        if documents is not None:
            entries, iris = collection_stubs(documents, settings_of(ctx, documents))
            source = str(documents)
        else:
            entries, iris = release_stubs(out)
            source = f"the release in {out}"
    except LinkedDataError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    click.echo(listing(entries), nl=False)
    click.echo(f"{len(entries)} stubs in {source}", err=True)
    if write is not None:
        try:
            write.write_text(skeleton(entries, iris, source), encoding="utf-8")
        except OSError as exc:
            click.echo(f"error: {write}: cannot write the skeleton ({exc.strerror})", err=True)
            sys.exit(2)
        click.echo(f"skeleton written to {write}", err=True)


class _Workers(TypedDict, total=False):
    workers: int  # absent: the build's default


def _workers(workers: int | None) -> _Workers:
    return {"workers": workers} if workers else {}


def rendering(formats: str, workers: int) -> Finish:
    """What ``--prerender FORMATS`` adds to a build (BuildError for an unknown format, before
    anything is built)."""
    from ..web.prerender import formats_named, prerender

    chosen = formats_named(formats)

    def finish(staging: Release) -> dict[str, float]:
        start = time.perf_counter()
        done = prerender(staging.folder, chosen, workers)
        return {"prerender": time.perf_counter() - start, "prerender cpu": done.cpu}

    return finish


def run_build(
    job: Build, *, publish: bool, shown: tuple[str, ...] = console.DEFAULT
) -> BuildResult:
    """Run ``job`` with a progress bar; print the findings of the ``shown`` severities."""
    job.records()  # a missing or empty folder is told before any progress
    with console.progress() as shown_progress:
        job.progress = shown_progress
        if publish:
            result = job.run()
        else:
            reports, _converted, timings = job.convert()
            result = BuildResult(reports, timings=timings)
    console.print_report(result, shown)
    return result
