"""Valid queries and Protocol requests answered as the specifications say (issue 10, point 8):
graph parameters in the URL of a form POST, the Protocol's dataset over FROM, extension
functions the engine lacks, queries an engine can only read recursively."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient

from linkeddata.errors import QueryError
from linkeddata.release.layout import Release
from linkeddata.sparql.engine import Job
from linkeddata.sparql.executor import Config, Executor
from linkeddata.sparql.service import Limits, settings_for
from linkeddata.web import create_app

BASE = "http://127.0.0.1:8080/"
DOC_GRAPH = f"{BASE}graph/document/116702"
JSON = {"Accept": "application/sparql-results+json"}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
FOREIGN = "http://foreign.example/data"
DEEP = "SELECT * WHERE { FILTER(" + "(" * 60 + "1" + ")" * 60 + ") }"


def values(body: bytes, name: str) -> list[str]:
    return [b[name]["value"] for b in json.loads(body)["results"]["bindings"]]


def count(client: FlaskClient, **params: str) -> int:
    response = client.get("/sparql?" + urlencode({"query": COUNT, **params}), headers=JSON)
    assert response.status_code == 200, response.data
    return int(values(response.data, "n")[0])


# --- graph parameters in the URL of a form POST (SPARQL 1.1 Protocol §2.1.2-2.1.4) ----------


def test_default_graph_uri_in_the_url_of_a_form_post_is_honoured(client: FlaskClient) -> None:
    one = count(client, **{"default-graph-uri": DOC_GRAPH})
    assert one < count(client)
    url = "/sparql?" + urlencode({"default-graph-uri": DOC_GRAPH})
    response = client.post(url, data={"query": COUNT}, headers=JSON)
    assert response.status_code == 200
    assert int(values(response.data, "n")[0]) == one


def test_named_graph_uri_in_the_url_of_a_form_post_is_honoured(client: FlaskClient) -> None:
    url = "/sparql?" + urlencode({"named-graph-uri": DOC_GRAPH})
    response = client.post(url, data={"query": GRAPHS}, headers=JSON)
    assert values(response.data, "g") == [DOC_GRAPH]


def test_graphs_of_the_url_and_of_the_body_add_up(client: FlaskClient) -> None:
    other = f"{BASE}graph/shapes"
    url = "/sparql?" + urlencode({"named-graph-uri": DOC_GRAPH})
    response = client.post(url, data={"query": GRAPHS, "named-graph-uri": other}, headers=JSON)
    assert sorted(values(response.data, "g")) == sorted([DOC_GRAPH, other])


def test_a_query_in_the_url_and_in_the_body_of_a_form_post_is_refused(
    client: FlaskClient,
) -> None:
    url = "/sparql?" + urlencode({"query": "ASK {}"})
    response = client.post(url, data={"query": COUNT}, headers=JSON)
    assert response.status_code == 400
    assert b"exactly one query" in response.data


# --- the Protocol's dataset replaces the query's FROM ------------------------------------------


def test_a_foreign_from_overridden_by_default_graph_uri_is_answered(client: FlaskClient) -> None:
    query = f"SELECT (COUNT(*) AS ?n) FROM <{FOREIGN}> WHERE {{ ?s ?p ?o }}"
    response = client.get(
        "/sparql?" + urlencode({"query": query, "default-graph-uri": DOC_GRAPH}), headers=JSON
    )
    assert response.status_code == 200, response.data
    assert int(values(response.data, "n")[0]) == count(client, **{"default-graph-uri": DOC_GRAPH})


def test_a_foreign_from_named_overridden_by_named_graph_uri_is_answered(
    client: FlaskClient,
) -> None:
    query = f"SELECT DISTINCT ?g FROM NAMED <{FOREIGN}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    url = "/sparql?" + urlencode({"named-graph-uri": DOC_GRAPH})
    response = client.post(url, data={"query": query}, headers=JSON)
    assert response.status_code == 200, response.data
    assert values(response.data, "g") == [DOC_GRAPH]


def test_a_foreign_from_alone_is_still_refused(client: FlaskClient) -> None:
    query = f"SELECT * FROM <{FOREIGN}> WHERE {{ ?s ?p ?o }}"
    response = client.get("/sparql?" + urlencode({"query": query}), headers=JSON)
    assert response.status_code == 400
    assert b"never fetched" in response.data


# --- extension functions the engine does not have --------------------------------------------


@pytest.mark.parametrize(
    ("query", "function"),
    [
        ("SELECT (<http://example.org/fn>(1) AS ?x) WHERE {}", "<http://example.org/fn>"),
        (
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            "SELECT * WHERE { ?s ?p ?o FILTER(fn:lower-case(?o) = 'x') } LIMIT 1",
            "<http://www.w3.org/2005/xpath-functions#lower-case>",
        ),
        (
            "PREFIX jfn: <java:org.apache.jena.sparql.function.library.> "
            "SELECT ?s WHERE { ?s ?p ?o BIND(jfn:sha1sum(?o) AS ?h) } LIMIT 1",
            "<java:org.apache.jena.sparql.function.library.sha1sum>",
        ),
        (
            "CONSTRUCT { ?s <http://example.org/p> ?x } WHERE "
            "{ ?s ?p ?o BIND(<http://example.org/f>(?o) AS ?x) } LIMIT 1",
            "<http://example.org/f>",
        ),
    ],
)
def test_an_unsupported_function_is_a_400_naming_it(
    client: FlaskClient, query: str, function: str
) -> None:
    response = client.get("/sparql?" + urlencode({"query": query}), headers={"Accept": "*/*"})
    assert response.status_code == 400, response.data
    assert function in response.get_data(as_text=True)
    assert "not supported" in response.get_data(as_text=True)


# --- an engine's RecursionError ---------------------------------------------------------------


@pytest.fixture(scope="module")
def rdflib_executor(release: Path) -> Iterator[Executor]:
    dump = Release((release / "current").resolve()).dump("nq")
    executor = Executor(Config("rdflib", str(dump), settings_for(BASE)))
    yield executor
    executor.stop()


def test_an_rdflib_recursion_error_is_a_400(rdflib_executor: Executor) -> None:
    """rdflib's parser recurses per bracket: 40 around a number exhaust Python's stack."""
    with pytest.raises(QueryError) as caught:
        rdflib_executor.run(Job(DEEP), timeout=60)
    assert caught.value.code == 400
    assert "nests too deeply" in str(caught.value.description)
    assert rdflib_executor.run(Job("ASK {}"), timeout=60).body  # the process goes on


@pytest.fixture(scope="module")
def rdflib_app(release: Path) -> Iterator[Flask]:
    app = create_app(release, config={"SPARQL_ENGINE": "rdflib", "SPARQL_LIMITS": Limits()})
    yield app
    app.extensions["linkeddata.sparql"].close()


def test_a_deep_query_on_the_rdflib_engine_is_a_400_over_http(rdflib_app: Flask) -> None:
    with rdflib_app.test_client() as client:
        response = client.get("/sparql?" + urlencode({"query": DEEP}), headers=JSON)
    assert response.status_code == 400, response.data
