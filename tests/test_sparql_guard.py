"""The guard reads a query as the engines do (linkeddata.sparql.guard and .lexer).

Checked against the engines themselves: a valid query the guard accepts must parse in
pyoxigraph; a query it refuses as SERVICE must be read as SERVICE by Oxigraph or rdflib.
Oxigraph is only ever pointed at http://127.0.0.1:9/, a port its HTTP client refuses before
connecting (it raises OSError); rdflib's parser is asked to parse, never to run. The fuzz
tests that run Oxigraph on generated SERVICE queries do so in a child process without any
network (``unshare -rn``).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.plugins.sparql.parser import parseQuery

from linkeddata.errors import QueryError, QueryRefused, QuerySyntaxError, UpdateRefused
from linkeddata.sparql.guard import Inspection, inspect
from linkeddata.sparql.lexer import OXIGRAPH, RDFLIB, expand_escapes, tokens
from linkeddata.sparql.readings import FORK_BUDGET

P9 = "http://127.0.0.1:9/"  # Oxigraph refuses this port without connecting
PREFIXES = f"PREFIX : <{P9}> PREFIX ex: <{P9}> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
EX = "http://example.org/"


def _store() -> ox.Store:
    """One triple, so that patterns before a SERVICE match and the SERVICE is evaluated."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(f"{EX}s"), ox.NamedNode(f"{EX}p"), ox.Literal(True)))
    return store


def accepted(text: str, **kwargs: str) -> Inspection:
    """The guard accepts ``text`` and pyoxigraph parses it (a SyntaxError fails the test)."""
    inspection = inspect(text, **kwargs)
    ox.Store().query(text, base_iri=kwargs.get("base"))
    return inspection


def oxigraph_reads_service(text: str) -> bool:
    """Oxigraph evaluates a SERVICE: to port 9, which it refuses, or to an unbound variable."""
    try:
        result = _store().query(text)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except SyntaxError:
        return False
    except (OSError, RuntimeError) as error:
        return "port 9" in str(error) or "service" in str(error)
    return False


def rdflib_reads_service(text: str) -> bool:
    """rdflib's parser (parsing only) finds a SERVICE pattern."""
    try:
        return "ServiceGraphPattern" in repr(parseQuery(text))
    except Exception:  # its syntax errors, and ValueError for escapes it cannot expand
        return False


def refused_service(text: str, engine: str = "oxigraph") -> QueryRefused:
    with pytest.raises(QueryRefused, match=r"SERVICE .*line \d+, column \d+") as caught:
        inspect(text, engine=engine)
    return caught.value


# -- form ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("select * where { ?s ?p ?o }", "SELECT"),
        ("SeLeCt DISTINCT ?s { ?s ?p ?o }", "SELECT"),
        ("ASK {}", "ASK"),
        ("ask where { ?s ?p ?o }", "ASK"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT"),
        (f"DESCRIBE <{EX}x>", "DESCRIBE"),
        ("DESCRIBE ?s WHERE { ?s ?p ?o }", "DESCRIBE"),
        (f"PREFIX ex: <{EX}>\nPREFIX a: <{EX}a/>\n\nASK {{ ?s a ex:C }}", "ASK"),
        (
            f"BASE <{EX}>\n# SELECT in a comment\nPREFIX : <>\nCONSTRUCT {{}} WHERE {{}}",
            "CONSTRUCT",
        ),
        ("SELECT ?n WHERE {\n  { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } }\n}", "SELECT"),
        ("ASK { { SELECT * WHERE { ?s ?p ?o } } }", "ASK"),
        ("SELECT*{?s ?p ?o}", "SELECT"),
        ("VERSION '1.2' SELECT * { }", "SELECT"),
    ],
)
def test_form(text: str, form: str) -> None:
    assert accepted(text).form == form


@pytest.mark.parametrize(
    "text", ["", "   # only a comment", "?s ?p ?o", "WHERE { ?s ?p ?o }", "<<<<", "'SELECT'"]
)
def test_no_form_is_left_to_the_engine(text: str) -> None:
    assert inspect(text).form is None
    with pytest.raises(SyntaxError):
        ox.Store().query(text)


# -- dataset ------------------------------------------------------------------------------


def test_from_and_from_named_in_order() -> None:
    text = f"SELECT * FROM <{EX}a> FROM NAMED <{EX}n> FROM <{EX}b> WHERE {{ ?s ?p ?o }}"
    assert accepted(text) == Inspection("SELECT", (f"{EX}a", f"{EX}b"), (f"{EX}n",))


def test_from_with_prefixed_names() -> None:
    text = f"PREFIX ex: <{EX}>\nSELECT * FROM ex:g FROM NAMED ex:h\\-1 {{ ?s ?p ?o }}"
    assert accepted(text) == Inspection("SELECT", (f"{EX}g",), (f"{EX}h-1",))


def test_default_prefixes_and_the_query_own_first() -> None:
    defaults = {"ex": "http://default.example/", "d": "http://d.example/"}
    text = f"PREFIX ex: <{EX}> SELECT * FROM ex:g FROM d:g {{}}"
    found = inspect(text, prefixes=defaults)
    assert found.default_graphs == (f"{EX}g", "http://d.example/g")
    ox.Store().query(text, prefixes=defaults)


def test_relative_iris_resolve_against_base() -> None:
    text = "SELECT * FROM <g> FROM NAMED <../n> { ?s ?p ?o }"
    found = accepted(text, base=f"{EX}data/")
    assert found == Inspection("SELECT", (f"{EX}data/g",), (f"{EX}n",))


def test_base_declarations_chain_and_win_over_the_argument() -> None:
    text = "BASE <http://a.example/b/c> BASE <../d/> PREFIX p: <e/> ASK FROM p:f FROM <#x> {}"
    found = accepted(text, base=EX)
    assert found.default_graphs == ("http://a.example/d/e/f", "http://a.example/d/#x")


def test_construct_template_before_from() -> None:
    text = f"CONSTRUCT {{ ?s ?p [ ?q (1 2) ] }} FROM <{EX}g> WHERE {{ ?s ?p ?o }}"
    assert accepted(text) == Inspection("CONSTRUCT", (f"{EX}g",), ())


def test_from_iri_with_escapes_is_decoded() -> None:
    assert accepted(f"SELECT * FROM <{EX}\\u0067> {{}}").default_graphs == (f"{EX}g",)


def test_from_inside_a_pattern_is_not_a_dataset() -> None:
    text = f"SELECT * WHERE {{ ?s ?p 'FROM <{EX}x>' }} # FROM <{EX}y>"
    assert accepted(text).default_graphs == ()


def test_undefined_prefix_in_from() -> None:
    with pytest.raises(QuerySyntaxError, match=r"line 2, column 15: undefined prefix 'zz:'"):
        inspect("PREFIX ex: <http://example.org/>\nSELECT * FROM zz:g { }")


def test_relative_from_without_base() -> None:
    with pytest.raises(QuerySyntaxError, match=r"line 1, column 15: relative IRI <g>"):
        inspect("SELECT * FROM <g> { }")


def test_malformed_base() -> None:
    with pytest.raises(QuerySyntaxError, match="cannot resolve <g>"):
        inspect("BASE <http://[> SELECT * FROM <g> { }")


# -- updates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"INSERT DATA {{ <{EX}s> <{EX}p> 1 }}",
        f"insert data {{ <{EX}s> <{EX}p> 1 }}",
        f"DELETE DATA {{ <{EX}s> <{EX}p> 1 }}",
        "DELETE WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
        f"WITH <{EX}g> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
        f"PREFIX ex: <{EX}>\n# a comment\nINSERT DATA {{ ex:s ex:p 1 }}",
        "CLEAR ALL",
        f"CREATE GRAPH <{EX}g>",
        "DROP SILENT DEFAULT",
        f"COPY DEFAULT TO <{EX}g>",
        f"MOVE <{EX}g> TO DEFAULT",
        f"ADD <{EX}g> TO <{EX}h>",
    ],
)
def test_updates_are_refused(text: str) -> None:
    with pytest.raises(UpdateRefused, match=r"read-only: SPARQL Update \(\w+; line \d") as caught:
        inspect(text)
    assert caught.value.code == 403


def test_an_escaped_update_is_refused_where_the_engine_reads_it() -> None:
    """rdflib expands the escape into INSERT; Oxigraph reads no keyword there at all."""
    text = "\\u0049NSERT DATA { }"
    with pytest.raises(UpdateRefused):
        inspect(text, engine="rdflib")
    assert inspect(text).form is None
    with pytest.raises(SyntaxError):
        ox.Store().update(text)


def test_load_is_refused_as_a_fetch() -> None:
    with pytest.raises(UpdateRefused, match=r"never fetches: LOAD \(line 2, column 1\)"):
        inspect(f"PREFIX ex: <{EX}>\nLOAD <{P9}x> INTO GRAPH ex:g")


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?insert ?delete WHERE { ?insert ?with ?load }",
        f"PREFIX ex: <{EX}> SELECT * {{ ?s ex:drop ?o ; ex:CLEAR 'LOAD <x>', '''DROP ALL''' }}",
        f"SELECT * {{ ?s <{EX}copy/move/add> ?o }} # INSERT DATA {{}}",
        "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?c { ?s dcterms:created ?c }",
    ],
)
def test_update_words_elsewhere_are_fine(text: str) -> None:
    accepted(text)


# -- SERVICE ------------------------------------------------------------------------------

IF_BOUND = f"BIND(<{P9}> AS ?x) BIND(1 AS ?a)"
SERVICES = (
    f"{PREFIXES}PREFIX service: <{P9}> PREFIX services: <{P9}> PREFIX myservice: <{P9}>\n"
    f"SELECT * WHERE {{ {IF_BOUND} "
)


@pytest.mark.parametrize(
    ("text", "oxigraph", "rdflib"),
    [
        (f"SELECT * WHERE {{ SERVICE <{P9}> {{ ?s ?p ?o }} }}", True, True),
        (f"select * where {{ sErViCe <{P9}> {{}} }}", True, True),
        (f"SELECT * WHERE {{ SERVICE SILENT <{P9}> {{}} }}", False, True),  # silent: no error
        (f"SELECT * WHERE {{ {IF_BOUND} SERVICE ?x {{}} }}", True, True),
        (f"SELECT * WHERE {{\n  SERVICE\n  <{P9}>\n  {{\n  }}\n}}", True, True),
        (f"SELECT * WHERE {{ # a comment\n SERVICE <{P9}> {{}} }}", True, True),
        (f"SELECT * WHERE {{ SERVICE <{P9}> {{}} # a comment\n}}", True, True),
        (f"SELECT * WHERE {{ SERVICE#no space\n<{P9}> {{}} }}", True, True),
        (f"SELECT * WHERE {{ OPTIONAL {{ SERVICE <{P9}> {{}} }} }}", True, True),
        # Oxigraph reads this one too, but an error inside a FILTER only makes it false
        (f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE <{P9}> {{}} }} }}", False, True),
        (f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{P9}> {{}} }} }} }}", True, True),
        # rdflib reads an escape as a quote: Oxigraph reads a string, then SERVICE
        (f"SELECT * WHERE {{ BIND('\\u0027 AS ?a) ' AS ?b) SERVICE <{P9}> {{}} }} #'", True, False),
        # keywords: no word boundary in Oxigraph, str.upper() in rdflib
        (f"{PREFIXES}SELECT * WHERE {{ SERVICEex:x {{}} }}", True, False),
        (f"{PREFIXES}SELECT * WHERE {{ service:x {{}} }}", True, True),
        (f"{PREFIXES}SELECT * WHERE {{ ?s ?p trueSERVICE <{P9}> {{}} }}", True, False),
        (f"SELECT * WHERE {{ ſERVICE <{P9}> {{}} }}", False, True),
        (f"SELECT * WHERE {{ SERVıCE <{P9}> {{}} }}", False, True),
        # a prefixed name starting with SERVICE, where a group's next pattern may start
        (f"{SERVICES}?s ?p ?o ; service:x {{}} }}", True, True),
        (f"{SERVICES}?s ?p ?o service:x {{}} }}", True, True),
        (f"{SERVICES}?s ?p ?o . service:x {{}} }}", True, True),
        (f"{SERVICES}?s ?p true service:x {{}} }}", True, True),
        (f"{SERVICES}[ ?p ?o ] service:x {{}} }}", True, True),
        (f"{SERVICES}FILTER(true) service:x {{}} }}", True, True),
        (f"{SERVICES}VALUES ?v {{ 1 }} service:x {{}} }}", True, True),
        (f"{SERVICES}?s ?p [ ?q ?r ] service:x {{}} }}", False, True),  # [ ] matches nothing
        # `<` as less-than where a plain lexer sees an IRI
        (
            f"{PREFIXES}SELECT * WHERE {{ {IF_BOUND} FILTER(?a <3)SERVICEex:x#>\n{{}} }}",
            True,
            False,
        ),
        (f"{PREFIXES}SELECT * WHERE {{ {IF_BOUND} FILTER(?a <3)SERVICE?x#>\n{{}} }}", True, True),
        (
            f"{PREFIXES}SELECT * WHERE {{ {IF_BOUND} FILTERxsd:boolean(?a <3)SERVICE?x#>\n{{}} }}",
            True,
            False,
        ),
        (
            f"SELECT * WHERE {{ {IF_BOUND} FILTER(?a <'x> ' || true) SERVICE <{P9}> {{}} }} #'",
            True,
            True,
        ),
        (
            f"SELECT * WHERE {{ {IF_BOUND} FILTER(?a <#> '''\n3) SERVICE <{P9}> {{}} }} #'''",
            True,
            True,
        ),
        # an unclosed ''' is '' and a new string to Oxigraph
        (f"SELECT * WHERE {{ VALUES ?v {{ ''' ' }} SERVICE <{P9}> {{}} }} #", True, False),
        # a lone CR ends a comment for Oxigraph, not for rdflib
        (f"SELECT * WHERE {{ # note\rSERVICE <{P9}> {{}} }}", True, False),
    ],
)
def test_service_is_refused(text: str, oxigraph: bool, rdflib: bool) -> None:
    error = refused_service(text)
    assert error.code == 400
    assert "never connects" in error.description
    refused_service(text, engine="rdflib")
    assert (oxigraph_reads_service(text), rdflib_reads_service(text)) == (oxigraph, rdflib)


@pytest.mark.parametrize(
    "text",
    [
        # escapes: rdflib expands them in the whole text, Oxigraph only in strings and IRIs
        f"SELECT * WHERE {{ \\u0053ERVICE <{P9}> {{}} }}",
        f"SELECT * WHERE {{ \\U00000053ERVICE <{P9}> {{}} }}",
        f"SELECT * WHERE {{ \\U0053ERVICE <{P9}> {{}} }}",  # rdflib: 4 digits
        f"SELECT * WHERE {{ \\u00000053ERVICE <{P9}> {{}} }}",  # rdflib: 8
        f"SELECT * WHERE {{ BIND('x\\u0027 AS ?a) SERVICE <{P9}> {{}} }} #' AS ?a) }}",
        f"SELECT * WHERE {{ # x\r'''\nSERVICE <{P9}> {{}} #'''\n}}",
        # the escape is a quote to rdflib, which then reads SERVICE; a string to Oxigraph
        f'SELECT * WHERE {{ ?s ?p "\\u0022 . SERVICE <{P9}> {{}} ?s ?p \\u0022" }}',
    ],
)
def test_service_only_rdflib_reads_is_refused_for_rdflib(text: str) -> None:
    """Only the rdflib engine reads SERVICE here: the query is refused for it, and left to
    Oxigraph, which reads no SERVICE in it (a string, a comment or a syntax error)."""
    refused_service(text, engine="rdflib")
    assert rdflib_reads_service(text)
    inspect(text)
    assert not oxigraph_reads_service(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p 'SERVICE <http://127.0.0.1:9/> {}' }",
        'SELECT * WHERE { ?s ?p "SERVICE" }',
        "SELECT * WHERE { ?s ?p '''\nSERVICE <http://127.0.0.1:9/> {}\n''' }",
        'SELECT * WHERE { ?s ?p """SERVICE <x> {} "" \' """ }',
        "SELECT * WHERE { ?s ?p 'it\\'s SERVICE {' }",
        "SELECT * WHERE { ?s <http://127.0.0.1:9/SERVICE> ?o }",
        "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/> {}",
        "SELECT * WHERE { ?s ?p ?o # SERVICE <http://127.0.0.1:9/> {}\n}",
        f"{PREFIXES}SELECT ?service $SERVICE WHERE {{ ?service ex:SERVICE $SERVICE }}",
        f"{PREFIXES}SELECT * WHERE {{ ex:s :SERVICE ex:SERVICE_x, ex:a.SERVICE }}",
        "PREFIX service: <http://127.0.0.1:9/> SELECT * WHERE { service:s ?p ?o }",
        "SELECT * WHERE { _:service ?p 'x'@service }",
        "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\n"
        "SELECT ?s WHERE { ?s a sd:Service ; sd:endpoint ?e }",
        f"SELECT * WHERE {{ VALUES (?t ?u) {{ (<{P9}#x> <{P9}sparql-service-description#S>) }} }}",
        f"SELECT * WHERE {{ ?s ?p (<{P9}#x> <{P9}service#y>) }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER(?o IN (<{P9}#x>, <{P9}service#s>)) }}",
        # names with SERVICE in their prefix where a name must come: a graph, an object...
        f"{SERVICES}GRAPH services:g {{ ?s ?p ?o }} }}",
        f"{SERVICES}GRAPH myservice:g {{ ?s ?p myservice:o {{}} }} }}",
        f"{SERVICES}GRAPH service:g {{}} }}",
        f"{SERVICES}?s ?p services:o {{ ?a ?b ?c }} }}",
        f"{SERVICES}?s ?p service:o{{}} }}",
        f"{SERVICES}?s ?p ?o, service:x {{}} }}",
        f"{SERVICES}?s a service:C {{}} }}",
        f"{SERVICES}?s ?p '1'^^service:t {{}} }}",
        f"{SERVICES}<< ?s ?p ?o >> :q service:x {{}} }}",
        # ... or in the dataset
        f"{PREFIXES}PREFIX myservice: <{EX}> SELECT * FROM myservice:g FROM NAMED myservice:h {{}}",
        f"{PREFIXES}PREFIX services: <{EX}> DESCRIBE services:x {{}}",
        # the word in a string whose quotes are escapes: Oxigraph reads one string
        f'SELECT * WHERE {{ ?s ?p "\\u0022 SERVICE <{P9}> {{}} \\u0022" }}',
    ],
)
def test_service_lookalikes_are_fine(text: str) -> None:
    """Valid queries that neither engine reads as SERVICE (the names as the engines do)."""
    accepted(text)
    assert not oxigraph_reads_service(text)
    assert not rdflib_reads_service(text)


def test_a_prefix_named_service_is_refused_only_before_a_group() -> None:
    text = (
        f"{PREFIXES}PREFIX service: <{EX}>\nSELECT * WHERE {{\n  ?s ?p ?o .\n  service:x {{}}\n}}"
    )
    error = refused_service(text)
    assert "service:x followed by { reads as SERVICE" in error.description
    assert "line 5, column 3" in error.description
    accepted(f"{PREFIXES}PREFIX service: <{EX}>\nSELECT * WHERE {{ service:x ?p ?o }}")


def test_position_is_in_the_text_as_sent() -> None:
    """Escapes expanded for rdflib's reading do not shift the reported column."""
    error = refused_service("SELECT * {\n \\u0041\\u0042 \\u0053ERVICE <x> {} }", "rdflib")
    assert "line 2, column 15" in error.description


# -- comparison operators and other tokens ------------------------------------------------


def test_less_than_is_not_an_iri() -> None:
    text = "SELECT * WHERE { ?s ?p ?a FILTER(?a < 3 && ?a > 2) }"
    assert "iri" not in [kind for kind, _, _ in tokens(text, 0, OXIGRAPH)]
    accepted(text)
    accepted("SELECT * WHERE { ?s ?p ?a FILTER(?a<3&&?a>2) }")
    accepted("SELECT * WHERE { ?s ?p ?a FILTER(?a <= 3 || ?a >= 2 || ?a < <http://x.example/>) }")


def test_tokens() -> None:
    text = "PREFIX ex: <http://x.example/#a> SELECT ?x { ?x a ex:b.c, ex:d\\#e, 'f'@en-GB, 1.5e3 }"
    kinds = [(kind, text[start:end]) for kind, start, end in tokens(text, 0, OXIGRAPH)]
    assert kinds == [
        ("word", "PREFIX"),
        ("pname", "ex:"),
        ("iri", "<http://x.example/#a>"),
        ("word", "SELECT"),
        ("var", "?x"),
        ("punct", "{"),
        ("var", "?x"),
        ("word", "a"),
        ("pname", "ex:b.c"),
        ("punct", ","),
        ("pname", "ex:d\\#e"),
        ("punct", ","),
        ("string", "'f'"),
        ("lang", "@en-GB"),
        ("punct", ","),
        ("number", "1.5e3"),
        ("punct", "}"),
    ]


def test_comments_end_apart() -> None:
    """Oxigraph ends a comment at CR or LF, rdflib at LF only."""
    assert [k for k, _, _ in tokens("# x\rSERVICE", 0, OXIGRAPH)] == ["word"]
    assert list(tokens("# x\rSERVICE", 0, RDFLIB)) == []


# -- escapes ------------------------------------------------------------------------------


def test_oxigraph_decodes_escapes_only_in_strings_and_iris() -> None:
    """What the guard relies on, checked on the engine."""
    with pytest.raises(SyntaxError):
        ox.Store().query("\\u0053ELECT * WHERE { ?s ?p ?o }")
    text = "SELECT ?x { BIND(CONCAT('\\u0041', STR(<http://x.example/\\u0042>)) AS ?x) }"
    assert [s["x"].value for s in ox.Store().query(text)] == ["Ahttp://x.example/B"]  # type: ignore[index,union-attr]
    assert accepted("SELECT ?x { BIND('\\u0041' AS ?x) }", base=EX).form == "SELECT"


def test_rdflib_expands_escapes_everywhere() -> None:
    assert inspect("\\u0053ELECT * WHERE { ?s ?p ?o }", engine="rdflib").form == "SELECT"
    assert inspect("\\u0053ELECT * WHERE { ?s ?p ?o }").form is None  # Oxigraph: no keyword
    expanded = expand_escapes("\\u0053ELECT \\U00000041 \\U0041")
    assert expanded is not None
    assert expanded[0] == "SELECT A A"
    assert expanded[1](len("SELECT A ")) == len("\\u0053ELECT \\U00000041 ")


@pytest.mark.parametrize(
    "text",
    [
        "SELECT ?x { BIND('\\u0027' AS ?x) }",  # rdflib reads ''' here; Oxigraph an apostrophe
        "SELECT ?x { BIND('\\u00e9cafe' AS ?x) }",  # rdflib reads 8 digits here
        "SELECT ?x { BIND('C:\\\\users' AS ?x) }",  # an escaped backslash, then u
    ],
)
def test_escapes_oxigraph_reads_alone(text: str) -> None:
    accepted(text)


@pytest.mark.parametrize(
    ("text", "where", "escape"),
    [
        ("SELECT * {\n  ?s ?p '\\u12' }", "line 2, column 10", "\\u12"),
        ("SELECT * { ?s ?p 'a\\uZZZZ' }", "line 1, column 20", "\\u"),
        ("SELECT * { ?s ?p '\\uD800' }", "line 1, column 19", "\\uD800"),
        ("SELECT * { ?s ?p '''\\U00110000''' }", "line 1, column 21", "\\U00110000"),
        ("SELECT * { ?s ?p <http://x.example/\\uDC00> }", "line 1, column 36", "\\uDC00"),
        ("# \\uD800\nASK {}", "line 1, column 3", "\\uD800"),  # rdflib expands it
    ],
)
def test_invalid_escapes(text: str, where: str, escape: str) -> None:
    with pytest.raises(QuerySyntaxError, match="invalid escape") as caught:
        inspect(text, engine="rdflib" if "#" in text else "oxigraph")
    assert where in caught.value.description
    assert escape in caught.value.description
    if "#" not in text:
        with pytest.raises(SyntaxError):
            ox.Store().query(text)


def test_unpaired_surrogate_character() -> None:
    with pytest.raises(QuerySyntaxError, match="line 1, column 3: unpaired surrogate"):
        inspect("# \ud800")


def test_unclosed_string_when_read_in_full() -> None:
    with pytest.raises(QuerySyntaxError, match=r"line 3, column 9: string not closed"):
        inspect("SELECT ?service WHERE {\n  ?s ?p ?o .\n  ?s ?p 'abc\n}")


# -- robustness ---------------------------------------------------------------------------

SEEDS = [
    "SELECT * WHERE { ?s ?p ?o }",
    f"{PREFIXES}SELECT ?s (COUNT(?o) AS ?n) FROM ex:g WHERE {{\n  ?s ex:p ?o .\n"
    "  FILTER(?o < 3 && REGEX(STR(?s), 'a'))\n} GROUP BY ?s ORDER BY DESC(?n) LIMIT 10",
    f"SELECT * WHERE {{ SERVICE <{P9}> {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ BIND(1 AS ?a) FILTER(?a <'x> ' || true) SERVICE <{P9}> {{}} }} #'",
    f"SELECT * WHERE {{ VALUES ?v {{ ''' ' }} SERVICE <{P9}> {{}} }} #",
    f"{PREFIXES}CONSTRUCT {{ ?s ?p ?o }} FROM <{EX}g> WHERE {{ ?s ?p '''x\ny''' }}",
    'ASK { ?s ?p "\\u0053ERVICE" } # comment\r\n',
    f"{PREFIXES}PREFIX services: <{P9}> PREFIX service: <{P9}>\n"
    "SELECT * WHERE { GRAPH services:g { ?s ?p services:o ; :q [ :r service:x ] } }",
]
SERVICE_SEEDS = [*SEEDS[2:5], SEEDS[-1]]
SERVICE_FRAGMENTS = [
    "SERVICE",
    "sErViCe",
    "ſERVICE",
    "\\u0053ERVICE",
    "\\U0053",
    "\\u",
    "\\uD800",
    "service:",
    "services:",
    "myservice:",
    ":x",
    " ; ",
    " , ",
    " . ",
    "GRAPH ",
    "^^",
    "<<",
    ">>",
    "VALUES ?v ",
    "\\u0022",
    f"<{P9}>",
    "<",
    ">",
    "<#>",
    "<'>",
    "'",
    '"',
    "'''",
    '"""',
    "#",
    "\n",
    "\r",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "FILTER(",
    "?a <3)",
]
FRAGMENTS = [
    *SERVICE_FRAGMENTS,
    "FROM",
    "FROM NAMED zz:",
    "BASE <http://[>",
    "PREFIX p: <",
    "INSERT",
    "LOAD",
    "\ud800",
    "\x00",
]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A seed query with a few fragments inserted and spans deleted or duplicated."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 12)))
        operation = draw(st.sampled_from(["insert", "delete", "duplicate", "text"]))
        if operation == "insert":
            text = text[:i] + draw(st.sampled_from(FRAGMENTS)) + text[i:]
        elif operation == "delete":
            text = text[:i] + text[j:]
        elif operation == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + draw(st.text(max_size=4)) + text[i:]
    return text


def _inspect(text: str, engine: str = "oxigraph") -> Inspection | None:
    try:
        return inspect(text, base=EX, prefixes={"d": EX}, engine=engine)
    except QueryError as error:
        code = error.code
    assert code in (400, 403)
    return None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_random_text_only_raises_query_errors(text: str) -> None:
    _inspect(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>'\"#{}()[]\\uU0123456789abcdefSERVICE:?$_@.;, \n\r\t"))
def test_sparql_ish_text_only_raises_query_errors(text: str) -> None:
    _inspect(text)


@settings(max_examples=300, deadline=None)
@given(mutated())
def test_mutated_queries_only_raise_query_errors(text: str) -> None:
    _inspect(text)


@settings(max_examples=150, deadline=None)
@given(mutated())
def test_no_service_that_rdflib_reads_gets_past(text: str) -> None:
    if _inspect(text, "rdflib") is not None:
        assert not rdflib_reads_service(text), text


_SANDBOXED = """
import json, sys
import pyoxigraph as ox
store = ox.Store()
store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"),
                  ox.Literal(True)))
read = []
for text in json.load(sys.stdin):
    try:
        result = store.query(text)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except SyntaxError:
        continue
    except Exception as error:  # no network here: any SERVICE fails
        message = str(error)
        if any(word in message for word in ("port", "service", "Network", "network", "resolve")):
            read.append([text, message])
print(json.dumps(read))
"""


@pytest.mark.slow
def test_no_service_that_oxigraph_reads_gets_past() -> None:
    """Differential fuzz: generated near-misses the guard accepts, run by Oxigraph in a child
    process that has no network at all; none may reach a SERVICE."""
    probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True, check=False)
    # The endpoint itself needs network namespaces (its query processes fail closed without
    # them), so a machine without them fails here too rather than skipping.
    assert probe.returncode == 0, f"no network namespaces here (unshare -rn): {probe.stderr!r}"
    rng = random.Random(20251126)
    candidates = []
    while len(candidates) < 4000:
        text = rng.choice(SERVICE_SEEDS)
        for _ in range(rng.randint(1, 4)):
            i = rng.randint(0, len(text))
            if rng.random() < 0.7:
                text = text[:i] + rng.choice(SERVICE_FRAGMENTS) + text[i:]
            else:
                text = text[:i] + text[i + rng.randint(1, 6) :]
        if _inspect(text) is not None:
            candidates.append(text)
    child = subprocess.run(
        ["unshare", "-rn", sys.executable, "-c", _SANDBOXED],
        input=json.dumps(candidates),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert json.loads(child.stdout) == []


# -- limits -------------------------------------------------------------------------------

ADVERSARIAL = {
    "triples": "SELECT ?service WHERE {\n" + "?s <http://e.example/p> 'v', 12, ex:x .\n" * 6000,
    "brackets": "# SERVICE\nSELECT * {" + "{[(" * 70000,
    "less-than": "# SERVICE\nSELECT * {" + "<" * 200_000,
    "forks": "# SERVICE\nSELECT * { FILTER(?a " + "<#>\n?a " * 30000 + ") }",
    "deep forks": "# SERVICE\nSELECT * { FILTER(" + "(" * 50000 + "?a <#>\n" * 20000,
    "long string": "SELECT * { ?s ?p '''" + "a'b''c\\n" * 25000,
    "dots": "SELECT * { ?s ?p ex:a" + "." * 200_000 + " }",
    "escapes": "SELECT * { ?s ?p '" + "\\u0041" * 35000 + "' }",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_linear_time_on_hostile_input(name: str) -> None:
    """About 200 KB each: linear work is well under a second; quadratic would be minutes."""
    start = time.perf_counter()
    _inspect(ADVERSARIAL[name])
    assert time.perf_counter() - start < 5


def test_fork_budget() -> None:
    text = "# SERVICE\nSELECT * { FILTER(?a " + "<#>\n?a " * (FORK_BUDGET // 2) + ") }"
    with pytest.raises(QuerySyntaxError, match="write '< ' when you mean less-than"):
        inspect(text)
