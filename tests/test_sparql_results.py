"""The SPARQL result writers, checked against pyoxigraph's own serialiser and two parsers.

pyoxigraph's writers are the reference: for rows from a real query our output must be theirs,
except where ``linkeddata.sparql.results`` says otherwise (XML is compared as canonical XML,
CSV is read back with the csv module). Every body must parse back, with pyoxigraph (JSON, XML,
TSV; it reads no CSV) and with rdflib (JSON, XML, CSV; rdflib has no triple terms).
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, URIRef, Variable
from rdflib import Literal as RdflibLiteral
from rdflib.query import Result

from linkeddata.formats import of_kind
from linkeddata.sparql.results import write_boolean, write_solutions

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
LIMITS = "http://example.org/sparql#limits"
SRX = "{http://www.w3.org/2005/sparql-results#}"
RESULT_FORMATS = of_kind("solutions")
BY_NAME = {f.name: f for f in RESULT_FORMATS}
OX = {f.name: ox.QueryResultsFormat.from_media_type(f.media_type) for f in RESULT_FORMATS}
PARSED_BY_OXIGRAPH = ("json", "xml", "tsv")
PARSED_BY_RDFLIB = ("json", "xml", "csv")
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

VARIETY = """PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?a ?b ?c ?d WHERE {
  { VALUES (?a ?b ?c ?d) {
    (<http://example.org/é/ü?x=1&y=2> "quote \\" newline \\n tab \\t comma , cr \\r end"
     "]]> <&> 'apos'" "chat"@fr)
    ("colour"@en-GB "s"^^xsd:string "" 1)
    (-5 1.5 "0.0"^^xsd:decimal 1.0e3)
    (true "false"^^xsd:boolean "abc"^^xsd:integer "INF"^^xsd:double)
    ("2020-01-01"^^xsd:date "x"^^<http://example.org/datatype> "back\\\\slash" UNDEF)
    (UNDEF UNDEF UNDEF UNDEF)
    ("right"@ar--rtl "日本語"@ja <http://example.org/%C3%A9> " edges, \\u00A0 nbsp, \\u2028 ls\\n")
  } }
  UNION { ?a <http://example.org/p> ?b }
  UNION { <http://example.org/s> <http://example.org/q> ?c }
}"""
QUERIES = {
    "variety": VARIETY,
    "no variables": "SELECT * WHERE {}",
    "no rows": "SELECT * WHERE { FILTER(false) }",
    "no rows, variables": "SELECT ?x ?y WHERE { FILTER(false) }",
    "unbound first": "SELECT ?x ?y WHERE { BIND(1 AS ?y) }",
}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """A blank node and a nested triple term, which VALUES cannot give."""
    store = ox.Store()
    p, s = ox.NamedNode(f"{EX}p"), ox.NamedNode(f"{EX}s")
    inner = ox.Triple(s, p, ox.Literal("o", language="en"))
    store.add(ox.Quad(ox.BlankNode("b1"), p, ox.Literal("x")))
    store.add(ox.Quad(s, ox.NamedNode(f"{EX}q"), ox.Triple(ox.BlankNode("b1"), p, inner)))
    return store


def _select(store: ox.Store, query: str) -> tuple[list[str], list[tuple]]:
    solutions = store.query(query)
    return [v.value for v in solutions.variables], [tuple(s) for s in solutions]


def _oxigraph_rows(body: bytes, name: str, variables: Sequence[str]) -> list[tuple]:
    return [tuple(s[v] for v in variables) for s in ox.parse_query_results(body, format=OX[name])]


def _oxigraph_writes(variables: Sequence[str], rows: list[tuple], name: str) -> bytes:
    """pyoxigraph's own writer on the same rows (read back from our JSON)."""
    solutions = ox.parse_query_results(write_solutions(variables, rows, "json"), format=OX["json"])
    return solutions.serialize(format=OX[name])


def _assert_same_document(ours: bytes, oxigraph: bytes, name: str) -> None:
    """The same bytes; for XML, the same canonical XML once pyoxigraph's CRs are escaped.

    pyoxigraph escapes only a final CR, and XML parsers turn the others into LF.
    """
    if name == "xml":
        canonical = [ET.canonicalize(b.decode()) for b in (ours, oxigraph.replace(b"\r", b"&#13;"))]
        assert canonical[0] == canonical[1]
    else:
        assert ours == oxigraph


def _without_triples(rows: list[tuple]) -> list[tuple]:
    """rdflib cannot read triple terms."""
    return [r for r in rows if not any(isinstance(t, ox.Triple) for t in r)]


def _csv_cell(term) -> str:
    """What a CSV cell holds, by the W3C CSV format (and pyoxigraph, for triple terms)."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return " ".join(map(_csv_cell, term))
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | RdflibLiteral:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language or term.datatype.value == f"{XSD}string":
        return RdflibLiteral(term.value, lang=term.language)
    return RdflibLiteral(term.value, datatype=URIRef(term.datatype.value))


def _xml_safe(term):
    """The term as XML carries it: XML-invalid characters replaced by U+FFFD."""
    if isinstance(term, ox.Literal):
        value = XML_INVALID.sub("\ufffd", term.value)
        if term.language:
            return ox.Literal(value, language=term.language, direction=term.direction)
        return ox.Literal(value, datatype=term.datatype)
    if isinstance(term, ox.Triple):
        return ox.Triple(*(_xml_safe(t) for t in term))
    return term


def test_table() -> None:
    """Names are unique and media types and extensions are the registered ones."""
    assert list(BY_NAME) == ["json", "xml", "csv", "tsv"]
    for fmt in RESULT_FORMATS:
        assert OX[fmt.name].file_extension == fmt.extension
        assert OX[fmt.name].media_type.split(";")[0] == fmt.media_type


@pytest.mark.parametrize("query", QUERIES.values(), ids=QUERIES.keys())
@pytest.mark.parametrize("name", BY_NAME)
def test_same_bytes_as_oxigraph(store: ox.Store, query: str, name: str) -> None:
    variables, rows = _select(store, query)
    oxigraph = store.query(query).serialize(format=OX[name])
    _assert_same_document(write_solutions(variables, rows, name), oxigraph, name)


@pytest.mark.parametrize("query", QUERIES.values(), ids=QUERIES.keys())
@pytest.mark.parametrize("name", PARSED_BY_OXIGRAPH)
def test_oxigraph_reads_it_back(store: ox.Store, query: str, name: str) -> None:
    variables, rows = _select(store, query)
    assert _oxigraph_rows(write_solutions(variables, rows, name), name, variables) == rows


@pytest.mark.parametrize("name", PARSED_BY_RDFLIB)
def test_rdflib_reads_it_back(store: ox.Store, name: str) -> None:
    variables, rows = _select(store, VARIETY)
    rows = _without_triples(rows)
    parsed = Result.parse(io.BytesIO(write_solutions(variables, rows, name)), format=name)
    assert [str(v) for v in parsed.vars] == variables
    bindings = [{str(k): v for k, v in b.items()} for b in parsed.bindings]
    assert len(bindings) == len(rows)
    if name == "csv":  # rdflib reads cells as plain literals, save http IRIs and blank nodes
        assert URIRef(f"{EX}é/ü?x=1&y=2") in {b.get("a") for b in bindings}
        assert any(isinstance(b.get("a"), BNode) for b in bindings)
        return
    assert bindings == [
        {v: _rdflib(t) for v, t in zip(variables, row, strict=True) if t is not None}
        for row in rows
    ]


@pytest.mark.parametrize("name", BY_NAME)
@pytest.mark.parametrize("value", [True, False])
def test_boolean(store: ox.Store, name: str, value: bool) -> None:
    body = write_boolean(value, name)
    assert body == store.query(f"ASK {{ FILTER({str(value).lower()}) }}").serialize(format=OX[name])
    if name in PARSED_BY_OXIGRAPH:
        assert bool(ox.parse_query_results(body, format=OX[name])) is value
    if name in ("json", "xml"):
        assert Result.parse(io.BytesIO(body), format=name).askAnswer is value


def test_truncated_json_links_and_flags(store: ox.Store) -> None:
    """``head.link`` is standard; ``truncated`` must precede ``results`` for pyoxigraph."""
    variables, rows = _select(store, VARIETY)
    rows = _without_triples(rows)
    body = write_solutions(variables, rows, "json", truncated=True, limit_note=LIMITS)
    document = json.loads(body)
    assert list(document) == ["head", "truncated", "results"]
    assert document["head"] == {"vars": variables, "link": [LIMITS]}
    assert document["truncated"] is True
    assert _oxigraph_rows(body, "json", variables) == rows
    assert len(Result.parse(io.BytesIO(body), format="json").bindings) == len(rows)
    untruncated = json.loads(write_solutions(variables, rows, "json", limit_note=LIMITS))
    assert list(untruncated) == ["head", "results"]
    assert "link" not in untruncated["head"]


def test_truncated_xml_links(store: ox.Store) -> None:
    variables, rows = _select(store, VARIETY)
    rows = _without_triples(rows)
    body = write_solutions(variables, rows, "xml", truncated=True, limit_note=f"{LIMITS}?a&b")
    head = ET.fromstring(body).find(f"{SRX}head")
    assert [e.tag for e in head] == [f"{SRX}variable"] * 4 + [f"{SRX}link"]
    assert head[-1].get("href") == f"{LIMITS}?a&b"
    assert _oxigraph_rows(body, "xml", variables) == rows
    assert len(Result.parse(io.BytesIO(body), format="xml").bindings) == len(rows)
    assert b"<link" not in write_solutions(variables, rows, "xml", limit_note=LIMITS)


@pytest.mark.parametrize("name", ["csv", "tsv"])
def test_truncated_text_formats_cannot_say_it(store: ox.Store, name: str) -> None:
    variables, rows = _select(store, VARIETY)
    truncated = write_solutions(variables, rows, name, truncated=True, limit_note=LIMITS)
    assert truncated == write_solutions(variables, rows, name)


def test_truncated_needs_a_note() -> None:
    with pytest.raises(ValueError, match="limit_note"):
        write_solutions(["x"], [], "xml", truncated=True)


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="known: json, xml, csv, tsv"):
        write_solutions(["x"], [], "html")
    with pytest.raises(ValueError, match="unknown result format 'srj'"):
        write_boolean(True, "srj")


def test_xml_replaces_characters_xml_cannot_carry() -> None:
    """pyoxigraph writes them raw, which no XML parser accepts; CR must survive as &#13;."""
    value = "a\x00b\x01\x08\x0b\x0c\x1f\ufffe\uffff|\t\n\r|\ud7ff\ue000\U0010ffff"
    kept = "a\ufffdb" + "\ufffd" * 7 + "|\t\n\r|\ud7ff\ue000\U0010ffff"
    body = write_solutions(["x"], [(ox.Literal(value, language="en"),)], "xml")
    assert ET.fromstring(body).find(f".//{SRX}literal").text == kept
    assert _oxigraph_rows(body, "xml", ["x"]) == [(ox.Literal(kept, language="en"),)]
    rdflib = Result.parse(io.BytesIO(body), format="xml").bindings[0][Variable("x")]
    assert rdflib == RdflibLiteral(kept, lang="en")
    for name in ("json", "tsv"):
        rows = [(ox.Literal(value),)]
        assert _oxigraph_rows(write_solutions(["x"], rows, name), name, ["x"]) == rows


def test_xml_keeps_the_whitespace_around_a_value() -> None:
    """As character references, which pyoxigraph's parser does not trim as it trims spaces."""
    rows = [(ox.Literal(" \t two  words\n"),), (ox.Literal("\r\n"),), (ox.Literal(" "),)]
    body = write_solutions(["x"], rows, "xml")
    assert b"<literal>&#32;&#9;&#32;two  words&#10;</literal>" in body
    assert _oxigraph_rows(body, "xml", ["x"]) == rows
    assert [b[Variable("x")] for b in Result.parse(io.BytesIO(body), format="xml").bindings] == [
        RdflibLiteral(r[0].value) for r in rows
    ]


def test_csv_is_rfc_4180() -> None:
    """Quoted when needed, IRIs too: pyoxigraph leaves an IRI with a comma bare."""
    rows = [
        (ox.NamedNode(f"{EX}ä"), ox.Literal('a "quoted", comma'), ox.NamedNode(f"{EX}a,b")),
        (ox.BlankNode("b0"), ox.Literal("two\r\nlines\n"), ox.Literal("tab\there", language="en")),
        (ox.Triple(ox.NamedNode(f"{EX}s"), ox.NamedNode(f"{EX}p"), ox.Literal("o")), None, None),
    ]
    body = write_solutions(["a", "b", "c"], rows, "csv").decode()
    assert body.startswith('a,b,c\r\nhttp://example.org/ä,"a ""quoted"", comma","http://')
    assert body.endswith("\r\n")
    assert list(csv.reader(io.StringIO(body, newline=""))) == [
        ["a", "b", "c"],
        [f"{EX}ä", 'a "quoted", comma', f"{EX}a,b"],
        ["_:b0", "two\r\nlines\n", "tab\there"],
        [f"{EX}s {EX}p o", "", ""],
    ]


def test_csv_quotes_a_lone_empty_field() -> None:
    """pyoxigraph writes a blank line, which readers such as pandas skip by default."""
    body = write_solutions(["x"], [(None,), (ox.Literal(""),)], "csv")
    assert body == b'x\r\n""\r\n""\r\n'
    assert list(csv.reader(io.StringIO(body.decode(), newline=""))) == [["x"], [""], [""]]


TSV_TERMS = [
    (ox.Literal("1", datatype=ox.NamedNode(f"{XSD}integer")), "1"),
    (ox.Literal("+01", datatype=ox.NamedNode(f"{XSD}integer")), "+01"),
    (ox.Literal("٣", datatype=ox.NamedNode(f"{XSD}integer")), f'"٣"^^<{XSD}integer>'),
    (ox.Literal(".5", datatype=ox.NamedNode(f"{XSD}decimal")), ".5"),
    (ox.Literal("1.", datatype=ox.NamedNode(f"{XSD}decimal")), f'"1."^^<{XSD}decimal>'),
    (ox.Literal("1", datatype=ox.NamedNode(f"{XSD}decimal")), f'"1"^^<{XSD}decimal>'),
    (ox.Literal("-1.5E+3", datatype=ox.NamedNode(f"{XSD}double")), "-1.5E+3"),
    (ox.Literal("1.0", datatype=ox.NamedNode(f"{XSD}double")), f'"1.0"^^<{XSD}double>'),
    (ox.Literal("NaN", datatype=ox.NamedNode(f"{XSD}double")), f'"NaN"^^<{XSD}double>'),
    (ox.Literal("true", datatype=ox.NamedNode(f"{XSD}boolean")), "true"),
    (ox.Literal("1", datatype=ox.NamedNode(f"{XSD}boolean")), f'"1"^^<{XSD}boolean>'),
    (ox.Literal("1", datatype=ox.NamedNode(f"{XSD}int")), f'"1"^^<{XSD}int>'),
    (ox.Literal('t\tn\nr\r"\\'), r'"t\tn\nr\r\"\\"'),
    (ox.Literal("x", language="ar", direction=ox.BaseDirection.RTL), '"x"@ar--rtl'),
    (ox.BlankNode("b0"), "_:b0"),
    (
        ox.Triple(ox.BlankNode("b0"), ox.NamedNode(f"{EX}p"), ox.Literal("o")),
        f'<<( _:b0 <{EX}p> "o" )>>',
    ),
]


@pytest.mark.parametrize(("term", "expected"), TSV_TERMS)
def test_tsv_terms(term: ox.Literal, expected: str) -> None:
    """Numbers and booleans are bare only in the lexical forms Turtle reads back as such."""
    rows = [(term, None)]
    body = write_solutions(["x", "y"], rows, "tsv")
    assert body == f"?x\t?y\n{expected}\t\n".encode()
    assert body == _oxigraph_writes(["x", "y"], rows, "tsv")
    assert _oxigraph_rows(body, "tsv", ["x", "y"]) == rows


# Property tests: random strings as literal values, language tags and IRIs.

LANGUAGES = ("en", "en-gb", "fr", "zh-hant-tw", "de-ch-1996", "x-private")
DATATYPES = tuple(f"{XSD}{t}" for t in ("integer", "decimal", "double", "boolean", "string"))
LEXICAL = ("1", "-0", "+5", "1.", ".5", "1e5", "1E+5", "1.0", "true", "abc", " 1", "٣", "NaN")
IRI_CHARACTERS = st.one_of(
    st.sampled_from("azAZ09-._~!$&'()*+,;=:@/?"),
    st.characters(categories=("L", "N"), min_codepoint=0xA0),
)
iris = st.builds(lambda path: ox.NamedNode(f"{EX}{path}"), st.text(IRI_CHARACTERS))
blank_nodes = st.builds(ox.BlankNode, st.from_regex(r"[A-Za-z0-9]{1,12}", fullmatch=True))
literals = st.one_of(
    st.builds(ox.Literal, st.text()),
    st.builds(lambda v, tag: ox.Literal(v, language=tag), st.text(), st.sampled_from(LANGUAGES)),
    st.builds(
        lambda v, datatype: ox.Literal(v, datatype=ox.NamedNode(datatype)),
        st.one_of(st.text(), st.sampled_from(LEXICAL)),
        st.sampled_from((*DATATYPES, f"{EX}datatype")),
    ),
)
plain_terms = st.one_of(iris, blank_nodes, literals)
terms = st.one_of(
    plain_terms,
    st.builds(ox.Triple, st.one_of(iris, blank_nodes), iris, plain_terms),
)
VARIABLES = ["a", "b"]
PROPERTY = settings(max_examples=300, deadline=None)


@PROPERTY
@given(st.lists(st.tuples(st.none() | terms, st.none() | terms), max_size=5))
def test_random_rows_round_trip(rows: list[tuple]) -> None:
    """pyoxigraph reads our JSON, XML and TSV back and writes the same; CSV reads back."""
    for name in PARSED_BY_OXIGRAPH:
        body = write_solutions(VARIABLES, rows, name)
        expected = [tuple(map(_xml_safe, r)) for r in rows] if name == "xml" else rows
        assert _oxigraph_rows(body, name, VARIABLES) == expected
        _assert_same_document(body, _oxigraph_writes(VARIABLES, expected, name), name)
    body = write_solutions(VARIABLES, rows, "csv").decode()
    assert list(csv.reader(io.StringIO(body, newline=""))) == [
        VARIABLES,
        *([_csv_cell(t) for t in row] for row in rows),
    ]


@pytest.mark.filterwarnings(
    "ignore:Parsing weird boolean:UserWarning"
)  # rdflib, on "+5"^^xsd:boolean
@PROPERTY
@given(st.lists(st.tuples(st.none() | plain_terms, st.none() | plain_terms), max_size=5))
def test_random_rows_rdflib(rows: list[tuple]) -> None:
    """rdflib reads our JSON and XML back."""
    for name in ("json", "xml"):
        expected_rows = [tuple(map(_xml_safe, r)) for r in rows] if name == "xml" else rows
        expected = [
            {v: _rdflib(t) for v, t in zip(VARIABLES, row, strict=True) if t is not None}
            for row in expected_rows
        ]
        parsed = Result.parse(io.BytesIO(write_solutions(VARIABLES, rows, name)), format=name)
        assert [{str(k): v for k, v in b.items()} for b in parsed.bindings] == expected
