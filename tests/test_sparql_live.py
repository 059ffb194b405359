"""``/sparql`` on the real server (gunicorn, one worker of 8 threads) over real HTTP.

The server runs with a 2-second deadline, two query slots, 50 rows and a 64 MiB query memory
allowance, so the limits can be hit quickly: every exfiltration route is refused and the canary
counts no connection; a query past its deadline is answered 503 while other requests keep
being served; a second concurrent query of one address gets 429 (its share: one of the two
slots); an engine that dies costs one request.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from canary import canary
from hostile import ENDLESS, HUNGRY
from live import DOCUMENTS, LiveServer, Reply, fetch, serve
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

pytestmark = pytest.mark.live

BASE = "http://127.0.0.1:8080/"
DOC = f"{BASE}id/document/116702"
JSON = "application/sparql-results+json"
LIMITS = ["--query-timeout", "2", "--max-concurrent-queries", "2", "--max-rows", "50"]


@pytest.fixture(scope="module")
def server(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    extra = [*LIMITS, "--query-memory", "64"]
    with serve(DOCUMENTS, release, tmp_path_factory.mktemp("sparql-log"), extra) as live:
        yield live


def query(server: LiveServer, text: str, accept: str = JSON, **params: str) -> Reply:
    url = f"{server.url}/sparql?" + urlencode({"query": text, **params})
    return fetch(url, headers={"Accept": accept}, timeout=30)


def test_select_over_http(server: LiveServer) -> None:
    reply = query(server, f"SELECT ?p ?o WHERE {{ <{DOC}> ?p ?o }}")
    assert reply.status == 200
    solutions = list(ox.parse_query_results(reply.body, format=ox.QueryResultsFormat.JSON))
    assert len(solutions) > 10
    assert reply.header("Access-Control-Allow-Origin") == "*"


def test_construct_matches_rdflib_on_the_dump(server: LiveServer, release: Path) -> None:
    text = f"CONSTRUCT {{ <{DOC}> ?p ?o }} WHERE {{ <{DOC}> ?p ?o }}"
    reply = query(server, text, "text/turtle")
    assert reply.status == 200
    served = Graph().parse(data=reply.body, format="turtle")
    dump = Dataset(default_union=True)
    data = gzip.decompress((release / "dumps" / "dataset.nq.gz").read_bytes())
    dump.parse(data=data, format="nquads")
    expected = Graph()
    for triple in dump.query(text):
        expected.add(triple)
    assert isomorphic(served, expected)


def test_post_bodies_over_http(server: LiveServer) -> None:
    text = f"ASK {{ <{DOC}> ?p ?o }}"
    for data, content_type in (
        (text.encode(), "application/sparql-query"),
        (urlencode({"query": text}).encode(), "application/x-www-form-urlencoded"),
    ):
        reply = fetch(
            f"{server.url}/sparql",
            method="POST",
            data=data,
            headers={"Content-Type": content_type, "Accept": JSON},
        )
        assert reply.status == 200
        assert json.loads(reply.body)["boolean"] is True


def test_nothing_reaches_the_canary(server: LiveServer) -> None:
    with canary() as bird:
        url = bird.url
        attempts = [
            query(server, f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"),
            query(server, f"SELECT * WHERE {{ service silent <{url}> {{ ?s ?p ?o }} }}"),
            query(server, f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}"),
            query(server, f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}"),
            query(server, f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
            query(server, "SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": url}),
            query(server, "SELECT * WHERE { ?s ?p ?o }", **{"named-graph-uri": url}),
            query(server, f"LOAD <{url}>"),
            fetch(
                f"{server.url}/sparql",
                method="POST",
                data=urlencode({"update": f"LOAD <{url}>"}).encode(),
                headers={"Content-Type": "application/x-www-form-urlencoded"},
            ),
            fetch(
                f"{server.url}/sparql",
                method="POST",
                data=f"LOAD <{url}>".encode(),
                headers={"Content-Type": "application/sparql-update"},
            ),
        ]
        time.sleep(0.5)
    assert [r.status for r in attempts] == [400] * 7 + [403] * 3
    assert bird.connections == 0


def test_the_deadline_answers_503_while_others_are_served(server: LiveServer) -> None:
    outcome: list[Reply] = []
    slow = threading.Thread(target=lambda: outcome.append(query(server, ENDLESS)))
    start = time.monotonic()
    slow.start()
    time.sleep(0.3)
    during = [fetch(f"{server.url}/doc/document/116702.ttl") for _ in range(5)]
    served_by = time.monotonic() - start
    slow.join()
    elapsed = time.monotonic() - start
    assert all(r.status == 200 for r in during)
    assert served_by < 2, "other requests waited for the slow query"
    (reply,) = outcome
    assert reply.status == 503
    assert reply.header("Retry-After") == "2"
    assert 2 <= elapsed < 6
    assert b"2 s" in reply.body
    assert query(server, f"ASK {{ <{DOC}> ?p ?o }}").status == 200


def test_a_second_concurrent_query_of_one_address_gets_429(server: LiveServer) -> None:
    replies: list[Reply] = []
    lock = threading.Lock()

    def run() -> None:
        reply = query(server, ENDLESS)
        with lock:
            replies.append(reply)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
        time.sleep(0.2)
    for thread in threads:
        thread.join()
    statuses = sorted(r.status for r in replies)
    assert statuses == [429, 429, 503]
    busy = next(r for r in replies if r.status == 429)
    assert busy.header("Retry-After")
    assert b"each address may run 1 at a time" in busy.body
    assert busy.header("Cache-Control") == "no-store"  # about this moment, not this URL


def test_a_dying_engine_costs_one_request(server: LiveServer) -> None:
    reply = query(server, HUNGRY, "text/plain")
    assert reply.status == 500
    assert b"Other queries are not affected" in reply.body
    assert b"Traceback" not in reply.body
    assert query(server, f"ASK {{ <{DOC}> ?p ?o }}").status == 200
    assert fetch(f"{server.url}/healthz").status == 200


def test_truncation_is_flagged_over_http(server: LiveServer) -> None:
    reply = query(server, "SELECT * WHERE { ?s ?p ?o }", "text/csv")
    assert reply.status == 200
    assert reply.header("SPARQL-Truncated") == "true"
    assert len(reply.text.strip().splitlines()) == 51


def test_the_service_description_over_http(server: LiveServer) -> None:
    reply = fetch(f"{server.url}/sparql", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=reply.body, format="turtle")
    limits = {str(p).split("#")[1]: str(o) for _, p, o in graph if "queryTimeout" in str(p)}
    assert limits == {"queryTimeout": "2"}


def test_scripts_on_other_sites_can_post_queries_and_see_truncation(server: LiveServer) -> None:
    preflight = fetch(
        f"{server.url}/sparql",
        method="OPTIONS",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status == 204
    assert "POST" in (preflight.header("Access-Control-Allow-Methods") or "")
    assert "content-type" in (preflight.header("Access-Control-Allow-Headers") or "").lower()
    reply = query(server, "SELECT * WHERE { ?s ?p ?o }")
    exposed = (reply.header("Access-Control-Expose-Headers") or "").lower()
    assert "sparql-truncated" in exposed
    assert "retry-after" in exposed
