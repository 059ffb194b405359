"""The format table: its facts, that nothing else lists media types, and the aliases real
clients use, through the Flask test client."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import get_args
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient
from live import BROWSER_ACCEPT
from rdflib import Graph

import linkeddata
from linkeddata.cli import main
from linkeddata.formats import BY_NAME, FORMATS, W3C, Format, Kind, find, of_kind
from linkeddata.sparql.description import service_description
from linkeddata.sparql.service import Limits

PACKAGE = Path(linkeddata.__file__).parent
DOC = "http://127.0.0.1:8080/id/document/116702"
GRAPH = f"CONSTRUCT {{ <{DOC}> ?p ?o }} WHERE {{ <{DOC}> ?p ?o }}"
TITLES = "SELECT ?title WHERE { ?d a rico:Record ; dcterms:title ?title }"
# A string literal starting with a top-level media type is a media type (or builds one).
MEDIA_TYPE = re.compile(r"(application|audio|font|image|message|model|multipart|text|video)/")
TEXTUAL = {
    *("turtle", "ntriples", "nquads", "trig", "csv", "tsv", "bibtex", "ris"),
    *("bibliography", "html", "text", "sparql"),
}


# --- the table --------------------------------------------------------------------------------


@pytest.mark.parametrize("attribute", ["name", "extension", "media_type"])
def test_names_extensions_and_media_types_are_unique(attribute: str) -> None:
    values = [getattr(f, attribute) for f in FORMATS]
    assert len(values) == len(set(values))


@pytest.mark.parametrize("kind", get_args(Kind))
def test_every_kind_has_a_format_and_every_key_names_one_format_of_it(kind: Kind) -> None:
    formats = of_kind(kind)
    assert formats
    keys = [k for f in formats for k in {f.name, f.extension, *f.aliases}]
    keys += [k for f in formats for k in (f.media_type, *f.media_aliases)]
    assert len(keys) == len(set(keys)), keys
    for fmt in formats:
        for key in (fmt.name, fmt.extension, fmt.media_type, *fmt.aliases, *fmt.media_aliases):
            assert find(key.upper(), formats) is fmt


def test_aliases_are_read_per_kind() -> None:
    graph, solutions = of_kind("graph"), of_kind("solutions")
    assert find("xml", graph) is BY_NAME["rdfxml"]
    assert find("xml", solutions) is BY_NAME["xml"]
    assert find("application/json", graph) is BY_NAME["jsonld"]
    assert find("application/json", solutions) is BY_NAME["json"]
    for alias, name in [("rdf+xml", "rdfxml"), ("json-ld", "jsonld"), ("n-triples", "ntriples")]:
        assert find(alias, graph) is BY_NAME[name]
    for alias, name in [("n3", "turtle"), ("n-quads", "nquads"), ("text/n3", "turtle")]:
        assert find(alias, graph) is BY_NAME[name]
    for media_type in ("application/x-turtle", "application/turtle"):
        assert find(media_type, graph) is BY_NAME["turtle"]
    assert find("json", [*solutions, *graph]) is BY_NAME["json"]  # own name before an alias
    assert find("bogus", graph) is None


def test_textual_formats_say_they_are_utf8() -> None:
    assert {f.name for f in FORMATS if f.textual} == TEXTUAL
    for fmt in FORMATS:
        assert fmt.content_type.endswith("; charset=utf-8") == fmt.textual
        assert fmt.textual or not fmt.media_type.startswith("text/")


def test_w3c_iris_are_well_formed_and_those_oxigraph_knows() -> None:
    for fmt in (*of_kind("graph"), *of_kind("solutions")):
        assert fmt.iri is not None, fmt.name
        assert re.fullmatch(re.escape(W3C) + r"[A-Za-z][A-Za-z_-]*", fmt.iri), fmt.iri
        assert fmt.oxigraph is not None
        assert fmt.iri.rsplit("/", 1)[1] == fmt.oxigraph.iri.rsplit("/", 1)[1]
    assert all(f.iri is None for f in FORMATS if f.kind not in ("graph", "solutions"))


def test_oxigraph_formats_agree_with_the_table() -> None:
    for fmt in FORMATS:
        if fmt.oxigraph is None:
            assert fmt.kind not in ("graph", "solutions")
            continue
        assert fmt.oxigraph.media_type.split(";")[0] == fmt.media_type
        assert fmt.oxigraph.file_extension == fmt.extension
        datasets = fmt.kind == "graph" and fmt.rdf.supports_datasets
        assert fmt.datasets == datasets, fmt.name


@pytest.mark.parametrize("fmt", of_kind("graph"), ids=lambda f: f.name)
def test_a_line_comment_alone_is_an_empty_document_where_the_table_says(fmt: Format) -> None:
    try:
        parsed: list[ox.Quad] | None = list(ox.parse(b"# nothing\n", format=fmt.rdf))
    except SyntaxError:
        parsed = None
    assert (parsed == []) == fmt.line_comments


def test_the_service_description_lists_the_table() -> None:
    triples = service_description("http://ex.org/", Limits(), triples=1)
    listed = {str(t.object) for t in triples if t.predicate.value.endswith("#resultFormat")}
    assert listed == {f"<{f.iri}>" for f in (*of_kind("solutions"), *of_kind("graph"))}


# --- nothing else lists media types -----------------------------------------------------------


def media_type_literals(path: Path) -> Iterator[tuple[int, str]]:
    """String literals of a module (f-string parts included) that start with a media type."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        value = node.value if isinstance(node, ast.Constant) else None
        if isinstance(node, ast.Constant) and isinstance(value, str) and MEDIA_TYPE.match(value):
            yield node.lineno, value


def test_the_scan_finds_the_tables_media_types() -> None:
    found = {value for _line, value in media_type_literals(PACKAGE / "formats.py")}
    assert {f.media_type for f in FORMATS} <= found


def test_no_other_module_writes_a_media_type() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {value!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "formats.py"
        for line, value in media_type_literals(path)
    ]
    assert offenders == []


def test_every_negotiation_goes_through_negotiate() -> None:
    """Werkzeug's ``accept_mimetypes`` (``best_match``, ``quality``) decides nothing here."""
    used = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in ("accept_mimetypes", "best_match")
    ]
    assert used == []


# --- aliases real clients use -----------------------------------------------------------------


def sparql(client: FlaskClient, query: str, accept: str = "*/*", **params: str):  # type: ignore[no-untyped-def]
    return client.get(
        "/sparql?" + urlencode({"query": query, **params}), headers={"Accept": accept}
    )


@pytest.mark.parametrize("accept", ["text/n3", "application/turtle", "application/x-turtle"])
def test_turtle_aliases_get_turtle(client: FlaskClient, accept: str) -> None:
    response = client.get("/doc/document/116702", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.content_type == "text/turtle; charset=utf-8"
    assert len(Graph().parse(data=response.data, format="turtle")) > 10


@pytest.mark.parametrize(
    ("name", "media_type", "rdflib"),
    [
        ("json-ld", "application/ld+json", "json-ld"),
        ("json", "application/ld+json", "json-ld"),
        ("rdf+xml", "application/rdf+xml", "xml"),
        ("xml", "application/rdf+xml", "xml"),
        ("n3", "text/turtle", "turtle"),
        ("n-triples", "application/n-triples", "nt"),
    ],
)
def test_construct_by_format_alias(
    client: FlaskClient, name: str, media_type: str, rdflib: str
) -> None:
    response = sparql(client, GRAPH, format=name)
    assert response.status_code == 200, response.data
    assert response.mimetype == media_type
    assert len(Graph().parse(data=response.data, format=rdflib)) > 10


@pytest.mark.parametrize(
    ("query", "accept", "media_type"),
    [
        (TITLES, "application/json", "application/sparql-results+json"),
        (GRAPH, "application/json", "application/ld+json"),
        (TITLES, "application/xml", "application/sparql-results+xml"),
        (GRAPH, "application/xml", "application/rdf+xml"),
    ],
)
def test_media_type_aliases_are_read_per_kind_of_answer(
    client: FlaskClient, query: str, accept: str, media_type: str
) -> None:
    response = sparql(client, query, accept)
    assert response.status_code == 200, response.data
    assert response.mimetype == media_type


def test_xml_is_sparql_xml_for_select(client: FlaskClient) -> None:
    response = sparql(client, TITLES, format="xml")
    assert response.mimetype == "application/sparql-results+xml"
    solutions = ox.parse_query_results(response.data, format=ox.QueryResultsFormat.XML)
    assert isinstance(solutions, ox.QuerySolutions)
    assert len(list(solutions)) == 1


# --- error answers are negotiated like any other ----------------------------------------------


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        ("text/turtle", "text/turtle; charset=utf-8"),
        (BROWSER_ACCEPT, "text/html; charset=utf-8"),
        ("application/n-triples", "application/n-triples; charset=utf-8"),
        ("application/json", "application/ld+json"),
        (
            'application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"',
            "application/ld+json",
        ),
        ("application/xml", "application/rdf+xml"),
        ("*/*", "text/plain; charset=utf-8"),
        ("text/plain", "text/plain; charset=utf-8"),
        ("image/png", "text/plain; charset=utf-8"),
    ],
)
def test_a_404_answers_in_the_negotiated_format(
    client: FlaskClient, accept: str, content_type: str
) -> None:
    response = client.get("/doc/no/such/thing", headers={"Accept": accept})
    assert response.status_code == 404
    assert response.content_type == content_type
    assert response.headers["Vary"] == "Accept"
    body = response.data.decode()
    assert "404" in body
    if content_type.startswith("application/ld+json"):
        assert json.loads(body)["status"] == 404
    elif not content_type.startswith(("text/html", "text/plain")):
        fmt = find(content_type.split(";")[0], of_kind("graph"))
        assert fmt is not None
        assert list(ox.parse(response.data, format=fmt.rdf)) == []


def test_a_406_answers_in_the_clients_format(client: FlaskClient) -> None:
    """A SELECT cannot be Turtle: the 406 itself is (an empty document with a comment)."""
    response = sparql(client, TITLES, "text/turtle")
    assert response.status_code == 406
    assert response.content_type == "text/turtle; charset=utf-8"
    assert response.data.startswith(b"# 406 Not Acceptable: ")
    assert "application/sparql-results+json" in response.data.decode()
    assert len(Graph().parse(data=response.data, format="turtle")) == 0


# --- the CLI ----------------------------------------------------------------------------------


def test_cli_lists_the_tables_formats_and_reads_aliases(release: Path) -> None:
    runner = CliRunner()
    help_text = " ".join(runner.invoke(main, ["query", "--help"]).output.split())
    for fmt in (*of_kind("solutions"), *of_kind("graph")):
        assert (fmt.name if fmt.kind == "solutions" else fmt.extension) in help_text
    result = runner.invoke(main, ["query", GRAPH, "--out", str(release), "--format", "rdf+xml"])
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(data=result.stdout_bytes, format="xml")) > 10
