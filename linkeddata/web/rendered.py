"""What a release's answers are made of, made once per release: bodies and descriptions' facts.

A release never changes, so a body rendered for it stays right until the next release, which
opens with an empty cache (one per :class:`~linkeddata.web.published.Published`, in each
worker). Descriptions are rendered once per (resource, representation, mount point, path),
then every request for them, a 304 or HEAD included, is answered without the store: this is
what brings dereferencing near the speed of a static file.

The shapes page cost 80 ms to render and 32 parallel first requests rendered it 32 times:
here the first request renders while the others wait for its value. The cache holds at most
``budget`` bytes (the sizes of the bodies, plus :data:`OVERHEAD` per entry); the least
recently used entries leave to make room, and a value larger than the whole budget is
rendered for every request, as before.

Behind it, ``prebuilt`` (a :class:`~linkeddata.web.prebuilt.Prebuilt`, when the build
rendered bodies into the release) holds what the build rendered: a value found there is
neither made nor written anywhere else. Then ``shared`` (a
:class:`~linkeddata.web.shared_cache.SharedCache`, when the server gives one) holds the text
and bytes bodies for every worker process: a value missing here is looked up there before it
is made, and what is made is written there too.

>>> cache = Rendered(budget=2 * OVERHEAD + 10)
>>> cache.get("a", lambda: "12345"), cache.get("a", lambda: "other")
('12345', '12345')
>>> cache.get("b", lambda: "123456"), cache.get("a", lambda: "again")  # "a" made room
('123456', 'again')
>>> len(cache.get("c", lambda: "x" * 999)), cache.get("c", lambda: "too big")
(999, 'too big')
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from .prebuilt import Prebuilt
from .shared_cache import SharedCache

BUDGET = 128 << 20
OVERHEAD = 256  # bytes counted per entry besides its body: key, headers, bookkeeping
Value = TypeVar("Value")


def size_of(value: object) -> int:
    """The bytes a cached value is counted for: its length if it has one."""
    return OVERHEAD + (len(value) if isinstance(value, bytes | str) else 0)


class Rendered:
    """Values by key, each made once (a key being made makes its askers wait), least recently
    used first out; ``size`` tells what a value counts against the budget."""

    def __init__(
        self,
        budget: int = BUDGET,
        size: Callable[[object], int] = size_of,
        shared: SharedCache | None = None,
        prebuilt: Prebuilt | None = None,
    ) -> None:
        self._budget = budget
        self.shared = shared
        self.prebuilt = prebuilt
        self._used = 0
        self._size = size
        self._values: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._making: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], Value]) -> Value:
        """The value of ``key``, made by ``make`` unless it already was."""
        found = self._lookup(key)
        if found is not None:
            return found  # type: ignore[return-value]  # the key's maker returned this type
        with self._lock:
            making = self._making.setdefault(key, threading.Lock())
        with making:
            found = self._lookup(key)
            if found is not None:
                return found  # type: ignore[return-value]
            try:
                value = self._make(key, make)
                with self._lock:
                    self._keep(key, value)
            finally:
                with self._lock:
                    self._making.pop(key, None)
            return value

    def _make(self, key: Hashable, make: Callable[[], Value]) -> Value:
        """The value the build rendered, else from the shared file, else made (and written
        there)."""
        if self.prebuilt is not None:
            built = self.prebuilt.get(key)
            if built is not None:
                return built  # type: ignore[return-value]  # what the key's maker returns
        if self.shared is None:
            return make()
        found = self.shared.get(key)
        if found is not None:
            return found  # type: ignore[return-value]  # what the key's maker returned
        value = make()
        self.shared.put(key, value)
        return value

    def close(self) -> None:
        """Let go of the build's and the shared file (the release is closed)."""
        if self.prebuilt is not None:
            self.prebuilt.close()
        if self.shared is not None:
            self.shared.close()

    def _lookup(self, key: Hashable) -> object | None:
        with self._lock:
            entry = self._values.get(key)
            if entry is None:
                return None
            self._values.move_to_end(key)
            return entry[0]

    def _keep(self, key: Hashable, value: object) -> None:
        size = self._size(value)
        if size > self._budget:
            return
        while self._used + size > self._budget:
            _key, (_value, freed) = self._values.popitem(last=False)
            self._used -= freed
        self._values[key] = (value, size)
        self._used += size

    @property
    def used(self) -> int:
        """Bytes counted against the budget now."""
        return self._used
