"""The reading of ``linkeddata.toml``: its keys checked against :data:`~.table.SETTINGS`, over
the defaults, under the command line's overrides, into a :class:`~.tree.Settings` tree."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..errors import SettingsError
from .table import BY_NAME, SECTIONS, SETTINGS
from .tree import DatasetSettings, Publisher, ServeSettings, Settings

SETTINGS_FILE = "linkeddata.toml"


def load_settings(documents: Path | None, overrides: Mapping[str, Any] | None = None) -> Settings:
    """The settings of the collection in ``documents`` (None: the defaults alone): its
    ``linkeddata.toml`` over the defaults, and ``overrides`` (checked values by setting name,
    such as command-line options) over both."""
    path = None if documents is None else documents / SETTINGS_FILE
    raw = _read(path) if path is not None and path.exists() else {}
    values = {}
    for setting in SETTINGS:
        try:
            values[setting.name] = setting.read(raw.get(setting.name, setting.default))
        except ValueError as error:
            raise SettingsError(str(error), str(path), setting.name) from None
    values.update(overrides or {})
    return _tree(values, str(path))


def _read(path: Path) -> dict[str, Any]:
    """The settings of the file at ``path`` by dotted name, unchecked; unknown keys refused."""
    try:
        table = tomllib.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SettingsError(f"cannot read the settings: {error}", str(path)) from None
    return _flatten(table, "", str(path))


def _flatten(table: dict[str, Any], prefix: str, file: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if name in BY_NAME:
            found[name] = value
        elif name in SECTIONS and isinstance(value, dict):
            found |= _flatten(value, f"{name}.", file)
        elif name in SECTIONS:
            raise SettingsError(f"not a table: {value!r}", file, name)
        else:
            known = ", ".join(s.name for s in SETTINGS if s.name.startswith(prefix))
            raise SettingsError(f"unknown setting; known: {known}", file, name)
    return found


def _tree(values: Mapping[str, Any], file: str) -> Settings:
    name, iri = values["dataset.publisher.name"], values["dataset.publisher.iri"]
    if (name is None) != (iri is None):
        missing = "dataset.publisher.name" if name is None else "dataset.publisher.iri"
        raise SettingsError("missing: a publisher has both a name and an IRI", file, missing)
    dataset = DatasetSettings(
        title=values["dataset.title"],
        description=values["dataset.description"],
        publisher=None if name is None else Publisher(name, iri),
        licence=values["dataset.licence"],
        rights=values["dataset.rights"],
        contact=values["dataset.contact"],
    )
    serve = ServeSettings(**{f.name: values[f"serve.{f.name}"] for f in fields(ServeSettings)})
    return Settings(
        values["base"], values["max_record_bytes"], dataset, serve, values["keep_releases"]
    )
