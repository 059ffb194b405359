"""``linkeddata serve`` as an operator and the internet meet it: slow and hostile clients,
deadlines and caps, stopping, a port in use, a failing rebuild, another base.

Every test runs the real command in a subprocess (``live``); the attacks come from
``slow_clients.py``, from other loopback addresses than the probe's.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from hostile import ENDLESS
from live import DOCUMENTS, ROOT, LiveServer, build_release, fetch, free_port, manifest, serve
from slow_clients import Attack, attacked, probe

pytestmark = pytest.mark.live

STRICT = ("--header-timeout", "1", "--body-timeout", "1", "--idle-timeout", "1")
CAP = 4
STOP_LIMIT = 2.0


def address(server: LiveServer) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").split(":")
    return host, int(port)


@pytest.fixture(scope="module")
def strict_server(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server with one-second deadlines and a cap of four connections per address."""
    extra = (*STRICT, "--max-connections-per-client", str(CAP))
    with serve(DOCUMENTS, release, tmp_path_factory.mktemp("strict"), extra) as server:
        yield server


def connect(server: LiveServer, source: str = "127.0.0.1") -> socket.socket:
    sock = socket.create_connection(address(server), timeout=10, source_address=(source, 0))
    return sock


def read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    data = b""
    with contextlib.suppress(ConnectionResetError):
        while chunk := sock.recv(65536):
            data += chunk
    return data


# --- slow and hostile clients ----------------------------------------------------------------


@pytest.mark.slow
def test_200_slow_connections_do_not_starve_cheap_requests(live_server: LiveServer) -> None:
    host, port = address(live_server)
    with attacked(host, port, 200) as attack:
        assert attack.held == 200
        time.sleep(2)  # the stalled readers' first pipelined requests are answered
        result = probe(host, port, seconds=10)
    assert result.failures == [], result.summary()
    assert len(result.seconds) >= 100, result.summary()
    assert result.p99 < 0.25, result.summary()


def test_a_header_that_does_not_end_in_time_is_answered_408(strict_server: LiveServer) -> None:
    with connect(strict_server) as sock:
        start = time.monotonic()
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n")
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert 0.9 < time.monotonic() - start < 3


def test_a_body_that_does_not_arrive_in_time_is_answered_408(strict_server: LiveServer) -> None:
    with connect(strict_server) as sock:
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n\r\nquery="
        )
        start = time.monotonic()
        for _ in range(5):  # a byte now and then does not reset the deadline
            time.sleep(0.3)
            with contextlib.suppress(OSError):
                sock.sendall(b"a")
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert time.monotonic() - start < 3


def test_an_idle_connection_is_closed_without_an_answer(strict_server: LiveServer) -> None:
    with connect(strict_server) as sock:
        start = time.monotonic()
        assert read_all(sock) == b""
    assert 0.9 < time.monotonic() - start < 3


def test_a_client_that_never_reads_costs_one_answer_and_is_dropped(
    strict_server: LiveServer,
) -> None:
    before = strict_server.log.read_text(encoding="utf-8").count('"GET /doc/document/116702 ')
    with Attack(*address(strict_server), count=1, kinds=("stalled-read",)) as attack:
        time.sleep(4)
    answered = strict_server.log.read_text(encoding="utf-8").count('"GET /doc/document/116702 ')
    assert attack.closed_by_server >= 1  # after the idle deadline, and again on reconnecting
    assert answered - before <= 3 * attack.opened  # of 400 pipelined requests per connection


def test_a_client_address_holds_at_most_its_share_of_connections(
    strict_server: LiveServer,
) -> None:
    held = [connect(strict_server, "127.0.0.3") for _ in range(CAP)]
    try:
        with connect(strict_server, "127.0.0.3") as extra:
            answer = read_all(extra)
        assert answer.startswith(b"HTTP/1.1 503 Service Unavailable\r\n")
        assert b"Retry-After: 5" in answer
        assert fetch(f"{strict_server.url}/health").status == 200  # other addresses are served
    finally:
        for sock in held:
            sock.close()


def test_keep_alive_pipelining_and_expect_continue_still_work(strict_server: LiveServer) -> None:
    connection = http.client.HTTPConnection(*address(strict_server), timeout=10)
    for _ in range(3):
        connection.request("GET", "/health")
        assert connection.getresponse().read() == b'{"status": "up"}'
    connection.close()
    with connect(strict_server) as sock:
        sock.sendall(
            b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * 2 + b"GET /ready HTTP/1.1\r\n"
        )
        sock.sendall(b"Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
        answers = read_all(sock)
    assert answers.count(b"HTTP/1.1 200 OK\r\n") == 3
    assert answers.index(b'"up"') < answers.index(b'"ok"')
    with connect(strict_server) as sock:
        query = b"query=ASK%20%7B%7D"
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Expect: 100-continue\r\nConnection: close\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            + f"Content-Length: {len(query)}\r\n\r\n".encode()
        )
        assert sock.recv(100) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(query)
        assert read_all(sock).startswith(b"HTTP/1.1 200 OK\r\n")


def test_an_oversized_body_is_refused_before_it_is_sent(strict_server: LiveServer) -> None:
    with connect(strict_server) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n")
        assert read_all(sock).startswith(b"HTTP/1.1 413 Content Too Large\r\n")


# --- health -----------------------------------------------------------------------------------


def test_health_and_ready_for_load_balancers(live_server: LiveServer, release: Path) -> None:
    health = fetch(f"{live_server.url}/health")
    assert (health.status, json.loads(health.body)) == (200, {"status": "up"})
    ready = fetch(f"{live_server.url}/ready")
    assert ready.status == 200
    assert json.loads(ready.body) == {"status": "ok", "release": manifest(release)["release"]}
    assert ready.header("Cache-Control") == "no-store"


# --- the operator's side: stopping, a port in use, a failing rebuild, another base ------------


def command(documents: Path, out: Path, port: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "linkeddata", "serve", str(documents), "--out", str(out),
            "--port", str(port), *extra]  # fmt: skip


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` now (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def is_query_process(pid: int) -> bool:
    with contextlib.suppress(OSError):
        return b"linkeddata.sparql.executor" in Path(f"/proc/{pid}/cmdline").read_bytes()
    return False


def _attempt(url: str) -> None:
    with contextlib.suppress(OSError):
        fetch(url, timeout=30)


def wait_ready(process: subprocess.Popen[bytes], port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited before answering"
        with contextlib.suppress(OSError):
            if fetch(f"http://127.0.0.1:{port}/ready", timeout=2).status == 200:
                return
        time.sleep(0.1)
    pytest.fail("the server did not get ready")


@pytest.mark.slow
@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_a_signal_stops_the_server_and_its_query_processes_at_once(
    release: Path, tmp_path: Path, how: str
) -> None:
    port = free_port()
    logs = tmp_path / "stdout", tmp_path / "stderr"
    with logs[0].open("wb") as out, logs[1].open("wb") as err:
        process = subprocess.Popen(
            command(DOCUMENTS, release, port), cwd=ROOT, stdout=out, stderr=err,
            start_new_session=True,  # its own process group, as in a terminal
        )  # fmt: skip
    try:
        wait_ready(process, port)
        for _ in range(4):  # two workers: queries are likely to reach both
            query = fetch(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
            assert query.status == 200
        endless = f"http://127.0.0.1:{port}/sparql?query={quote(ENDLESS)}"
        running_query = threading.Thread(target=lambda: _attempt(endless), daemon=True)
        running_query.start()  # a query at work when the signal comes
        time.sleep(1)
        family = descendants(process.pid)
        assert any(is_query_process(pid) for pid in family)
        start = time.monotonic()
        if how == "ctrl-c":  # a terminal sends SIGINT to every process of its foreground group
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=15)
        seconds = time.monotonic() - start
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    output = logs[0].read_text(encoding="utf-8") + logs[1].read_text(encoding="utf-8")
    assert code == 0, output
    assert seconds < STOP_LIMIT, output
    assert [pid for pid in family if running(pid)] == []
    for noise in ("Traceback", "KeyboardInterrupt", "SIGKILL"):
        assert noise not in output


WORKER_STOPS = (signal.SIGINT, signal.SIGQUIT, signal.SIGTERM)


def workers_of(pid: int) -> list[int]:
    """The server's workers: its children (the query processes are theirs). Read in a few
    microseconds, so that signals can follow each other closely."""
    with contextlib.suppress(OSError):
        return [
            int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        ]
    return []


def signal_until_gone(process: subprocess.Popen[bytes], seconds: float) -> None:
    """Ctrl-C, then stop signals at each worker every 0.1 ms or so until the server has
    exited: some reach each moment of a worker's shutdown (as the arbiter's SIGQUIT after
    Ctrl-C does by chance), and of its boot if it is still booting."""
    os.killpg(process.pid, signal.SIGINT)
    end = time.monotonic() + seconds
    sent = 0
    while process.poll() is None and time.monotonic() < end:
        for worker in workers_of(process.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker, WORKER_STOPS[sent % len(WORKER_STOPS)])
                sent += 1
        time.sleep(0.0001)


@pytest.mark.slow
@pytest.mark.parametrize("when", ["serving", "booting"])
def test_stop_signals_at_any_moment_of_a_shutdown_end_it_cleanly(
    release: Path, tmp_path: Path, when: str
) -> None:
    """The worker's stop signals hit it throughout its shutdown (after Ctrl-C, the arbiter's
    SIGQUIT comes at any moment): never a traceback, a default handler or a killed worker.
    The worker once printed one from a write to its event loop's closed wakeup socket."""
    port = free_port()
    log = tmp_path / "output"
    with log.open("wb") as out:
        process = subprocess.Popen(
            command(DOCUMENTS, release, port), cwd=ROOT, stdout=out, stderr=out,
            start_new_session=True,
        )  # fmt: skip
    try:
        if when == "serving":
            wait_ready(process, port)
            query = fetch(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")
            assert query.status == 200  # a worker with a query process to stop
        else:
            deadline = time.monotonic() + 60
            while not workers_of(process.pid) and time.monotonic() < deadline:
                time.sleep(0.001)
            assert workers_of(process.pid), "no worker started"
        family = descendants(process.pid)
        signal_until_gone(process, seconds=10)
        code = process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    output = log.read_text(encoding="utf-8")
    assert code == 0, output
    assert [pid for pid in family if running(pid)] == []
    for noise in ("Traceback", "Exception ignored", "KeyboardInterrupt", "was sent SIG"):
        assert noise not in output, output


class Drain:
    """Reads the server's output from a pipe, until paused: a paused reader leaves the pipe
    to fill, and the server blocks on its next write."""

    def __init__(self, fd: int) -> None:
        self.fd, self.data = fd, bytearray()
        self.reading, self.paused = threading.Event(), threading.Event()
        self.reading.set()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            if not self.reading.is_set():
                self.paused.set()
                self.reading.wait()
                self.paused.clear()
            if select.select([self.fd], [], [], 0.05)[0]:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    return
                self.data += chunk

    def pause(self) -> None:
        self.reading.clear()
        assert self.paused.wait(5)

    def text(self) -> str:
        self.reading.set()
        self.thread.join(15)
        return self.data.decode("utf-8", "replace")


def blocked_writing(pid: int) -> bool:
    """Whether the main thread of ``pid`` waits in write(2) (on a full pipe)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        return Path(f"/proc/{pid}/syscall").read_text().split()[0] == "1"
    return False


@pytest.mark.slow
def test_stop_signals_after_a_workers_event_loop_closed_do_not_kill_it(
    release: Path, tmp_path: Path
) -> None:
    """A stopping worker whose output is stalled (the pipe is full) waits in its last log
    write, after its event loop has closed: more stop signals then change nothing. The loop
    put back the default handlers when it closed: SIGINT raised KeyboardInterrupt, SIGTERM
    and SIGQUIT killed the worker (and a signal while it closed, a traceback)."""
    port = free_port()
    read, write = os.pipe()
    filler = os.open(f"/proc/self/fd/{write}", os.O_WRONLY | os.O_NONBLOCK)  # its own flags
    process = subprocess.Popen(
        command(DOCUMENTS, release, port, "--workers", "1"), cwd=ROOT, stdout=write,
        stderr=write, start_new_session=True,
    )  # fmt: skip
    os.close(write)
    output = Drain(read)
    try:
        wait_ready(process, port)
        [worker] = workers_of(process.pid)
        output.pause()
        with contextlib.suppress(BlockingIOError):
            while True:
                os.write(filler, b"\0" * 4096)
        os.kill(worker, signal.SIGTERM)
        deadline = time.monotonic() + 15
        while not blocked_writing(worker) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert blocked_writing(worker), "the worker never got to write"
        for signum in WORKER_STOPS:
            with contextlib.suppress(ProcessLookupError):  # reaped: killed by the signal
                os.kill(worker, signum)
            time.sleep(0.2)
        assert running(worker), output.text()  # still writing, not killed
        os.close(filler)
        output.reading.set()
        for _ in range(1500):
            if not running(worker):
                break
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    text = output.text().replace("\0", "")
    assert code == 0, text
    assert f"Worker exiting (pid: {worker})" in text
    for noise in ("Traceback", "KeyboardInterrupt", "was sent SIG", "exited with code", "Abort"):
        assert noise not in text, text


def test_a_port_in_use_is_one_line_and_exit_2_before_any_build(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            command(DOCUMENTS, tmp_path / "out", port), cwd=ROOT, capture_output=True, timeout=60
        )
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"error: cannot listen on 127.0.0.1:{port}: address already in use (another server?)"
    ]
    assert result.stdout == b""
    assert not (tmp_path / "out").exists()  # nothing was built


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    documents = tmp_path / "documents"
    documents.mkdir()
    for name in ("116702.txt", "authorities.ttl"):
        shutil.copy(DOCUMENTS / name, documents)
    return documents


def break_authorities(documents: Path) -> None:
    """An authority file that cannot be read: the build stops (and the release is stale)."""
    (documents / "authorities.ttl").write_text("this is not Turtle <<<\n", encoding="utf-8")


@pytest.mark.slow
def test_a_failing_rebuild_keeps_serving_the_last_good_release(
    collection: Path, tmp_path: Path
) -> None:
    out = build_release(collection, tmp_path / "out")
    last = manifest(out)["release"]
    break_authorities(collection)
    with serve(collection, out, tmp_path) as server:
        assert json.loads(fetch(f"{server.url}/ready").body)["release"] == last
        log = server.log.read_text(encoding="utf-8")
    assert "error: authorities.ttl:1: not valid Turtle" in log
    assert f"WARNING: the rebuild failed; serving the last good release {last}," in log


def test_a_failing_build_with_no_release_to_serve_exits_2(collection: Path, tmp_path: Path) -> None:
    break_authorities(collection)
    out = tmp_path / "out"
    result = subprocess.run(
        command(collection, out, free_port()), cwd=ROOT, capture_output=True, timeout=120
    )
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert lines[-1] == f"error: the build failed, and {out} has no release"


@pytest.mark.slow
def test_serving_another_base_builds_beside_the_release_of_the_first(
    collection: Path, tmp_path: Path
) -> None:
    out = build_release(collection, tmp_path / "out")
    first = manifest(out)
    other = "http://127.0.0.1:9999/"
    with serve(collection, out, tmp_path, ["--base", other]) as server:
        ready = json.loads(fetch(f"{server.url}/ready").body)
        log = server.log.read_text(encoding="utf-8")
    beside = out / "127.0.0.1-9999"
    assert f"building {collection} into {beside}" in log
    assert manifest(out) == first  # the release for the first base is untouched
    assert manifest(beside)["base"] == other
    assert ready["release"] == manifest(beside)["release"]
