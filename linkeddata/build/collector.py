"""Python's cyclic garbage collector during a build: kept off the build's long-lived objects,
and timed.

Unpickling the build cache's pieces allocates millions of small objects, each allocation
counting towards a collection; a full collection walks every object the build holds (the
shapes, the authority file, every file's report). Once the collection's files are scanned
and the workers forked, :meth:`Collector.freeze` moves what exists into the permanent
generation (``gc.freeze``), which collections skip; the build's end moves it back. The time
spent collecting is recorded as the build's ``gc`` timing.
"""

from __future__ import annotations

import gc
import time
from typing import Any


class Collector:
    """Times the collections made while in use (``with``); :meth:`freeze` as said above."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0
        self._frozen = False

    def __enter__(self) -> Collector:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._callback)
        if self._frozen:
            gc.unfreeze()
            self._frozen = False

    def freeze(self) -> None:
        """Leave the objects that exist now out of every collection until the end."""
        gc.freeze()
        self._frozen = True

    def _callback(self, phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.thread_time()
        elif self._started:
            self.seconds += time.thread_time() - self._started
            self._started = 0.0
