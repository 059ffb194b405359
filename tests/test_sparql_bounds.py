"""No query crashes the engine: the guard bounds nesting, operators and patterns
(linkeddata.sparql.bounds), counted as the engine reads the query, and the query processes run
on a deep stack behind it.

The property test builds queries of every deep or long kind, nested in one another, and runs
them through the query service with its real executor processes: each is answered or refused
with a 400, never a 500, and no query process dies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkeddata.errors import EngineFailure, QueryError, QueryRefused, QueryTimeout
from linkeddata.release.layout import Release
from linkeddata.sparql.bounds import MAX_NESTING, MAX_OPERATORS, MAX_PATTERNS
from linkeddata.sparql.guard import inspect
from linkeddata.sparql.service import Limits, QueryService, Target

BASE = "http://127.0.0.1:8080/"
P = "<http://e.example/p>"
MAX_BYTES = Limits.max_query_bytes


def refused(text: str, what: str, engine: str = "oxigraph") -> str:
    with pytest.raises(QueryRefused) as caught:
        inspect(text, engine=engine)
    assert caught.value.code == 400
    assert what in caught.value.description
    assert "line 1, column" in caught.value.description
    return caught.value.description


def accepted(text: str) -> None:
    inspect(text)
    ox.Store().query(text)


# -- each bound, at its edge -------------------------------------------------------------


def test_nesting() -> None:
    def nested(n: int) -> str:
        return "ASK { FILTER(" + "(" * (n - 2) + "1" + ")" * (n - 2) + ") }"

    accepted(nested(MAX_NESTING))
    message = refused(nested(MAX_NESTING + 1), f"nests brackets more than {MAX_NESTING} deep")
    assert "split it into smaller ones" in message


def test_operators() -> None:
    accepted("ASK { FILTER(" + "!" * MAX_OPERATORS + "true) }")
    refused("ASK { FILTER(" + "!" * (MAX_OPERATORS + 1) + "true) }", "more than 2000 operators")
    refused("ASK { FILTER(1" + "+1" * (MAX_OPERATORS + 1) + " = 1) }", "operators")
    refused(f"ASK {{ ?s {P}" + f"/{P}" * (MAX_OPERATORS + 1) + " ?o }", "operators")


def test_patterns() -> None:
    def unions(n: int) -> str:
        return "ASK { {} " + "UNION {} " * ((n - 2) // 2) + "}"  # each UNION and each { }

    accepted(unions(MAX_PATTERNS))
    refused(unions(MAX_PATTERNS + 2), f"more than {MAX_PATTERNS} patterns")
    refused(f"ASK {{ ?s {P} " + ", ?o" * (MAX_PATTERNS + 1) + " }", "patterns")
    refused("SELECT " + "(1 AS ?v) " * (MAX_PATTERNS + 1) + "{}", "patterns")


@pytest.mark.parametrize(
    "text",
    [
        "ASK { FILTER(" + "!" * 20_000 + "true) }",
        "ASK { FILTER(1" + "+1" * 20_000 + " = 1) }",
        "ASK { FILTER(true" + " && true" * 10_000 + ") }",
        "ASK { FILTER(false" + "||false" * 10_000 + ") }",
        "ASK { FILTER(" + "STR(" * 1000 + "1" + ")" * 1000 + ") }",
        "ASK { " + "FILTER EXISTS {" * 900 + "}" * 900 + " }",
        "ASK { ?s " + "(" * 14_000 + P + ")" * 14_000 + " ?o }",
        "ASK { " + "{} UNION " * 7000 + "{} }",
        "ASK { " + "MINUS {} " * 3000 + "}",
        "ASK { " + "".join(f"BIND(1 AS ?v{i}) " for i in range(3000)) + "}",
        f"ASK {{ ?s {P} " + "?o, " * 9000 + "?o }",
        "PREFIX : <http://e.example/> ASK { ?s :p " + "[ :p " * 4000 + "1" + " ]" * 4000 + " }",
    ],
    ids=lambda text: text[:24],
)
def test_the_attacks_are_refused(text: str) -> None:
    """Each of these crashes Oxigraph on an 8 MiB stack (bench/sparql_depth.py)."""
    assert len(text.encode()) <= MAX_BYTES
    with pytest.raises(QueryRefused):
        inspect(text)


# -- counted as the engine reads: not in strings, IRIs or comments ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p '" + "(" * 250 + "' }",
        "SELECT * WHERE { ?s ?p '''" + "{[(" * 250 + "''' }",
        'SELECT * WHERE { ?s ?p "' + ")" * 250 + '" }',
        "SELECT * WHERE { ?s ?p ?o } # " + "(" * 250,
        "SELECT * WHERE { ?s ?p ?o # " + "{" * 250 + "\n}",
        "ASK { FILTER(?o != '" + "!+" * 3000 + "') }",
        f"ASK {{ ?s ?p <http://e.example/{'(' * 300}> }}",
        "ASK { VALUES ?v { " + "1 " * 5000 + "} }",
        "ASK { VALUES (?v ?w) { " + "(1 2) " * 3000 + "} }",
    ],
    ids=lambda text: text[:30],
)
def test_brackets_and_operators_that_are_not_code_do_not_count(text: str) -> None:
    accepted(text)


def test_a_chain_hidden_from_a_plain_reading_counts() -> None:
    """``<'x> '`` is an IRI then a string to a lexer, less-than then a string to Oxigraph,
    which then reads the ``!`` as code: the guard reads it both ways."""
    text = "ASK { BIND(1 AS ?a) FILTER(?a <'x> ' || " + "!" * 3000 + "true) } #'"
    refused(text, "operators")


def test_rdflib_reading_is_bounded_too() -> None:
    escaped = "ASK { FILTER(" + "\\u0021" * (MAX_OPERATORS + 1) + "true) }"
    refused(escaped, "operators", engine="rdflib")


# -- the property: every kind, nested, through the real query processes ----------------------


@dataclass(frozen=True)
class Kind:
    """A deep or long construct: the text of n of them around ``inner``, and what each adds
    to the guard's counts (nesting, operators, patterns)."""

    build: Callable[[int, str], str]
    costs: tuple[int, int, int]
    expression: bool  # wraps an expression (else a group pattern)


KINDS = {
    "not": Kind(lambda n, e: "!" * n + "(" + e + ")", (0, 1, 0), True),
    "parentheses": Kind(lambda n, e: "(" * n + e + ")" * n, (1, 0, 0), True),
    "functions": Kind(lambda n, e: "STR(" * n + e + ")" * n, (1, 0, 0), True),
    "sum": Kind(lambda n, e: "1" + "+1" * n + " + STRLEN(STR(" + e + "))", (0, 1, 0), True),
    "and": Kind(lambda n, e: "true" + " && true" * n + " && (" + e + ")", (0, 1, 0), True),
    "or": Kind(lambda n, e: "false" + " || false" * n + " || (" + e + ")", (0, 1, 0), True),
    "in": Kind(lambda n, e: "(" + e + ") IN (" + ", ".join(["1"] * n) + ")", (0, 1, 0), True),
    "exists": Kind(lambda n, p: "FILTER EXISTS {" * n + p + "}" * n, (1, 0, 2), False),
    "groups": Kind(lambda n, p: "{" * n + p + "}" * n, (1, 0, 1), False),
    "optional": Kind(lambda n, p: "OPTIONAL {" * n + p + "}" * n, (1, 0, 2), False),
    "subqueries": Kind(lambda n, p: "{ SELECT * WHERE {" * n + p + "} }" * n, (2, 0, 2), False),
    "unions": Kind(lambda n, p: "{} UNION " * n + "{" + p + "}", (0, 0, 2), False),
    "minus": Kind(lambda n, p: "MINUS { ?s ?p ?o } " * n + p, (0, 0, 3), False),
    "binds": Kind(lambda n, p: "BIND(1 AS ?b) " * n + p, (0, 0, 1), False),
    "objects": Kind(lambda n, p: f"?s {P} " + "?o, " * n + "?o . " + p, (0, 0, 1), False),
    "paths": Kind(lambda n, p: "?s " + "(" * n + P + ")" * n + " ?o . " + p, (1, 0, 0), False),
    "blank nodes": Kind(lambda n, p: f"?s {P} " + f"[ {P} " * n + "1" + " ]" * n + " . " + p,
                        (1, 0, 1), False),
}  # fmt: skip
SMALL = st.sampled_from([1, 3, 20, 60, 150])
LARGE = st.sampled_from([MAX_NESTING + 1, MAX_PATTERNS + 1, MAX_OPERATORS + 1, 5000, 12_000])


LAYERS = st.lists(st.tuples(st.sampled_from(sorted(KINDS)), SMALL | LARGE), max_size=4)
"""Kinds nested in one another, each repeated n times (patterns outside, expressions inside)."""


def _depth(text: str) -> int:
    """The deepest bracket nesting of ``text`` (the generated queries have no strings, and
    their IRIs no brackets)."""
    depth = deepest = 0
    for char in text:
        depth += (char in "([{") - (char in ")]}")
        deepest = max(deepest, depth)
    return deepest


def deep_query(layers: list[tuple[str, int]]) -> tuple[str, bool]:
    """The query ``layers`` make, and whether it is past a bound by construction."""
    layers = sorted(layers, key=lambda layer: KINDS[layer[0]].expression)
    inner_expression = "true"
    for name, n in reversed([layer for layer in layers if KINDS[layer[0]].expression]):
        inner_expression = KINDS[name].build(n, inner_expression)
    pattern = f"FILTER({inner_expression})"
    for name, n in reversed([layer for layer in layers if not KINDS[layer[0]].expression]):
        pattern = KINDS[name].build(n, pattern)
    totals = [sum(KINDS[name].costs[i] * n for name, n in layers) for i in range(3)]
    totals[0] = _depth(pattern)  # kinds beside one another do not nest: count what does
    bounds = (MAX_NESTING, MAX_OPERATORS, MAX_PATTERNS)
    past = any(t > bound for t, bound in zip(totals, bounds, strict=True))
    return f"SELECT * WHERE {{ {pattern} }} LIMIT 1", past


@pytest.fixture(scope="module")
def service() -> Iterator[QueryService]:
    queries = QueryService(Limits(timeout=10, max_query_bytes=10 * MAX_BYTES))
    yield queries
    queries.close()


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(LAYERS)
def test_deep_and_long_queries_are_answered_or_refused(
    release: Path, service: QueryService, layers: list[tuple[str, int]]
) -> None:
    text, past = deep_query(layers)
    target = Target.of("oxigraph", Release((release / "current").resolve()), BASE)
    service.run(target, "ASK {}")
    before = service.executor_pids()
    try:
        service.run(target, text)
        outcome = 200
    except QueryTimeout:  # a deadline, not a failure: the work was stopped on purpose
        outcome = 503
    except EngineFailure as error:
        pytest.fail(f"the engine failed ({error.description}) on {text[:200]!r}")
    except QueryError as error:
        outcome = error.code
    assert outcome in (200, 400, 503), text[:200]
    if past:
        assert outcome == 400, f"past a bound but not refused: {text[:200]!r}"
    if outcome != 503:
        assert service.executor_pids() == before, "a query process died"


def test_nested_in_lists_that_multiply_out_are_refused(
    release: Path, service: QueryService
) -> None:
    """Regression (found by the property test above): two IN lists of 2,001 members, one the
    operand of the other, aborted the query process (four million comparisons). Three lists of
    101 multiply out to a million and more; the operators alone (303) are few."""
    members = ", ".join(["1"] * 101)
    query = f"SELECT * WHERE {{ FILTER((((true) IN ({members})) IN ({members})) IN ({members})) }}"
    target = Target.of("oxigraph", Release((release / "current").resolve()), BASE)
    with pytest.raises(QueryRefused, match="multiply out"):
        service.run(target, query)
    one = f"SELECT * WHERE {{ FILTER((true) IN ({members})) }}"
    service.run(target, one)  # a long list alone is fine
