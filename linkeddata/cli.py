"""The ``linkeddata`` command: a thin layer over :mod:`linkeddata.build.builder`.

Exit codes: 0 everything conforms, 1 something does not conform (a file was unreadable or had
SHACL Violations), 2 usage or I/O error.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypedDict

import click

from . import __version__
from .build.builder import Build, BuildResult, Progress, find_records
from .build.report import SEVERITIES, FileReport
from .errors import LinkedDataError
from .settings import BY_NAME, SETTINGS_FILE, Setting, Settings, load_settings
from .sparql.query import FORMAT_HELP

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
workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for conversion [default: one per core].",
)
OVERRIDES = "linkeddata.settings"  # ctx.meta key: the settings given as options


class SettingType(click.ParamType[Any, Any]):
    """A setting on the command line, checked as in the settings file."""

    def __init__(self, setting: Setting) -> None:
        self.setting = setting
        self.name = setting.kind.name

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        kind = self.setting.kind
        try:
            return kind.check(kind.word(value) if isinstance(value, str) else value)
        except ValueError as error:
            self.fail(str(error), param, ctx)


def setting_option(name: str, *, in_file: bool = True) -> Callable[[Any], Any]:
    """The option that overrides setting ``name`` (``in_file``: the command reads the file).

    Unless given, it leaves the value to the settings file or the default.
    """
    setting = BY_NAME[name]
    assert setting.option is not None, f"{name} has no option"

    def override(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if value is not None:
            ctx.meta.setdefault(OVERRIDES, {})[name] = value

    where = f"; setting {name} in {SETTINGS_FILE}" if in_file else ""
    return click.option(
        setting.option,
        type=SettingType(setting),
        metavar=setting.kind.metavar,
        default=None,
        expose_value=False,
        callback=override,
        help=f"{setting.help} [default: {setting.default}{where}]",
    )


def limits_options(command: Any, *, in_file: bool = True) -> Any:
    """The per-query limits, shared by ``serve`` and ``query``."""
    for name in ("serve.query_memory", "serve.max_rows", "serve.query_timeout"):
        command = setting_option(name, in_file=in_file)(command)
    return click.option(
        "--no-query-sandbox",
        "sandbox",
        is_flag=True,
        flag_value=False,
        default=True,
        help="Run queries even where they cannot be cut off from the network (unshare "
        "refused); the guard alone then keeps SERVICE and LOAD out.",
    )(command)


def _settings(ctx: click.Context, documents: Path | None) -> Settings:
    """The settings of ``documents`` (None: the defaults) under the options given."""
    try:
        return load_settings(documents, ctx.meta.get(OVERRIDES))
    except LinkedDataError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)


@click.group()
@click.version_option(__version__, prog_name="linkeddata")
def main() -> None:
    """Publish a collection of archival documents as validated Linked Data."""


@main.command()
@documents_argument
@out_option
@setting_option("base")
@click.option(
    "--strict", is_flag=True, help="Publish nothing if any file fails to parse or validate."
)
@workers_option
@click.pass_context
def build(
    ctx: click.Context, documents: Path, out: Path, strict: bool, workers: int | None
) -> None:
    """Convert, validate, load and dump DOCUMENTS (default: documents/) into a release."""
    job = Build(documents, out, _settings(ctx, documents), strict, **_workers(workers))
    result = _run(job, publish=True)
    if result.published:
        release = result.release.folder.name if result.release else ""
        click.echo(f"release written to {out} ({release})")
    elif strict:
        click.echo("strict mode: nothing was published", err=True)
    sys.exit(result.exit_code)


@main.command()
@documents_argument
@setting_option("base")
@workers_option
@click.pass_context
def validate(ctx: click.Context, documents: Path, workers: int | None) -> None:
    """Parse, map and validate DOCUMENTS without writing anything."""
    job = Build(documents, None, _settings(ctx, documents), **_workers(workers))
    result = _run(job, publish=False)
    sys.exit(0 if result.conforms else 1)


@main.command()
@documents_argument
@out_option
@setting_option("serve.host")
@setting_option("serve.port")
@setting_option("base")
@setting_option("serve.workers")
@limits_options
@setting_option("serve.max_concurrent_queries")
@setting_option("serve.client_query_seconds")
@setting_option("serve.trusted_proxy_header")
@click.pass_context
def serve(ctx: click.Context, documents: Path, out: Path, sandbox: bool) -> None:
    """Build DOCUMENTS when the release is missing or stale, then serve it over HTTP.

    Settings come from DOCUMENTS/linkeddata.toml (see docs/settings.md); options override it.
    """
    from .web import create_app
    from .web.serving import Server, options, stale_reason

    chosen = _settings(ctx, documents)
    reason = stale_reason(documents, out, chosen)
    if reason is not None:
        click.echo(f"building {documents} into {out}: {reason}", err=True)
        result = _run(Build(documents, out, chosen), publish=True)
        if not result.published:
            click.echo("error: the build published nothing; not serving", err=True)
            sys.exit(1)
    listen, limits = chosen.serve, chosen.serve.limits()
    url = f"http://{listen.host}:{listen.port}/"
    click.echo(f"serving {out} at {url} (base {chosen.base})", err=True)
    click.echo(f"SPARQL at {url}sparql: {limits.describe()}", err=True)
    with tempfile.TemporaryDirectory(prefix="linkeddata-slots-") as slots:
        config = {
            "SPARQL_LIMITS": limits,
            "SPARQL_SLOTS": Path(slots),
            "SPARQL_SANDBOX": sandbox,
            "TRUSTED_PROXY_HEADER": listen.trusted_proxy_header,
        }
        factory = functools.partial(create_app, out, config=config)  # called in each worker
        Server(factory, options(listen.host, listen.port, listen.workers)).run()


@main.command()
@click.argument("query")
@out_option
@click.option(
    "--format",
    "format_name",
    default=None,
    help=FORMAT_HELP,
)
@functools.partial(limits_options, in_file=False)
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "rdflib"]),
    default="oxigraph",
    show_default=True,
    help="Query engine (rdflib loads the N-Quads dump: slow, for comparison).",
)
@click.pass_context
def query(
    ctx: click.Context, query: str, out: Path, format_name: str | None, engine: str, sandbox: bool
) -> None:
    """Run QUERY on the release in --out, with the endpoint's limits (their defaults, or
    the options; linkeddata.toml is not read).

    QUERY is the query text, a .rq file, - for standard input, or the name of an example
    query (linkeddata/queries/NAME.rq). The answer goes to standard output; a truncated
    answer is reported on standard error.
    """
    from .sparql.query import run_query

    limits = _settings(ctx, None).serve.limits()
    try:
        run = run_query(out, query, format_name, engine=engine, limits=limits, sandbox=sandbox)
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
    ]
    if result.census is not None:
        rows += [
            ("quads (named graphs)", result.census.quads),
            ("triples (merged)", result.census.triples),
        ]
    if seconds:
        rows.append(("seconds", round(seconds, 2)))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        click.echo(f"{name:<{width}}  {value:>10}", err=True)
