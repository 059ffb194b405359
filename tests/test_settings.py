"""``linkeddata.toml``: every key read into the settings tree, every mistake refused with the
file and the key, and every setting documented in docs/settings.md."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from linkeddata.errors import SettingsError
from linkeddata.settings import (
    BY_NAME,
    SETTINGS,
    SETTINGS_FILE,
    Publisher,
    Setting,
    load_settings,
)
from linkeddata.sparql.service import Limits

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "settings.md"

EVERY_KEY = """
base = "https://archive.example.org/data/"
max_record_bytes = 1048576
keep_releases = 5

[dataset]
title = { en = "Telegrams", ro = "Telegrame" }
description = "Romanian telegrams."
licence = "https://creativecommons.org/publicdomain/zero/1.0/"
rights = { en = "Public domain.", fr = "Domaine public." }
contact = "data@archive.example.org"

[dataset.publisher]
name = "Example Archive"
iri = "https://archive.example.org/#archive"

[serve]
host = "0.0.0.0"
port = 8000
allowed_hosts = ["data.example.org", "192.0.2.7", "[2001:DB8::1]"]
workers = 4
query_timeout = 10
max_rows = 5000
query_memory = 1024
max_concurrent_queries = 3
header_timeout = 5
body_timeout = 15
idle_timeout = 30
max_connections_per_client = 100
client_query_seconds = 12.5
trusted_proxy_header = "X-Real-IP"
sparql_backend = "http://127.0.0.1:8890/sparql"
"""


def folder_with(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / SETTINGS_FILE
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return tmp_path


def keys(table: dict[str, Any], prefix: str = "") -> set[str]:
    """The dotted setting names a parsed TOML file sets."""
    found = set()
    for key, value in table.items():
        name = f"{prefix}{key}"
        found |= {name} if name in BY_NAME else keys(value, f"{name}.")
    return found


# --- reading ----------------------------------------------------------------------------------


def test_without_a_file_every_setting_has_its_default(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert settings == load_settings(None)
    assert settings.base == "http://127.0.0.1:8080/"
    assert settings.dataset.title == (("en", "Archival documents as Linked Data"),)
    assert settings.dataset.description[0][0] == "en"
    assert settings.dataset.publisher is None
    assert settings.dataset.licence is None
    assert settings.dataset.rights is None
    assert settings.dataset.contact is None
    assert settings.max_record_bytes == 5 * 1024 * 1024
    assert settings.keep_releases == 3
    assert Limits.of(settings.serve).describe() == (
        "30 s per query, 10000 result rows, 100000-byte queries, 2 at a time, "
        "30 s per client per 60 s"
    )
    assert (settings.serve.host, settings.serve.port, settings.serve.workers) == (
        "127.0.0.1",
        8080,
        2,
    )


def test_every_key_is_read(tmp_path: Path) -> None:
    assert keys(tomllib.loads(EVERY_KEY)) == set(BY_NAME), "the test sets every setting"
    settings = load_settings(folder_with(tmp_path, EVERY_KEY))
    assert settings.base == "https://archive.example.org/data/"
    assert settings.max_record_bytes == 1024 * 1024
    assert settings.keep_releases == 5
    dataset = settings.dataset
    assert dataset.title == (("en", "Telegrams"), ("ro", "Telegrame"))
    assert dataset.description == (("en", "Romanian telegrams."),)
    assert dataset.licence == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert dataset.rights == (("en", "Public domain."), ("fr", "Domaine public."))
    assert dataset.contact == "mailto:data@archive.example.org"
    assert dataset.publisher == Publisher("Example Archive", "https://archive.example.org/#archive")
    serve = settings.serve
    assert (serve.host, serve.port, serve.workers) == ("0.0.0.0", 8000, 4)
    assert serve.allowed_hosts == ("data.example.org", "192.0.2.7", "[2001:db8::1]")
    limits = Limits.of(serve)
    assert (limits.timeout, limits.max_rows, limits.memory_mb, limits.max_concurrent) == (
        10.0,
        5000,
        1024,
        3,
    )
    deadlines = (serve.header_timeout, serve.body_timeout, serve.idle_timeout)
    assert deadlines == (5.0, 15.0, 30.0)
    assert serve.max_connections_per_client == 100
    assert isinstance(limits.timeout, float)
    assert (limits.client_seconds, serve.trusted_proxy_header) == (12.5, "X-Real-IP")
    assert serve.sparql_backend == "http://127.0.0.1:8890/sparql"


def test_publisher_inline_and_contact_iri(tmp_path: Path) -> None:
    text = (
        '[dataset]\npublisher = { name = "A", iri = "urn:x:a" }\n'
        'contact = "https://example.org/contact"\n'
    )
    dataset = load_settings(folder_with(tmp_path, text)).dataset
    assert dataset.publisher == Publisher("A", "urn:x:a")
    assert dataset.contact == "https://example.org/contact"


def test_overrides_win_over_the_file(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, EVERY_KEY)
    settings = load_settings(folder, {"serve.port": 9100, "base": "http://other.example/"})
    assert settings.serve.port == 9100
    assert settings.base == "http://other.example/"
    assert settings.serve.workers == 4, "what is not overridden comes from the file"


def test_the_collections_own_settings_state_rights_and_no_licence() -> None:
    dataset = load_settings(ROOT / "documents").dataset
    assert dataset.licence is None
    assert dataset.publisher is None
    assert dataset.rights is not None
    assert "Wilson Center Digital Archive" in dataset.rights[0][1]


# --- mistakes ---------------------------------------------------------------------------------

MISTAKES = [
    ('basis = "x"\n', "basis", "unknown setting; known: base, dataset.title"),
    ('[dataset]\nlicnce = "x"\n', "dataset.licnce", "known: dataset.title, dataset.description"),
    ("[server]\nport = 1\n", "server", "unknown setting"),
    ('[dataset.publisher]\nnickname = "x"\n', "dataset.publisher.nickname", "unknown setting"),
    ('dataset = "x"\n', "dataset", "not a table"),
    ('base = "ftp://example.org/"\n', "base", "base IRI must be"),
    ('base = "http://example.org"\n', "base", "ending in '/'"),
    ("[dataset]\ntitle = 5\n", "dataset.title", "not a string or a table"),
    ('[dataset]\ntitle = ""\n', "dataset.title", "empty"),
    ("[dataset]\ntitle = {}\n", "dataset.title", "not a string or a table"),
    ('[dataset]\ntitle = { "en us" = "x" }\n', "dataset.title", "not a language tag: 'en us'"),
    ("[dataset]\ndescription = { en = 1 }\n", "dataset.description", "not a string: 1"),
    ('[dataset]\nlicence = "CC BY 4.0"\n', "dataset.licence", "not an absolute IRI"),
    ("[dataset]\nlicence = 4\n", "dataset.licence", "not an absolute IRI: 4"),
    ('[dataset]\nrights = ["x"]\n', "dataset.rights", "not a string or a table"),
    ('[dataset]\ncontact = "the archivist"\n', "dataset.contact", "neither an email address"),
    (
        '[dataset.publisher]\nname = "A"\niri = "archive.example.org"\n',
        "dataset.publisher.iri",
        "not an absolute IRI",
    ),
    ('[dataset.publisher]\nname = "A"\n', "dataset.publisher.iri", "missing"),
    ('[dataset.publisher]\niri = "urn:x:a"\n', "dataset.publisher.name", "missing"),
    ("[dataset.publisher]\nname = 1\niri = 'urn:x'\n", "dataset.publisher.name", "not a string"),
    ("max_record_bytes = 100\n", "max_record_bytes", "out of range (integer from 1024 to"),
    ("[serve]\nhost = 1\n", "serve.host", "not a string: 1"),
    ('[serve]\nport = "8080"\n', "serve.port", "not an integer: '8080'"),
    ("[serve]\nport = 80.5\n", "serve.port", "not an integer"),
    ("[serve]\nport = 70000\n", "serve.port", "70000 is out of range (integer from 0 to 65535)"),
    ('[serve]\nallowed_hosts = "a.example"\n', "serve.allowed_hosts", "not a list of host"),
    ('[serve]\nallowed_hosts = ["a.example:8080"]\n', "serve.allowed_hosts", "no port"),
    ('[serve]\nallowed_hosts = ["http://a.example"]\n', "serve.allowed_hosts", "no scheme"),
    ("[serve]\nallowed_hosts = [1]\n", "serve.allowed_hosts", "not a host name"),
    ("[serve]\nworkers = true\n", "serve.workers", "not an integer: True"),
    ("[serve]\nworkers = 0\n", "serve.workers", "out of range"),
    ('[serve]\nquery_timeout = "30"\n', "serve.query_timeout", "not a number of seconds"),
    ("[serve]\nquery_timeout = 0\n", "serve.query_timeout", "out of range"),
    ("[serve]\nquery_timeout = nan\n", "serve.query_timeout", "out of range"),
    ("[serve]\nquery_timeout = inf\n", "serve.query_timeout", "out of range"),
    ("[serve]\nmax_rows = 0\n", "serve.max_rows", "out of range"),
    ("[serve]\nquery_memory = 8\n", "serve.query_memory", "out of range"),
    ("[serve]\nmax_concurrent_queries = -1\n", "serve.max_concurrent_queries", "out of range"),
    (
        "[serve]\nheader_timeout = 3601\n",
        "serve.header_timeout",
        "3601 is out of range (seconds, from 0.1 to 3600)",
    ),
    ("[serve]\nidle_timeout = 0\n", "serve.idle_timeout", "out of range"),
    ("[serve]\nmax_connections_per_client = 0\n", "serve.max_connections_per_client", "range"),
    ("[serve]\nclient_query_seconds = 0\n", "serve.client_query_seconds", "out of range"),
    (
        '[serve]\ntrusted_proxy_header = "X Forwarded"\n',
        "serve.trusted_proxy_header",
        "not an HTTP header name: 'X Forwarded'",
    ),
    ('[serve]\nsparql_backend = "ftp://h/sparql"\n', "serve.sparql_backend", "not an http(s) URL"),
    ('[serve]\nsparql_backend = "http:///sparql"\n', "serve.sparql_backend", "not an http(s)"),
]


@pytest.mark.parametrize(("text", "key", "message"), MISTAKES, ids=[m[1] for m in MISTAKES])
def test_a_mistake_names_the_file_and_the_key(
    tmp_path: Path, text: str, key: str, message: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(folder_with(tmp_path, text))
    error = caught.value
    assert str(error).startswith(f"{tmp_path / SETTINGS_FILE}: {key}: ")
    assert message in str(error)
    assert (error.key, error.exit_code) == (key, 2)


def test_every_kind_of_setting_has_a_mistake() -> None:
    kinds = {BY_NAME[key].kind.name for _text, key, _message in MISTAKES if key in BY_NAME}
    assert kinds == {s.kind.name for s in SETTINGS}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("base = \n", "(at line 1, column 8)"),
        (b"base = '\xff'\n", "codec can't decode"),
    ],
    ids=["not-toml", "not-utf8"],
)
def test_an_unreadable_file_is_named(tmp_path: Path, content: str | bytes, message: str) -> None:
    with pytest.raises(SettingsError, match="cannot read the settings") as caught:
        load_settings(folder_with(tmp_path, content))
    assert str(caught.value).startswith(f"{tmp_path / SETTINGS_FILE}: ")
    assert message in str(caught.value)


# --- the documentation ------------------------------------------------------------------------


def doc_row(setting: Setting) -> str:
    default = "unset" if setting.default is None else f"`{_toml(setting.default)}`"
    option = f"`{setting.option}`" if setting.option else ""
    cells = (f"`{setting.name}`", setting.kind.name, default, option, setting.help)
    return "| " + " | ".join(cells).replace("|  |", "| |") + " |"


def _toml(value: Any) -> str:
    return json.dumps(value) if isinstance(value, str | list) else str(value)


def test_every_setting_is_documented_as_the_list_says() -> None:
    section = DOCS.read_text(encoding="utf-8").split("## Every setting")[1].split("\n## ")[0]
    rows = {
        line.split("|")[1].strip().strip("`"): line
        for line in section.splitlines()
        if line.startswith("| `")
    }
    assert set(rows) == set(BY_NAME)
    for setting in SETTINGS:
        assert rows[setting.name] == doc_row(setting), f"expected:\n{doc_row(setting)}"


def test_the_documented_example_sets_every_setting(tmp_path: Path) -> None:
    example = re.search(r"```toml\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert example is not None
    assert keys(tomllib.loads(example.group(1))) == set(BY_NAME)
    settings = load_settings(folder_with(tmp_path, example.group(1)))
    assert settings.dataset.licence is not None
