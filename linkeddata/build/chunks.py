"""What pass 2 hands back from the worker processes: per document its findings
(:class:`Converted`) and, if published, its sorted N-Quads, counts, stubs and search facts
(:class:`Piece`, as the build cache keeps it; :class:`Packed`, as a worker pickles it), a
chunk of documents at a time (:class:`Chunk`): no rdflib objects cross processes.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..mapping.stubs import Stubs
from ..record import ParseWarning
from ..search.facts import Columns, Facts
from ..shacl.validate import ValidationResult, has_violations
from .dumps import triples_of
from .members import SHARD, boundary
from .tally import Tally

CHUNK = 64  # files per task: a fair share per worker, few enough tasks to schedule


@dataclass
class Converted:
    """A record mapped and validated: the findings on it (its quads travel in the chunk)."""

    source: str
    id: str
    triples: int
    warnings: list[ParseWarning]
    results: list[ValidationResult]
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return not has_violations(self.results)


@dataclass
class Piece:
    """One document converted in pass 2: its findings and, if published, its sorted N-Quads,
    counts, stubs and search facts. The unit that the build cache keeps
    (:mod:`linkeddata.build.cache`)."""

    document: Converted
    nquads: bytes = b""
    tally: Tally = field(default_factory=Tally)
    stubs: Stubs = field(default_factory=Stubs)
    facts: Facts | None = None


@dataclass
class Packed:
    """A piece as a worker hands it over: pickled as the build cache keeps it (without its
    timings, which are this build's), its search facts pickled apart (an incremental build
    whose search index is patched reads them only for the documents that changed), its
    timings, and its statements as N-Triples.

    The main process would otherwise pickle every piece again for the cache, and cut the
    graph names out of its N-Quads: both are done here, beside the conversion.
    """

    data: bytes
    seconds: dict[str, float]
    triples: bytes
    facts: bytes = b""
    """The pickled :class:`~linkeddata.search.facts.Facts`, without their columns; empty: the
    piece has none."""
    made: Columns | None = None
    """The facts' columns (:attr:`~linkeddata.search.facts.Facts.made`), for the index only:
    the build cache keeps :attr:`facts` without them (they are three times their size)."""

    @classmethod
    def of(cls, piece: Piece, graph: Callable[[str], str]) -> Packed:
        seconds, piece.document.seconds = piece.document.seconds, {}
        facts, piece.facts = piece.facts, None
        data = pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL)
        piece.document.seconds, piece.facts = seconds, facts
        triples = triples_of(piece.nquads, graph(piece.document.id)) if piece.nquads else b""
        if facts is None:
            return cls(data, seconds, triples)
        made, facts.made = facts.made, None
        known = pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)
        facts.made = made
        return cls(data, seconds, triples, known, made)

    def unpacked(self) -> Piece:
        """The piece, with its timings and facts."""
        piece: Piece = pickle.loads(self.data)
        piece.document.seconds = self.seconds
        piece.facts = pickle.loads(self.facts) if self.facts else None
        if piece.facts is not None:
            piece.facts.made = self.made
        return piece


@dataclass
class Chunk:
    """Pass 2's result for a chunk: findings per document, the published documents' N-Quads
    and the stubs they link to."""

    documents: list[Converted]
    nquads: bytes
    triples: bytes  # the same statements as N-Triples, for the union of the graphs
    tally: Tally
    stubs: Stubs = field(default_factory=Stubs)
    facts: list[Facts] = field(default_factory=list)  # for the search index
    cuts: list[int] = field(default_factory=list)
    """Offsets in ``nquads`` where a shard of the dumps begins: before each document whose
    graph name is at a boundary (:func:`~.members.boundary`)."""
    indexed: list[tuple[str, str, Facts | None]] = field(default_factory=list)
    """What a patched search index needs instead of ``facts`` (:mod:`.index_patch`): each
    indexed document's IRI, key in the build cache and, if this build converted it, facts."""

    @classmethod
    def of(cls, pieces: Iterable[Piece | Packed], graph: Callable[[str], str]) -> Chunk:
        """The chunk of ``pieces`` in that order (``graph`` names a document id's graph)."""
        chunk = cls([], b"", b"", Tally())
        blocks: list[bytes] = []
        lines: list[bytes] = []
        offset = 0
        for item in pieces:
            piece = item.unpacked() if isinstance(item, Packed) else item
            chunk.documents.append(piece.document)
            if piece.nquads:
                if boundary(graph(piece.document.id).encode(), SHARD):
                    chunk.cuts.append(offset)
                offset += len(piece.nquads)
                blocks.append(piece.nquads)
                if isinstance(item, Packed):
                    lines.append(item.triples)
                else:
                    lines.append(triples_of(piece.nquads, graph(piece.document.id)))
            chunk.tally.update(piece.tally)
            chunk.stubs.update(piece.stubs)
            if piece.facts is not None:
                chunk.facts.append(piece.facts)
        chunk.nquads, chunk.triples = b"".join(blocks), b"".join(lines)
        return chunk
