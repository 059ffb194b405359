"""Build a release: every record of a collection parsed, mapped, validated, loaded and dumped.

Documents are converted in parallel worker processes (or on a Dask cluster: the build's
:class:`~linkeddata.build.executors.Executor`), a chunk of files per task, in two passes:
parsing first, because replies are linked across the collection, then mapping and validation
(see :mod:`linkeddata.build.pipeline`). As each chunk's sorted N-Quads come back, in file
order, the main process streams them into the on-disk Oxigraph store and the dumps
(:class:`~linkeddata.build.publish.ReleaseWriter`): loading overlaps conversion, and neither the
records nor the N-Quads are held in memory. A document with SHACL Violations or a parse error
is left out and listed; ``strict`` refuses to publish at all. Nothing is published until
everything is written (see :mod:`linkeddata.release.switch`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import InitVar, dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from ..errors import BuildError
from ..iris import Iris
from ..mapping import Context
from ..mapping.authority import Authority
from ..mapping.stubs import Stubs
from ..ontology import concepts_graph, shapes_graph
from ..release import switch
from ..release.layout import Release
from ..release.void import dataset_graph
from ..search.facts import Labels
from ..settings import DatasetSettings, Settings, load_settings
from .cache import FOLDER, BuildCache
from .collection import find_records
from .collection_graphs import description_report, read_authority, static_graphs
from .collector import Collector
from .conversion import Conversion, init_worker, scan_job
from .executors import Executor, LocalExecutor, Setup, Workers
from .graph_digests import GraphDigests
from .incremental import Incremental
from .index_patch import IndexPatch
from .inputs import Inputs
from .members import Member, Previous
from .outcome import BuildResult, how, io_error, manifest, shards_written
from .pipeline import CHUNK, Converted, Scanned
from .progress import Progress
from .publish import ReleaseWriter, Written
from .report import FileReport
from .reuse import reuse
from .store_checkpoint import StorePatch

Finish = Callable[[Release], dict[str, float]]
"""What a build adds to a staged release before publishing it (see :attr:`Build.finish`)."""

AUTHORITY_FILE = "authorities.ttl"


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
    authority: Authority = field(init=False, default_factory=Authority)
    shapes: Graph = field(init=False, repr=False)  # parsed once: they validate, and are published
    stubs: Stubs = field(init=False, default_factory=Stubs)  # of the conforming documents
    _stage: str = field(init=False, default="building", repr=False)  # named in I/O errors
    _records: list[Path] | None = field(init=False, default=None, repr=False)
    _incremental: Incremental | None = field(init=False, default=None, repr=False)
    _digests: GraphDigests | None = field(init=False, default=None, repr=False)
    _labels: Labels = field(init=False, default_factory=Labels, repr=False)
    _index_note: str = field(init=False, default="", repr=False)
    """Why the search index is written in full although the store is patched."""
    _previous_dumps: dict[str, Previous] = field(init=False, default_factory=dict, repr=False)
    """The previous release's dumps, whose unchanged gzip members are copied (:mod:`.members`)."""

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
        with tempfile.TemporaryDirectory(prefix="linkeddata-spool-") as spool:
            conversion = self._scan(Path(spool))
            with self._converting(conversion, Path(spool)) as workers:
                for chunk in conversion.chunks(workers, serialise=False):
                    converted += chunk.documents
        self.stubs = conversion.stubs
        reports = conversion.reports
        static_graphs(self.iris, self.authority, self.stubs, self.shapes, reports)  # the curated
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
        reports.append(description_report(self.iris, description, self.shapes))
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
            fallback = self._open_cache(self.out)
            with collector:
                result, written = self._write(staging, collector)
            result.timings["gc"] = collector.seconds
            if written is None:
                result.how = self._saved(fallback)
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
            result.how = self._saved(fallback, result.release.folder.name, written.graphs, members)
            result.how += shards_written(written, self._previous_dumps)
            if written.index or self._index_note:
                result.how += f"; the search index {written.index or self._index_note}"
        except OSError as exc:
            raise io_error(exc, self.out, self._stage) from exc
        finally:
            shutil.rmtree(staging.folder, ignore_errors=True)
            if self._incremental is not None:
                self._incremental.cache.close()
            if self._digests is not None:
                self._digests.discard()  # unless kept
        result.published = True
        return result

    def _open_cache(self, out: Path) -> str:
        """Use the build cache of ``out``; why this build is a full one ("" if it is not)."""
        inputs = Inputs.of(self.iris.base, self.max_record_bytes, self.root / AUTHORITY_FILE)
        cache, fallback = BuildCache.open(out, inputs, full=self.full)
        graph = self.iris.document_graph
        self._incremental = Incremental(cache, Path.cwd() / self.root, self.max_record_bytes, graph)
        return fallback

    def _saved(
        self,
        fallback: str,
        release: str = "",
        graphs: dict[str, str] | None = None,
        members: dict[str, list[Member]] | None = None,
    ) -> str:
        """Record what this build converted (and the ``release`` it published, with its
        collection-wide ``graphs``' digests and its dumps' ``members``) in the cache; say how
        the build went."""
        assert self._incremental is not None
        self._stage = "writing the build cache"
        self._incremental.save(release, graphs, members)
        if self._digests is not None:
            self._digests.keep()
        return how(self._incremental.changes, fallback, self._incremental.fresh is not None)

    def _write(self, staging: Release, collector: Collector) -> tuple[BuildResult, Written | None]:
        """Convert into ``staging``, loading and dumping each chunk as it comes (the objects
        made until the workers are forked kept out of the ``collector``'s way)."""
        self._stage = "reading the collection"
        spool = staging.folder / ".spool"
        spool.mkdir()
        conversion = self._scan(spool)
        with self._converting(conversion, spool) as workers:
            # after the fork: see ReleaseWriter
            patch = self._store_patch(staging)
            digests, previous = self._digests, self._previous_dumps
            index = self._index_patch(patch, staging)
            writer = ReleaseWriter(
                staging, self.iris, self.dataset, self.shapes, patch, digests, previous, index
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
                static = static_graphs(self.iris, self.authority, self.stubs, self.shapes, reports)
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

    def _store_patch(self, staging: Release) -> StorePatch | None:
        """The store as a patched checkpoint of the current release's, and the dumps' members
        copied from it, if the cache describes that release (:mod:`.reuse`); None: every
        document is loaded."""
        assert self.out is not None
        self._digests = GraphDigests(self.out / FOLDER / "graphs")
        if self._incremental is None:
            return None
        patch, self._previous_dumps = reuse(self._incremental, self.out, staging, self._digests)
        return patch

    def _index_patch(self, patch: StorePatch | None, staging: Release) -> IndexPatch | None:
        """The search index patched from the previous release's, when its store is."""
        incremental = self._incremental
        if patch is None or incremental is None or not patch.previous.search.is_file():
            return None
        if incremental.inserted:  # its rows would have to be between the others'
            self._index_note = "written again (a document was added before others)"
            return None
        incremental.document = self.iris.document  # the cached documents' facts left unread
        return IndexPatch(
            patch.previous.search, staging.search, incremental.gone, incremental.facts, self._labels
        )

    def _scan(self, spool: Path) -> Conversion:
        """Pass 1: parse every file into ``spool``; triage; index the registry numbers."""
        files = self.records()
        self.authority, reports = read_authority(self.root / AUTHORITY_FILE, self.iris)
        start = time.perf_counter()
        limit = self.max_record_bytes
        here = Path.cwd()  # absolute paths in the jobs: the same in a worker in another folder
        root, spool = here / self.root, here / spool
        incremental = self._incremental
        files = [here / f for f in files]
        todo = files if incremental is None else incremental.to_parse(files, spool)
        jobs = [
            (root, tuple(todo[i : i + CHUNK]), spool / f"{i // CHUNK:06d}.pickle", limit)
            for i in range(0, len(todo), CHUNK)
        ]
        conversion = Conversion(reports, self._tick, incremental)
        self._begin("parse", len(files))
        with self._workers(len(todo), shared=(root, spool)) as workers:
            results = workers.imap(scan_job, jobs)
            self.shapes = shapes_graph(self.iris)  # while the workers parse
            scanned: Iterator[tuple[Path, list[Scanned]]] = (
                (job[2], found) for job, found in zip(jobs, results, strict=True)
            )
            if incremental is not None:
                scanned = incremental.scanned(scanned)
            for path, found in scanned:
                conversion.triage(path, found)
                self._tick(len(found))
        conversion.timings["scan"] = time.perf_counter() - start
        return conversion

    def _converting(
        self, conversion: Conversion, spool: Path
    ) -> contextlib.AbstractContextManager[Workers]:
        """Workers set up with what converting the records of ``conversion`` needs."""
        labels = Labels.from_graphs([self.authority.graph, concepts_graph(self.iris)])
        self._labels = labels
        context = Context(self.iris, self.authority, conversion.registry_index())
        self._begin("convert", conversion.size)
        setup = (init_worker, (context, self.shapes, labels))
        return self._workers(conversion.size, setup=setup, shared=(spool,))

    def _workers(
        self, files: int, setup: Setup | None = None, shared: tuple[Path, ...] = ()
    ) -> contextlib.AbstractContextManager[Workers]:
        """The executor's workers for a pass over ``files`` files (see :mod:`.executors`)."""
        executor = self.executor or LocalExecutor(self.workers)
        return executor.workers(files, setup, shared)
