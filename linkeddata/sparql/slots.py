"""The query slots, shared fairly among clients and across the server's worker processes.

A slot is the right to run one query; the server has ``count`` of them. Every worker process
takes them in one shared folder, so each rule below holds across processes:

``slot-N``
    one file per slot: holding its ``flock`` is holding the slot (a process that dies lets go
    of it), and the file names the client and when its query started;
``clients.json``
    the query seconds each client used in the last ``window`` seconds, and the queries waiting;
``lock``
    held around every decision, so that processes decide one at a time.

A client (an address: see :mod:`linkeddata.web.clients`) is answered 429 with Retry-After when

* it used its budget of query seconds in the window: the time its queries held a slot,
  which bounds the processor time they took (the engine runs a query on one thread);
* it already holds its share of the slots: half of them, at least one;
* it already has a query waiting for a slot.

Otherwise its query waits for a slot, up to a query deadline (by then every running query has
ended), and a slot that frees up goes to the waiting client that used the least in the
window: a client sending light queries is served next, however greedy the others are. Queries
without a client (the command line) only wait :data:`LOCAL_WAIT` for a slot.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import math
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import QueryBusy

POLL = 0.02
LOCAL_WAIT = 1.0
WAITER_TTL = 1.0  # a waiting query renews its place; a process that died loses it by then
MERGE = 1.0  # charges of a client ending within a second of each other are kept as one
MAX_CLIENTS = 10_000  # beyond, the clients idle the longest are forgotten


@dataclass
class _State:
    """What ``clients.json`` holds: charges ``[end, seconds]`` by client (of the last
    ``window`` seconds), and the waiting queries by token: ``[client, since, expires]``."""

    used: dict[str, list[list[float]]] = field(default_factory=dict)
    waiting: dict[str, list[Any]] = field(default_factory=dict)

    def usage(self, client: str | None) -> float:
        return sum(seconds for _, seconds in self.used.get(client or "", ()))

    def charge(self, client: str, end: float, seconds: float) -> None:
        charges = self.used.setdefault(client, [])
        if charges and end - charges[-1][0] < MERGE:
            charges[-1] = [end, charges[-1][1] + seconds]
        else:
            charges.append([end, seconds])

    def prune(self, now: float, window: float) -> None:
        for client in list(self.used):
            kept = [c for c in self.used[client] if c[0] > now - window]
            if kept:
                self.used[client] = kept
            else:
                del self.used[client]
        if len(self.used) > MAX_CLIENTS:
            recent = sorted(self.used, key=lambda c: self.used[c][-1][0])[-MAX_CLIENTS:]
            self.used = {client: self.used[client] for client in recent}
        self.waiting = {t: w for t, w in self.waiting.items() if w[2] > now}


@dataclass
class Held:
    """A slot held: its index, and since when its holder's client is charged."""

    index: int
    since: float

    def start(self) -> None:
        """The query starts now: what came before (its engine starting) is not charged."""
        self.since = time.monotonic()


@dataclass(frozen=True)
class _Slot:
    index: int
    fd: int
    holder: tuple[str | None, float] | None
    """Who holds it and since when; None: it is free, and ``fd`` holds its lock."""


class Slots:
    """``count`` slots in ``folder``; a ``budget`` of (query seconds, in any so many seconds)
    per client; queries end by ``deadline`` seconds."""

    def __init__(
        self, folder: Path, count: int, *, budget: tuple[float, float], deadline: float
    ) -> None:
        self.folder = folder
        self.count = count
        self.budget, self.window = budget
        self.deadline = deadline
        self.share = max(1, count // 2)

    @contextlib.contextmanager
    def hold(self, client: str | None) -> Iterator[Held]:
        """Hold a slot for a query of ``client`` (None: a local caller), or raise QueryBusy."""
        token = uuid.uuid4().hex
        give_up = time.monotonic() + (LOCAL_WAIT if client is None else self.deadline + 1)
        taken: _Slot | None = None
        try:
            while taken is None:
                with self._decision() as state:
                    taken = self._take(state, client, token)
                if taken is None and time.monotonic() >= give_up:
                    raise QueryBusy(
                        f"This endpoint runs at most {self.count} queries at a time and all "
                        "are busy; retry in a moment.",
                        retry_after=max(1, round(self.deadline / 10)),
                    )
                if taken is None:
                    time.sleep(POLL)
        finally:
            if taken is None:
                with self._decision() as state:
                    state.waiting.pop(token, None)
        held = Held(taken.index, time.monotonic())
        try:
            yield held
        finally:
            with self._decision() as state:
                if client is not None:
                    end = time.monotonic()
                    state.charge(client, end, end - held.since)
                os.ftruncate(taken.fd, 0)
            os.close(taken.fd)

    def _take(self, state: _State, client: str | None, token: str) -> _Slot | None:
        """Take a free slot if this query's turn has come; else wait in line (None)."""
        now = time.monotonic()
        slots = self._slots()
        free = [s for s in slots if s.holder is None]
        taken: _Slot | None = None
        try:
            running = [now - s.holder[1] for s in slots if s.holder and s.holder[0] == client]
            used = state.usage(client) + sum(running)
            if client is not None:
                self._refuse_greed(state, client, token, used, running, now)
            mine = state.waiting.get(token)
            rank = (used, mine[1] if mine else now)
            ahead = sum(
                1
                for other, (who, since, _) in state.waiting.items()
                if other != token and (state.usage(who), since) < rank
            )
            if len(free) <= ahead:
                if mine is None or mine[2] - now < WAITER_TTL / 2:  # renewed now and then
                    state.waiting[token] = [client, rank[1], now + WAITER_TTL]
                return None
            taken = free[0]
            state.waiting.pop(token, None)
            os.ftruncate(taken.fd, 0)  # a process that died holding it left its record
            os.pwrite(taken.fd, json.dumps([client, now]).encode(), 0)
            return taken
        finally:
            for slot in free:
                if slot is not taken:
                    os.close(slot.fd)

    def _refuse_greed(
        self,
        state: _State,
        client: str,
        token: str,
        used: float,
        running: list[float],
        now: float,
    ) -> None:
        if used >= self.budget:
            raise QueryBusy(
                f"Queries from your address took {used:.1f} s in the last {self.window:g} s; "
                f"each address may use {self.budget:g} s per {self.window:g} s.",
                retry_after=self._budget_back(state.used.get(client, []), running, now),
            )
        if len(running) >= self.share:
            raise QueryBusy(
                f"Your address already runs {len(running)} queries; each address may run "
                f"{self.share} at a time. Send the next one when one has finished.",
                retry_after=max(1, math.ceil(self.deadline - max(running))),
            )
        if any(w[0] == client and other != token for other, w in state.waiting.items()):
            raise QueryBusy(
                "A query from your address is already waiting for a slot; send one at a time.",
                retry_after=max(1, round(self.deadline / 10)),
            )

    def _budget_back(self, charges: list[list[float]], running: list[float], now: float) -> int:
        """Seconds until the client's usage in the window is under the budget again."""
        left = sum(seconds for _, seconds in charges) + sum(running)
        for end, seconds in [*charges, *([now, r] for r in running)]:
            left -= seconds
            if left < self.budget:
                return max(1, math.ceil(end + self.window - now))
        return 1

    def _slots(self) -> list[_Slot]:
        """Every slot: free ones locked by this process (their fd), others with their holder."""
        slots = []
        for index in range(self.count):
            fd = os.open(self.folder / f"slot-{index}", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                record = os.pread(fd, 4096, 0)
                os.close(fd)
                try:
                    who, since = json.loads(record)
                except ValueError:  # emptied: its holder is letting go of it
                    who, since = None, time.monotonic()
                slots.append(_Slot(index, -1, (who, float(since))))
            else:
                slots.append(_Slot(index, fd, None))
        return slots

    @contextlib.contextmanager
    def _decision(self) -> Iterator[_State]:
        """The shared state, read and written back under the lock."""
        lock = os.open(self.folder / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            path = self.folder / "clients.json"
            try:
                read = path.read_text()
                state = _State(**json.loads(read))
            except (OSError, ValueError, TypeError):  # none yet (or written by another version)
                read, state = "", _State()
            state.prune(time.monotonic(), self.window)
            yield state
            written = json.dumps({"used": state.used, "waiting": state.waiting})
            if written != read:
                temporary = path.with_suffix(f".{os.getpid()}")
                temporary.write_text(written)
                os.replace(temporary, path)
        finally:
            os.close(lock)
