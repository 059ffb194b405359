"""Build a release: every record of a collection parsed, mapped, validated, loaded and dumped.

Documents are converted in parallel worker processes (or on a Dask cluster: the build's
:class:`~linkeddata.build.executors.Executor`), a chunk of files per task, in two passes:
parsing first, because replies are linked across the collection, then mapping and validation
(see :mod:`linkeddata.build.passes`). As each chunk's sorted N-Quads come back, in file
order, the main process streams them into the on-disk Oxigraph store and the dumps
(:class:`~linkeddata.build.publish.ReleaseWriter`): loading overlaps conversion, and neither the
records nor the N-Quads are held in memory. A document with SHACL Violations or a parse error
is left out and listed; ``strict`` refuses to publish at all. Nothing is published until
everything is written (see :mod:`linkeddata.release.switch`). What the last build left, the
build cache and its release, is reused where nothing changed (:mod:`linkeddata.build.reuse`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field, replace
from pathlib import Path

from ..errors import BuildError
from ..iris import Iris
from ..mapping.stubs import Stubs
from ..release import switch
from ..release.layout import Release
from ..release.void import dataset_graph
from ..settings import DatasetSettings, Settings, load_settings
from .chunks import Converted
from .collection import find_records
from .collection_graphs import description_report, static_graphs
from .collector import Collector
from .executors import Executor, LocalExecutor
from .incremental import Incremental
from .outcome import BuildResult, io_error, manifest, shards_written
from .passes import Passes
from .progress import Progress
from .publish import ReleaseWriter, Written
from .report import FileReport
from .reuse import Reuse

Finish = Callable[[Release], dict[str, float]]
"""What a build adds to a staged release before publishing it (see :attr:`Build.finish`)."""


@dataclass
class Build:
    """One build of ``root`` into ``out``; :meth:`run` does it, :meth:`convert` only validates.

    ``settings`` default to those of the collection's ``linkeddata.toml``
    (:func:`~linkeddata.settings.load_settings`). A collection without records is a
    :class:`~linkeddata.errors.BuildError` unless ``allow_empty``: an empty release would
    replace the published one, most likely because of a wrong folder.
    """

    root: Path
    out: Path | None = None
    settings: InitVar[Settings | None] = None
    strict: bool = False
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    progress: Progress | None = None
    allow_empty: bool = False
    executor: Executor | None = None  # None: ``workers`` local processes
    full: bool = False
    """Convert every document again, whatever the build cache holds (and fill it again)."""
    finish: Finish | None = None
    """Called with the staged release, its manifest written, before it is published: what it
    adds to the release (the server's rendered bodies: ``build --prerender``), with timings
    for the manifest."""
    iris: Iris = field(init=False)
    max_record_bytes: int = field(init=False)
    keep: int = field(init=False)  # releases kept after the switch (setting keep_releases)
    dataset: DatasetSettings = field(init=False)
    stubs: Stubs = field(init=False, default_factory=Stubs)  # of the conforming documents
    _stage: str = field(init=False, default="building", repr=False)  # named in I/O errors
    _records: list[Path] | None = field(init=False, default=None, repr=False)
    _reuse: Reuse | None = field(init=False, default=None, repr=False)  # opened by :meth:`run`

    def __post_init__(self, settings: Settings | None) -> None:
        settings = settings or load_settings(self.root)
        self.iris = Iris(settings.base)
        self.dataset = settings.dataset
        self.max_record_bytes = settings.max_record_bytes
        self.keep = settings.keep_releases

    def records(self) -> list[Path]:
        """The record files of the collection, found once; none is a BuildError unless
        ``allow_empty``."""
        if self._records is None:
            files = find_records(self.root)
            if not files and not self.allow_empty:
                raise BuildError(
                    f"{self.root}: no record files (*.txt) in this folder, so nothing to build "
                    "(--allow-empty of build and validate accepts an empty collection)"
                )
            self._records = files
        return self._records

    def _tick(self, n: int) -> None:
        if self.progress is not None:
            self.progress.advance(n)

    def _begin(self, stage: str, total: int | None = None) -> None:
        """Tell the progress display that ``stage`` begins (and the previous one ended)."""
        if self.progress is not None:
            self.progress.stage(stage, total)

    def convert(self) -> tuple[list[FileReport], list[Converted], dict[str, float]]:
        """Parse, map and validate every record and curated file, as :meth:`run` does; nothing
        is written."""
        converted: list[Converted] = []
        passes = self._passes(None)
        with tempfile.TemporaryDirectory(prefix="linkeddata-spool-") as spool:
            conversion = passes.scan(self.records(), Path(spool))
            with passes.converting(conversion, Path(spool)) as workers:
                for chunk in conversion.chunks(workers, serialise=False):
                    converted += chunk.documents
        self.stubs = conversion.stubs
        reports = conversion.reports
        static_graphs(self.iris, passes.authority, self.stubs, passes.shapes, reports)  # curated
        published = sum(1 for c in converted if c.conforms)
        description = dataset_graph(
            self.iris,
            self.dataset,
            documents=published,
            entities=0,
            wikidata_links=0,
            example=None,
            version="unpublished",
        )  # what a build would describe; its findings do not depend on the counts
        reports.append(description_report(self.iris, description, passes.shapes))
        return reports, converted, dict(conversion.timings)

    def run(self) -> BuildResult:
        """Build and, unless strict mode refuses, publish a release into ``out``."""
        if self.out is None:
            raise BuildError("no output folder given")
        start = time.perf_counter()
        self.records()  # before anything is written
        self._stage = "preparing the release folder"
        try:
            staging = switch.staging(self.out)
        except OSError as exc:
            raise io_error(exc, self.out, self._stage) from exc
        collector = Collector()
        try:
            self._stage = "opening the build cache"
            reuse = self._reuse = Reuse.open(
                self.out, self.root, self.iris, self.max_record_bytes, self.full
            )
            with collector:
                result, written = self._write(staging, collector, reuse)
            result.timings["gc"] = collector.seconds
            if written is None:
                self._stage = "writing the build cache"
                result.how = reuse.saved()
                return result
            result.census = written.census
            result.timings.update(written.timings, total=time.perf_counter() - start)
            self._stage = "writing the manifest"
            manifest_ = manifest(result, written, self.iris, self.dataset)
            staging.write_manifest(manifest_)
            if self.finish is not None:
                self._begin("prerender")
                self._stage = "rendering the descriptions"
                timings = self.finish(staging)
                result.timings.update(timings)
                staging.write_manifest(replace(manifest_, timings={**manifest_.timings, **timings}))
            self._begin("publish")
            self._stage = "switching to the new release"
            result.release = switch.publish(self.out, staging, written.release_id, keep=self.keep)
            members = {d.format.extension: list(d.members) for d in written.dumps}
            self._stage = "writing the build cache"
            result.how = reuse.saved(result.release.folder.name, written.graphs, members)
            result.how += shards_written(written, reuse.previous_dumps)
            if written.index or reuse.index_note:
                result.how += f"; the search index {written.index or reuse.index_note}"
        except OSError as exc:
            raise io_error(exc, self.out, self._stage) from exc
        finally:
            shutil.rmtree(staging.folder, ignore_errors=True)
            if self._reuse is not None:
                self._reuse.close()
        result.published = True
        return result

    def _write(
        self, staging: Release, collector: Collector, reuse: Reuse
    ) -> tuple[BuildResult, Written | None]:
        """Convert into ``staging``, loading and dumping each chunk as it comes (the objects
        made until the workers are forked kept out of the ``collector``'s way)."""
        self._stage = "reading the collection"
        spool = staging.folder / ".spool"
        spool.mkdir()
        passes = self._passes(reuse.incremental)
        conversion = passes.scan(self.records(), spool)
        with passes.converting(conversion, spool) as workers:
            # after the fork: see ReleaseWriter
            patch = reuse.store_patch(staging)
            digests, previous = reuse.digests, reuse.previous_dumps
            index = reuse.index_patch(patch, staging, self.iris.document, passes.labels)
            writer = ReleaseWriter(
                staging, self.iris, self.dataset, passes.shapes, patch, digests, previous, index
            )
            collector.freeze()
            try:
                self._stage = "converting and loading the documents"
                for chunk in conversion.chunks(workers, serialise=True):
                    writer.add(chunk)
                shutil.rmtree(spool)
                self._stage = "writing the store, the dumps and the report"
                self._begin("write")
                reports = conversion.reports
                self.stubs = conversion.stubs
                authority, shapes = passes.authority, passes.shapes
                static = static_graphs(self.iris, authority, self.stubs, shapes, reports)
                result = BuildResult(reports, timings=dict(conversion.timings))
                if self.strict and not result.conforms:
                    writer.abort()
                    return result, None
                written = writer.finish(static, reports, workers.pool)
                if self.strict and not result.conforms:  # the dataset description, validated last
                    return result, None
                return result, written
            except BaseException:
                writer.abort()
                raise

    def _passes(self, incremental: Incremental | None) -> Passes:
        """The passes of this build, on its executor (``workers`` local processes if none),
        parsing and converting only what ``incremental`` does not reuse."""
        executor = self.executor or LocalExecutor(self.workers)
        limit = self.max_record_bytes
        return Passes(self.root, self.iris, limit, executor, self._begin, self._tick, incremental)
