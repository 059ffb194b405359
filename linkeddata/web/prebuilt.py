"""Bodies rendered by the build, read by the server: a release's ``bodies.sqlite``.

A random document asked for the first time cost 3.5-4.5 ms of CPU (the store's describe, the
serialisation, the facts every answer needs) against under 1 ms once its body was rendered:
at 100,000 documents nearly every request is a first one. ``build --prerender FORMATS``
renders the documents' descriptions once, by the server's own code
(:mod:`linkeddata.web.prerender`), into this file, keyed exactly as the server's rendered
values (:mod:`linkeddata.web.rendered`) are; the server then reads a first request's facts and
body with two indexed lookups. The file belongs to the release, so it never changes: it is
opened read-only and immutable (no locks, no journal), one connection per thread.

The table is that of the shared bodies (:mod:`linkeddata.web.shared_cache`): text or bytes by
the ``repr`` of the key, never a pickle.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = Path(folder) / "bodies.sqlite"
...     with BodiesWriter(path) as writer:
...         writer.put(("a", "turtle", "/doc/a"), b"body")
...         writer.put(("facts", "a"), "text")
...     bodies = Prebuilt(path)
...     bodies.get(("a", "turtle", "/doc/a")), bodies.get(("facts", "a")), bodies.get(("b",))
...     bodies.close()
(b'body', 'text', None)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Hashable
from pathlib import Path
from types import TracebackType
from urllib.parse import quote

from .shared_cache import SCHEMA, BodiesFile, key_text, stored


class Prebuilt(BodiesFile):
    """The bodies of ``path`` by key, read-only; a file that cannot be read is a miss."""

    def _open(self) -> sqlite3.Connection:
        uri = f"file:{quote(str(self.path))}?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)


class BodiesWriter:
    """Writes the file the build renders the bodies into (one transaction, then closed)."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(path, isolation_level=None)
        self._connection.execute("PRAGMA journal_mode=OFF")  # written once, whole, by one
        self._connection.execute("PRAGMA synchronous=OFF")  # process: publish syncs the tree
        self._connection.execute(SCHEMA)
        self._connection.execute("BEGIN")

    def put(self, key: Hashable, value: bytes | str) -> None:
        self.put_text(key_text(key), value)

    def put_text(self, key: str, value: bytes | str) -> None:
        """Keep ``value`` under a key already made text (:func:`key_text`)."""
        self._connection.execute(
            "INSERT OR REPLACE INTO bodies (key, kind, value) VALUES (?, ?, ?)",
            (key, *stored(value)),
        )

    def __enter__(self) -> BodiesWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            self._connection.execute("COMMIT" if kind is None else "ROLLBACK")
        finally:
            self._connection.close()
