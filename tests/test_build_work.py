"""What a build hands to its worker processes: each document converted once, and never more
jobs ahead of the main process than the pool's window (what it holds in memory is bounded).

A build once made a second iterator over every conversion job and never read it: the pool
converted the whole collection twice and kept the unread half in memory (5 GiB at 100,000
documents). The executor here is the real local one (two forked processes), wrapped to count
the jobs the pool takes.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from test_incremental import DOCUMENTS, collection

from linkeddata.build.builder import Build
from linkeddata.build.executors import IN_FLIGHT, Executor, LocalExecutor, Setup, Workers
from linkeddata.settings import load_settings


class Counted(Workers):
    """Workers that count, per function, the files of the jobs the pool took."""

    def __init__(self, inner: Workers, taken: Counter[str]) -> None:
        self.inner, self.taken, self.pool = inner, taken, inner.pool

    def imap(self, fn: Callable[[Any], Any], jobs: Sequence[Any]) -> Iterator[Any]:
        def counted() -> Iterator[Any]:
            for job in jobs:
                self.taken[fn.__name__] += len(job[1])
                yield job

        return self.inner.imap(fn, counted())  # type: ignore[arg-type]


class CountingExecutor(Executor):
    def __init__(self) -> None:
        self.inner = LocalExecutor(2)
        self.taken: Counter[str] = Counter()

    @contextlib.contextmanager
    def workers(
        self, files: int, setup: Setup | None = None, shared: Sequence[Path] = ()
    ) -> Iterator[Workers]:
        with self.inner.workers(files, setup, shared) as workers:
            yield Counted(workers, self.taken)


def converted(taken: Counter[str]) -> int:
    return taken["convert_job"] + taken["convert_packed_job"]


def test_each_document_is_converted_once(tmp_path: Path) -> None:
    docs = collection(tmp_path / "docs", DOCUMENTS)
    executor = CountingExecutor()
    result = Build(docs, tmp_path / "out", load_settings(docs), executor=executor).run()
    assert result.published
    assert executor.taken["scan_job"] == DOCUMENTS
    assert converted(executor.taken) == DOCUMENTS

    again = CountingExecutor()  # nothing changed: everything comes from the build cache
    result = Build(docs, tmp_path / "out", load_settings(docs), executor=again).run()
    assert result.published
    assert converted(again.taken) == 0, result.how


def _slow_square(n: int) -> int:
    time.sleep(0.01)
    return n * n


def test_the_pool_runs_at_most_its_window_ahead_of_the_reader() -> None:
    taken = 0

    def jobs() -> Iterator[int]:
        nonlocal taken
        for n in range(100):
            taken += 1
            yield n

    with LocalExecutor(2).workers(100) as workers:
        window = IN_FLIGHT * 2
        results = workers.imap(_slow_square, jobs())  # type: ignore[arg-type]
        time.sleep(0.3)  # time enough for the pool to take every job, if it would
        assert taken == window
        first = [next(results) for _ in range(10)]
        assert first == [n * n for n in range(10)]
        assert taken == window + 10
        assert list(results) == [n * n for n in range(10, 100)]
        assert taken == 100


def _frozen_and_tracked(_: int) -> tuple[int, int]:
    return gc.get_freeze_count(), len(gc.get_objects())


def test_a_worker_leaves_what_it_inherits_out_of_its_collections() -> None:
    """The objects of this process at the fork are frozen in each worker (``gc.freeze``):
    a collection there walks only the worker's own objects, and copies no inherited page."""
    inherited = [[n] for n in range(50_000)]  # tracked objects this process holds
    with LocalExecutor(2).workers(100) as workers:
        found = list(workers.imap(_frozen_and_tracked, range(4)))
    for frozen, tracked in found:
        assert frozen >= len(inherited)
        assert tracked < len(inherited)  # the inherited lists are not among the tracked
