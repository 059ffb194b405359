"""A thread that writes blocks to a slow sink (a pipe, a compressor) while the build goes on."""

from __future__ import annotations

import queue
import threading
from typing import Protocol


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...

    def close(self) -> object: ...


class Feeder:
    """Writes blocks to ``sink`` (then closes it) from a thread of its own.

    A pipe holds 64 KiB: written from the main thread, the slowest reader (the JSON-LD
    writer) set the pace of the whole build. Here up to ``depth`` blocks wait in a queue, and
    the thread writes (or compresses) without the GIL. An error in the thread is raised by the
    next :meth:`write` or by :meth:`join`.
    """

    def __init__(self, sink: Sink, depth: int = 16) -> None:
        self._sink = sink
        self._queue: queue.Queue[bytes | None] = queue.Queue(depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="feeder", daemon=True)
        self._thread.start()

    def write(self, data: bytes) -> None:
        self._raise()
        self._queue.put(data)

    def close(self) -> None:
        """Close the sink once the queued blocks are written; :meth:`join` waits for it."""
        self._queue.put(None)

    def join(self) -> None:
        self._thread.join()
        self._raise()

    def _run(self) -> None:
        try:
            while (data := self._queue.get()) is not None:
                self._sink.write(data)
        except BaseException as exc:
            self._error = exc
            while self._queue.get() is not None:  # let the writer go on until it sees the error
                pass
            return
        try:
            self._sink.close()
        except BaseException as exc:  # the end of the queue is read: nothing more to drain
            self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
