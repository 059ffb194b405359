"""``linkeddata load`` and ``query``: the commands on a release's SPARQL side."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from ..sparql.query import FORMAT_HELP
from ..sparql.service import Limits
from .options import limits_options, out_option, setting_option, settings_of


@click.command()
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
    from ..sparql.loading import load as load_release
    from ..sparql.query import current_release

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


@click.command()
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
    from ..sparql.query import run_query

    chosen = settings_of(ctx, None).serve
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
