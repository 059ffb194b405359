"""``linkeddata query``: the endpoint's queries and limits from the command line, on each
SPARQL engine (``sparql_backend``: the embedded store, Oxigraph server, Virtuoso)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import Backend
from rdflib import Graph

from linkeddata.cli import main

ENGINE: list[str] = []
"""The ``--sparql-backend`` option of the engine the running test is on (none: embedded)."""


@pytest.fixture(autouse=True)
def _engine(sparql_backend: Backend) -> Iterator[None]:
    ENGINE[:] = ["--sparql-backend", sparql_backend.url] if sparql_backend.url else []
    yield
    ENGINE.clear()


TITLE = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
TITLES = "SELECT ?title WHERE { ?d a rico:Record ; dcterms:title ?title }"


def run(*args: str, stdin: str | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, ["query", *args, *ENGINE], input=stdin)
    return result.exit_code, result.stdout_bytes, result.stderr


def test_select_prints_tsv(release: Path) -> None:
    code, out, _ = run(TITLES, "--out", str(release))
    assert code == 0
    solutions = ox.parse_query_results(out, format=ox.QueryResultsFormat.TSV)
    assert [s["title"].value for s in solutions] == [TITLE]


@pytest.mark.parametrize("name", ["json", "xml", "srj", "application/sparql-results+json"])
def test_formats_by_name_extension_or_media_type(release: Path, name: str) -> None:
    code, out, _ = run(TITLES, "--out", str(release), "--format", name)
    assert code == 0
    kind = ox.QueryResultsFormat.XML if name == "xml" else ox.QueryResultsFormat.JSON
    assert [s["title"].value for s in ox.parse_query_results(out, format=kind)] == [TITLE]


def test_example_by_name_file_and_stdin(release: Path, tmp_path: Path) -> None:
    code, out, _ = run("documents-per-year", "--out", str(release), "--format", "csv")
    assert code == 0
    assert out.decode().splitlines()[1].startswith("1967,")
    query = tmp_path / "places.rq"
    query.write_text("DESCRIBE <id/place/pyongyang>")
    for args, stdin in (((str(query),), None), (("-",), query.read_text())):
        code, out, _ = run(*args, "--out", str(release), "--format", "nt", stdin=stdin)
        assert code == 0
        graph = Graph().parse(io.BytesIO(out), format="nt")
        assert len(graph) > 3


def test_errors_exit_1_with_the_message(release: Path, sparql_backend: Backend) -> None:
    code, out, err = run("SELECT * WHERE { ?s ?p }", "--out", str(release))
    assert (code, out) == (1, b"")
    where = "line 1:" if sparql_backend.name == "virtuoso" else "line 1, column 25"  # no column
    assert where in err
    code, _, err = run("INSERT DATA { <a:b> <a:c> 1 }", "--out", str(release))
    assert code == 1
    assert "read-only" in err
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    code, _, err = run(slow, "--out", str(release), "--query-timeout", "1")
    assert code == 1
    assert err.startswith("error: The query did not finish within this endpoint's limit of 1 s")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p }",
        "INSERT DATA { <a:b> <a:c> 1 }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
    ],
    ids=["syntax", "update", "service"],
)
def test_errors_carry_no_http_status(release: Path, query: str) -> None:
    """The endpoint's errors are HTTP exceptions; the command printed "400 Bad Request: ..."."""
    code, _, err = run(query, "--out", str(release))
    assert code == 1
    (line,) = err.splitlines()
    assert line.startswith("error: ")
    assert not re.search(r"\b(400|403|Bad Request|Forbidden)\b", line), line


def test_an_unknown_example_name_lists_the_examples(release: Path) -> None:
    """It was read as a query: "400 Bad Request: Syntax error ... expected CONSTRUCT"."""
    code, out, err = run("nosuchquery", "--out", str(release))
    assert (code, out) == (2, b"")
    assert err.startswith("error: no example query named 'nosuchquery'; the examples: ")
    for name in ("documents-per-year", "telegrams-from-pyongyang"):
        assert name in err
    assert "Syntax" not in err


def test_truncation_is_reported(release: Path) -> None:
    code, out, err = run("SELECT * WHERE { ?s ?p ?o }", "--out", str(release), "--max-rows", "3")
    assert code == 0
    assert len(out.decode().splitlines()) == 4
    assert "truncated to the first 3 rows" in err


def test_no_release_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("ASK {}", "--out", str(tmp_path))
    assert code == 2
    assert "no release" in err


@pytest.mark.parametrize("timeout", ["nan", "1e308", "0"])
def test_nonsense_timeouts_are_usage_errors(release: Path, timeout: str) -> None:
    code, _, err = run("ASK {}", "--out", str(release), "--query-timeout", timeout)
    assert code == 2
    assert "--query-timeout" in err
