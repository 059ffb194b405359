"""The query service: limits, concurrency slots and executors, shared by the server and the CLI.

:meth:`QueryService.run` is the one way a user's query reaches an engine:

1. the size cap (413), then :func:`~linkeddata.sparql.guard.inspect`, which refuses updates,
   SERVICE and LOAD before anything runs;
2. a slot among ``max_concurrent``, shared fairly among clients across every server process
   (:mod:`linkeddata.sparql.slots`): 429 with Retry-After for a client over its budget or its
   share, or when no slot frees up in time;
3. the executor of that slot runs the query in its child process, killed at the deadline.

>>> Limits().describe()
'30 s per query, 10000 result rows, 100000-byte queries, 2 at a time, 30 s per client per 60 s'
"""

from __future__ import annotations

import tempfile
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import QueryTooLarge
from ..release.layout import Release
from ..settings import BY_NAME as _DEFAULT
from ..settings import CLIENT_WINDOW, ServeSettings
from ..vocab import PREFIXES
from .engine import Answer, Job, Settings
from .executor import Config, Executor
from .guard import Inspection, inspect
from .slots import Slots


@dataclass(frozen=True)
class Limits:
    """What one query may use; announced in the service description."""

    timeout: float = _DEFAULT["serve.query_timeout"].default
    max_rows: int = _DEFAULT["serve.max_rows"].default
    max_query_bytes: int = 100_000
    max_concurrent: int = _DEFAULT["serve.max_concurrent_queries"].default
    max_bytes: int = 32 << 20
    """Bytes of values one answer may carry (a few huge values are cut like extra rows)."""
    memory_mb: int | None = _DEFAULT["serve.query_memory"].default
    """Memory a query may allocate beyond the opened store; None: no cap."""
    client_seconds: float = _DEFAULT["serve.client_query_seconds"].default
    """Query seconds one client may use in any ``client_window`` seconds."""
    client_window: float = CLIENT_WINDOW

    @classmethod
    def of(cls, serve: ServeSettings) -> Limits:
        """The limits that the serve settings give."""
        return cls(
            timeout=serve.query_timeout,
            max_rows=serve.max_rows,
            memory_mb=serve.query_memory,
            max_concurrent=serve.max_concurrent_queries,
            client_seconds=serve.client_query_seconds,
        )

    def describe(self) -> str:
        return (
            f"{self.timeout:g} s per query, {self.max_rows} result rows, "
            f"{self.max_query_bytes}-byte queries, {self.max_concurrent} at a time, "
            f"{self.client_seconds:g} s per client per {self.client_window:g} s"
        )


@dataclass(frozen=True)
class Target:
    """What to query: an engine on a store (or dump) path, with the release's settings;
    ``backend`` is the SPARQL endpoint of the ``remote`` engine."""

    engine: str
    path: Path
    settings: Settings
    backend: str | None = None

    @classmethod
    def of(cls, engine: str, release: Release, base: str, backend: str | None = None) -> Target:
        """The target of ``engine`` on ``release``: Oxigraph opens its store, rdflib loads its
        N-Quads dump; with a ``backend`` URL, the remote engine there answers (it reads the
        store's graph names only)."""
        if backend:
            return cls("remote", release.store, settings_for(base), backend)
        path = release.store if engine == "oxigraph" else release.dump("nq")
        return cls(engine, path, settings_for(base))


@dataclass(frozen=True)
class Run:
    """An answered query: the answer, what the guard found, and the time it took."""

    answer: Answer
    inspection: Inspection
    seconds: float


class QueryService:
    """Runs queries within :class:`Limits`; one per server process (or CLI call)."""

    def __init__(self, limits: Limits, *, slots: Path | None = None, isolate: bool = True) -> None:
        self.limits = limits
        self.isolate = isolate
        folder = slots or Path(tempfile.mkdtemp(prefix="linkeddata-sparql-"))
        folder.mkdir(parents=True, exist_ok=True)
        self._slots = Slots(
            folder,
            limits.max_concurrent,
            budget=(limits.client_seconds, limits.client_window),
            deadline=limits.timeout,
        )
        self._executors: dict[int, Executor] = {}
        self._lock = threading.Lock()

    def inspect(self, query: str, target: Target) -> Inspection:
        """Check the size and read the query as the target's engine would (see
        :mod:`linkeddata.sparql.guard`)."""
        size = len(query.encode("utf-8", "surrogatepass"))
        if size > self.limits.max_query_bytes:
            raise QueryTooLarge(
                f"The query is {size} bytes; this endpoint accepts at most "
                f"{self.limits.max_query_bytes}."
            )
        settings = target.settings
        return inspect(query, base=settings.base, prefixes=settings.prefixes, engine=target.engine)

    def run(
        self,
        target: Target,
        query: str,
        *,
        results: str = "json",
        rdf: str = "turtle",
        default_graphs: tuple[str, ...] = (),
        named_graphs: tuple[str, ...] = (),
        inspection: Inspection | None = None,
        client: str | None = None,
    ) -> Run:
        """Answer ``query`` on ``target`` in the given formats, within the limits
        (``inspection``: what :meth:`inspect` already found for this query), on the budget of
        ``client`` (an address; None: a local caller, with no budget)."""
        if inspection is None:
            inspection = self.inspect(query, target)
        job = Job(
            query,
            results=results,
            rdf=rdf,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            from_graphs=inspection.default_graphs + inspection.named_graphs,
            max_rows=self.limits.max_rows,
            max_bytes=self.limits.max_bytes,
            timeout=self.limits.timeout,
            form=inspection.form,
        )
        with self._slots.hold(client) as held:
            executor = self._executor(held.index, target)
            executor.ready()  # a process that starts now: its start is not the query's time
            held.start()
            start = time.perf_counter()
            answer = executor.run(job, self.limits.timeout)
            return Run(answer, inspection, time.perf_counter() - start)

    def executor_pids(self) -> list[int]:
        """Process ids of the running executors (tests check that killed work is gone)."""
        return [pid for e in self._executors.values() if (pid := e.pid) is not None]

    def forget(self, release: Release) -> None:
        """Stop the query processes open on ``release`` (an old release that no request of
        this process uses any more), so that its files are not kept open."""
        with self._lock:
            for slot, executor in list(self._executors.items()):
                if Path(executor.config.path).is_relative_to(release.folder):
                    executor.stop()
                    del self._executors[slot]

    def close(self) -> None:
        with self._lock:
            for executor in self._executors.values():
                executor.stop()
            self._executors.clear()

    def _executor(self, slot: int, target: Target) -> Executor:
        config = Config(
            target.engine,
            str(target.path),
            target.settings,
            memory_limit=None if self.limits.memory_mb is None else self.limits.memory_mb << 20,
            isolate=self.isolate and target.backend is None,  # a remote engine is on the network
            backend=target.backend,
        )
        with self._lock:
            executor = self._executors.get(slot)
            if executor is None or executor.config != config:  # a new release: a new child
                if executor is not None:
                    executor.stop()
                executor = self._executors[slot] = Executor(config)
            return executor


@lru_cache(maxsize=8)
def settings_for(base: str) -> Settings:
    """The engine settings of a release at ``base``: relative IRIs in a query resolve against
    it, and the project's prefixes (:data:`linkeddata.vocab.PREFIXES`) need no declaration."""
    prefixes = {name: str(namespace) for name, namespace in PREFIXES.items()}
    return Settings(base=base, prefixes=prefixes, limits_note=f"{base}sparql#limits")
