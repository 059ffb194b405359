"""Slow and hostile clients, and a probe that times cheap requests while they hold on.

Three kinds of connection that cost a client nothing and a naive server a thread each:

* ``partial-header``: a request line and one more header line every second, never the blank
  line that ends the header (slowloris);
* ``trickled-body``: a whole header announcing a 100 kB form, then one byte of it per second;
* ``stalled-read``: 400 pipelined requests for an HTML page, and never a byte read of the
  answers (with a 4 KiB receive buffer, so that the server's writes soon block).

:class:`Attack` keeps ``count`` of them open from one thread, spread over several source
addresses of the loopback network (a server may cap the connections of one address; this
tests the deadlines behind the cap), and reopens each one the server closes, as a real
attacker would. :func:`probe` meanwhile sends cheap requests one after the other, each on a
new connection, and times them.

Run on its own against a server started by hand (this is how docs/security.md compares
serving stacks)::

    python tests/slow_clients.py http://127.0.0.1:8080 [--connections 200] [--seconds 10]
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import itertools
import math
import socket
import struct
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

KINDS = ("partial-header", "trickled-body", "stalled-read")
SOURCES = tuple(f"127.0.0.{n}" for n in range(2, 12))  # ten addresses, none the probe's
PAGE = "/doc/document/116702"
CHEAP = ("/health", "/static/site.css", "/doc/document/116702.ttl")
TICK = 0.2
TRICKLE_SECONDS = 1.0
TCP_ESTABLISHED = 1


def _opening(kind: str, host: str) -> bytes:
    if kind == "partial-header":
        return f"GET / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: slow\r\n".encode()
    if kind == "trickled-body":
        return (
            f"POST /sparql HTTP/1.1\r\nHost: {host}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 100000\r\n\r\nquery="
        ).encode()
    request = f"GET {PAGE} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\n\r\n"
    return request.encode() * 400


_TRICKLE = {"partial-header": b"X-Slow: 1\r\n", "trickled-body": b"a", "stalled-read": b""}


@dataclass
class _Slow:
    kind: str
    source: str
    sock: socket.socket | None = None
    due: float = 0.0


@dataclass
class Attack:
    """``count`` slow connections to ``host:port``, kept open by one thread until stopped."""

    host: str
    port: int
    count: int = 200
    sources: Sequence[str] = SOURCES
    kinds: Sequence[str] = KINDS
    opened: int = 0
    closed_by_server: int = 0
    refused: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _slow: list[_Slow] = field(default_factory=list)

    def __enter__(self) -> Attack:
        kinds, sources = itertools.cycle(self.kinds), itertools.cycle(self.sources)
        self._slow = [_Slow(next(kinds), next(sources)) for _ in range(self.count)]
        self._thread = threading.Thread(target=self._run, name="slow-clients", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        for slow in self._slow:
            self._close(slow)

    @property
    def held(self) -> int:
        """Connections open right now."""
        return sum(1 for slow in self._slow if slow.sock is not None)

    def wait_held(self, seconds: float = 10.0) -> int:
        """Wait until every connection is open (or ``seconds`` pass); how many are."""
        deadline = time.monotonic() + seconds
        while self.held < self.count and time.monotonic() < deadline:
            time.sleep(TICK)
        return self.held

    def _run(self) -> None:
        while not self._stop.is_set():
            now = time.monotonic()
            for slow in self._slow:
                if slow.sock is not None and not _established(slow.sock):
                    self.closed_by_server += 1
                    self._close(slow)
                if slow.sock is None:
                    self._open(slow)
                elif now >= slow.due:
                    slow.due = now + TRICKLE_SECONDS
                    with contextlib.suppress(OSError):
                        slow.sock.send(_TRICKLE[slow.kind], socket.MSG_DONTWAIT)
            self._stop.wait(TICK)

    def _open(self, slow: _Slow) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if slow.kind == "stalled-read":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            sock.bind((slow.source, 0))
            sock.settimeout(2)
            sock.connect((self.host, self.port))
            sock.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                sock.send(_opening(slow.kind, self.host))
        except OSError:
            sock.close()
            self.refused += 1
            return
        slow.sock, slow.due = sock, time.monotonic() + TRICKLE_SECONDS
        self.opened += 1

    @staticmethod
    def _close(slow: _Slow) -> None:
        if slow.sock is not None:
            slow.sock.close()
            slow.sock = None


def _established(sock: socket.socket) -> bool:
    """Whether the server still keeps the connection (Linux TCP_INFO: its first byte is the
    state; a FIN or RST from the server moves it out of ESTABLISHED) without reading."""
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 8)
    except OSError:
        return False
    return bool(struct.unpack("B", info[:1])[0] == TCP_ESTABLISHED)


@dataclass
class Probe:
    """What the cheap requests met: their times (seconds) and the failures (with why)."""

    seconds: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def p99(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)] if ordered else math.inf

    def summary(self) -> str:
        done = sorted(self.seconds)
        median = done[len(done) // 2] if done else math.inf
        return (
            f"{len(done)} answered, {len(self.failures)} failed, median {median * 1000:.0f} ms, "
            f"p99 {self.p99 * 1000:.0f} ms, max {(done[-1] if done else math.inf) * 1000:.0f} ms"
        )


def probe(
    host: str, port: int, seconds: float, paths: Sequence[str] = CHEAP, timeout: float = 5.0
) -> Probe:
    """Cheap GETs of ``paths`` in turn for ``seconds``, each on a new connection from
    127.0.0.1; a failure is an error, a timeout or any status but 200."""
    result = Probe()
    deadline = time.monotonic() + seconds
    for path in itertools.cycle(paths):
        if time.monotonic() >= deadline:
            return result
        start = time.perf_counter()
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                result.failures.append(f"{path}: {response.status}")
            else:
                result.seconds.append(time.perf_counter() - start)
        except OSError as error:
            result.failures.append(f"{path}: {type(error).__name__}: {error}")
        finally:
            connection.close()
        time.sleep(0.02)
    raise AssertionError("unreachable")  # pragma: no cover - the cycle never ends


@contextlib.contextmanager
def attacked(host: str, port: int, count: int, kinds: Sequence[str] = KINDS) -> Iterator[Attack]:
    """``count`` slow connections (of ``kinds``, in turn) held open for the block."""
    with Attack(host, port, count, kinds=kinds) as attack:
        attack.wait_held()
        yield attack


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="the server, such as http://127.0.0.1:8080")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--kinds", default=",".join(KINDS), help="slow kinds, comma-separated")
    parser.add_argument("--paths", default=",".join(CHEAP), help="cheap paths, comma-separated")
    args = parser.parse_args()
    paths = args.paths.split(",")
    host, port = args.url.removeprefix("http://").rstrip("/").split(":")
    print(f"baseline: {probe(host, int(port), 3, paths).summary()}")
    with attacked(host, int(port), args.connections, args.kinds.split(",")) as attack:
        print(f"slow connections held: {attack.held} of {args.connections}")
        result = probe(host, int(port), args.seconds, paths)
        print(f"under attack: {result.summary()}")
        print(
            f"attack: {attack.opened} opened, {attack.closed_by_server} closed by the server, "
            f"{attack.refused} refused"
        )
        for failure in sorted(set(result.failures))[:10]:
            print(f"  failure: {failure}")


if __name__ == "__main__":
    main()
