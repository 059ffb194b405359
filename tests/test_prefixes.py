"""Served Turtle and TriG declare only the prefixes they use: descriptions of things, the
service description and SPARQL CONSTRUCT and DESCRIBE answers.

"Used" is checked without reading the text the way :mod:`linkeddata.prefixes` does: the answer
parses (every prefix it uses is declared), and taking out any one declaration makes it
unparseable (every prefix it declares is used)."""

from __future__ import annotations

from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from rdflib import Dataset, Graph

from linkeddata.prefixes import serialize, used_only

FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/trig": ox.RdfFormat.TRIG}
CONSTRUCT = """PREFIX dcterms: <http://purl.org/dc/terms/>
CONSTRUCT { ?d dcterms:title ?t ; a ?type } WHERE { ?d dcterms:title ?t ; a ?type }"""
DESCRIBE = "DESCRIBE <http://127.0.0.1:8080/id/document/116702>"
PATHS = {
    "document": "/doc/document/116702",
    "place": "/doc/place/pyongyang",
    "service description": "/sparql",
    "construct": "/sparql?" + urlencode({"query": CONSTRUCT}),
    "describe": "/sparql?" + urlencode({"query": DESCRIBE}),
}


def declarations(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("@prefix ")]


def assert_declares_only_what_it_uses(text: str, fmt: ox.RdfFormat) -> None:
    lines = declarations(text)
    assert lines, "nothing declared: the test would prove nothing"
    list(ox.parse(text, format=fmt))
    for line in lines:
        without = text.replace(line + "\n", "", 1)
        with pytest.raises(SyntaxError):
            list(ox.parse(without, format=fmt))


@pytest.mark.parametrize("media_type", sorted(FORMATS))
@pytest.mark.parametrize("path", sorted(PATHS))
def test_served_turtle_declares_only_the_prefixes_it_uses(
    client: FlaskClient, path: str, media_type: str
) -> None:
    if media_type == "application/trig" and PATHS[path].startswith("/sparql"):
        media_type = "text/turtle"  # a graph answer has no named graphs
    response = client.get(PATHS[path], headers={"Accept": media_type})
    assert response.status_code == 200, response.data
    text = response.data.decode()
    parsed = Dataset() if media_type == "application/trig" else Graph()
    parsed.parse(data=text, format="trig" if media_type == "application/trig" else "turtle")
    assert len(parsed) > 0
    assert_declares_only_what_it_uses(text, FORMATS[media_type])


def test_what_oxigraph_writes_bare_or_as_a_keyword_needs_no_prefix() -> None:
    a, b = ox.NamedNode("http://ex.org/a"), ox.BlankNode("b1")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    triples = [
        ox.Triple(a, rdf_type, ox.NamedNode("http://ex.org/Thing")),
        ox.Triple(b, ox.NamedNode("http://ex.org/n"), ox.Literal("7", datatype=integer)),
        ox.Triple(a, ox.NamedNode("http://ex.org/says"), ox.Literal('"skos:x" <sh:y> \\ wd:')),
    ]
    prefixes = {
        "ex": "http://ex.org/",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "sh": "http://www.w3.org/ns/shacl#",
        "wd": "http://www.wikidata.org/entity/",
    }
    text = serialize(triples, ox.RdfFormat.TURTLE, prefixes).decode()
    assert declarations(text) == ["@prefix ex: <http://ex.org/> ."]
    assert_declares_only_what_it_uses(text, ox.RdfFormat.TURTLE)


def test_a_datatype_a_graph_name_and_a_local_name_with_colons_use_their_prefixes() -> None:
    g = ox.NamedNode("http://ex.org/g")
    year = ox.Literal("1967", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    quads = [ox.Quad(ox.NamedNode("http://x.org/a:b"), ox.NamedNode("http://x.org/p"), year, g)]
    prefixes = {"ex": "http://ex.org/", "x": "http://x.org/", "b": "http://b.org/"}
    prefixes["xsd"] = "http://www.w3.org/2001/XMLSchema#"
    text = serialize(quads, ox.RdfFormat.TRIG, prefixes).decode()
    assert sorted(declarations(text)) == [
        "@prefix ex: <http://ex.org/> .",
        "@prefix x: <http://x.org/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
    ]
    assert_declares_only_what_it_uses(text, ox.RdfFormat.TRIG)


def test_other_formats_pass_through() -> None:
    assert used_only(b"<http://a> <http://b> <http://c> .\n") == (
        b"<http://a> <http://b> <http://c> .\n"
    )


def test_escaped_quotes_and_backslashes_keep_a_string_whole() -> None:
    """Prefix-like text after an escaped quote, a backslash or a line break is still inside
    its string: nothing it names is declared."""
    a, says = ox.NamedNode("http://ex.org/a"), ox.NamedNode("http://ex.org/says")
    values = ['a \\" skos:x', 'quote " then sh:y', "line\nwd:Q1", "ends with \\", "tab\tdc:z"]
    triples = [ox.Triple(a, says, ox.Literal(v)) for v in values]
    prefixes = {"ex": "http://ex.org/", "skos": "http://www.w3.org/2004/02/skos/core#"}
    prefixes |= {"sh": "http://www.w3.org/ns/shacl#", "wd": "http://www.wikidata.org/entity/"}
    prefixes["dc"] = "http://purl.org/dc/elements/1.1/"
    text = serialize(triples, ox.RdfFormat.TURTLE, prefixes).decode()
    assert declarations(text) == ["@prefix ex: <http://ex.org/> ."]
    assert_declares_only_what_it_uses(text, ox.RdfFormat.TURTLE)
