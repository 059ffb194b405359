"""Where a build's per-chunk work runs: worker processes on this machine, or a Dask cluster.

The builder hands an executor module-level functions and picklable jobs (a chunk of files
each) and reads the results back in job order, whichever worker computed them: the output
does not depend on where the chunks ran. ``setup`` puts what converting needs (the mapping
context, the shapes) into every worker once, rather than into every job. The main process
keeps loading the store and writing the dumps; see docs/scaling.md.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import signal
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import Any

MIN_PARALLEL = 50  # fewer files are converted in this process
IN_FLIGHT = 3
"""Jobs per worker process handed over ahead of the reader: one running, the next ones
waiting, so that a worker never waits for the main process to ask."""
Setup = tuple[Callable[..., None], tuple[Any, ...]]
"""A function and its arguments, run in every worker before its first job."""


class Workers(ABC):
    """Running workers: ``imap`` gives ``fn(job)`` for every job, in the order of ``jobs``."""

    pool: Pool | None = None
    """Local worker processes, idle once the chunks are done, that may write the dumps."""

    @abstractmethod
    def imap(self, fn: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]: ...


class Executor(ABC):
    """Where chunks run; :meth:`workers` starts them for one pass over ``files`` files."""

    @abstractmethod
    def workers(
        self, files: int, setup: Setup | None = None, shared: Sequence[Path] = ()
    ) -> contextlib.AbstractContextManager[Workers]:
        """Workers ready for the jobs of a pass; ``shared`` are the folders they read and
        write (the collection, the spool)."""


class _Inline(Workers):
    def imap(self, fn: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]:
        return (fn(job) for job in jobs)


class _Pooled(Workers):
    """Jobs handed to the pool as their results are read, at most :data:`IN_FLIGHT` per
    process ahead of the reader.

    ``Pool.imap`` hands every job over at once and keeps every result until it is read: the
    results pile up in this process whenever it is slower than the workers (loading,
    dumping, indexing), and an iterator made but never read converts everything anyway and
    holds all of it (a build did: 5 GiB at 100,000 documents). The first jobs are handed over
    at once (the workers begin while the caller prepares what follows), the others as
    results are read.
    """

    def __init__(self, pool: Pool, processes: int) -> None:
        self.pool = pool
        self.window = IN_FLIGHT * processes

    def imap(self, fn: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]:
        pool = self.pool
        assert pool is not None
        queue = iter(jobs)
        pending: deque[AsyncResult[Any]] = deque(
            pool.apply_async(fn, (job,)) for job in itertools.islice(queue, self.window)
        )

        def results() -> Iterator[Any]:
            while pending:
                result = pending.popleft().get()
                pending.extend(pool.apply_async(fn, (job,)) for job in itertools.islice(queue, 1))
                yield result

        return results()


@dataclass(frozen=True)
class LocalExecutor(Executor):
    """``processes`` forked worker processes; none (this process) for one, or a few files."""

    processes: int

    @contextlib.contextmanager
    def workers(
        self, files: int, setup: Setup | None = None, shared: Sequence[Path] = ()
    ) -> Iterator[Workers]:
        """Forked workers inherit ``setup``'s effect, which runs here first.

        A worker begins with ``gc.freeze()``: what it inherits (this process's objects, all
        the files' reports at 100,000 documents) is then left out of its collections, which
        would otherwise walk it all and, writing in every object's header, copy every page of
        it into the worker (the remedy the ``gc`` module's documentation gives for forked
        processes).

        The workers are forked with Ctrl-C blocked, and keep it blocked: it reaches the
        whole process group, and only this process acts on it (it stops the build, and the
        pool ends its workers). A worker that died of it printed a traceback, and the pool
        forked another, which held the store loader's pipe open: the build hung.
        """
        if setup is not None:
            function, args = setup
            function(*args)
        if self.processes <= 1 or files < MIN_PARALLEL:
            yield _Inline()
            return
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:  # the pool's threads, which fork replacement workers, inherit the mask too
            pool = multiprocessing.get_context("fork").Pool(self.processes, initializer=gc.freeze)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        with pool:
            yield _Pooled(pool, self.processes)
