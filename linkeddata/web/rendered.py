"""Bodies rendered once per release: the whole graphs, the ontology and the shapes.

A release never changes, so a body rendered for it stays right until the next release, which
opens with an empty cache (one per :class:`~linkeddata.web.published.Published`). The shapes
page cost 80 ms to render and 32 parallel first requests rendered it 32 times: here the first
request renders while the others wait for its body. The cache holds at most
:data:`BUDGET` bytes; a body that does not fit is rendered for every request, as before.

>>> cache = Rendered(budget=10)
>>> cache.get("a", lambda: "12345"), cache.get("a", lambda: "other")
('12345', '12345')
>>> cache.get("b", lambda: "123456789"), cache.get("b", lambda: "again")
('123456789', 'again')
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable

BUDGET = 64 << 20
Body = bytes | str


class Rendered:
    """Bodies by key, each rendered once (a key being rendered makes its askers wait)."""

    def __init__(self, budget: int = BUDGET) -> None:
        self._budget = budget
        self._bodies: dict[Hashable, Body] = {}
        self._rendering: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, render: Callable[[], Body]) -> Body:
        """The body of ``key``, rendered by ``render`` unless it already was."""
        found = self._bodies.get(key)
        if found is not None:
            return found
        with self._lock:
            rendering = self._rendering.setdefault(key, threading.Lock())
        with rendering:
            found = self._bodies.get(key)
            if found is not None:
                return found
            body = render()
            with self._lock:
                if len(body) <= self._budget:
                    self._bodies[key] = body
                    self._budget -= len(body)
                self._rendering.pop(key, None)
            return body
