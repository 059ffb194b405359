"""``build --prerender``: documents' descriptions rendered by the build into the release
(``bodies.sqlite``), then sent by the server without reaching the store, byte for byte and
header for header what the server renders itself."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from live import ROOT, manifest, two_seeds

from linkeddata.release.layout import BODIES, Release
from linkeddata.web import create_app
from linkeddata.web.prebuilt import Prebuilt

DOCUMENTS = ("116702", "900001")
ACCEPTS = (
    "text/turtle",
    "application/ld+json",
    'application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded"',
    "text/html",
    "application/n-triples",
    "application/trig",
    "application/rdf+xml",
    "application/x-bibtex",
)


def build(documents: Path, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "linkeddata", "build", str(documents), "--out", str(out)]
    return subprocess.run(
        [*command, "--quiet", *options], cwd=ROOT, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def outs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A release built with ``--prerender turtle,jsonld,html``, and a copy of it without its
    bodies (the same release: the same id, so the same ETags)."""
    folder = tmp_path_factory.mktemp("prerender")
    documents = two_seeds(folder / "documents")
    out = folder / "out"
    done = build(documents, out, "--prerender", "turtle,jsonld,html", "--workers", "2")
    assert done.returncode == 0, done.stderr
    plain = folder / "plain"
    shutil.copytree(out, plain, symlinks=True, ignore=shutil.ignore_patterns(".cache"))
    (plain / "current" / BODIES).unlink()
    return out, plain


@pytest.fixture(scope="module")
def apps(outs: tuple[Path, Path]) -> Iterator[tuple[Flask, Flask]]:
    made = create_app(outs[0]), create_app(outs[1])
    yield made
    for app in made:
        app.extensions["linkeddata.sparql"].close()


def test_the_release_holds_every_document_in_the_chosen_formats(outs: tuple[Path, Path]) -> None:
    out, _ = outs
    release = Release((out / "current").resolve())
    base = manifest(out)["base"]
    bodies = Prebuilt(release.bodies)
    try:
        for number in DOCUMENTS:
            iri = f"{base}id/document/{number}"
            path = f"/doc/document/{number}"
            assert bodies.get(("facts", iri, "", path))
            for name in ("turtle", "jsonld", "html"):
                assert bodies.get((iri, name, path)), (number, name)
            assert bodies.get((iri, "ntriples", path)) is None  # not chosen
    finally:
        bodies.close()
    assert manifest(out)["timings"]["prerender"] > 0


def test_answers_are_those_the_server_renders(apps: tuple[Flask, Flask]) -> None:
    built, plain = (app.test_client() for app in apps)
    compared = 0
    for number in DOCUMENTS:
        for path in (f"/doc/document/{number}", f"/doc/document/{number}.ttl"):
            for accept in ACCEPTS:
                for method in ("GET", "HEAD"):
                    one = built.open(path, method=method, headers={"Accept": accept})
                    other = plain.open(path, method=method, headers={"Accept": accept})
                    assert (one.status_code, one.data) == (other.status_code, other.data)
                    assert _headers(one.headers) == _headers(other.headers), (path, accept)
                    tag = one.headers["ETag"]
                    again = built.get(path, headers={"Accept": accept, "If-None-Match": tag})
                    assert again.status_code == 304
                    compared += 1
    assert compared == 2 * 2 * len(ACCEPTS) * 2


def test_a_first_request_never_reaches_the_store(apps: tuple[Flask, Flask]) -> None:
    """The bodies the build rendered answer on their own: with the release's store closed,
    the chosen formats are still sent (any other one would need the store)."""
    app = create_app(Path(apps[0].extensions["linkeddata"].out))
    releases = app.extensions["linkeddata"]
    client = app.test_client()
    with releases.held() as published:
        published.store.close()
        for accept in ("text/turtle", "application/ld+json", "text/html"):
            answer = client.get("/doc/document/116702", headers={"Accept": accept})
            assert answer.status_code == 200, accept
            assert b"116702" in answer.data
    app.extensions["linkeddata.sparql"].close()


def test_an_unknown_format_is_refused_before_the_build(tmp_path: Path) -> None:
    documents = two_seeds(tmp_path / "documents")
    done = build(documents, tmp_path / "out", "--prerender", "turtle,sparql")
    assert done.returncode != 0
    assert "sparql is not a representation of a document" in done.stderr
    assert not (tmp_path / "out" / "current").exists()


def _headers(headers: object) -> dict[str, str]:
    return {k: v for k, v in dict(headers).items() if k != "Date"}  # type: ignore[call-overload]
