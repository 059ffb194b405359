"""The ``linkeddata`` command group, and the one place where an error becomes a message on
standard error and an exit code."""

from __future__ import annotations

import errno
import sys
from typing import Any, NoReturn

import click
from werkzeug.exceptions import HTTPException

from .. import __version__
from ..errors import LinkedDataError

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
            _fail(message(error), error.exit_code)
        except Exception as error:
            broken_pipe = isinstance(error, OSError) and error.errno == errno.EPIPE
            if ctx.params.get("debug") or broken_pipe:  # click ends quietly on a closed pipe
                raise
            what = "".join(f": {line}" for line in message(error).splitlines()[:1])
            command = f"linkeddata --debug {ctx.invoked_subcommand or ''} ..."
            _fail(
                f"unexpected {type(error).__name__}{what} (rerun as `{command}` for the traceback)",
                UNEXPECTED_EXIT,
            )


def message(error: BaseException) -> str:
    """``error`` as told to the user: an HTTP error's description, without its status."""
    return str(error.description) if isinstance(error, HTTPException) else str(error)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.group(cls=Main)
@click.version_option(__version__, prog_name="linkeddata")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
def main(debug: bool) -> None:
    """Publish a collection of archival documents as validated Linked Data."""
