"""The chunks of a build on a Dask distributed cluster: ``build --executor dask://HOST:PORT``.

Only the per-chunk work moves (parsing, mapping, validation, serialising); the results come
back to this process in file order, which loads the store and writes the dumps as with local
workers, so the release is byte for byte the same. The workers read the collection and the
spool at the paths this process gives: they need a shared file system (checked first, with
the linkeddata version they run, which must be this one). Each worker process must run one
task at a time (``dask worker --nthreads 1``): the converter's state is one per process.
A worker that dies has its chunks rerun elsewhere by Dask (the jobs are idempotent); a
cluster without workers for ``no_worker_seconds`` fails the build, which publishes nothing.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import Client, Future, WorkerPlugin
from distributed import Worker as DaskWorker
from distributed.scheduler import KilledWorker

from .. import __version__
from ..errors import BuildError
from .executors import Executor, Setup, Workers

PLUGIN = "linkeddata-build"
POLL_SECONDS = 1.0  # how often a wait for a chunk checks that the cluster still has workers


class _SetUp(WorkerPlugin):
    """Runs a build's setup in every worker process, those that join later included."""

    def __init__(self, call: Setup) -> None:
        self.call = call

    def setup(self, worker: DaskWorker) -> None:
        function, args = self.call
        function(*args)


def _probe(folders: list[str]) -> tuple[str, list[str], int]:
    """In a worker: its linkeddata version and which of ``folders`` it cannot see."""
    return __version__, [f for f in folders if not os.path.isdir(f)], os.getpid()


@dataclass(frozen=True)
class DaskExecutor(Executor):
    """The Dask scheduler at ``address`` (``tcp://HOST:PORT``) and its workers."""

    address: str
    connect_seconds: float = 10.0
    no_worker_seconds: float = 30.0

    @contextlib.contextmanager
    def workers(
        self, files: int, setup: Setup | None = None, shared: Sequence[Path] = ()
    ) -> Iterator[Workers]:
        client = self._connect()
        try:
            slots = self._check(client, shared)
            if setup is not None:
                client.register_plugin(_SetUp(setup), name=PLUGIN)
            yield _DaskWorkers(client, slots, self.no_worker_seconds)
        finally:
            with contextlib.suppress(Exception):  # the cluster may be gone: nothing to free
                if setup is not None:
                    client.unregister_worker_plugin(PLUGIN)
            client.close()

    def _connect(self) -> Client:
        try:
            return Client(self.address, timeout=self.connect_seconds, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise BuildError(
                f"cannot reach the Dask scheduler at {self.address} within "
                f"{self.connect_seconds:g} s ({type(exc).__name__}: {exc}); is `dask scheduler` "
                "running there?"
            ) from None

    def _check(self, client: Client, shared: Sequence[Path]) -> int:
        """That the workers run this linkeddata, see ``shared`` and take one task at a time;
        how many there are."""
        try:
            client.wait_for_workers(1, timeout=self.no_worker_seconds)
        except TimeoutError:
            raise BuildError(
                f"the Dask scheduler at {self.address} has no workers "
                f"(waited {self.no_worker_seconds:g} s)"
            ) from None
        folders = [str(p.resolve()) for p in shared]
        try:
            found: dict[str, tuple[str, list[str], int]] = client.run(_probe, folders)
        except Exception as exc:
            raise BuildError(
                f"the Dask workers at {self.address} cannot run linkeddata "
                f"({type(exc).__name__}: {exc}); install linkeddata {__version__} where they run"
            ) from None
        for worker, (version, missing, _pid) in sorted(found.items()):
            if version != __version__:
                raise BuildError(
                    f"Dask worker {worker} runs linkeddata {version}, this build {__version__}: "
                    "the same converter must convert every document"
                )
            if missing:
                raise BuildError(
                    f"Dask worker {worker} cannot see {', '.join(missing)}: the workers read the "
                    "collection and the build folder at the same paths (a shared file system)"
                )
        threads = client.nthreads()
        crowded = sorted(w for w, n in threads.items() if n != 1)
        if crowded:
            raise BuildError(
                f"Dask worker {crowded[0]} runs {threads[crowded[0]]} threads: start the "
                "workers with `dask worker --nthreads 1` (use --nworkers for more processes)"
            )
        return len(threads)


class _DaskWorkers(Workers):
    """Jobs submitted a few per worker ahead of the one awaited: the cluster does not hold
    more results than this process is about to load."""

    def __init__(self, client: Client, slots: int, no_worker_seconds: float) -> None:
        self.client = client
        self.window = 2 * max(slots, 1)
        self.no_worker_seconds = no_worker_seconds

    def imap(self, fn: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]:
        pending: deque[Future[Any]] = deque()
        queue = iter(jobs)
        try:
            for job in queue:
                pending.append(self.client.submit(fn, job, pure=False))
                if len(pending) >= self.window:
                    break
            while pending:
                result = self._result(pending.popleft())
                for job in queue:
                    pending.append(self.client.submit(fn, job, pure=False))
                    break
                yield result
        finally:
            if pending:
                self.client.cancel(list(pending))

    def _result(self, future: Future[Any]) -> Any:
        """The result of ``future``; a BuildError once no worker has been left for a while."""
        alone_since: float | None = None
        while True:
            try:
                return future.result(timeout=POLL_SECONDS)
            except TimeoutError:
                if self.client.nthreads():
                    alone_since = None
                    continue
                alone_since = alone_since or time.monotonic()
                if time.monotonic() - alone_since > self.no_worker_seconds:
                    raise BuildError(
                        f"the Dask cluster has had no workers for {self.no_worker_seconds:g} s: "
                        "the conversion stopped, nothing was published"
                    ) from None
            except KilledWorker as exc:
                raise BuildError(
                    f"a chunk of documents was lost with the Dask workers running it, "
                    f"several times ({exc}): nothing was published"
                ) from None
