"""HTTP as a hostile client sends it, through the test client: Host and forwarded headers,
security headers, the 303's query string, Range headers, and the JSON-LD forms.

The same over real HTTP (gunicorn's own handling of forwarded headers included) is in
``test_clients_live.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient
from gunicorn.http.wsgi import FileWrapper
from pyld import jsonld
from werkzeug.test import EnvironBuilder, TestResponse

from linkeddata.release.layout import Release
from linkeddata.web import create_app
from linkeddata.web.rdf import EXPANDED

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "linkeddata" / "web" / "templates"
MIRROR = "mirror.example"  # an allowed Host that is not the base's: it must never be echoed
FORWARDED = {
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Prefix": "/evil",
    "X-Forwarded-Port": "6666",
    "Forwarded": 'host=evil.example;proto=https;for="[::1]"',
}
# Every kind of answer that writes a URL of this server: negotiated resources, an explicit
# extension, a whole graph, the 303, Werkzeug's slash redirect, a 406 and a 404 with their Link
# alternates, the pages, a dump, the SPARQL endpoint.
PATHS = [
    "/doc/document/116702",
    "/doc/document/116702.ttl",
    "/doc/document/116702?format=jsonld",
    "/doc/place/pyongyang",
    "/ontology",
    "/graph/document/116702",
    "/.well-known/void",
    "/id/document/116702?a=b",
    "/dumps",
    "/dumps/",
    "/doc/document/116702.nope",
    "/",
    "/list/documents",
    "/sparql",
]
EXPANDED_ACCEPT = f'application/ld+json;profile="{EXPANDED}"'


@pytest.fixture(scope="module")
def mirrored(release: Path) -> Iterator[Flask]:
    """An app that answers the Host ``mirror.example`` only (and the base's host)."""
    application = create_app(release, config={"ALLOWED_HOSTS": [MIRROR]})
    yield application
    application.extensions["linkeddata.sparql"].close()


def read(client: FlaskClient, path: str, method: str = "GET", **headers: str) -> TestResponse:
    """The whole response, its file (a dump, a static file) closed."""
    response = client.open(path, method=method, headers=headers)
    response.get_data()
    response.close()
    return response


def texts(response: TestResponse) -> str:
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
    return f"{headers}\n{response.get_data(as_text=True)}"


# --- Host and forwarded headers -----------------------------------------------------------


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("accept", ["text/html", "text/turtle", "*/*", "image/png"])
def test_host_and_forwarded_headers_never_reach_a_response(
    mirrored: Flask, path: str, accept: str
) -> None:
    with mirrored.test_client() as client:
        response = client.get(path, headers={"Host": MIRROR, "Accept": accept, **FORWARDED})
    assert response.status_code < 500
    found = texts(response)
    assert MIRROR not in found
    assert "evil" not in found
    for name in ("Location", "Content-Location"):
        assert (response.headers.get(name) or "/").startswith("/"), name
    own = re.findall(
        r'<([^>]*)>; rel="(?:alternate|describedby)"', response.headers.get("Link", "")
    )
    assert all(target.startswith("/") for target in own), own


def test_werkzeugs_slash_redirect_is_a_path(mirrored: Flask) -> None:
    with mirrored.test_client() as client:
        response = client.get("/dumps?x=1", headers={"Host": f"{MIRROR}:8443"})
        assert response.status_code == 308
        assert response.headers["Location"] == "/dumps/?x=1"
        response = client.get("//evil.example/dumps", headers={"Host": MIRROR})
    assert not (response.headers.get("Location") or "/").startswith("//")


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.", "a b", ":80", ""],
)
def test_other_hosts_are_refused(client: FlaskClient, host: str) -> None:
    response = client.get("/doc/document/116702", headers={"Host": host})
    expected = 200 if host == "localhost." else 400  # the final dot names the same host
    assert response.status_code == expected, host


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST:9000", "127.0.0.1", "127.0.0.1:8080", "[::1]:80"]
)
def test_loopback_names_and_the_base_host_are_answered_on_any_port(
    client: FlaskClient, host: str
) -> None:
    assert client.get("/doc/document/116702", headers={"Host": host}).status_code == 200


def test_allowed_hosts_replace_the_loopback_names_but_never_the_base(mirrored: Flask) -> None:
    with mirrored.test_client() as client:
        assert client.get("/", headers={"Host": f"{MIRROR}:1"}).status_code == 200
        assert client.get("/", headers={"Host": "127.0.0.1:2"}).status_code == 200  # base
        assert client.get("/", headers={"Host": "localhost"}).status_code == 400


# --- security headers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "headers"),
    [
        ("GET", "/", {}),
        ("GET", "/doc/document/116702", {"Accept": "text/turtle"}),
        ("GET", "/doc/nothing", {}),
        ("GET", "/doc/document/116702", {"Accept": "image/png"}),
        ("GET", "/id/document/116702", {}),
        ("GET", "/static/site.css", {}),
        ("GET", "/dumps/dataset.nq.gz", {}),
        ("GET", "/sparql?query=SELECT", {}),
        ("OPTIONS", "/sparql", {}),
        ("GET", "/", {"Host": "evil.example"}),
    ],
)
def test_every_response_carries_the_security_headers(
    client: FlaskClient, method: str, path: str, headers: dict[str, str]
) -> None:
    response = read(client, path, method, **headers)
    policy = response.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "default-src 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_a_304_carries_them_too(client: FlaskClient) -> None:
    tag = client.get("/doc/document/116702.ttl").headers["ETag"]
    response = client.get("/doc/document/116702.ttl", headers={"If-None-Match": tag})
    assert response.status_code == 304
    assert "frame-ancestors" in response.headers["Content-Security-Policy"]


@pytest.mark.parametrize("template", sorted(TEMPLATES.glob("*.html")), ids=lambda p: p.name)
def test_templates_need_no_unsafe_inline(template: Path) -> None:
    """Inline scripts, styles and event handlers would be blocked by the policy."""
    text = template.read_text(encoding="utf-8")
    scripts = re.findall(r"<script\b([^>]*)>", text)
    assert all("src=" in s or 'type="application/ld+json"' in s for s in scripts), scripts
    assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=|javascript:", text, re.IGNORECASE)


# --- the 303 keeps the query string ----------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["a=b%20c", "a=b+c&d=%25", "x=%C3%A9", "q=%3Cscript%3E", "format=ttl"],
)
def test_the_303_keeps_the_query_string_exact(client: FlaskClient, query: str) -> None:
    response = client.get(f"/id/document/116702?{query}")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/doc/document/116702?{query}"


def test_the_303_percent_encodes_what_a_header_cannot_carry(client: FlaskClient) -> None:
    raw = b'a=\xc3\xa9 "x"\r\n'.decode("latin-1")  # WSGI carries the bytes as latin-1
    response = client.get("/id/document/116702", environ_overrides={"QUERY_STRING": raw})
    assert response.headers["Location"] == "/doc/document/116702?a=%C3%A9%20%22x%22%0D%0A"


# --- Range ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dump_bytes(release: Path) -> bytes:
    return Release((release / "current").resolve()).dump("nq").read_bytes()


@pytest.mark.parametrize(
    "header",
    [
        "bytes=0-1,5-9",  # several ranges: ignored rather than a multipart answer
        "bytes=0-0,-1",
        "bytes=abc",
        "bytes=5-2",  # last before first: invalid
        "items=0-5",  # a unit the server does not know
        "bytes=--1",
        "bytes=-0",
        "bytes",
    ],
)
def test_invalid_and_multiple_ranges_are_ignored(
    client: FlaskClient, dump_bytes: bytes, header: str
) -> None:
    response = read(client, "/dumps/dataset.nq.gz", Range=header)
    assert response.status_code == 200, header
    assert response.data == dump_bytes
    assert "Content-Range" not in response.headers


def test_one_range_is_served_and_one_beyond_the_end_is_416(
    client: FlaskClient, dump_bytes: bytes
) -> None:
    partial = read(client, "/dumps/dataset.nq.gz", Range="bytes=2-9")
    assert partial.status_code == 206
    assert partial.data == dump_bytes[2:10]
    assert partial.headers["Content-Range"] == f"bytes 2-9/{len(dump_bytes)}"
    beyond = read(client, "/dumps/dataset.nq.gz", Range=f"bytes={len(dump_bytes)}-")
    assert beyond.status_code == 416
    assert beyond.headers["Content-Range"] == f"bytes */{len(dump_bytes)}"


def test_a_range_is_handed_to_the_server_opened_at_its_first_byte(
    app: Flask, dump_bytes: bytes
) -> None:
    """gunicorn's file wrapper cannot seek: wrapped by werkzeug, a range near the end of a
    gigabyte dump was read from byte 0 through Python (15 ms of a worker per request at
    2,000 documents). The server must get the file at the range's start, to send
    ``Content-Length`` bytes from there as PEP 3333 says (its sendfile path)."""
    start = len(dump_bytes) - 100
    environ = EnvironBuilder(
        path="/dumps/dataset.nq.gz",
        headers={"Range": f"bytes={start}-"},
        environ_overrides={"wsgi.file_wrapper": FileWrapper},
    ).get_environ()
    answer: list[str] = []
    body = app(environ, lambda status, headers: answer.append(status))
    try:
        assert answer == ["206 PARTIAL CONTENT"]
        assert isinstance(body, FileWrapper)
        assert body.filelike.tell() == start
        assert body.filelike.read(100) == dump_bytes[start:]
    finally:
        body.close()


# --- JSON-LD: the expanded profile, and one alternate in Link -------------------------------


@pytest.mark.parametrize("path", ["/doc/document/116702", "/doc/place/pyongyang", "/ontology"])
def test_the_expanded_profile_gets_expanded_jsonld(client: FlaskClient, path: str) -> None:
    compacted = client.get(path, headers={"Accept": "application/ld+json"})
    expanded = client.get(path, headers={"Accept": EXPANDED_ACCEPT})
    assert expanded.status_code == 200
    assert expanded.headers["Content-Type"] == f'application/ld+json; profile="{EXPANDED}"'
    assert expanded.headers["ETag"] != compacted.headers["ETag"]
    assert expanded.headers["Vary"] == "Accept"
    body = json.loads(expanded.data)
    assert isinstance(body, list)
    assert "@context" not in expanded.get_data(as_text=True)
    assert _canonical(body) == _canonical(jsonld.expand(json.loads(compacted.data)))
    for name in ("compacted", "flattened"):
        other = client.get(path, headers={"Accept": f'application/ld+json;profile="{name}"'})
        assert other.data == compacted.data


def test_a_sparql_construct_honours_the_expanded_profile(client: FlaskClient) -> None:
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 20"
    url = "/sparql?" + urlencode({"query": query})
    compacted = client.get(url, headers={"Accept": "application/ld+json"})
    expanded = client.get(url, headers={"Accept": EXPANDED_ACCEPT})
    assert expanded.headers["Content-Type"].endswith(f'profile="{EXPANDED}"')
    assert expanded.headers["ETag"] != compacted.headers["ETag"]
    assert _canonical(json.loads(expanded.data)) == _canonical(
        jsonld.expand(json.loads(compacted.data))
    )


def _canonical(expanded: list[dict[str, object]]) -> list[str]:
    """An expanded document as sorted JSON lines (node and value order carry no meaning)."""
    nodes = []
    for node in expanded:
        items = {
            k: sorted(json.dumps(v, sort_keys=True) for v in vs) if isinstance(vs, list) else vs
            for k, vs in node.items()
        }
        nodes.append(json.dumps(items, sort_keys=True))
    return sorted(nodes)


@pytest.mark.parametrize(
    ("path", "accept", "alternate"),
    [
        ("/doc/document/116702", "text/html", "application/ld+json"),
        ("/doc/document/116702", "text/turtle", "application/ld+json"),
        ("/doc/document/116702", "application/ld+json", "text/turtle"),
        ("/ontology", "application/rdf+xml", "application/ld+json"),
    ],
)
def test_a_response_names_one_alternate(
    client: FlaskClient, path: str, accept: str, alternate: str
) -> None:
    """pyld 3.3 cannot read a Link header with two rel="alternate" links (see link_headers)."""
    link = client.get(path, headers={"Accept": accept}).headers["Link"]
    parsed = jsonld.parse_link_header(link)
    assert isinstance(parsed["alternate"], dict), "more than one alternate"
    assert parsed["alternate"]["type"] == alternate
