"""Settings reach the release and the server: the dataset description states a licence,
publisher, rights and contact only when the settings give them, the manifest records them, the
Signposting ``license`` link follows them, and command-line options override the file."""

from __future__ import annotations

import gzip
import json
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner
from live import seed_collection as collection
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS

from linkeddata.build.builder import Build
from linkeddata.build.collection import find_records
from linkeddata.cli import main
from linkeddata.settings import SETTINGS_FILE, ServeSettings, load_settings
from linkeddata.web import create_app
from linkeddata.web.serving import options

ROOT = Path(__file__).resolve().parent.parent
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/"
PUBLISHER = "https://archive.example.org/#archive"
SETTINGS = f"""
base = "https://archive.example.org/"

[dataset]
title = {{ en = "Telegrams", ro = "Telegrame" }}
description = "Romanian telegrams."
licence = "{LICENCE}"
rights = "Public domain."
contact = "data@archive.example.org"
publisher = {{ name = "Example Archive", iri = "{PUBLISHER}" }}
"""
OVERRIDE = "http://override.example/"


def dataset_graph(out: Path, base: str) -> Graph:
    """The dataset description as the build wrote it into the N-Quads dump."""
    dataset = Dataset()
    data = gzip.decompress((out / "dumps" / "dataset.nq.gz").read_bytes())
    dataset.parse(data=data, format="nquads")
    graph = Graph()
    for triple in dataset.graph(URIRef(f"{base}graph/dataset")):
        graph.add(triple)
    return graph


def manifest(out: Path) -> dict[str, Any]:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release of a collection without a settings file."""
    folder = tmp_path_factory.mktemp("plain")
    assert Build(collection(folder / "documents"), folder / "build", workers=1).run().published
    return folder / "build"


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release of a collection with every dataset setting, built by the CLI with --base."""
    folder = tmp_path_factory.mktemp("configured")
    documents = collection(folder / "documents", SETTINGS)
    out = folder / "build"
    done = CliRunner().invoke(
        main, ["build", str(documents), "--out", str(out), "--base", OVERRIDE]
    )
    assert done.exit_code == 0, done.output
    return out


# --- the build --------------------------------------------------------------------------------


def test_without_settings_no_licence_publisher_rights_or_contact(plain: Path) -> None:
    graph = dataset_graph(plain, "http://127.0.0.1:8080/")
    ds = URIRef("http://127.0.0.1:8080/id/dataset")
    for predicate in (DCTERMS.license, DCTERMS.publisher, DCTERMS.rights, DCAT.contactPoint):
        assert graph.value(ds, predicate) is None, predicate
    assert graph.value(ds, DCTERMS.title) == Literal("Archival documents as Linked Data", lang="en")
    assert graph.value(ds, DCTERMS.description) is not None
    assert not any("publisher" in str(term) for triple in graph for term in triple)
    assert manifest(plain)["dataset"] == load_settings(None).dataset.to_json()


def test_with_settings_the_description_carries_them_all(configured: Path) -> None:
    graph = dataset_graph(configured, OVERRIDE)
    ds = URIRef(f"{OVERRIDE}id/dataset")
    assert set(graph.objects(ds, DCTERMS.title)) == {
        Literal("Telegrams", lang="en"),
        Literal("Telegrame", lang="ro"),
    }
    assert graph.value(ds, DCTERMS.description) == Literal("Romanian telegrams.", lang="en")
    assert graph.value(ds, DCTERMS.license) == URIRef(LICENCE)
    publisher = URIRef(PUBLISHER)
    assert graph.value(ds, DCTERMS.publisher) == publisher
    assert graph.value(publisher, FOAF.name) == Literal("Example Archive")
    assert (publisher, RDF.type, FOAF.Agent) in graph
    rights = graph.value(ds, DCTERMS.rights)
    assert (rights, RDF.type, DCTERMS.RightsStatement) in graph
    assert graph.value(rights, RDFS.label) == Literal("Public domain.", lang="en")
    contact = graph.value(ds, DCAT.contactPoint)
    assert (contact, RDF.type, VCARD.Kind) in graph
    assert graph.value(contact, VCARD.hasEmail) == URIRef("mailto:data@archive.example.org")


def test_the_manifest_records_the_settings_and_the_option_wins(configured: Path) -> None:
    built = manifest(configured)
    assert built["base"] == OVERRIDE, "--base overrides the file's base"
    assert built["dataset"]["licence"] == LICENCE
    assert built["dataset"]["publisher"] == {"name": "Example Archive", "iri": PUBLISHER}


def test_the_settings_file_is_not_a_record(configured: Path) -> None:
    documents = configured.parent / "documents"
    assert [p.name for p in find_records(documents)] == ["116702.txt"]
    assert SETTINGS_FILE not in {f["file"] for f in manifest(configured)["files"]}
    assert manifest(configured)["documents"] == {"files": 1, "published": 1}


def test_a_wrong_settings_file_stops_the_build(tmp_path: Path) -> None:
    documents = collection(tmp_path / "documents", "[serve]\nport = 'x'\n")
    out = tmp_path / "build"
    done = CliRunner().invoke(main, ["build", str(documents), "--out", str(out)])
    assert done.exit_code == 2
    assert f"error: {documents / SETTINGS_FILE}: serve.port: not an integer" in done.stderr
    assert not out.exists()


# --- the server -------------------------------------------------------------------------------


def links(out: Path, path: str) -> str:
    with create_app(out).test_client() as client:
        response = client.get(path)
        assert response.status_code == 200
        return response.headers["Link"]


@pytest.mark.parametrize("path", ["/doc/document/116702", "/.well-known/void"])
def test_signposting_sends_the_configured_licence(configured: Path, path: str) -> None:
    assert f'<{LICENCE}>; rel="license"' in links(configured, path)


@pytest.mark.parametrize("path", ["/doc/document/116702", "/.well-known/void"])
def test_signposting_without_a_licence_sends_none(plain: Path, path: str) -> None:
    header = links(plain, path)
    assert 'rel="cite-as"' in header
    assert 'rel="license"' not in header


def test_the_home_page_shows_the_configured_title(configured: Path, plain: Path) -> None:
    with create_app(configured).test_client() as client:
        assert "<h1>Telegrams</h1>" in client.get("/").text
    with create_app(plain).test_client() as client:
        assert "<h1>Archival documents as Linked Data</h1>" in client.get("/").text


# --- serve's options over the file ------------------------------------------------------------


class Recorder:
    """Stands in for gunicorn: records what ``serve`` would run."""

    runs: ClassVar[list[Recorder]] = []

    def __init__(self, factory: Any, listener: socket.socket, settings: ServeSettings) -> None:
        self.factory, self.settings = factory, settings
        self.address = listener.getsockname()
        self.options = options(settings.workers)
        listener.close()

    def run(self) -> int:
        Recorder.runs.append(self)
        return 0


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., Recorder]:
    """``linkeddata serve`` on a collection with ``[serve]`` settings, without a server."""
    import linkeddata.web.serving as serving
    import linkeddata.web.worker as worker

    monkeypatch.setattr(serving, "Server", Recorder)
    monkeypatch.setattr(worker, "exit_now", sys.exit)  # not the test's process
    monkeypatch.setattr(serving, "stale_reason", lambda *_args: None)
    Recorder.runs.clear()
    text = '[serve]\nhost = "127.0.0.2"\nport = 9000\nworkers = 3\nmax_rows = 5\n'
    documents = collection(tmp_path / "documents", text)

    def run(*args: str) -> Recorder:
        done = CliRunner().invoke(main, ["serve", str(documents), *args])
        assert done.exit_code == 0, done.output
        (recorded,) = Recorder.runs
        Recorder.runs.clear()
        return recorded

    return run


def test_serve_takes_the_file(serve: Callable[..., Recorder]) -> None:
    recorded = serve()
    assert recorded.address == ("127.0.0.2", 9000)  # bound by serve itself
    assert recorded.options["workers"] == 3
    limits = recorded.factory.keywords["config"]["SPARQL_LIMITS"]
    assert (limits.max_rows, limits.timeout) == (5, 30.0)


def test_serve_options_override_the_file(serve: Callable[..., Recorder]) -> None:
    recorded = serve("--port", "9100", "--max-rows", "7", "--query-timeout", "2")
    assert recorded.address == ("127.0.0.2", 9100)
    assert recorded.options["workers"] == 3
    limits = recorded.factory.keywords["config"]["SPARQL_LIMITS"]
    assert (limits.max_rows, limits.timeout) == (7, 2.0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "70000"], "70000 is out of range"),
        (["--port", "http"], "not an integer: 'http'"),
        (["--query-timeout", "nan"], "out of range"),
        (["--base", "example.org"], "base IRI must be"),
    ],
)
def test_serve_refuses_a_wrong_option(tmp_path: Path, args: list[str], message: str) -> None:
    done = CliRunner().invoke(main, ["serve", str(tmp_path), *args])
    assert done.exit_code == 2
    assert message in done.stderr
