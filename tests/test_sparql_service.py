"""The query service below HTTP: executors, deadlines, crashes, slots, the row cap, isolation.

Each safety test is built so that it fails without its protection: a query that would run for
minutes must come back at the deadline with its process gone; an engine process that dies must
cost one query; a SERVICE call that gets past the guard must still not reach the canary.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from canary import canary
from hostile import ENDLESS, HUNGRY
from live import build_release, two_seeds

from linkeddata.errors import (
    EngineFailure,
    NotRepresentable,
    QueryBusy,
    QueryRefused,
    QuerySyntaxError,
    QueryTimeout,
    UpdateRefused,
)
from linkeddata.release.layout import Release
from linkeddata.sparql.engine import Job
from linkeddata.sparql.executor import Config, Executor
from linkeddata.sparql.service import Limits, QueryService, Target, settings_for

BASE = "http://127.0.0.1:8080/"
DOC = f"{BASE}id/document/116702"


def target_of(out: Path, engine: str = "oxigraph") -> Target:
    return Target.of(engine, Release((out / "current").resolve()), BASE)


@pytest.fixture
def service() -> Iterator[QueryService]:
    queries = QueryService(Limits(timeout=20))
    yield queries
    queries.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_select_answers_in_sparql_json(release: Path, service: QueryService) -> None:
    run = service.run(target_of(release), f"SELECT ?title WHERE {{ <{DOC}> dcterms:title ?title }}")
    data = json.loads(run.answer.body)
    assert data["head"]["vars"] == ["title"]
    assert [b["title"]["value"] for b in data["results"]["bindings"]] == [
        "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
    ]
    assert (run.answer.form, run.answer.rows, run.answer.truncated) == ("SELECT", 1, False)


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_deadline_stops_the_work(release: Path, engine: str) -> None:
    queries = QueryService(Limits(timeout=1.5))
    target = target_of(release, engine)
    try:
        queries.run(target, "ASK { ?s ?p ?o }")  # the process is up: time the query only
        (pid,) = queries.executor_pids()
        start = time.monotonic()
        with pytest.raises(QueryTimeout) as caught:
            queries.run(target, ENDLESS)
        elapsed = time.monotonic() - start
        assert 1.5 <= elapsed < 5, elapsed
        assert caught.value.code == 503
        assert ("Retry-After", "2") in caught.value.get_headers()
        assert "1.5 s" in caught.value.description
        assert not alive(pid), "the process running the query was not stopped"
        assert queries.run(target, "ASK { ?s ?p ?o }").answer.body  # a fresh process answers
    finally:
        queries.close()


def test_a_crashed_engine_costs_one_query(release: Path, service: QueryService) -> None:
    target = target_of(release)
    service.run(target, "ASK { ?s ?p ?o }")
    (pid,) = service.executor_pids()
    killer = threading.Timer(0.5, os.kill, (pid, signal.SIGSEGV))
    killer.start()
    with pytest.raises(EngineFailure) as caught:
        service.run(target, ENDLESS)
    killer.join()
    assert caught.value.code == 500
    assert "Other queries are not affected" in caught.value.description
    assert json.loads(service.run(target, "ASK { ?s ?p ?o }").answer.body)["boolean"] is True


def test_the_memory_cap_stops_a_hungry_query(release: Path) -> None:
    queries = QueryService(Limits(timeout=60, memory_mb=64))
    target = target_of(release)
    try:
        with pytest.raises(EngineFailure):
            queries.run(target, HUNGRY)
        assert json.loads(queries.run(target, "ASK { ?s ?p ?o }").answer.body)["boolean"]
    finally:
        queries.close()


@pytest.mark.slow
def test_slots_cap_concurrent_queries(release: Path) -> None:
    queries = QueryService(Limits(timeout=3, max_concurrent=1))
    target = target_of(release)
    outcome: list[BaseException] = []

    def slow() -> None:
        try:
            queries.run(target, ENDLESS)
        except QueryTimeout as error:
            outcome.append(error)

    try:
        queries.run(target, "ASK { ?s ?p ?o }")
        thread = threading.Thread(target=slow)
        thread.start()
        time.sleep(0.5)
        with pytest.raises(QueryBusy) as caught:
            queries.run(target, "ASK { ?s ?p ?o }")
        assert caught.value.code == 429
        assert dict(caught.value.get_headers())["Retry-After"] == "1"
        thread.join()
        assert [type(error) for error in outcome] == [QueryTimeout]
        assert queries.run(target, "ASK { ?s ?p ?o }")  # the slot is free again
    finally:
        queries.close()


def test_the_query_process_has_a_deep_stack(release: Path) -> None:
    """Behind the guard's bounds (tests/test_sparql_bounds.py): a query the guard would refuse,
    sent to the query process directly, which crashes Oxigraph on an 8 MiB stack."""
    executor = Executor(Config("oxigraph", str(target_of(release).path), settings_for(BASE)))
    try:
        for text in (
            "ASK { FILTER(" + "!" * 20_000 + "true) }",
            "ASK { " + "FILTER EXISTS {" * 3000 + "}" * 3000 + " }",
        ):
            assert json.loads(executor.run(Job(text), timeout=30).body)["boolean"] is True
    finally:
        executor.stop()


def test_the_row_cap_is_flagged(release: Path) -> None:
    queries = QueryService(Limits(max_rows=5))
    try:
        run = queries.run(target_of(release), "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert (run.answer.rows, run.answer.truncated) == (5, True)
        data = json.loads(run.answer.body)
        assert len(data["results"]["bindings"]) == 5
        assert f"{BASE}sparql#limits" in data["head"]["link"]
        run = queries.run(
            target_of(release), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", rdf="ntriples"
        )
        assert run.answer.truncated
        assert run.answer.body.startswith(b"# Truncated")
        assert len(list(ox.parse(run.answer.body, format=ox.RdfFormat.N_TRIPLES))) == 5
    finally:
        queries.close()


def test_syntax_errors_name_the_position(release: Path, service: QueryService) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        service.run(target_of(release), "SELECT * WHERE { ?s ?p }")
    assert "line 1, column 25" in caught.value.description
    assert caught.value.code == 400


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_graphs_are_names_never_sources(release: Path, engine: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.ttl"
    secret.write_text("<http://x/secret> <http://x/is> <http://x/here> .\n")
    queries = QueryService(Limits())
    target = target_of(release, engine)
    try:
        with canary() as bird:
            for iri in (bird.url, secret.as_uri()):
                with pytest.raises(QueryRefused, match="not a graph of this dataset"):
                    queries.run(target, f"SELECT * FROM <{iri}> WHERE {{ ?s ?p ?o }}")
                with pytest.raises(QueryRefused):
                    queries.run(target, "SELECT * WHERE { ?s ?p ?o }", default_graphs=(iri,))
        assert bird.connections == 0
    finally:
        queries.close()


def test_from_selects_a_graph_of_the_dataset(release: Path, service: QueryService) -> None:
    graph = f"{BASE}graph/document/116702"
    run = service.run(
        target_of(release),
        f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}",
    )
    mine = int(json.loads(run.answer.body)["results"]["bindings"][0]["n"]["value"])
    run = service.run(target_of(release), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    union = int(json.loads(run.answer.body)["results"]["bindings"][0]["n"]["value"])
    assert 0 < mine < union


@pytest.fixture(scope="module")
def two_documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed and a copy under another id: two graphs making some statements alike."""
    documents = two_seeds(tmp_path_factory.mktemp("two") / "documents")
    return build_release(documents, tmp_path_factory.mktemp("two-release"))


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_default_graph_states_each_statement_once(
    two_documents: Path, service: QueryService, engine: str
) -> None:
    """Regression: Oxigraph's union counted a statement once per graph making it."""

    def count(where: str) -> int:
        run = service.run(target_of(two_documents, engine), f"SELECT (COUNT(*) AS ?n) {where}")
        return int(json.loads(run.answer.body)["results"]["bindings"][0]["n"]["value"])

    documents = "WHERE { ?doc a rico:Record ; dcterms:identifier ?id }"
    assert count(documents) == 2
    agents = "WHERE { ?agent a prov:SoftwareAgent }"  # stated in both document graphs
    assert count(agents) == 1
    assert count("WHERE { GRAPH ?g { ?agent a prov:SoftwareAgent } }") == 2
    statements = "WHERE { ?s ?p ?o }"
    distinct = "WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    assert count(statements) == count(distinct) < count("WHERE { GRAPH ?g { ?s ?p ?o } }")


def test_updates_never_reach_the_store(release: Path, service: QueryService) -> None:
    store = (release / "current").resolve() / "store"
    before = {p.name: p.stat().st_mtime_ns for p in store.iterdir()}
    for update in (
        f"INSERT DATA {{ <{DOC}> <http://x/p> 1 }}",
        f"DELETE WHERE {{ <{DOC}> ?p ?o }}",
        "LOAD <http://127.0.0.1:9/x>",
        "CLEAR ALL",
    ):
        with pytest.raises(UpdateRefused):
            service.run(target_of(release), update)
    assert {p.name: p.stat().st_mtime_ns for p in store.iterdir()} == before


def test_no_network_even_past_the_guard(release: Path) -> None:
    """The executor's own sandbox: a SERVICE handed straight to it reaches nobody."""
    folder = (release / "current").resolve()
    executor = Executor(Config("oxigraph", str(folder / "store"), settings_for(BASE)))
    try:
        with canary() as bird:
            query = f"SELECT * WHERE {{ SERVICE <{bird.url}> {{ ?s ?p ?o }} }}"
            with pytest.raises(EngineFailure):
                executor.run(Job(query), timeout=20)
            assert executor.isolated is True
            assert bird.connections == 0
            # The canary works: the same query in this process does connect.
            with contextlib.suppress(OSError):  # the canary's answer may not please Oxigraph
                list(ox.Store().query(query))
            assert bird.connections == 1
    finally:
        executor.stop()


def test_rdflib_escape_errors_are_syntax_errors(release: Path) -> None:
    """Regression: rdflib raises ValueError on escapes it reads as out of range (a 500)."""
    queries = QueryService(Limits())
    try:
        with pytest.raises(QuerySyntaxError):
            queries.run(target_of(release, "rdflib"), "SELECT * WHERE { ?s ?p '\\u00e9cafe' }")
    finally:
        queries.close()


def test_the_byte_cap_cuts_huge_values(release: Path) -> None:
    """Regression: 16 values of 16 MiB each reached the server process whole."""
    doublings = " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(14))
    query = (
        f"SELECT ?s14 WHERE {{ VALUES ?n {{ {' '.join(str(i) for i in range(16))} }} "
        f'BIND(CONCAT("xxxxxxxxxxxxxxx", STR(?n)) AS ?s0) {doublings} }}'
    )  # 16 rows of 256 KiB
    queries = QueryService(Limits(max_bytes=1 << 20))
    try:
        run = queries.run(target_of(release), query, results="tsv")
        assert run.answer.truncated
        assert 1 <= run.answer.rows < 16
        assert len(run.answer.body) < 2 << 20
        more = " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(17))
        one = f'SELECT ?s17 WHERE {{ BIND("xxxxxxxxxxxxxxxx" AS ?s0) {more} }}'  # 2 MiB
        with pytest.raises(NotRepresentable):
            queries.run(target_of(release), one, results="tsv")
    finally:
        queries.close()


@pytest.mark.slow
def test_an_orphaned_query_process_stops(release: Path, tmp_path: Path) -> None:
    """Regression: a query process outlived a killed server worker and ran on, no deadline."""
    script = tmp_path / "orphan.py"
    script.write_text(
        f"""
import os, threading, time
from linkeddata.sparql.engine import Job
from linkeddata.sparql.executor import Config, Executor
from linkeddata.sparql.service import settings_for
executor = Executor(Config("oxigraph", {str(target_of(release).path)!r}, settings_for({BASE!r})))
executor.run(Job("ASK {{}}"), 20)
print(executor.pid, flush=True)
threading.Thread(target=executor.run, args=(Job({ENDLESS!r}), 600), daemon=True).start()
time.sleep(1)
os._exit(0)  # as a SIGKILLed worker: no cleanup
"""
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=True
    )
    pid = int(result.stdout.split()[0])
    deadline = time.monotonic() + 10
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not running(pid), "the query process ran on after its server died"


def running(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_no_sandbox_no_query(release: Path, tmp_path: Path) -> None:
    """Regression: where unshare is refused, queries ran anyway, unisolated (fail open)."""
    script = tmp_path / "closed.py"
    script.write_text(
        f"""
from linkeddata.sparql.engine import Job
from linkeddata.errors import EngineFailure
from linkeddata.sparql.executor import Config, Executor
from linkeddata.sparql.service import settings_for
store = {str(target_of(release).path)!r}
for isolate in (True, False):
    executor = Executor(Config("oxigraph", store, settings_for({BASE!r}), isolate=isolate))
    try:
        print(isolate, executor.run(Job("ASK {{}}"), 20).body.decode())
    except EngineFailure as error:
        print(isolate, error.description)
    executor.stop()
"""
    )
    # Inside a user namespace whose limit of nested user namespaces is 0, unshare fails.
    command = (
        "echo 0 > /proc/sys/user/max_user_namespaces && "
        f"exec {shlex.quote(sys.executable)} {shlex.quote(str(script))}"
    )
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    refused, answered = result.stdout.splitlines()
    assert refused.startswith("True Queries are disabled")
    assert answered == 'False {"head":{},"boolean":true}'
