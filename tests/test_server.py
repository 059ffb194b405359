"""Fast unit tests of the Flask app with the test client (the live tests use a real server)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from linkeddata.web import create_app
from linkeddata.web.negotiation import representations
from linkeddata.web.respond import split_extension

DOC = "http://127.0.0.1:8080/id/document/116702"


def test_no_module_level_app() -> None:
    import linkeddata.web as server

    assert not [v for v in vars(server).values() if isinstance(v, Flask)]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("document/1.ttl", ("document/1", "ttl")),
        ("document/1.csl.json", ("document/1", "csl.json")),
        ("document/1/reply-to/12.390", ("document/1/reply-to/12.390", None)),
        ("document/1", ("document/1", None)),
        (".ttl", (".ttl", None)),
    ],
)
def test_split_extension(path: str, expected: tuple[str, str | None]) -> None:
    from linkeddata.web.things import CITATIONS

    assert split_extension(path, representations(*CITATIONS)) == expected


def test_every_rdf_format_gives_the_same_graph(client: FlaskClient) -> None:
    graphs = {}
    for ext, fmt in [("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"), ("rdf", "xml")]:
        response = client.get(f"/doc/document/116702.{ext}")
        assert response.status_code == 200
        graphs[ext] = Graph().parse(data=response.data, format=fmt)
    first = graphs.pop("ttl")
    assert (URIRef(DOC), None, None) in first
    for ext, graph in graphs.items():
        assert isomorphic(first, graph), ext


def test_jsonld_is_compacted_with_the_published_context(client: FlaskClient) -> None:
    document = json.loads(client.get("/doc/document/116702.jsonld").data)
    published = json.loads(client.get("/context.jsonld").data)
    assert document["@context"] == published["@context"]
    node = next(n for n in document["@graph"] if n["@id"] == "id:document/116702")
    assert node["dcterms:identifier"] == "116702"
    assert "rico:Record" in node["@type"]


def test_unexpected_errors_are_masked_and_logged(
    release: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(release)

    @app.route("/boom")
    def boom() -> str:
        raise RuntimeError("secret detail /etc/passwd")

    with caplog.at_level(logging.ERROR, logger="linkeddata.web"):
        response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert b"secret" not in response.data
    assert b"Traceback" not in response.data
    assert "secret detail" in caplog.text


def test_request_body_limit(client: FlaskClient) -> None:
    response = client.post("/doc/document/116702", data=b"x" * (2 << 20))
    assert response.status_code in (405, 413)
    assert b"Traceback" not in response.data


def test_unknown_list_kind_and_bad_limit(client: FlaskClient) -> None:
    assert client.get("/list/aliens").status_code == 404
    assert client.get("/list/documents?limit=abc").status_code == 400


def test_home_counts_documents(client: FlaskClient) -> None:
    page = client.get("/", headers={"Accept": "text/html"}).data.decode()
    assert "/list/documents" in page
    assert "/dumps/" in page


def test_negotiated_error_for_scripts_is_plain_text(client: FlaskClient) -> None:
    response = client.get("/doc/nothing/here", headers={"Accept": "*/*"})
    assert response.status_code == 404
    assert response.content_type.startswith("text/plain")


def test_ready_is_503_without_a_release_while_health_answers(tmp_path: Path) -> None:
    app = create_app(tmp_path / "no-release")
    with app.test_client() as client:
        assert client.get("/health").get_json() == {"status": "up"}
        for path in ("/ready", "/healthz"):
            answer = client.get(path)
            assert answer.status_code == 503
            assert answer.get_json() == {
                "status": "unavailable",
                "reason": "no release can be read",
            }
            assert answer.headers["Cache-Control"] == "no-store"
    app.extensions["linkeddata.sparql"].close()


def test_ready_names_the_release_it_answers_from(client: FlaskClient, release: Path) -> None:
    answer = client.get("/ready")
    assert answer.status_code == 200
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    assert answer.get_json() == {"status": "ok", "release": manifest["release"]}


def test_kept_bodies_are_those_of_the_url_asked_for(client: FlaskClient) -> None:
    """The dataset answers at two URLs whose pages link to their own alternates: a body kept
    for one is never sent for the other, however often each is asked."""
    for _ in range(2):
        void = client.get("/.well-known/void.html").get_data(as_text=True)
        dataset = client.get("/doc/dataset.html").get_data(as_text=True)
        assert 'href="/.well-known/void.ttl"' in void
        assert 'href="/doc/dataset.ttl"' in dataset
        assert 'href="/doc/dataset.ttl"' not in void.split("<main")[0]


def test_a_kept_answer_is_still_negotiated_and_validated(client: FlaskClient) -> None:
    """Once the facts and bodies of a resource are kept, Accept, 304s, HEAD and a missing
    resource answer as on the first request."""
    path = "/doc/place/pyongyang"
    first = client.get(path, headers={"Accept": "text/turtle"})
    again = client.get(path, headers={"Accept": "text/turtle"})
    assert first.get_data() == again.get_data()
    assert first.headers["ETag"] == again.headers["ETag"]
    assert first.headers["Link"] == again.headers["Link"]
    html = client.get(path, headers={"Accept": "text/html"})
    assert html.mimetype == "text/html"
    assert html.headers["ETag"] != first.headers["ETag"]
    tag = first.headers["ETag"]
    assert (
        client.get(path, headers={"Accept": "text/turtle", "If-None-Match": tag}).status_code == 304
    )
    assert (
        client.get(path, headers={"Accept": "text/html", "If-None-Match": tag}).status_code == 200
    )
    head = client.head(path, headers={"Accept": "text/turtle"})
    assert head.status_code == 200
    assert head.headers["Content-Length"] == first.headers["Content-Length"]
    assert client.get(path, headers={"Accept": "application/x-bibtex"}).status_code == 406
    for _ in range(2):
        assert client.get("/doc/place/no-such-place").status_code == 404
