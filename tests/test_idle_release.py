"""An idle server lets go of a superseded release: a real ``linkeddata serve`` that answers no
request after a build switched the release must not keep the old one from being pruned.

A server process held the release of its last answer until its next request, so a build with
``--keep 1`` could never remove it while the server was idle. Each worker now looks at the
``current`` link every few seconds and moves on. Requests under way while a build switches
still all succeed.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from live import build_release, fetch, serve
from switching import SEED_PATH, build, collection, markers, release_folders, released
from test_zero_downtime import open_files

from linkeddata.release.in_use import in_use
from linkeddata.web.releases import WATCH_SECONDS

pytestmark = pytest.mark.live

LET_GO_SECONDS = 10 * WATCH_SECONDS  # generous: the machine is shared


def _load(url: str, stop: threading.Event, statuses: list[int]) -> None:
    while not stop.is_set():
        try:
            statuses.append(fetch(url + SEED_PATH, headers={"Accept": "text/turtle"}).status)
        except OSError:
            statuses.append(0)
        time.sleep(0.02)


def test_an_idle_server_lets_go_of_the_old_release_so_the_next_build_prunes_it(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    build_release(collection(tmp_path / "c0", 0), out)
    with serve(tmp_path / "c0", out, tmp_path, ["--workers", "2"]) as server:
        # requests under way while a build switches: none fails
        statuses: list[int] = []
        stop = threading.Event()
        threads = [threading.Thread(target=_load, args=(server.url, stop, statuses))]
        threads.append(threading.Thread(target=_load, args=(server.url, stop, statuses)))
        for thread in threads:
            thread.start()
        try:
            first = build(collection(tmp_path / "c1", 1), out, ["--keep", "1", "--workers", "1"])
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if markers(fetch(server.url + SEED_PATH).body) == {1}:
                    break
                time.sleep(0.1)
        finally:
            stop.set()
            for thread in threads:
                thread.join(60)
        assert statuses, "no request was sent"
        assert set(statuses) == {200}, f"{sum(s != 200 for s in statuses)} requests failed"
        assert markers(fetch(server.url + SEED_PATH).body) == {1}

        # now idle: a build switches, and no request follows
        second = build(collection(tmp_path / "c2", 2), out, ["--keep", "1", "--workers", "1"])
        assert released(out) == second
        old = out / "releases" / first
        deadline = time.monotonic() + LET_GO_SECONDS
        while in_use(old) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not in_use(old), f"the idle server still holds {first}\n{server.log_tail()}"
        third = build(collection(tmp_path / "c3", 3), out, ["--keep", "1", "--workers", "1"])
        folders = release_folders(out)
        assert first not in folders, f"{first} was not pruned: {folders}"
        assert third in folders
        assert [f for f in open_files(server.process.pid) if f"/{first}/" in f] == []
        log = server.log.read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in log, log[-3000:]
