"""The ``linkeddata`` command: a thin layer over :mod:`linkeddata.build.builder`.

Exit codes: 0 everything conforms, 1 something does not conform (a file was unreadable or had
SHACL Violations; a query was refused or failed), 2 the command could not do its work (usage
or I/O error, an empty collection, or an unexpected error). Every error is one line on
standard error, printed in one place (:class:`Main`): an unexpected one too, with the hint to
rerun with ``--debug`` for its traceback.
"""

from __future__ import annotations

import errno
import functools
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypedDict

import click
from werkzeug.exceptions import HTTPException

from . import __version__, console
from .build.builder import Build, BuildResult
from .build.executor_choice import EXECUTOR_HELP, parse_executor
from .build.report import validation_triples, write_turtle
from .errors import BuildError, LinkedDataError
from .settings import BY_NAME, SETTINGS_FILE, Setting, Settings, load_settings
from .sparql.query import FORMAT_HELP
from .sparql.service import Limits

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
allow_empty_option = click.option(
    "--allow-empty",
    is_flag=True,
    help="Accept a collection without record files (else exit code 2).",
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
    return load_settings(documents, ctx.meta.get(OVERRIDES))


UNEXPECTED_EXIT = 2


class Main(click.Group):
    """The command group, and the one place where an error becomes a message and an exit
    code: a :class:`LinkedDataError` is its message (an HTTP error's without its status),
    anything else one line naming it, unless ``--debug`` asks for its traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except LinkedDataError as error:
            _fail(_message(error), error.exit_code)
        except Exception as error:
            broken_pipe = isinstance(error, OSError) and error.errno == errno.EPIPE
            if ctx.params.get("debug") or broken_pipe:  # click ends quietly on a closed pipe
                raise
            what = "".join(f": {line}" for line in _message(error).splitlines()[:1])
            command = f"linkeddata --debug {ctx.invoked_subcommand or ''} ..."
            _fail(
                f"unexpected {type(error).__name__}{what} (rerun as `{command}` for the traceback)",
                UNEXPECTED_EXIT,
            )


def _message(error: BaseException) -> str:
    return str(error.description) if isinstance(error, HTTPException) else str(error)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group(cls=Main)
@click.version_option(__version__, prog_name="linkeddata")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
def main(debug: bool) -> None:
    """Publish a collection of archival documents as validated Linked Data."""


@main.command()
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
    settings = _settings(ctx, documents)
    options = _workers(workers)
    job = Build(documents, out, settings, strict, allow_empty=allow_empty, full=full, **options)
    job.executor = parse_executor(executor, workers)
    result = _run(job, publish=True, shown=shown)
    if result.how:
        click.echo(result.how, err=True)
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
    settings = _settings(ctx, documents)
    job = Build(documents, None, settings, allow_empty=allow_empty, **_workers(workers))
    result = _run(job, publish=False, shown=shown)
    if report is not None:
        try:
            write_turtle(report, validation_triples(job.iris, result.reports))
        except OSError as error:
            raise BuildError(f"{report}: cannot write the report ({error})") from None
    sys.exit(0 if result.conforms else 1)


@main.command()
@documents_argument
@out_option
@setting_option("serve.host")
@setting_option("serve.port")
@setting_option("base")
@setting_option("keep_releases")
@setting_option("serve.allowed_hosts")
@setting_option("serve.workers")
@limits_options
@setting_option("serve.max_concurrent_queries")
@setting_option("serve.header_timeout")
@setting_option("serve.body_timeout")
@setting_option("serve.idle_timeout")
@setting_option("serve.max_connections_per_client")
@setting_option("serve.client_query_seconds")
@setting_option("serve.trusted_proxy_header")
@setting_option("serve.sparql_backend")
@click.pass_context
def serve(ctx: click.Context, documents: Path, out: Path, sandbox: bool) -> None:
    """Build DOCUMENTS when the release is missing or stale, then serve it over HTTP.

    Settings come from DOCUMENTS/linkeddata.toml (see docs/settings.md); options override it.
    The release for a base other than the one in --out is built in --out/HOST-PORT[-PATH].
    A failing rebuild leaves the last good release served. Ctrl-C or SIGTERM stops it.
    """
    from .release.switch import current
    from .web import create_app
    from .web.serving import Server, listen, release_folder, stale_reason
    from .web.worker import exit_now

    chosen = _settings(ctx, documents)
    listen_at, limits = chosen.serve, Limits.of(chosen.serve)
    try:
        listener = listen(listen_at.host, listen_at.port)  # a port in use stops us before a build
    except LinkedDataError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    folder = release_folder(out, chosen.base)
    reason = stale_reason(documents, folder, chosen)
    if reason is not None:
        click.echo(f"building {documents} into {folder}: {reason}", err=True)
        if not _rebuilt(Build(documents, folder, chosen)):
            last = current(folder)
            if last is None:
                click.echo(f"error: the build failed, and {folder} has no release", err=True)
                sys.exit(2)
            click.echo(
                f"WARNING: the rebuild failed; serving the last good release {last.folder.name},"
                " which does not have the changes",
                err=True,
            )
    url = f"http://{listen_at.host}:{listen_at.port}/"
    click.echo(f"serving {folder} at {url} (base {chosen.base})", err=True)
    click.echo(f"SPARQL at {url}sparql: {limits.describe()}", err=True)
    with (
        tempfile.TemporaryDirectory(prefix="linkeddata-slots-") as slots,
        tempfile.TemporaryDirectory(prefix="linkeddata-rendered-") as rendered,
    ):
        config = {
            "SPARQL_LIMITS": limits,
            "SPARQL_SLOTS": Path(slots),
            "RENDERED_SHARED": Path(rendered),
            "SPARQL_SANDBOX": sandbox,
            "ALLOWED_HOSTS": chosen.serve.allowed_hosts,
            "TRUSTED_PROXY_HEADER": chosen.serve.trusted_proxy_header,
            "SPARQL_BACKEND": chosen.serve.sparql_backend,
        }
        factory = functools.partial(create_app, folder, config=config)  # called in each worker
        code = Server(factory, listener, listen_at).run()
    exit_now(code)


@main.command("export-static")
@click.argument("target", type=click.Path(file_okay=False, path_type=Path))
@out_option
@click.option(
    "--upstream",
    default="127.0.0.1:8080",
    show_default=True,
    help="HOST:PORT of linkeddata serve, which nginx asks for everything not exported.",
)
@click.option(
    "--listen",
    default="127.0.0.1:8081",
    show_default=True,
    help="HOST:PORT (or PORT) nginx listens on.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Processes rendering the files.",
)
def export_static(target: Path, out: Path, upstream: str, listen: str, workers: int) -> None:
    """Write every representation of every resource of the release in --out into TARGET,
    with an nginx configuration serving them as the server does (TARGET/nginx.conf; run
    nginx -p TARGET -c nginx.conf). TARGET is replaced."""
    from .web.static_export import export_static as export

    done = export(out, target, upstream=upstream, listen=listen, workers=workers)
    click.echo(
        f"{done.resources} resources, {done.files} files ({done.bytes:,} bytes) in {target}; "
        f"nginx -p {target.resolve()} -c nginx.conf",
        err=True,
    )


def _rebuilt(job: Build) -> bool:
    """Run ``serve``'s rebuild; whether it published. A failure is told, never raised: the
    caller still has the last good release to serve."""
    try:
        return _run(job, publish=True).published
    except SystemExit:  # _run has told the error
        return False
    except LinkedDataError as error:  # a bad input file: said as every command says it
        click.echo(f"error: {_message(error)}", err=True)
        return False
    except Exception as error:  # whatever broke the build must not take the site down
        click.echo(f"error: the build failed: {type(error).__name__}: {error}", err=True)
        return False


@main.command()
@out_option
@click.option(
    "--to",
    "to",
    required=True,
    metavar="URL",
    help="Graph Store Protocol endpoint (http://HOST:PORT/PATH, such as Oxigraph server's "
    "/store) or Virtuoso's SQL port (isql://HOST:PORT, its bulk loader).",
)
@click.option("--user", default=None, help="User for the server (Virtuoso: dba).")
@click.option(
    "--password-file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="File holding the user's password (never on the command line).",
)
@click.option(
    "--merge-graph",
    is_flag=True,
    help="Graph Store Protocol: put the merge of the graphs into a graph of its own rather "
    "than the default graph (for servers whose default graph is the union of all).",
)
def load(
    out: Path, to: str, user: str | None, password_file: Path | None, merge_graph: bool
) -> None:
    """Load the current release of --out into the SPARQL server at --to, for serve
    --sparql-backend (see docs/deployment.md)."""
    from .sparql.loading import load as load_release
    from .sparql.query import current_release

    release, _base, held = current_release(out)
    password = password_file.read_text(encoding="utf-8").strip() if password_file else None
    try:
        loaded = load_release(release, to, user=user, password=password, merge_graph=merge_graph)
    finally:
        if held is not None:
            held.release()
    click.echo(
        f"loaded {release.folder.name} into {to}: {loaded.graphs} graphs, "
        f"{loaded.statements} statements in {loaded.seconds:.1f} s",
        err=True,
    )


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
@setting_option("serve.sparql_backend", in_file=False)
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

    chosen = _settings(ctx, None).serve
    run = run_query(
        out,
        query,
        format_name,
        engine=engine,
        limits=Limits.of(chosen),
        sandbox=sandbox,
        backend=chosen.sparql_backend,
    )
    sys.stdout.buffer.write(run.answer.body)
    sys.stdout.buffer.flush()
    if run.answer.truncated:
        click.echo(f"warning: truncated to the first {run.answer.rows} rows (--max-rows)", err=True)


@main.command()
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
    from .build.curation import collection_stubs, listing, release_stubs, skeleton

    try:
        if documents is not None:
            entries, iris = collection_stubs(documents, _settings(ctx, documents))
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


def _run(job: Build, *, publish: bool, shown: tuple[str, ...] = console.DEFAULT) -> BuildResult:
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
