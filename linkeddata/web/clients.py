"""What one client address may take of a worker process: connections, up to a cap, and the
app's threads, in turn with every other address.

The front (:mod:`linkeddata.web.front`) counts each connection in and out of
:class:`Clients`, and asks :class:`Turns` for a thread for each whole request. A free thread
goes to the waiting address with the fewest requests running (among equals, the one served
longest ago), so a client that queues a hundred requests (from its thirty connections) delays
another client by about one request, not a hundred.
"""

from __future__ import annotations

import asyncio
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import Executor
from typing import TypeVar

T = TypeVar("T")


class Clients:
    """The connections open per client address, within the caps."""

    def __init__(self, per_client: int, total: int) -> None:
        self.per_client, self.total = per_client, total
        self.open: Counter[str] = Counter()

    def admit(self, address: str) -> str | None:
        """Count a new connection from ``address`` in, or say why it is refused."""
        if self.open[address] >= self.per_client:
            return f"more than {self.per_client} connections from one address"
        if self.open.total() >= self.total:
            return "the server holds as many connections as it can"
        self.open[address] += 1
        return None

    def leave(self, address: str) -> None:
        self.open[address] -= 1
        if not self.open[address]:
            del self.open[address]


class Turns:
    """Runs calls in ``threads`` threads of ``pool``, taking the waiting addresses in turn."""

    def __init__(self, pool: Executor, threads: int) -> None:
        self.pool = pool
        self.free = threads
        self.waiting: dict[str, deque[asyncio.Future[None]]] = {}  # in turn order
        self.running: Counter[str] = Counter()
        self.served: dict[str, int] = {}  # when each address last got a thread, in grants
        self._grants = 0

    async def run(self, address: str, call: Callable[..., T], *args: object) -> T:
        """``call(*args)`` in a thread, once it is ``address``'s turn."""
        turn = asyncio.get_running_loop().create_future()
        self.waiting.setdefault(address, deque()).append(turn)
        self._next()
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():  # granted, then given up: hand it on
                self._release(address)
            raise
        try:
            return await asyncio.get_running_loop().run_in_executor(self.pool, call, *args)
        finally:
            self._release(address)

    def _release(self, address: str) -> None:
        self.free += 1
        self.running[address] -= 1
        if not self.running[address]:
            del self.running[address]
            if address not in self.waiting:
                del self.served[address]
        self._next()

    def _next(self) -> None:
        while self.free and self.waiting:
            address = min(self.waiting, key=self._priority)
            queue = self.waiting.pop(address)
            turn = queue.popleft()
            if queue:
                self.waiting[address] = queue  # to the back of the round
            if not turn.cancelled():
                self.free -= 1
                self.running[address] += 1
                self._grants += 1
                self.served[address] = self._grants
                turn.set_result(None)

    def _priority(self, address: str) -> tuple[int, int]:
        return self.running[address], self.served.get(address, 0)
