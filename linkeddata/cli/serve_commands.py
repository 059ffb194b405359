"""``linkeddata serve`` and ``export-static``: the commands that publish a release over HTTP."""

from __future__ import annotations

import functools
import sys
import tempfile
from pathlib import Path

import click

from ..build.builder import Build
from ..errors import LinkedDataError
from ..sparql.service import Limits
from .build_commands import run_build
from .group import message
from .options import documents_argument, limits_options, out_option, setting_option, settings_of


@click.command()
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
    from ..release.switch import current
    from ..web import create_app
    from ..web.serving import Server, listen, release_folder, stale_reason
    from ..web.worker import exit_now

    chosen = settings_of(ctx, documents)
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
        if not rebuilt(Build(documents, folder, chosen)):
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


@click.command("export-static")
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
    from ..web.static_export import export_static as export

    done = export(out, target, upstream=upstream, listen=listen, workers=workers)
    click.echo(
        f"{done.resources} resources, {done.files} files ({done.bytes:,} bytes) in {target}; "
        f"nginx -p {target.resolve()} -c nginx.conf",
        err=True,
    )


def rebuilt(job: Build) -> bool:
    """Run ``serve``'s rebuild; whether it published. A failure is told, never raised: the
    caller still has the last good release to serve."""
    try:
        return run_build(job, publish=True).published
    except SystemExit:  # _run has told the error
        return False
    except LinkedDataError as error:  # a bad input file: said as every command says it
        click.echo(f"error: {message(error)}", err=True)
        return False
    except Exception as error:  # whatever broke the build must not take the site down
        click.echo(f"error: the build failed: {type(error).__name__}: {error}", err=True)
        return False
