"""docs/deployment.md, run: two ``serve`` instances behind a real nginx load balancer, sharing
one real Oxigraph server as their SPARQL engine, with a release switch under load.

Clients keep asking for documents, pages and SPARQL answers through nginx while a new release
(one more document) is built, switched in and loaded into the engine: not one request may
fail, and afterwards both instances answer from the new release, SPARQL included.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import pytest
from engines import oxigraph_server
from live import DOCUMENTS, LiveServer, build_release, fetch, seed_collection, serve
from load_balancer import load_balancer

COUNT = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a rico:Record }"
NEW = "900001"
LOAD_THREADS = 3


def records(url: str) -> int:
    reply = fetch(
        f"{url}/sparql?" + urlencode({"query": COUNT}),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert reply.status == 200, reply.body[:300]
    return int(json.loads(reply.body)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.live
def test_two_instances_behind_nginx_switch_release_under_load(tmp_path: Path) -> None:
    documents = seed_collection(tmp_path / "documents")
    out = build_release(documents, tmp_path / "out")
    (tmp_path / "engine").mkdir()
    with oxigraph_server(tmp_path / "engine", timeout=10) as engine:
        engine.load(out)
        extra = ["--sparql-backend", engine.query_url, "--trusted-proxy-header", "X-Real-IP"]
        # every client comes from 127.0.0.1 here: one share and budget for all of them
        extra += ["--max-concurrent-queries", "8", "--client-query-seconds", "600"]
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        with (
            serve(documents, out, tmp_path / "a", extra) as first,
            serve(documents, out, tmp_path / "b", extra) as second,
        ):
            upstreams = [s.url.removeprefix("http://") for s in (first, second)]
            (tmp_path / "nginx").mkdir()
            with load_balancer(tmp_path / "nginx", upstreams) as nginx:
                assert records(nginx.url) == 1
                statuses = switch_under_load(nginx.url, documents, out, engine.load)
                assert statuses["failed"] == 0, statuses
                assert sum(statuses.values()) > 50, statuses  # the load did run
                check_new_release(nginx.url, first, second)
                served = (nginx.folder / "access.log").read_text()
                assert served.count("\n") >= sum(statuses.values())


def switch_under_load(url: str, documents: Path, out: Path, load: object) -> Counter[str]:
    """Requests on LOAD_THREADS threads while a new release is built and loaded; statuses."""
    statuses: Counter[str] = Counter()
    lock = threading.Lock()
    stop = threading.Event()
    paths = [
        ("/doc/document/116702", "text/turtle"),
        ("/", "text/html"),
        ("/sparql?" + urlencode({"query": COUNT}), "application/sparql-results+json"),
    ]

    def client(index: int) -> None:
        i = index
        while not stop.is_set():
            path, accept = paths[i % len(paths)]
            i += 1
            try:
                reply = fetch(url + path, headers={"Accept": accept}, timeout=30)
                status = str(reply.status)
                if reply.status != 200:
                    status += f" {reply.body[:200]!r}"
            except OSError as error:
                status = f"error {error}"
            with lock:
                statuses[status if status == "200" else "failed"] += 1
                if status != "200":
                    statuses[f"{path} {status}"] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(LOAD_THREADS)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(2)
        record = (DOCUMENTS / "116702.txt").read_text(encoding="utf-8")
        (documents / f"{NEW}.txt").write_text(record.replace("116702", NEW), encoding="utf-8")
        built = subprocess.run(
            [sys.executable, "-m", "linkeddata", "build", str(documents), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert built.returncode == 0, built.stderr
        load(out)  # type: ignore[operator]
        time.sleep(2)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    return statuses


def check_new_release(url: str, *instances: LiveServer) -> None:
    for server in (*instances, None):
        where = server.url if server is not None else url
        assert records(where) == 2
        reply = fetch(f"{where}/doc/document/{NEW}", headers={"Accept": "text/turtle"})
        assert reply.status == 200
