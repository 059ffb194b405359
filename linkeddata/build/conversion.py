"""Pass 2 of a build: the files queued after parsing, converted chunk by chunk in the worker
processes, and their reports filled in as the chunks come back in file order.

The module-level functions are what the worker processes run (the pool pickles them by name).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from rdflib import Graph

from ..mapping import Context
from ..mapping.stubs import Stubs
from ..search.facts import Labels
from .chunks import Chunk, Converted, Packed
from .executors import Workers
from .incremental import Incremental
from .pipeline import Worker
from .report import FileReport
from .scanning import Scanned, scan_chunk


class Conversion:
    """The files of a build after pass 1, and their reports as pass 2 fills them in."""

    def __init__(
        self,
        reports: list[FileReport],
        tick: Callable[[int], None],
        incremental: Incremental | None = None,
    ) -> None:
        self._reports = reports
        self._incremental = incremental
        self._by_source: dict[str, FileReport] = {}
        self._seen: dict[str, str] = {}
        self._numbers: dict[str, list[str]] = defaultdict(list)
        self._jobs: list[tuple[Path, tuple[str, ...]]] = []
        self._tick = tick
        self.stubs = Stubs()
        self.timings: dict[str, float] = defaultdict(float)

    @property
    def reports(self) -> list[FileReport]:
        return [*self._reports, *self._by_source.values()]

    @property
    def size(self) -> int:
        return sum(len(sources) for _, sources in self._jobs)

    def triage(self, spool: Path, chunk: list[Scanned]) -> None:
        """Report unreadable files and duplicate ids; queue the rest for pass 2."""
        good = []
        for scanned in chunk:
            fr = self._by_source[scanned.source] = FileReport(scanned.source)
            self.timings["parse"] += scanned.seconds
            if scanned.error is not None:
                fr.status = "error"
                fr.errors.append({"line": scanned.error[0], "message": scanned.error[1]})
                continue
            assert scanned.id is not None
            fr.id = scanned.id.value
            if fr.id in self._seen:
                fr.status = "error"
                message = f"id {fr.id} is already used by {self._seen[fr.id]}"
                fr.errors.append({"line": scanned.id.line, "message": message})
                continue
            self._seen[fr.id] = scanned.source
            for number in scanned.registry_numbers:
                self._numbers[number].append(fr.id)
            good.append(scanned.source)
        if good:
            self._jobs.append((spool, tuple(good)))

    def registry_index(self) -> dict[str, tuple[str, ...]]:
        """Registry number -> ids of the documents that bear it (several means ambiguous)."""
        return {k: tuple(v) for k, v in self._numbers.items()}

    def chunks(self, workers: Workers, *, serialise: bool) -> Iterator[Chunk]:
        """Pass 2: convert the queued records, chunk by chunk in file order."""
        start = time.perf_counter()
        jobs = [(spool, sources, serialise) for spool, sources in self._jobs]
        converted: Iterator[Chunk]
        if self._incremental is not None and serialise and self._jobs:
            converted = self._incremental.chunks(
                jobs,
                self.registry_index(),
                scan=lambda todo: workers.imap(scan_job, todo),
                convert=lambda todo: workers.imap(convert_packed_job, todo),
            )
        else:  # only then: the jobs handed to workers are converted, whether read or not
            converted = workers.imap(convert_job, jobs)
        for chunk in converted:
            for item in chunk.documents:
                self._record(item)
            self.stubs.update(chunk.stubs)
            self._tick(len(chunk.documents))
            yield chunk
        self.timings["convert"] = time.perf_counter() - start

    def _record(self, item: Converted) -> None:
        fr = self._by_source[item.source]
        fr.id, fr.triples, fr.results = item.id, item.triples, item.results
        for warning in item.warnings:
            fr.warn(warning)
        if not item.conforms:
            fr.status = "excluded"
        for stage, seconds in item.seconds.items():
            self.timings[stage] += seconds


_WORKER: Worker | None = None


def init_worker(context: Context, shapes: Graph, labels: Labels) -> None:
    """Set up a worker process (the pool's initialiser): what every conversion there reads."""
    global _WORKER
    _WORKER = Worker(context, shapes, labels)


def scan_job(job: tuple[Path, tuple[Path, ...], Path, int]) -> list[Scanned]:
    return scan_chunk(*job)


def convert_job(job: tuple[Path, tuple[str, ...], bool]) -> Chunk:
    assert _WORKER is not None, "worker not initialised"
    spool, sources, serialise = job
    return _WORKER.convert_chunk(spool, sources, serialise=serialise)


def convert_packed_job(job: tuple[Path, tuple[str, ...], bool]) -> list[Packed]:
    assert _WORKER is not None, "worker not initialised"
    spool, sources, serialise = job
    return _WORKER.convert_packed(spool, sources, serialise=serialise)
