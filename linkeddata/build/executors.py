"""Where a build's per-chunk work runs: worker processes on this machine, or a Dask cluster.

The builder hands an executor module-level functions and picklable jobs (a chunk of files
each) and reads the results back in job order, whichever worker computed them: the output
does not depend on where the chunks ran. ``setup`` puts what converting needs (the mapping
context, the shapes) into every worker once, rather than into every job. The main process
keeps loading the store and writing the dumps; see docs/scaling.md.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any

MIN_PARALLEL = 50  # fewer files are converted in this process
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
    def __init__(self, pool: Pool) -> None:
        self.pool = pool

    def imap(self, fn: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]:
        assert self.pool is not None
        return self.pool.imap(fn, jobs)


@dataclass(frozen=True)
class LocalExecutor(Executor):
    """``processes`` forked worker processes; none (this process) for one, or a few files."""

    processes: int

    @contextlib.contextmanager
    def workers(
        self, files: int, setup: Setup | None = None, shared: Sequence[Path] = ()
    ) -> Iterator[Workers]:
        """Forked workers inherit ``setup``'s effect, which runs here first.

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
            pool = multiprocessing.get_context("fork").Pool(self.processes)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        with pool:
            yield _Pooled(pool)
