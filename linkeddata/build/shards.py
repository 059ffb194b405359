"""The chunks of an incremental build, a shard of the build cache at a time.

The documents are cut into runs as the dumps are cut into shards (before a document whose
graph name hashes to a boundary: :func:`~.members.boundary`), and after :data:`CHUNK`
documents: the cuts depend on the documents themselves, not on their positions, so an edit,
addition or removal changes its own run only. A run's chunk (findings, N-Quads, N-Triples,
counts, stubs: what the release writer reads) is kept whole in the build cache under the
hash of its documents' keys (:func:`shard_key`): a run whose documents all have the keys they
had is read as one row, and nothing of it is unpickled a document at a time, cut into
N-Triples or merged again. A run with a changed document is made from its pieces (the cached
ones and the converted ones), as before shards, and kept for the next build.

A shard's chunk is the chunk its pieces make (a piece is a function of its key), so a build
that reads it writes what one that merges the pieces writes.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from .cache import BuildCache
from .chunks import CHUNK, Chunk, Packed, Piece
from .members import SHARD, boundary

Run = list[tuple[str, str]]  # (source, key) of consecutive documents


def runs(documents: Iterable[tuple[str, str, str]], graph: Callable[[str], str]) -> Iterator[Run]:
    """The runs of ``documents``, (source, key, id) in file order (``graph`` names an id's
    graph): each begins at a boundary of the dumps' shards, or after :data:`CHUNK` documents."""
    run: Run = []
    for source, key, id_ in documents:
        if run and (len(run) == CHUNK or boundary(graph(id_).encode(), SHARD)):
            yield run
            run = []
        run.append((source, key))
    if run:
        yield run


def shard_key(run: Run) -> str:
    """The key of a run's shard: its documents' keys, in order."""
    return hashlib.sha256("\n".join(key for _, key in run).encode()).hexdigest()


def packed(chunk: Chunk, indexed: list[tuple[str, str]]) -> bytes:
    """``chunk`` as the cache keeps it: without this build's timings, nor any facts (the
    cache keeps them with the pieces), with ``indexed``: (id, key) of each of its documents
    in the search index."""
    kept = replace(
        chunk, documents=[replace(d, seconds={}) for d in chunk.documents], facts=[], indexed=[]
    )
    return pickle.dumps((kept, indexed), protocol=pickle.HIGHEST_PROTOCOL)


@dataclass
class Shards:
    """The chunks of one build, made from the cache's shards and pieces.

    ``graph`` names a document id's graph, ``document`` its IRI when the search index is
    patched (:mod:`.index_patch`: the chunks carry ``indexed``, and no facts of cached
    documents); None: the index is written in full, so every chunk carries its documents'
    facts.
    """

    cache: BuildCache
    graph: Callable[[str], str]
    document: Callable[[str], str] | None
    known: set[str] = field(default_factory=set)
    """The shards in the cache."""
    used: set[str] = field(default_factory=set)
    """The shards of this build (read or written)."""
    read: int = 0
    """Shards read whole."""

    def __post_init__(self) -> None:
        self.known = self.cache.shard_keys()

    def cached(self, run: Run) -> Chunk | None:
        """The chunk of ``run`` if its shard is cached (None: a document of it changed, or
        the runs were cut otherwise)."""
        name = shard_key(run)
        if name not in self.known:
            return None
        chunk: Chunk
        indexed: list[tuple[str, str]]
        chunk, indexed = pickle.loads(self.cache.shard(name))
        self.used.add(name)
        self.read += 1
        if self.document is None:  # the index is written in full: it needs the facts
            chunk.facts = list(self.cache.facts([key for _, key in indexed]))
        else:
            document = self.document
            chunk.indexed = [(document(id_), key, None) for id_, key in indexed]
        return chunk

    def made(self, run: Run, pieces: list[tuple[str, Piece | Packed, bool]], keep: bool) -> Chunk:
        """The chunk of ``run`` from its ``pieces``, (key, piece, whether in the index) in
        order, a :class:`Packed` one converted by this build (with its facts; a cached one
        without them when the index is patched); kept as the run's shard if ``keep``."""
        chunk = Chunk.of((piece for _, piece, _ in pieces), self.graph)
        ids = [
            (document.id, key)
            for document, (key, _, in_index) in zip(chunk.documents, pieces, strict=True)
            if in_index
        ]
        if keep:
            name = shard_key(run)
            self.cache.put_shard(name, packed(chunk, ids))
            self.used.add(name)
        if self.document is not None:
            converted = iter(chunk.facts)  # only the converted documents' facts were read
            chunk.indexed = []
            for document, (key, piece, in_index) in zip(chunk.documents, pieces, strict=True):
                if in_index and isinstance(piece, Packed):
                    facts = next(converted)
                    chunk.indexed.append((facts.iri, key, facts))
                elif in_index:
                    chunk.indexed.append((self.document(document.id), key, None))
            chunk.facts = []
        return chunk
