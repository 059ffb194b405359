"""``/sparql`` through the Flask test client: the Protocol, formats, description, refusals.

The same paths are exercised over real HTTP in ``test_sparql_live.py``; here the many cases run
fast, once on each SPARQL engine (``sparql_backend``: the embedded store, a real Oxigraph server,
a real Virtuoso); where an engine answers otherwise (docs/sparql.md), the test checks what it
answers instead (``VIRTUOSO``). Every answer is parsed back (pyoxigraph's and rdflib's result
parsers, rdflib graphs compared by isomorphism), never compared as strings.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from conftest import Backend
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD
from rdflib.query import Result

from linkeddata.vocab import ADO

BASE = "http://127.0.0.1:8080/"
DOC = f"{BASE}id/document/116702"
SD = "http://www.w3.org/ns/sparql-service-description#"
TITLES = "SELECT ?doc ?title WHERE { ?doc a rico:Record ; dcterms:title ?title } ORDER BY ?doc"
GRAPH = f"CONSTRUCT {{ <{DOC}> ?p ?o }} WHERE {{ <{DOC}> ?p ?o }}"
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
RDF_TYPES = {
    "turtle": "text/turtle",
    "json-ld": "application/ld+json",
    "nt": "application/n-triples",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "xml": "application/rdf+xml",
}


@pytest.fixture
def client(backend_app: Flask) -> Iterator[FlaskClient]:
    with backend_app.test_client() as test_client:
        yield test_client


VIRTUOSO = "virtuoso"


def get(client: FlaskClient, query: str, accept: str = "*/*", **params: str):  # type: ignore[no-untyped-def]
    return client.get(
        "/sparql?" + urlencode({"query": query, **params}), headers={"Accept": accept}
    )


def bindings(body: bytes) -> list[dict[str, str]]:
    data = json.loads(body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# --- the protocol ---------------------------------------------------------------------------


def test_get_post_form_and_post_query_give_the_same_answer(client: FlaskClient) -> None:
    accept = {"Accept": RESULT_TYPES["json"]}
    by_get = get(client, TITLES, RESULT_TYPES["json"])
    by_form = client.post("/sparql", data={"query": TITLES}, headers=accept)
    by_body = client.post(
        "/sparql", data=TITLES.encode(), content_type="application/sparql-query", headers=accept
    )
    for response in (by_get, by_form, by_body):
        assert response.status_code == 200, response.data
        assert response.mimetype == RESULT_TYPES["json"]
    assert bindings(by_get.data) == bindings(by_form.data) == bindings(by_body.data)
    assert {"doc": DOC, "title": bindings(by_get.data)[0]["title"]} in bindings(by_get.data)


def test_the_default_graph_is_the_union_and_graph_parameters_select(client: FlaskClient) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = int(bindings(get(client, count, RESULT_TYPES["json"]).data)[0]["n"])
    graph = f"{BASE}graph/document/116702"
    one = get(client, count, RESULT_TYPES["json"], **{"default-graph-uri": graph})
    assert 0 < int(bindings(one.data)[0]["n"]) < union
    named = client.get(
        "/sparql?"
        + urlencode(
            {
                "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                "named-graph-uri": graph,
            }
        ),
        headers={"Accept": RESULT_TYPES["json"]},
    )
    assert bindings(named.data) == [{"g": graph}]


def test_graph_parameters_naming_other_graphs_are_refused(client: FlaskClient) -> None:
    response = get(client, TITLES, "text/plain", **{"named-graph-uri": "http://127.0.0.1:9/x"})
    assert response.status_code == 400
    assert b"never fetched" in response.data


@pytest.mark.parametrize("name", ["", "no scheme", "http://a b/"])
@pytest.mark.parametrize("parameter", ["default-graph-uri", "named-graph-uri"])
def test_graph_parameters_that_are_not_iris_are_refused(
    client: FlaskClient, parameter: str, name: str
) -> None:
    """Found by tests/test_http_fuzz.py: Oxigraph raised ValueError on them (a 500)."""
    response = get(client, TITLES, "text/plain", **{parameter: name})
    assert response.status_code == 400, response.data
    assert b"not a graph of this dataset" in response.data


# --- formats --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(RESULT_TYPES))
def test_select_in_every_results_format(client: FlaskClient, name: str) -> None:
    response = get(client, TITLES, RESULT_TYPES[name])
    assert response.status_code == 200
    assert response.mimetype == RESULT_TYPES[name]
    assert response.headers["Vary"] == "Accept"
    if name == "csv":  # pyoxigraph does not read CSV results (they are lossy)
        parsed = Result.parse(io.BytesIO(response.data), format="csv")
        rows = [(str(row[0]), str(row[1])) for row in parsed]
    else:
        parsed = ox.parse_query_results(
            response.data, format=getattr(ox.QueryResultsFormat, name.upper())
        )
        rows = [(s["doc"].value, s["title"].value) for s in parsed]
    assert (
        DOC,
        "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967",
    ) in rows
    by_format = get(client, TITLES, "text/html", format=name)
    assert by_format.mimetype == RESULT_TYPES[name]


def test_csv_is_read_by_the_csv_module(client: FlaskClient) -> None:
    rows = list(csv.reader(io.StringIO(get(client, TITLES, "text/csv").data.decode())))
    assert rows[0] == ["doc", "title"]
    assert [
        DOC,
        "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967",
    ] in rows


@pytest.mark.parametrize("name", ["json", "xml", "csv", "tsv"])
def test_ask_in_every_results_format(client: FlaskClient, name: str) -> None:
    response = get(client, f"ASK {{ <{DOC}> a rico:Record }}", RESULT_TYPES[name])
    assert response.status_code == 200
    assert response.mimetype == RESULT_TYPES[name]
    if name in ("json", "xml"):
        parsed = ox.parse_query_results(
            response.data, format=getattr(ox.QueryResultsFormat, name.upper())
        )
        assert bool(parsed) is True
        assert Result.parse(io.BytesIO(response.data), format=name).askAnswer is True


@pytest.mark.parametrize("label", sorted(RDF_TYPES))
def test_construct_in_every_rdf_format(client: FlaskClient, label: str) -> None:
    reference = Graph().parse(data=get(client, GRAPH, "application/n-triples").data, format="nt")
    assert len(reference) > 10
    response = get(client, GRAPH, RDF_TYPES[label])
    assert response.status_code == 200, response.data
    assert response.mimetype == RDF_TYPES[label]
    rdflib_format = {
        "turtle": "turtle",
        "json-ld": "json-ld",
        "nt": "nt",
        "nquads": "nquads",
        "trig": "trig",
        "xml": "xml",
    }[label]
    graph = Graph().parse(data=response.data, format=rdflib_format)
    assert isomorphic(graph, reference)


def test_describe_answers_a_graph(client: FlaskClient) -> None:
    response = get(client, f"DESCRIBE <{DOC}>", "text/turtle")
    assert response.status_code == 200
    graph = Graph().parse(data=response.data, format="turtle")
    assert (URIRef(DOC), RDF.type, None) in graph


def test_browsers_get_a_table_with_links(client: FlaskClient) -> None:
    response = get(client, TITLES, "text/html")
    assert response.status_code == 200
    page = response.data.decode()
    assert '<table class="results">' in page
    assert 'href="/doc/document/116702"' in page
    assert "Telegram from Pyongyang to Bucharest" in page
    assert "format=csv" in page  # download links


def test_unacceptable_accept_is_406(client: FlaskClient) -> None:
    response = get(client, TITLES, "image/png")
    assert response.status_code == 406


# --- the service description and the page --------------------------------------------------


def test_service_description(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.data, format="turtle")
    service = URIRef(f"{BASE}sparql#service")
    assert (service, RDF.type, URIRef(SD + "Service")) in graph
    assert (service, URIRef(SD + "endpoint"), URIRef(f"{BASE}sparql")) in graph
    assert (service, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in graph
    formats = set(graph.objects(service, URIRef(SD + "resultFormat")))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    assert URIRef("http://www.w3.org/ns/formats/Turtle") in formats
    assert len(formats) == 10
    assert graph.value(service, ADO.resultRowLimit) == Literal(50, datatype=XSD.integer)
    assert graph.value(service, ADO.queryTimeout).toPython() == 10
    assert graph.value(service, ADO.concurrentQueryLimit) is not None
    assert graph.value(service, ADO.queryLengthLimit) is not None
    jsonld = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert isomorphic(Graph().parse(data=jsonld.data, format="json-ld"), graph)


def test_the_query_page_has_an_editor_and_examples(client: FlaskClient) -> None:
    page = client.get("/sparql", headers={"Accept": "text/html"}).data.decode()
    assert '<textarea id="query" name="query"' in page
    assert "PREFIX dcterms: &lt;http://purl.org/dc/terms/&gt;" in page
    assert "/sparql/queries/" in page
    assert 'id="limits"' in page


def test_the_dataset_announces_the_endpoint(client: FlaskClient) -> None:
    graph = Graph().parse(data=client.get("/.well-known/void.ttl").data, format="turtle")
    endpoint = URIRef(f"{BASE}sparql")
    assert (None, URIRef("http://rdfs.org/ns/void#sparqlEndpoint"), endpoint) in graph


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "POST", "data": {"update": "INSERT DATA { <a:b> <a:c> 1 }"}},
        {
            "method": "POST",
            "data": b"INSERT DATA { <a:b> <a:c> 1 }",
            "content_type": "application/sparql-update",
        },
        {"method": "GET", "query_string": {"update": "CLEAR ALL"}},
        {"method": "GET", "query_string": {"query": "INSERT DATA { <a:b> <a:c> 1 }"}},
        {"method": "GET", "query_string": {"query": "drop all"}},
    ],
)
def test_updates_are_refused(client: FlaskClient, request_kwargs: dict[str, object]) -> None:
    response = client.open("/sparql", headers={"Accept": "text/plain"}, **request_kwargs)  # type: ignore[arg-type]
    assert response.status_code == 403
    assert b"read-only" in response.data


def test_service_is_refused(client: FlaskClient) -> None:
    response = get(
        client, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "text/plain"
    )
    assert response.status_code == 400
    assert b"SERVICE" in response.data


def test_syntax_errors_are_400_with_the_position(
    client: FlaskClient, sparql_backend: Backend
) -> None:
    response = get(client, "SELECT * WHERE { ?s ?p }", "text/plain")
    assert response.status_code == 400
    if sparql_backend.name == VIRTUOSO:  # its messages give the line only
        assert (
            b"Syntax error: Virtuoso 37000 Error SP030: SPARQL compiler, line 1:" in response.data
        )
        assert b"PREFIX" not in response.data  # the declarations sent in front are not shown
    else:
        assert b"line 1, column 25" in response.data


def test_a_syntax_error_in_the_browser_keeps_the_query(client: FlaskClient) -> None:
    response = get(client, "SELECT * WHERE { ?s ?p }", "text/html")
    assert response.status_code == 400
    page = response.data.decode()
    assert 'role="alert"' in page
    assert "SELECT * WHERE { ?s ?p }" in page


def test_oversized_queries_are_413(client: FlaskClient) -> None:
    query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 100_001
    response = client.post("/sparql", data=query.encode(), content_type="application/sparql-query")
    assert response.status_code == 413


def test_other_bodies_are_415(client: FlaskClient) -> None:
    response = client.post("/sparql", data=b"{}", content_type="application/json")
    assert response.status_code == 415


def test_two_queries_are_400(client: FlaskClient) -> None:
    response = client.get("/sparql?query=ASK{}&query=ASK{}")
    assert response.status_code == 400


def test_a_post_without_a_query_is_400(client: FlaskClient) -> None:
    assert client.post("/sparql", data={"format": "json"}).status_code == 400


def test_truncated_answers_say_so(client: FlaskClient) -> None:
    response = get(client, "SELECT * WHERE { ?s ?p ?o }", RESULT_TYPES["json"])
    assert response.headers["SPARQL-Truncated"] == "true"
    assert response.headers["SPARQL-Row-Limit"] == "50"
    assert len(bindings(response.data)) == 50
    complete = get(client, TITLES, RESULT_TYPES["json"])
    assert "SPARQL-Truncated" not in complete.headers
    page = get(client, "SELECT * WHERE { ?s ?p ?o }", "text/html").data.decode()
    assert "Truncated" in page


def test_get_answers_revalidate(client: FlaskClient) -> None:
    first = get(client, TITLES, RESULT_TYPES["json"])
    tag = first.headers["ETag"]
    again = client.get(
        "/sparql?" + urlencode({"query": TITLES}),
        headers={"Accept": RESULT_TYPES["json"], "If-None-Match": tag},
    )
    assert again.status_code == 304
    other = get(client, TITLES, RESULT_TYPES["csv"])
    assert other.headers["ETag"] != tag


# --- example queries -----------------------------------------------------------------------


def test_examples_run_by_name_in_every_format(client: FlaskClient) -> None:
    from linkeddata.sparql import canned

    examples = canned.load()
    assert examples
    for name, example in examples.items():
        text = client.get(f"/sparql/queries/{name}.rq")
        assert text.status_code == 200
        assert text.mimetype == "application/sparql-query"
        assert text.data.decode() == example.text
        page = client.get(f"/sparql/queries/{name}", headers={"Accept": "text/html"})
        assert page.status_code == 200, (name, page.data[:500])
    assert client.get("/sparql/queries/no-such-query").status_code == 404


# --- regressions from the review --------------------------------------------------------------

TRIPLE_TERM = "<<( <http://a.example/s> <http://a.example/p> <http://a.example/o> )>>"


def test_triple_terms_render_and_json_ld_refuses_them(
    client: FlaskClient, sparql_backend: Backend
) -> None:
    page = get(client, f"SELECT ?t WHERE {{ BIND({TRIPLE_TERM} AS ?t) }}", "text/html")
    if sparql_backend.name == VIRTUOSO:  # Virtuoso 7 has no RDF 1.2 triple terms
        assert page.status_code == 400
        assert "syntax error" in page.data.decode()
        return
    assert page.status_code == 200
    assert "http://a.example/o" in page.data.decode()
    construct = (
        f"CONSTRUCT {{ <http://a.example/x> <http://a.example/says> {TRIPLE_TERM} }} WHERE {{}}"
    )
    assert get(client, construct, "text/turtle").status_code == 200
    refused = get(client, construct, "application/ld+json")
    assert refused.status_code == 406
    assert b"triple terms" in refused.data


def test_deep_nesting_is_a_400_not_a_crash(client: FlaskClient) -> None:
    query = "SELECT * WHERE { FILTER(" + "(" * 1000 + "1" + ")" * 1000 + ") }"
    response = client.post("/sparql", data={"query": query}, headers={"Accept": "text/plain"})
    assert response.status_code == 400
    assert b"nests brackets more than 200 deep: ( [ { and << (line 1, column 223)" in response.data


def test_answers_that_change_every_run_are_not_cached(client: FlaskClient) -> None:
    response = get(client, "SELECT (STRUUID() AS ?u) (NOW() AS ?t) WHERE {}", RESULT_TYPES["json"])
    assert response.status_code == 200
    assert "ETag" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"
    page = get(client, TITLES, "text/html")
    assert page.headers["ETag"].startswith('W/"')  # the page shows the time the query took


def test_default_graph_uri_alone_leaves_no_named_graphs(
    client: FlaskClient, sparql_backend: Backend
) -> None:
    response = get(
        client,
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        RESULT_TYPES["json"],
        **{"default-graph-uri": f"{BASE}graph/document/116702"},
    )
    if sparql_backend.name == VIRTUOSO:  # every graph it holds stays a named graph
        assert {"g": f"{BASE}graph/document/116702"} in bindings(response.data)
    else:
        assert bindings(response.data) == []


def test_head_validates_like_get(client: FlaskClient) -> None:
    url = "/sparql?" + urlencode({"query": TITLES})
    head = client.head(url, headers={"Accept": RESULT_TYPES["json"]})
    assert head.status_code == 200
    tag = head.headers["ETag"]
    assert (
        client.head(url, headers={"Accept": RESULT_TYPES["json"], "If-None-Match": tag}).status_code
        == 304
    )


def test_the_page_menu_formats_work_for_graph_queries(client: FlaskClient) -> None:
    as_json = get(client, GRAPH, "text/html", format="json")
    assert as_json.mimetype == "application/ld+json"
    refused = get(client, GRAPH, "text/plain", format="csv")
    assert refused.status_code == 400
    assert b"not a format for CONSTRUCT" in refused.data
