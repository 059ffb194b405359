"""A build that converts only what changed since the last one (the build cache).

Pass 1 finds which files changed and parses only those (:mod:`.file_changes`). Pass 2
converts a document only if its key is not cached (so editing a document also converts the
documents that reply to it, if the edit changed what their replies resolve to); records not
parsed in pass 1 are parsed then (:meth:`Incremental.chunks`). The chunks then reach the
release writer in file order, as in a full build, a run of documents at a time; a run whose
documents are all unchanged is read whole from the cache (:mod:`.shards`). The dumps, report
and search index are written by the same code as in a full build (the dumps' shards that did
not change are copied from the previous release: :mod:`.members`); the store and the
listings are the previous release's, patched where this build differs
(:meth:`Incremental.previous_release`): the release is the same, byte for byte (the store:
the same quads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..search.facts import Facts
from .chunks import CHUNK, Chunk, Packed, Piece
from .file_changes import FileChanges, Map
from .members import Member
from .shards import Shards, runs

ConvertJob = tuple[Path, tuple[str, ...], bool]  # spool, sources, serialise


@dataclass
class Incremental(FileChanges):
    """One build's use of the cache; :meth:`save` records it once the build has written."""

    _used: set[str] = field(default_factory=set)
    _known: set[str] = field(default_factory=set)
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

        ``scan`` parses :data:`~.file_changes.ScanJob` s into spool files (of records whose
        parse results were cached), ``convert`` converts :data:`ConvertJob` s into lists of
        :class:`~linkeddata.build.chunks.Packed` pieces.
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
