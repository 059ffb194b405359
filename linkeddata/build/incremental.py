"""A build that parses and converts only what changed since the last one (the build cache).

Pass 1 reads and hashes every file in this process; only the files whose bytes changed, and
the new ones, are parsed (:meth:`Incremental.to_parse`), the others' parse results come from
the cache (:meth:`Incremental.scanned`), so the collection-wide registry index and the triage
of duplicate ids are the same as in a full build. Pass 2 computes each document's key from the
build's inputs, its path and bytes and the documents its replies resolve to in that index: a
document is converted only if its key is not cached (so editing a document also converts
the documents that reply to it, if the edit changed what their replies resolve to); records
not parsed in pass 1 are parsed then (:meth:`Incremental.chunks`). The chunks then reach the
release writer in file order, as in a full build, and the dumps, report and search index are
written by the same code as in a full build (the dumps' shards that did not change are
copied from the previous release: :mod:`.members`); the store and the listings are the
previous release's, patched where this build differs (:meth:`Incremental.previous_release`):
the release is the same, byte for byte (the store: the same quads).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BuildError, RecordError
from ..search.facts import Facts
from .cache import BuildCache
from .collection import read_record_file, stamp
from .members import Member
from .pipeline import CHUNK, Chunk, Packed, Piece, Scanned
from .shards import Shards, runs

RACY_NS = 2_000_000_000
"""A file changed less than this before the last build read the files is read again: a
file system's clock tick (up to 2 s on some) could hide a second change."""
CACHED = Path("(cached)")
"""The spool named for files whose parse result came from the cache (they have none)."""
ScanJob = tuple[Path, tuple[Path, ...], Path, int]  # root, files, spool, size limit
ConvertJob = tuple[Path, tuple[str, ...], bool]  # spool, sources, serialise
Map = Callable[[list[Any]], Iterator[Any]]  # a function over jobs, in a pool or not


@dataclass
class Changes:
    """What this build found different from the last one, and what it did about it."""

    changed: int = 0
    added: int = 0
    removed: int = 0
    parsed: int = 0
    converted: int = 0
    reused: int = 0
    read: int = 0
    """Files read and hashed to find out whether they changed (the others' stamps had not)."""
    runs: int = 0
    whole: int = 0
    """Runs of documents (:mod:`.shards`), and those of them read whole from the cache."""

    def __str__(self) -> str:
        since = f"{self.changed} changed, {self.added} added, {self.removed} removed"
        work = (
            f"{self.parsed} parsed, {self.converted} converted, {self.reused} reused from the cache"
            f" ({self.read} file{'s' * (self.read != 1)} read)"
        )
        if self.whole:
            work += f", {self.whole} of {self.runs} shards of it read whole"
        return f"{since} since the last build; {work}"


@dataclass
class Incremental:
    """One build's use of the cache; :meth:`save` records it once the build has written."""

    cache: BuildCache
    root: Path
    limit: int
    graph: Callable[[str], str]
    """The name of a document's graph, from its id."""
    changes: Changes = field(default_factory=Changes)
    _files: list[Path] = field(default_factory=list)
    _spool_folder: Path = Path()
    _sha: dict[str, str] = field(default_factory=dict)
    _cached: dict[str, Scanned] = field(default_factory=dict)
    _fresh: dict[str, Scanned] = field(default_factory=dict)
    _spool: dict[str, Path] = field(default_factory=dict)
    _used: set[str] = field(default_factory=set)
    _stamp: dict[str, str] = field(default_factory=dict)
    _kept: set[str] = field(default_factory=set)
    _known: set[str] = field(default_factory=set)
    inserted: bool = False
    """Whether a file new since the last build comes before one the last build had, in
    file order (:meth:`to_parse`): the search index of such a build cannot be patched."""
    read_from: int = 0
    """When this build began to read the files (ns since the epoch)."""
    fresh: dict[str, bytes] | None = None
    """The graph of each document converted by this build -> its N-Quads (empty if left out),
    when the store is patched (:meth:`previous_release`), else None: not kept."""
    shards: Shards | None = None
    """The shards of pass 2, once it has begun (:meth:`chunks`)."""
    document: Callable[[str], str] | None = None
    """The IRI of a document, from its id, when the search index is patched
    (:mod:`.index_patch`): the chunks then carry what it needs (``Chunk.indexed``), and the
    cached documents' facts are not read."""

    def previous_release(self, out: Path) -> Path | None:
        """The current release of ``out`` if it is the one the cache describes (its last
        build published it), whose store this build can patch instead of loading every
        document again; from then on the converted documents' N-Quads are kept in
        :attr:`fresh`. None if it is another (a build refused by ``--strict``, or killed
        between publishing and saving the cache) or there is none."""
        current = out / "current"
        if not current.is_dir():
            return None
        folder = current.resolve()
        if not self.cache.release() or self.cache.release() != folder.name:
            return None
        self.fresh = {}
        return folder

    def to_parse(self, files: list[Path], spool: Path) -> list[Path]:
        """The files whose parse results are not cached: changed, new or unreadable ones
        (records parsed later are spooled into ``spool``).

        A file is read and hashed only if its :func:`stamp` differs from the one recorded
        with its hash, or if it changed so shortly before the last build read the files that
        a second change within the same clock tick would not show (:data:`RACY_NS`); the
        others are known by their recorded hash without being read.
        """
        before = self.cache.scans()
        self._files, self._spool_folder = files, spool
        settled = self.cache.scanned_at() - RACY_NS
        self.read_from = time.time_ns()
        todo: list[Path] = []
        reused: list[str] = []
        added = False
        for path in files:
            source = path.relative_to(self.root).as_posix()
            now = stamp(path)
            known = before.pop(source, None)
            if known is None:
                added = True
            elif added:
                self.inserted = True
            same = known is not None and now is not None and known[1] == now[0]
            if known is not None and same and now is not None and now[1] < settled:
                sha = known[0]
            else:
                self.changes.read += 1
                try:
                    sha = hashlib.sha256(read_record_file(self.root, path, self.limit)).hexdigest()
                except RecordError:
                    todo.append(path)  # parsed in a worker, which reports why it is unreadable
                    continue
            self._sha[source] = sha
            self._stamp[source] = now[0] if now is not None else ""
            if known is None:
                self.changes.added += 1
            elif known[0] != sha:
                self.changes.changed += 1
            if known is not None and known[0] == sha and known[2]:
                reused.append(source)
                if same:
                    self._kept.add(source)  # its record in the cache stays as it is
            else:
                todo.append(path)
        self._cached = self.cache.scanned(reused)
        for scanned in self._cached.values():
            scanned.seconds = 0.0  # parsed by another build
        self.changes.removed = len(before)
        self.changes.parsed = len(todo)
        return todo

    def scanned(
        self, fresh: Iterable[tuple[Path, list[Scanned]]]
    ) -> Iterator[tuple[Path, list[Scanned]]]:
        """Every file's parse result in file order, ``fresh`` (what was parsed of
        :meth:`to_parse`, by spool) merged with the cached ones (named :data:`CACHED`), in
        runs of at most :data:`CHUNK` files: each run becomes a chunk of pass 2, whose pieces
        are held in memory together (one run of every cached file held them all at once)."""
        fresh_results = iter(fresh)
        queue: list[Scanned] = []
        spool = CACHED
        run: list[Scanned] = []
        run_spool = CACHED
        for path in self._files:
            source = path.relative_to(self.root).as_posix()
            if source in self._cached:
                scanned, where = self._cached[source], CACHED
            else:
                if not queue:
                    spool, queue = next(fresh_results)
                    queue = list(queue)
                scanned, where = queue.pop(0), spool
                assert scanned.source == source, (scanned.source, source)
                if scanned.sha256 is not None:  # the bytes parsed, if the file changed since
                    self._sha[source] = scanned.sha256
                self._fresh[source] = scanned
                self._spool[source] = spool
            if run and (where != run_spool or len(run) == CHUNK):  # chunks as in a full build
                yield run_spool, run
                run = []
            run_spool = where
            run.append(scanned)
        if run:
            yield run_spool, run

    def key(self, source: str, registry: dict[str, tuple[str, ...]]) -> str:
        """What converting ``source`` reads: the build's inputs, the file, and where its
        replies point."""
        scanned = self._cached.get(source) or self._fresh[source]
        replies = [[n, list(registry.get(n, ()))] for n in scanned.replies]
        parts = [self.cache.inputs.fingerprint(), source, self._sha.get(source), replies]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()

    def chunks(
        self,
        jobs: list[ConvertJob],
        registry: dict[str, tuple[str, ...]],
        *,
        scan: Map,
        convert: Map,
    ) -> Iterator[Chunk]:
        """Pass 2: the chunks of the documents of ``jobs``, in order, a run at a time
        (:mod:`.shards`): a cached shard read whole, or the run's cached and converted pieces.

        ``scan`` parses :data:`ScanJob` s into spool files (of records whose parse results
        were cached), ``convert`` converts :data:`ConvertJob` s into lists of
        :class:`~linkeddata.build.pipeline.Packed` pieces.
        """
        self._known = known = self.cache.keys()
        plan = [(s, self.key(s, registry)) for _, sources, _ in jobs for s in sources]
        misses = [(s, k) for s, k in plan if k not in known or s not in self._sha]
        self._reparse([s for s, _ in misses if s not in self._spool], scan)
        todo = _convert_jobs([(self._spool[s], s) for s, _ in misses])
        results = zip(
            todo, convert([(where, sources, True) for where, sources in todo]), strict=True
        )
        keys = dict(misses)
        self.changes.converted = len(misses)
        self.shards = shards = Shards(self.cache, self.graph, self.document)
        ready: dict[str, Packed] = {}
        for run in runs(((s, k, self._id(s)) for s, k in plan), self.graph):
            self._used.update(key for _, key in run)
            self.changes.runs += 1
            whole = None if any(s in keys for s, _ in run) else shards.cached(run)
            if whole is not None:
                self.changes.reused += len(run)
                self.changes.whole += 1
                yield whole
                continue
            cached = self._reused([k for s, k in run if s not in keys])
            pieces: list[tuple[str, Piece | Packed, bool]] = []
            keep = True  # every piece of the run is in the cache
            for source, key in run:
                if source not in keys:
                    piece, in_index = cached[key]
                    pieces.append((key, piece, in_index))
                    self.changes.reused += 1
                    continue
                while source not in ready:
                    (_where, sources), converted = next(results)
                    ready.update(zip(sources, converted, strict=True))
                packed = ready.pop(source)
                if self.fresh is not None:  # the store is patched: it needs the N-Quads
                    piece = packed.unpacked()
                    self.fresh[self.graph(piece.document.id)] = piece.nquads
                if source in self._sha:  # a file read in full: its key is its content
                    self.cache.put_packed(key, packed)
                else:
                    keep = False
                pieces.append((key, packed, bool(packed.facts)))
            yield shards.made(run, pieces, keep)

    def _id(self, source: str) -> str:
        """The id of the document of ``source`` (one that pass 1 queued for pass 2)."""
        found = (self._cached.get(source) or self._fresh[source]).id
        assert found is not None, source
        return found.value

    def _reused(self, keys: list[str]) -> dict[str, tuple[Piece, bool]]:
        """The cached pieces of ``keys``, and whether each is in the search index; without
        their facts when the index is patched."""
        if self.document is not None:
            return self.cache.indexed(keys)
        return {
            key: (piece, piece.facts is not None) for key, piece in self.cache.pieces(keys).items()
        }

    def gone(self) -> list[Facts]:
        """The search facts of the documents of the last build that this one did not take
        from the cache (gone, or converted again), as the last build indexed them; once
        :meth:`chunks` is done."""
        old = self.cache.pieces(sorted(self._known - self._used))
        return [piece.facts for piece in old.values() if piece.facts is not None]

    def facts(self, keys: list[str]) -> Iterator[Facts]:
        """The search facts of the cached documents of ``keys``, in that order."""
        for start in range(0, len(keys), CHUNK):
            part = keys[start : start + CHUNK]
            found = self.cache.pieces(part)
            for key in part:
                facts = found[key].facts
                assert facts is not None, key
                yield facts

    def _reparse(self, sources: list[str], scan: Map) -> None:
        """Parse the records of ``sources`` (cached parse results) into spool files."""
        paths = [self.root / source for source in sources]
        folder, limit = self._spool_folder, self.limit
        jobs: list[ScanJob] = [
            (self.root, tuple(paths[i : i + CHUNK]), folder / f"again-{i:06d}.pickle", limit)
            for i in range(0, len(paths), CHUNK)
        ]
        for job, scanned in zip(jobs, scan(jobs), strict=True):
            for found in scanned:
                if found.sha256 != self._sha[found.source]:
                    raise BuildError(
                        f"{self.root / found.source}: changed while the build read it; build again"
                    )
                self._spool[found.source] = job[2]

    def save(
        self,
        release: str = "",
        graphs: dict[str, str] | None = None,
        members: dict[str, list[Member]] | None = None,
    ) -> None:
        """Record this build's files and pieces (the others are forgotten), the name of the
        ``release`` it published ("": none), the digests of its collection-wide ``graphs``
        and its dumps' gzip ``members``, and commit."""
        self.cache.set_release(release, graphs, members)
        scans = {**self._cached, **self._fresh}
        self.cache.save_scans(
            (
                (source, sha, scans[source], self._stamp.get(source, ""))
                for source, sha in self._sha.items()
                if source in scans and source not in self._kept
            ),
            kept=self._kept & scans.keys(),
            at=self.read_from,
        )
        self.cache.keep_only(self._used, self.shards.used if self.shards else set())
        self.cache.commit()


def _convert_jobs(misses: list[tuple[Path, str]]) -> list[tuple[Path, tuple[str, ...]]]:
    """The documents to convert, (spool, source) in file order, as jobs: consecutive sources
    of the same spool file, at most :data:`CHUNK` of them."""
    jobs: list[tuple[Path, list[str]]] = []
    for where, source in misses:
        if not jobs or jobs[-1][0] != where or len(jobs[-1][1]) >= CHUNK:
            jobs.append((where, []))
        jobs[-1][1].append(source)
    return [(where, tuple(sources)) for where, sources in jobs]
