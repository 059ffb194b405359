"""The two passes of a build over its executor's workers (:mod:`.executors`): every file
parsed into a spool (:mod:`.scanning`), then the records converted (:mod:`.conversion`).

What converting any document reads, the authority file, the shapes and the curated labels,
is read here once per build, and kept for the collection-wide graphs.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from ..iris import Iris
from ..mapping import Context
from ..mapping.authority import Authority
from ..ontology import concepts_graph, shapes_graph
from ..search.facts import Labels
from .chunks import CHUNK
from .collection import AUTHORITY_FILE
from .collection_graphs import read_authority
from .conversion import Conversion, init_worker, scan_job
from .executors import Executor, Setup, Workers
from .incremental import Incremental
from .scanning import Scanned


@dataclass
class Passes:
    """The passes of one build of ``root``, on ``executor``'s workers; ``begin`` tells the
    progress display that a stage begins, ``tick`` that items of it are done."""

    root: Path
    iris: Iris
    max_record_bytes: int
    executor: Executor
    begin: Callable[[str, int | None], None]
    tick: Callable[[int], None]
    incremental: Incremental | None = None
    authority: Authority = field(init=False, default_factory=Authority)
    shapes: Graph = field(init=False, repr=False)  # parsed once: they validate, and are published
    labels: Labels = field(init=False, default_factory=Labels, repr=False)
    """The curated resources' types and labels, which the search index names entities by."""

    def scan(self, files: list[Path], spool: Path) -> Conversion:
        """Pass 1: parse every file into ``spool``; triage; index the registry numbers."""
        self.authority, reports = read_authority(self.root / AUTHORITY_FILE, self.iris)
        start = time.perf_counter()
        limit = self.max_record_bytes
        here = Path.cwd()  # absolute paths in the jobs: the same in a worker in another folder
        root, spool = here / self.root, here / spool
        incremental = self.incremental
        files = [here / f for f in files]
        todo = files if incremental is None else incremental.to_parse(files, spool)
        jobs = [
            (root, tuple(todo[i : i + CHUNK]), spool / f"{i // CHUNK:06d}.pickle", limit)
            for i in range(0, len(todo), CHUNK)
        ]
        conversion = Conversion(reports, self.tick, incremental)
        self.begin("parse", len(files))
        with self.workers(len(todo), shared=(root, spool)) as workers:
            results = workers.imap(scan_job, jobs)
            self.shapes = shapes_graph(self.iris)  # while the workers parse
            scanned: Iterator[tuple[Path, list[Scanned]]] = (
                (job[2], found) for job, found in zip(jobs, results, strict=True)
            )
            if incremental is not None:
                scanned = incremental.scanned(scanned)
            for path, found in scanned:
                conversion.triage(path, found)
                self.tick(len(found))
        conversion.timings["scan"] = time.perf_counter() - start
        return conversion

    def converting(
        self, conversion: Conversion, spool: Path
    ) -> contextlib.AbstractContextManager[Workers]:
        """Workers set up with what converting the records of ``conversion`` needs."""
        labels = Labels.from_graphs([self.authority.graph, concepts_graph(self.iris)])
        self.labels = labels
        context = Context(self.iris, self.authority, conversion.registry_index())
        self.begin("convert", conversion.size)
        setup = (init_worker, (context, self.shapes, labels))
        return self.workers(conversion.size, setup=setup, shared=(spool,))

    def workers(
        self, files: int, setup: Setup | None = None, shared: tuple[Path, ...] = ()
    ) -> contextlib.AbstractContextManager[Workers]:
        """The executor's workers for a pass over ``files`` files (see :mod:`.executors`)."""
        return self.executor.workers(files, setup, shared)
