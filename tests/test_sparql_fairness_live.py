"""Fair SPARQL on the real server: two clients looping a heavy query cannot starve a third.

``linkeddata serve`` runs with two worker processes sharing two query slots, a 2-second
deadline, and ``X-Forwarded-For`` as the trusted proxy header, so that each test client has
its own address. Each greedy client loops the ENDLESS query on two connections at once,
ignoring Retry-After; the light client asks a one-document question again and again.
Without per-client shares and the queue that serves the least greedy first, the light client
got 0 answers in 30 tries (issue 10).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from hostile import ENDLESS
from live import DOCUMENTS, LiveServer, Reply, fetch, serve

pytestmark = [pytest.mark.live, pytest.mark.slow]

DOC = "http://127.0.0.1:8080/id/document/116702"
LIGHT = f"ASK {{ <{DOC}> ?p ?o }}"
OPTIONS = [
    *("--workers", "2", "--query-timeout", "2", "--max-concurrent-queries", "2"),
    *("--trusted-proxy-header", "X-Forwarded-For"),
]
GREEDY = ("198.51.100.1", "198.51.100.2")
TRIES = 30


@pytest.fixture(scope="module")
def server(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with serve(DOCUMENTS, release, tmp_path_factory.mktemp("fair-log"), OPTIONS) as live:
        yield live


def ask(server: LiveServer, text: str, address: str) -> Reply:
    headers = {"Accept": "application/sparql-results+json", "X-Forwarded-For": address}
    return fetch(f"{server.url}/sparql?" + urlencode({"query": text}), headers=headers, timeout=20)


def test_a_light_client_is_served_while_two_loop_heavy_queries(server: LiveServer) -> None:
    stop = threading.Event()
    greedy: list[Reply] = []

    def loop(address: str) -> None:
        while not stop.is_set():
            reply = ask(server, ENDLESS, address)
            greedy.append(reply)
            if reply.status == 429:
                time.sleep(0.1)  # ignoring Retry-After, but not flooding the test machine

    loops = [threading.Thread(target=loop, args=(a,)) for a in GREEDY for _ in range(2)]
    for thread in loops:
        thread.start()
    try:
        time.sleep(3)  # both slots are taken by heavy queries
        light = []
        for _ in range(TRIES):
            light.append(ask(server, LIGHT, "203.0.113.3"))
            time.sleep(0.2)
    finally:
        stop.set()
        for thread in loops:
            thread.join()
    answered = [r for r in light if r.status == 200]
    assert len(answered) >= 0.9 * TRIES, [r.status for r in light]
    assert sum(r.status == 503 for r in greedy) >= 4, "the heavy queries ran to their deadline"
    refused = [r for r in greedy if r.status == 429]
    assert refused, "the greedy clients' second connections were refused"
    assert all(int(r.header("Retry-After") or 0) >= 1 for r in refused)
    assert b"each address may run 1 at a time" in refused[0].body
