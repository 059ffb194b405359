"""Pass 1 of an incremental build: which files changed since the last build, read (and
parsed) only where they did.

Every file's stamp (size, times, inode) is compared with the one the cache recorded with its
hash; only the files whose stamps changed are read and hashed, and only those whose bytes
changed, and the new ones, are parsed (:meth:`FileChanges.to_parse`); the others' parse
results come from the cache (:meth:`FileChanges.scanned`), so the collection-wide registry
index and the triage of duplicate ids are the same as in a full build. Each document's key
(:meth:`FileChanges.key`) then hashes what converting it reads: the build's inputs, its
path and bytes, and the documents its replies resolve to.
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
from .cache import BuildCache
from .chunks import CHUNK
from .collection import read_record_file, stamp
from .scanning import Scanned

RACY_NS = 2_000_000_000
"""A file changed less than this before the last build read the files is read again: a
file system's clock tick (up to 2 s on some) could hide a second change."""
CACHED = Path("(cached)")
"""The spool named for files whose parse result came from the cache (they have none)."""
ScanJob = tuple[Path, tuple[Path, ...], Path, int]  # root, files, spool, size limit
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
class FileChanges:
    """The files of one build against the cache's record of the last one's."""

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
    _stamp: dict[str, str] = field(default_factory=dict)
    _kept: set[str] = field(default_factory=set)
    inserted: bool = False
    """Whether a file new since the last build comes before one the last build had, in
    file order (:meth:`to_parse`): the search index of such a build cannot be patched."""
    read_from: int = 0
    """When this build began to read the files (ns since the epoch)."""

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

    def _id(self, source: str) -> str:
        """The id of the document of ``source`` (one that pass 1 queued for pass 2)."""
        found = (self._cached.get(source) or self._fresh[source]).id
        assert found is not None, source
        return found.value

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
