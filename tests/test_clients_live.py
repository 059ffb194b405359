"""Real clients against a real ``linkeddata serve``: SPARQLWrapper in every query form and
return format, pyld's ``jsonld.expand`` with its requests loader, the format names and media
types those clients send, and the Host and forwarded headers as gunicorn passes them on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from xml.dom.minidom import Document

import pytest
from live import DOCUMENTS, LiveServer, fetch, raw_request, serve
from pyld import jsonld
from pyld.documentloader.requests import requests_document_loader
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    N3,
    POST,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)

pytestmark = pytest.mark.live

BASE = "http://127.0.0.1:8080/"
DOC = f"{BASE}id/document/116702"
TITLE = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
SELECT = f"SELECT ?title WHERE {{ <{DOC}> dcterms:title ?title }}"
ASK = f"ASK {{ <{DOC}> dcterms:title ?title }}"
CONSTRUCT = f"CONSTRUCT {{ <{DOC}> dcterms:title ?t }} WHERE {{ <{DOC}> dcterms:title ?t }}"
DESCRIBE = f"DESCRIBE <{DOC}>"
EXPECTED = (URIRef(DOC), DCTERMS.title, Literal(TITLE, lang="en"))


def sparql(server: LiveServer, query: str, fmt: str, method: str) -> Any:
    """SPARQLWrapper's converted answer; its warnings (a Content-Type other than the one it
    asked for) are errors in this suite."""
    wrapper = SPARQLWrapper(f"{server.url}/sparql")
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    wrapper.setTimeout(30)
    return wrapper.query().convert()


def _solutions_title(fmt: str, answer: Any) -> str:
    if fmt == JSON:
        return str(answer["results"]["bindings"][0]["title"]["value"])
    if fmt == XML:
        assert isinstance(answer, Document)
        return str(answer.getElementsByTagName("literal")[0].firstChild.data)  # type: ignore[union-attr]
    cell = answer.decode("utf-8").splitlines()[1]
    return cell.removeprefix('"').removesuffix('"@en') if fmt == TSV else cell.strip('"')


def _ask(fmt: str, answer: Any) -> bool:
    if fmt == JSON:
        return bool(answer["boolean"])
    if fmt == XML:
        return answer.getElementsByTagName("boolean")[0].firstChild.data == "true"
    return answer.decode("utf-8").split()[-1].strip('"') == "true"


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_and_ask(live_server: LiveServer, fmt: str, method: str) -> None:
    title = _solutions_title(fmt, sparql(live_server, SELECT, fmt, method))
    assert title == TITLE
    assert _ask(fmt, sparql(live_server, ASK, fmt, method)) is True


GRAPH_READERS: dict[str, Callable[[Any], Graph]] = {
    TURTLE: lambda body: Graph().parse(data=body, format="turtle"),
    N3: lambda body: Graph().parse(data=body, format="turtle"),
    RDFXML: lambda graph: graph,
    XML: lambda graph: graph,
    JSONLD: lambda graph: graph,
}


@pytest.mark.parametrize("method", [GET, POST])
@pytest.mark.parametrize("fmt", list(GRAPH_READERS))
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_sparqlwrapper_construct_and_describe(
    live_server: LiveServer, query: str, fmt: str, method: str
) -> None:
    graph = GRAPH_READERS[fmt](sparql(live_server, query, fmt, method))
    assert isinstance(graph, Graph)
    assert EXPECTED in graph


# --- the names and media types real clients send ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("rdf+xml", "application/rdf+xml"),
        ("json-ld", "application/ld+json"),
        ("n3", "text/turtle"),
        ("n-triples", "application/n-triples"),
    ],
)
def test_format_names_of_clients_are_known(
    live_server: LiveServer, name: str, media_type: str
) -> None:
    url = f"{live_server.url}/sparql?" + urlencode({"query": CONSTRUCT, "format": name})
    reply = fetch(url, headers={"Accept": "*/*"})
    assert reply.status == 200, reply.text
    assert reply.media_type == media_type


@pytest.mark.parametrize("accept", ["text/n3", "application/turtle"])
def test_old_turtle_media_types_get_turtle(live_server: LiveServer, accept: str) -> None:
    reply = fetch(
        f"{live_server.url}/sparql?" + urlencode({"query": CONSTRUCT}), headers={"Accept": accept}
    )
    assert reply.status == 200
    assert reply.media_type == "text/turtle"
    assert EXPECTED in Graph().parse(data=reply.body, format="turtle")


# --- pyld ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/doc/document/116702",
        "/id/document/116702",  # the 303, followed
        "/doc/document/116702.html",  # HTML: pyld follows the Link alternate to JSON-LD
        "/doc/place/pyongyang",
        "/ontology",
        "/.well-known/void",
    ],
)
def test_pyld_expands_every_kind_of_resource(live_server: LiveServer, path: str) -> None:
    loader = requests_document_loader(timeout=30)
    expanded = jsonld.expand(f"{live_server.url}{path}", {"documentLoader": loader})
    assert expanded
    assert all("@id" in node for node in expanded)
    if "116702" in path:
        node = next(n for n in expanded if n["@id"] == DOC)
        assert {"@value": TITLE, "@language": "en"} in node[str(DCTERMS.title)]


def test_the_expanded_profile_is_what_pyld_expands(live_server: LiveServer) -> None:
    profile = "http://www.w3.org/ns/json-ld#expanded"
    reply = fetch(
        f"{live_server.url}/doc/document/116702",
        headers={"Accept": f'application/ld+json;profile="{profile}"'},
    )
    assert reply.header("Content-Type") == f'application/ld+json; profile="{profile}"'
    loader = requests_document_loader(timeout=30)
    theirs = jsonld.expand(f"{live_server.url}/doc/document/116702", {"documentLoader": loader})
    assert _canonical(json.loads(reply.body)) == _canonical(theirs)


def _canonical(expanded: list[dict[str, Any]]) -> str:
    """The RDF an expanded document states, as canonical N-Quads (order carries no meaning)."""
    options = {"algorithm": "URDNA2015", "format": "application/n-quads"}
    return str(jsonld.normalize(expanded, options))


# --- Host and forwarded headers, as gunicorn passes them ------------------------------------------


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.evil.example"])
def test_a_foreign_host_is_a_400(live_server: LiveServer, host: str) -> None:
    assert fetch(f"{live_server.url}/dumps", headers={"Host": host}).status == 400


def test_the_allowed_hosts_option_reaches_the_server(release: Path, tmp_path: Path) -> None:
    with serve(
        DOCUMENTS, release, tmp_path, ["--allowed-hosts", "data.example,192.0.2.1"]
    ) as server:
        for host, status in [
            ("data.example", 200),
            ("DATA.example:8443", 200),
            ("192.0.2.1", 200),
            ("127.0.0.1:8080", 200),  # the base's host
            ("localhost", 400),  # the option replaces the default names
            ("evil.example", 400),
        ]:
            assert fetch(f"{server.url}/", headers={"Host": host}).status == status, host


def test_forwarded_headers_and_script_name_never_reach_a_response(
    live_server: LiveServer,
) -> None:
    headers = {
        "X-Forwarded-Host": "evil.example",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Prefix": "/evil",
        "Forwarded": "host=evil.example;proto=https",
        "SCRIPT_NAME": "/evil",  # gunicorn takes it from a proxy on 127.0.0.1 unless told not to
    }
    for path in ("/dumps", "/id/document/116702", "/doc/document/116702", "/ontology"):
        reply = fetch(f"{live_server.url}{path}", headers={**headers, "Accept": "text/html"})
        assert reply.status in (200, 303, 308), path
        everything = "\n".join(f"{k}: {v}" for k, v in reply.headers.items())
        assert "evil" not in everything + reply.body.decode("utf-8"), path
        assert "https:" not in (reply.header("Location") or "") + (
            reply.header("Content-Location") or ""
        )


def test_the_303_keeps_the_query_string_over_http(live_server: LiveServer) -> None:
    reply = fetch(f"{live_server.url}/id/document/116702?a=b%20c")
    assert reply.header("Location") == "/doc/document/116702?a=b%20c"
    assert raw_request(live_server.url, b"GET /id/document/116702?x=%25zz HTTP/1.1") == 303
