"""Bodies rendered for a release, shared by the server's worker processes through one file.

Each worker keeps its own bodies in memory (:mod:`linkeddata.web.rendered`); without this
file, every worker rendered every resource again, and at 100,000 documents a worker's cache
rarely held what the next request asked for. Here a body one worker rendered is read by the
others from an SQLite file per release (write-ahead log, so readers never wait for a writer),
in a folder the server makes for itself and removes when it stops.

Only text and bytes are kept (no pickles: nothing read back can run code). The file is
bounded: past ``budget`` bytes of pages in use, the oldest quarter of the entries leave (first
in, first out: a cheap bound, where the memory tier in front of it keeps the recently used).
The cache is an optimisation only: a locked or failing file is a miss, never an error.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     shared = SharedCache(Path(folder) / "r.sqlite")
...     shared.put(("a", "ttl"), b"body"), shared.put(("b",), "text")
...     shared.get(("a", "ttl")), shared.get(("b",)), shared.get(("c",))
...     shared.close()
(True, True)
(b'body', 'text', None)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Hashable
from pathlib import Path

BUDGET = 2 << 30
"""Bytes of pages in use per release's file (bodies and their keys)."""
CHECK_EVERY = 16
"""The share of the budget one process writes between two looks at the file's size (1/16)."""
WAIT_MS = 50
"""How long a write waits for another process's write before it gives up (a miss)."""
_TEXT, _BYTES = 0, 1
SCHEMA = "CREATE TABLE IF NOT EXISTS bodies (key TEXT PRIMARY KEY, kind INTEGER, value BLOB)"


def stored(value: bytes | str) -> tuple[int, bytes]:
    """The kind and bytes a text or bytes value is kept as."""
    return (_TEXT, value.encode()) if isinstance(value, str) else (_BYTES, value)


def value_of(kind: int, data: bytes) -> bytes | str:
    """The value :func:`stored` kept as ``kind`` and ``data``."""
    return bytes(data) if kind == _BYTES else bytes(data).decode()


def key_text(key: Hashable) -> str:
    """A key as the text the file is indexed by (keys are tuples of strings: their repr is
    exact and the same in every process)."""
    return repr(key)


class BodiesFile(ABC):
    """Text and bytes by key in an SQLite file of bodies, one connection per thread (SQLite
    connections are not shared between threads); subclasses say how a connection opens."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> bytes | str | None:
        """The value kept under ``key``, or None (also when the file cannot be read now)."""
        try:
            row = (
                self._connection()
                .execute("SELECT kind, value FROM bodies WHERE key = ?", (key_text(key),))
                .fetchone()
            )
        except sqlite3.Error:
            return None
        return None if row is None else value_of(*row)

    @abstractmethod
    def _open(self) -> sqlite3.Connection:
        """A new connection to the file, for the calling thread."""

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._open()
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def close(self) -> None:
        """Close every thread's connection."""
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            with contextlib.suppress(sqlite3.Error):
                connection.close()


class SharedCache(BodiesFile):
    """The bodies a server's workers rendered, shared through the file ``path``."""

    def __init__(self, path: Path, budget: int = BUDGET) -> None:
        super().__init__(path)
        self._budget = budget
        self._written = 0

    def put(self, key: Hashable, value: object) -> bool:
        """Keep ``value`` if it is text or bytes and the file can take it now; whether it was
        kept (by this call or an earlier one)."""
        if not isinstance(value, bytes | str):
            return False
        kind, data = stored(value)
        if len(data) > self._budget // 4:
            return False
        try:
            connection = self._connection()
            with connection:
                connection.execute(
                    "INSERT OR IGNORE INTO bodies (key, kind, value) VALUES (?, ?, ?)",
                    (key_text(key), kind, data),
                )
            with self._lock:
                self._written += len(data) + len(key_text(key))
                check = self._written > self._budget // CHECK_EVERY
                if check:
                    self._written = 0
            if check:
                self._bound(connection)
        except sqlite3.Error:
            return False
        return True

    def used(self) -> int:
        """Bytes of the file's pages in use (its free pages are reused before it grows)."""
        connection = self._connection()
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        size: int = connection.execute("PRAGMA page_size").fetchone()[0]
        return int((pages - free) * size)

    def _bound(self, connection: sqlite3.Connection) -> None:
        """Past the budget, the oldest quarter of the entries leave, until it holds."""
        while self.used() > self._budget:
            (count,) = connection.execute("SELECT count(*) FROM bodies").fetchone()
            if not count:
                return
            connection.execute(
                "DELETE FROM bodies WHERE rowid IN (SELECT rowid FROM bodies ORDER BY rowid "
                "LIMIT ?)",
                (max(1, count // 4),),
            )

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=WAIT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=OFF")  # a cache: a crash may lose it whole
        connection.execute(SCHEMA)
        return connection

    def close(self) -> None:
        """Close every thread's connection and remove the file (its release is no longer
        served here; another process still reading it keeps its open file until it closes)."""
        super().close()
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{self.path}{suffix}")
