"""The remote engine on real servers: a query stopped at the deadline stops at the engine too,
the caps cut a streamed answer, graphs outside the release are refused before the server sees
them, and ``linkeddata load --to`` can be run again (a new release replaces the old)."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from engines import VECTOR_SIZE, Engine, oxigraph_server, virtuoso
from live import free_port

from linkeddata.errors import QueryRefused, QueryTimeout
from linkeddata.release.switch import current
from linkeddata.sparql.service import Limits, QueryService, Target

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ENGINE_TIMEOUT = 3.0  # the engines' own limit: the deadline (1 s) must not wait for it
DEPLOYMENT = Path(__file__).parent.parent / "docs" / "deployment.md"


@pytest.fixture(scope="module", params=["oxigraph-server", "virtuoso"])
def engine(
    request: pytest.FixtureRequest, release: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "oxigraph-server":
        context = oxigraph_server(folder, ENGINE_TIMEOUT)
    else:
        context = virtuoso(folder, release, ENGINE_TIMEOUT)
    with context as running:
        running.load(release)
        yield running


def target(release: Path, engine: Engine) -> Target:
    found = current(release)
    assert found is not None
    return Target.of("oxigraph", found, found.read_manifest().base, engine.query_url)


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_a_query_past_the_deadline_stops_at_the_engine(
    release: Path, engine: Engine, request: pytest.FixtureRequest
) -> None:
    if engine.name == "oxigraph-server":  # docs/sparql.md: a known limit of that engine
        request.applymarker(
            pytest.mark.xfail(
                reason="Oxigraph server 0.5.13 goes on with an aggregate over a join past its "
                "--timeout-s and after the client has gone",
                strict=False,
            )
        )
    queries = QueryService(Limits(timeout=1.0))
    try:
        before = cpu_seconds(engine.process.pid)  # what it does alone (a load's aftermath)
        time.sleep(3.0)
        baseline = (cpu_seconds(engine.process.pid) - before) / 3.0
        started, worked = time.monotonic(), cpu_seconds(engine.process.pid)
        with pytest.raises(QueryTimeout, match="limit of 1 s"):
            queries.run(target(release, engine), SLOW)
        elapsed = time.monotonic() - started
        assert elapsed < ENGINE_TIMEOUT
        busy = (cpu_seconds(engine.process.pid) - worked) / elapsed  # CPU-s per s, working
        assert busy > 0.02, "the engine never worked on the query"
        # Past the engine's own limit (and the closed connection), the work has stopped. The
        # rates are compared, not absolute times: on a loaded machine the engine gets less.
        time.sleep(ENGINE_TIMEOUT + 1.0)
        before = cpu_seconds(engine.process.pid)
        time.sleep(3.0)
        idle = (cpu_seconds(engine.process.pid) - before) / 3.0
        assert idle - baseline < max(0.02, busy / 3), (
            f"the engine still works on it: {idle:.2f} CPU-s/s after, {busy:.2f} during, "
            f"{baseline:.2f} before"
        )
        answer = queries.run(target(release, engine), "ASK { ?s ?p ?o }").answer
        assert json.loads(answer.body)["boolean"] is True
    finally:
        queries.close()


def test_row_and_byte_caps_cut_the_streamed_answer(release: Path, engine: Engine) -> None:
    queries = QueryService(Limits(max_rows=7))
    try:
        answer = queries.run(target(release, engine), "SELECT * WHERE { ?s ?p ?o }").answer
        assert (answer.rows, answer.truncated) == (7, True)
        assert len(json.loads(answer.body)["results"]["bindings"]) == 7
        big = "SELECT ?s (CONCAT(STR(?s), STR(?o)) AS ?v) WHERE { ?s ?p ?o }"
        capped = QueryService(Limits(max_bytes=2000))
        try:
            answer = capped.run(target(release, engine), big).answer
        finally:
            capped.close()
        assert answer.truncated
        assert 0 < answer.rows < 100
    finally:
        queries.close()


def test_graphs_outside_the_release_are_refused_before_the_engine(
    release: Path, engine: Engine
) -> None:
    queries = QueryService(Limits())
    try:
        system = "http://www.openlinksw.com/schemas/virtrdf#"  # Virtuoso holds it
        for query in (f"SELECT * FROM <{system}> WHERE {{ ?s ?p ?o }}", "ASK FROM <urn:x> {}"):
            with pytest.raises(QueryRefused, match="not a graph of this dataset"):
                queries.run(target(release, engine), query)
        with pytest.raises(QueryRefused, match="SERVICE"):
            queries.run(target(release, engine), "ASK { SERVICE <http://127.0.0.1:9/> {} }")
    finally:
        queries.close()


def test_loading_again_replaces_the_release(release: Path, engine: Engine) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    queries = QueryService(Limits())
    try:
        first = queries.run(target(release, engine), count).answer.body
        engine.load(release)
        assert queries.run(target(release, engine), count).answer.body == first
        found = current(release)
        assert found is not None
        triples = found.read_manifest().census.triples
        assert json.loads(first)["results"]["bindings"][0]["n"]["value"] == str(triples)
    finally:
        queries.close()


def test_load_refuses_an_address_it_cannot_load_into(release: Path) -> None:
    from click.testing import CliRunner

    from linkeddata.cli import main

    result = CliRunner().invoke(main, ["load", "--out", str(release), "--to", "ftp://h/store"])
    assert result.exit_code == 2  # a usage error
    assert "not a Graph Store Protocol URL" in result.stderr
    closed = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    result = CliRunner().invoke(main, ["load", "--out", str(release), "--to", closed])
    assert result.exit_code == 1
    assert "cannot load the release" in result.stderr


@pytest.mark.parametrize("engine", ["virtuoso"], indirect=True)
def test_virtuoso_runs_with_the_documented_vector_size(engine: Engine) -> None:
    """The tests' Virtuoso is configured as docs/deployment.md tells deployers to."""
    documented = re.search(r"VectorSize = (\d+)", DEPLOYMENT.read_text(encoding="utf-8"))
    assert documented is not None
    answer = json.loads(engine.ask("SELECT (bif:dc_batch_sz() AS ?n) WHERE {}"))
    assert answer["results"]["bindings"][0]["n"]["value"] == documented[1] == str(VECTOR_SIZE)
