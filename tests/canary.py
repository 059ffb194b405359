"""A loopback canary: a TCP server that counts every connection made to it.

It answers each connection with an HTTP 200 and an empty SPARQL JSON result (so an engine that
does connect gets a plausible answer and the test sees the count, not a hang). Counting accepted
connections, rather than HTTP requests, catches any protocol.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

BODY = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
ANSWER = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
    b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(BODY), BODY)
)


@dataclass
class Canary:
    url: str  # http://127.0.0.1:PORT/
    connections: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self) -> None:
        with self._lock:
            self.connections += 1


@contextlib.contextmanager
def canary() -> Iterator[Canary]:
    """A running canary on a free port of 127.0.0.1; stopped on exit."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    found = Canary(f"http://127.0.0.1:{listener.getsockname()[1]}/")
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            found.hit()
            with conn, contextlib.suppress(OSError):
                conn.settimeout(1)
                with contextlib.suppress(TimeoutError):
                    conn.recv(65536)
                conn.sendall(ANSWER)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        stop.set()
        thread.join(timeout=2)
        listener.close()
