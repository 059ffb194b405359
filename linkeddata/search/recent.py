"""The answers a search index gave last, kept for the same question asked again.

A release's index never changes, so an answer stays right for as long as the release is
served: the next page of a search, its other format (JSON or HTML), a facet listed in full or
the back button ask again for what was just computed. Each :class:`~.index.SearchIndex` (one
per release) keeps its own :class:`Recent`, bounded, and drops it with the release.

>>> recent = Recent[str, int](2)
>>> recent.get("a", lambda: 1), recent.get("b", lambda: 2), recent.get("a", lambda: 9)
(1, 2, 1)
>>> recent.get("c", lambda: 3), recent.get("b", lambda: 8)  # "b" was the oldest: gone
(3, 8)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """The last ``size`` answers by key, the least recently asked dropped first; safe for
    threads (two threads asking the same new key both compute it, and one answer is kept)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K, compute: Callable[[], V]) -> V:
        """The answer kept for ``key``, or ``compute()``'s, then kept."""
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        value = compute()  # outside the lock: a long search does not hold up the others
        with self._lock:
            self._kept[key] = value
            self._kept.move_to_end(key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return value
