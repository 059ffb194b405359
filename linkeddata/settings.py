"""The settings a publisher gives: ``linkeddata.toml`` beside the collection, read into one
frozen :class:`Settings` tree.

:data:`SETTINGS` lists every setting once, with its type, default and help: the loader checks
a file against it, the CLI makes its options from it and ``docs/settings.md`` documents it (a
test holds the three together). A command-line option overrides the file, which overrides the
default. A mistake in the file is refused with the file and the key:

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / SETTINGS_FILE).write_text('[dataset]\\nlicence = "CC BY"\\n')
>>> load_settings(folder)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
linkeddata.errors.SettingsError: /.../linkeddata.toml: dataset.licence: not an absolute IRI: 'CC BY'
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import SettingsError
from .iris import DEFAULT_BASE, check_base

SETTINGS_FILE = "linkeddata.toml"
MIB = 1024 * 1024
MAX_RECORD_BYTES = 15 * MIB
"""The largest record a release can hold, also as written (escaped) in a statement: a build
reads its dumps back with Oxigraph, which reads a term of up to 16 MiB."""

Text = tuple[tuple[str, str], ...]
"""A text in one or more languages: (language tag, text) pairs, sorted by tag."""

_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_EMAIL = re.compile(r"[^@\s:/<>]+@[^@\s/<>]+\.[^@\s/<>]+")
_HEADER = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")  # an HTTP field name (RFC 9110 token)


# --- types ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """A setting's type: its name in the docs, the check of a TOML value (a ValueError says
    what is wrong), the reading of a command-line word as the TOML value it stands for, and
    the word for its value in the command's help."""

    name: str
    check: Callable[[Any], Any]
    word: Callable[[str], Any] = str
    metavar: str = "TEXT"


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not a string: {value!r}")
    if not value.strip():
        raise ValueError("empty")
    return value


def _text(value: Any) -> Text:
    """A string (English) or a table of language tag = string."""
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict) or not value:
        raise ValueError(f"not a string or a table of language tag = string: {value!r}")
    for tag, text in value.items():
        if not _LANGUAGE.fullmatch(tag):
            raise ValueError(f"not a language tag: {tag!r}")
        _string(text)
    return tuple(sorted(value.items()))


def _iri(value: Any) -> str:
    if not isinstance(value, str) or not _IRI.fullmatch(value):
        raise ValueError(f"not an absolute IRI: {value!r}")
    return value


def _contact(value: Any) -> str:
    """An email address (as a ``mailto:`` IRI) or an absolute IRI."""
    if isinstance(value, str) and _EMAIL.fullmatch(value):
        return f"mailto:{value}"
    if isinstance(value, str) and _IRI.fullmatch(value):
        return value
    raise ValueError(f"neither an email address nor an absolute IRI: {value!r}")


def _header(value: Any) -> str:
    if not isinstance(value, str) or not _HEADER.fullmatch(value):
        raise ValueError(f"not an HTTP header name: {value!r}")
    return value


def _endpoint(value: Any) -> str:
    """An http(s) URL with a host: where a SPARQL server answers."""
    parts = urlsplit(_string(value))
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise ValueError(f"not an http(s) URL: {value!r}")
    return str(value)


def _base(value: Any) -> str:
    return check_base(_string(value))


_LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})*|\[[0-9a-f:.]+\]")


def _hosts(value: Any) -> tuple[str, ...]:
    """Host names (DNS names, IPv4 or bracketed IPv6 addresses) without ports, lower-cased."""
    if not isinstance(value, list | tuple):
        raise ValueError(f"not a list of host names: {value!r}")
    for host in value:
        if not isinstance(host, str) or not _HOST.fullmatch(host.lower()):
            raise ValueError(f"not a host name (no port, no scheme): {host!r}")
    return tuple(host.lower() for host in value)


def _integer(low: int, high: int | None = None) -> Kind:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"not an integer: {value!r}")
        if value < low or (high is not None and value > high):
            raise ValueError(f"{value} is out of range ({name})")
        return value

    name = f"integer from {low} to {high}" if high is not None else f"integer, at least {low}"
    return Kind(name, check, _word(int, "an integer"), "N")


def _seconds(low: float, high: float) -> Kind:
    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"not a number of seconds: {value!r}")
        if not (math.isfinite(value) and low <= value <= high):
            raise ValueError(f"{value} is out of range ({name})")
        return float(value)

    name = f"seconds, from {low:g} to {high:g}"
    return Kind(name, check, _word(float, "a number"), "SECONDS")


def _word(convert: Callable[[str], Any], what: str) -> Callable[[str], Any]:
    def read(word: str) -> Any:
        try:
            return convert(word)
        except ValueError:
            raise ValueError(f"not {what}: {word!r}") from None

    return read


STRING = Kind("string", _string)
TEXT = Kind("text: a string (English) or a table of language tag = string", _text)
IRI = Kind("absolute IRI", _iri)
CONTACT = Kind("email address or absolute IRI", _contact)
BASE = Kind("http(s) IRI ending in /", _base, metavar="IRI")
HOSTS = Kind("list of host names", _hosts, lambda word: word.split(",") if word else [], "HOST,...")
HEADER = Kind("HTTP header name", _header, metavar="NAME")
ENDPOINT = Kind("http(s) URL", _endpoint, metavar="URL")
CLIENT_WINDOW = 60.0
"""Seconds over which a client's SPARQL query time is counted (``serve.client_query_seconds``)."""


# --- the list -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """One setting: its dotted key in the file, type, default (a TOML value; None: unset),
    help, and the ``linkeddata serve`` option that overrides it."""

    name: str
    kind: Kind
    default: Any
    help: str
    option: str | None = None

    def read(self, value: Any) -> Any:
        return None if value is None else self.kind.check(value)


SETTINGS: tuple[Setting, ...] = (
    Setting("base", BASE, DEFAULT_BASE, "Base IRI of the deployment: things are minted under "
            "{base}id/, named graphs under {base}graph/.", "--base"),
    Setting("dataset.title", TEXT, "Archival documents as Linked Data",
            "Title of the dataset (dcterms:title)."),
    Setting("dataset.description", TEXT, "Catalogue records of archival documents, their "
            "translations and the people, organisations and places they name, converted and "
            "validated by linkeddata.", "What the dataset holds (dcterms:description)."),
    Setting("dataset.publisher.name", STRING, None,
            "Name of the person or organisation that publishes the dataset (foaf:name)."),
    Setting("dataset.publisher.iri", IRI, None,
            "IRI of the publisher (dcterms:publisher); set with dataset.publisher.name."),
    Setting("dataset.licence", IRI, None, "IRI of the licence the dataset is published under "
            "(dcterms:license, and the license link of every response). Unset: no licence "
            "is stated."),
    Setting("dataset.rights", TEXT, None,
            "Who holds which rights in the data (dcterms:rights)."),
    Setting("dataset.contact", CONTACT, None,
            "Where to write about the dataset (dcat:contactPoint)."),
    Setting("max_record_bytes", _integer(1024, MAX_RECORD_BYTES), 5 * MIB, "Bytes a record "
            "file may have: a larger one is reported as an error and left out, the rest is "
            "published."),
    Setting("keep_releases", _integer(1), 3, "Releases kept in the output folder: the "
            "current one and those before it. An older one is removed by the next build, "
            "unless a server still answers from it.", "--keep"),
    Setting("serve.host", STRING, "127.0.0.1", "Interface to listen on.", "--host"),
    Setting("serve.port", _integer(0, 65535), 8080, "Port to listen on.", "--port"),
    Setting("serve.allowed_hosts", HOSTS, ["localhost", "127.0.0.1", "[::1]"],
            "Host headers answered (any port), besides the host of base; any other Host is "
            "answered 400.", "--allowed-hosts"),
    Setting("serve.workers", _integer(1), 2,
            "Server worker processes (each with 8 threads).", "--workers"),
    Setting("serve.query_timeout", _seconds(0.1, 86_400), 30.0,
            "Seconds a SPARQL query may run before it is stopped.", "--query-timeout"),
    Setting("serve.max_rows", _integer(1), 10_000, "Rows (or triples) per SPARQL "
            "answer; longer answers are flagged truncated.", "--max-rows"),
    Setting("serve.query_memory", _integer(16), 2048,
            "MiB a SPARQL query may allocate.", "--query-memory"),
    Setting("serve.max_concurrent_queries", _integer(1), 2,
            "SPARQL queries run at the same time (429 beyond); one client may run half of them "
            "(at least one).", "--max-concurrent-queries"),
    Setting("serve.header_timeout", _seconds(0.1, 3600), 10.0, "Seconds a client has to "
            "send a request's header, from its first byte (408 beyond).", "--header-timeout"),
    Setting("serve.body_timeout", _seconds(0.1, 3600), 20.0, "Seconds a client has to send "
            "a request's body once its header is in (408 beyond).", "--body-timeout"),
    Setting("serve.idle_timeout", _seconds(0.1, 3600), 10.0, "Seconds a connection may wait "
            "for a request, or leave an answer unread, before it is closed.", "--idle-timeout"),
    Setting("serve.max_connections_per_client", _integer(1), 64, "Connections one client "
            "address may hold open in each server worker process (503 beyond; behind a "
            "reverse proxy every client has the proxy's address).",
            "--max-connections-per-client"),
    Setting("serve.client_query_seconds", _seconds(0.1, 86_400), 30.0,
            "Seconds of SPARQL query time one client (address) may use per "
            f"{CLIENT_WINDOW:g} s (429 with Retry-After beyond).", "--client-query-seconds"),
    Setting("serve.trusted_proxy_header", HEADER, None, "Header in which a reverse proxy "
            "passes the client's address (its last address counts), such as X-Forwarded-For. "
            "Unset: the connection's address. Set it only when clients reach the server "
            "through that proxy alone.", "--trusted-proxy-header"),
    Setting("serve.sparql_backend", ENDPOINT, None, "SPARQL endpoint of a SPARQL 1.1 server "
            "holding the release (loaded with `linkeddata load --to`), which then answers "
            "/sparql within the same limits. Unset: the release's embedded store.",
            "--sparql-backend"),
)  # fmt: skip
BY_NAME = {s.name: s for s in SETTINGS}
SECTIONS = {s.name.rpartition(".")[0] for s in SETTINGS} - {""}
"""The tables of the file (``dataset.publisher`` within ``dataset``)."""


# --- the tree ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Publisher:
    """Who publishes the dataset: both a name and an IRI, or no publisher at all."""

    name: str
    iri: str


@dataclass(frozen=True)
class DatasetSettings:
    """What the dataset description says about the dataset (None: nothing is said)."""

    title: Text
    description: Text
    publisher: Publisher | None
    licence: str | None
    rights: Text | None
    contact: str | None

    def to_json(self) -> dict[str, Any]:
        """As the manifest records them: a release built with others is stale."""
        return {
            "title": dict(self.title),
            "description": dict(self.description),
            "publisher": self.publisher
            and {"name": self.publisher.name, "iri": self.publisher.iri},
            "licence": self.licence,
            "rights": self.rights and dict(self.rights),
            "contact": self.contact,
        }


@dataclass(frozen=True)
class ServeSettings:
    """How ``linkeddata serve`` listens, how long it waits for a client, and what one SPARQL
    query may use."""

    host: str
    port: int
    allowed_hosts: tuple[str, ...]
    workers: int
    query_timeout: float
    max_rows: int
    query_memory: int
    max_concurrent_queries: int
    header_timeout: float
    body_timeout: float
    idle_timeout: float
    max_connections_per_client: int
    client_query_seconds: float
    trusted_proxy_header: str | None
    sparql_backend: str | None


@dataclass(frozen=True)
class Settings:
    """Every setting, checked: what a build and a server are configured with."""

    base: str
    max_record_bytes: int
    dataset: DatasetSettings
    serve: ServeSettings
    keep_releases: int


# --- the loader -------------------------------------------------------------------------------


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
