"""The options and arguments the commands share, the settings' options made from
:data:`~linkeddata.settings.SETTINGS`, and the settings they choose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..settings import BY_NAME, SETTINGS_FILE, Setting, Settings, load_settings

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


def settings_of(ctx: click.Context, documents: Path | None) -> Settings:
    """The settings of ``documents`` (None: the defaults) under the options given."""
    return load_settings(documents, ctx.meta.get(OVERRIDES))
