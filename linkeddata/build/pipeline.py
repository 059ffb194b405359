"""The per-document work of a build, run in worker processes, a chunk of files at a time.

Pass 1 (:func:`scan_chunk`) reads and parses a chunk and returns only what the collection-wide
registry index and the triage need; the records themselves are pickled into a spool file
beside the build: pickling and unpickling a record costs a third of parsing it again, and the
main process never holds them. Pass 2 (:meth:`Worker.convert_chunk`) maps, validates and
serialises a chunk's records and returns the conforming documents' N-Quads as one block
(sorted within each document, so the same input gives the same bytes) with the findings on
every document and the stubs the conforming ones link to: no rdflib objects cross processes.
"""

from __future__ import annotations

import hashlib
import pickle
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from ..errors import RecordError
from ..mapping import Context, Mapped, map_record
from ..mapping.registry import registry_numbers
from ..mapping.stubs import Stubs
from ..ntriples import Statement, iri_text, sorted_nquads, statements
from ..parser import parse_record
from ..record import Located, ParseWarning, Record
from ..search.facts import Facts, Labels, document_facts
from ..shacl.validate import ValidationResult, has_violations, validate_graph
from ..vocab import RICO, WD
from .collection import read_record_file
from .dumps import triples_of
from .members import SHARD, boundary

Spooled = tuple[str, str, Record]  # source, sha256 of the file, record
CHUNK = 64  # files per task: a fair share per worker, few enough tasks to schedule
_TYPE = iri_text(str(RDF.type))
_RECORD = iri_text(str(RICO.Record))
_EXACT_MATCH = iri_text(str(SKOS.exactMatch))
_WIKIDATA = ("<" + str(WD), '"' + str(WD))  # an IRI, a literal


@dataclass
class Scanned:
    """A file read and parsed in pass 1: its id and registry numbers, or why it is unreadable."""

    source: str
    id: Located[str] | None = None
    registry_numbers: tuple[str, ...] = ()
    replies: tuple[str, ...] = ()  # the registry numbers it replies to, looked up in pass 2
    sha256: str | None = None  # of the bytes parsed
    error: tuple[int, str] | None = None  # (line, message): a RecordError does not unpickle
    seconds: float = 0.0


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
class Tally:
    """What the dataset description counts, gathered graph by graph.

    The same as SPARQL over the loaded store would give, without waiting for the store:
    ``entities`` the distinct subjects under ``{base}id/`` that have an ``rdf:type``,
    ``links`` the ``skos:exactMatch`` statements whose object is in Wikidata (per graph),
    ``example`` the least IRI typed ``rico:Record``.
    """

    entities: set[str] = field(default_factory=set)
    links: int = 0
    example: str | None = None

    def count(self, found: Iterable[Statement], id_base: str) -> None:
        """Count the statements of one graph, as the texts of their terms
        (:func:`~linkeddata.ntriples.statements`)."""
        entity = "<" + id_base
        for subject, predicate, value in found:
            if predicate == _TYPE:
                if subject.startswith(entity):
                    self.entities.add(subject[1:-1])
                if value == _RECORD and subject[0] == "<":
                    name = subject[1:-1]
                    if self.example is None or name < self.example:
                        self.example = name
            elif predicate == _EXACT_MATCH and value.startswith(_WIKIDATA):
                self.links += 1  # an IRI or a literal (WIKIDATA holds no escaped character)

    def update(self, other: Tally) -> None:
        """Add the counts of other graphs."""
        self.entities |= other.entities
        self.links += other.links
        if other.example is not None and (self.example is None or other.example < self.example):
            self.example = other.example


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
    """The pickled :class:`~linkeddata.search.facts.Facts`; empty: the piece has none."""

    @classmethod
    def of(cls, piece: Piece, graph: Callable[[str], str]) -> Packed:
        seconds, piece.document.seconds = piece.document.seconds, {}
        facts, piece.facts = piece.facts, None
        data = pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL)
        piece.document.seconds, piece.facts = seconds, facts
        triples = triples_of(piece.nquads, graph(piece.document.id)) if piece.nquads else b""
        known = pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL) if facts is not None else b""
        return cls(data, seconds, triples, known)

    def unpacked(self) -> Piece:
        """The piece, with its timings and facts."""
        piece: Piece = pickle.loads(self.data)
        piece.document.seconds = self.seconds
        piece.facts = pickle.loads(self.facts) if self.facts else None
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


def read_and_parse(root: Path, path: Path, limit: int) -> tuple[Scanned, Spooled | None]:
    """Read ``path`` (inside ``root``, at most ``limit`` bytes) and parse it; a file that
    cannot be read or parsed becomes ``Scanned.error``."""
    start = time.perf_counter()
    source = path.relative_to(root).as_posix()
    scanned = Scanned(source)
    spooled = None
    try:
        data = read_record_file(root, path, limit)
        record = parse_record(data, source, default_id=path.stem)
    except RecordError as exc:
        scanned.error = (exc.location.line, exc.message)
    else:
        scanned.sha256 = hashlib.sha256(data).hexdigest()
        spooled = (source, scanned.sha256, record)
        scanned.id = record.id
        scanned.registry_numbers = registry_numbers(record)
        scanned.replies = tuple(dict.fromkeys(n.value for n in record.reply_to))
    scanned.seconds = time.perf_counter() - start
    return scanned, spooled


def scan_chunk(root: Path, paths: Sequence[Path], spool: Path, limit: int) -> list[Scanned]:
    """Pass 1 over a chunk: parse every file, spool the records, return the summaries."""
    done = [read_and_parse(root, path, limit) for path in paths]
    records = [spooled for _, spooled in done if spooled is not None]
    spool.write_bytes(pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL))
    return [scanned for scanned, _ in done]


def nquads(quads: Iterable[ox.Quad]) -> bytes:
    """Sorted N-Quads of ``quads``: byte-identical for the same quads in any order."""
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    return b"".join(sorted(data.splitlines(keepends=True)))


@dataclass
class Worker:
    """What converting any document needs: set once per worker process."""

    context: Context
    shapes: Graph
    labels: Labels = field(default_factory=Labels)
    """The curated resources' types and labels, which the search index names entities by."""

    def convert_chunk(self, spool: Path, sources: Sequence[str], *, serialise: bool) -> Chunk:
        """Pass 2 over a spooled chunk: convert the records of ``sources``, in that order."""
        pieces = self.convert_pieces(spool, sources, serialise=serialise)
        return Chunk.of(pieces, self.context.iris.document_graph)

    def convert_pieces(
        self, spool: Path, sources: Sequence[str], *, serialise: bool
    ) -> list[Piece]:
        """Pass 2 over a spooled chunk, document by document (see :meth:`convert_chunk`)."""
        records: dict[str, Spooled] = {s[0]: s for s in pickle.loads(spool.read_bytes())}
        return [self.piece(*records[source][1:], serialise=serialise) for source in sources]

    def convert_packed(
        self, spool: Path, sources: Sequence[str], *, serialise: bool
    ) -> list[Packed]:
        """:meth:`convert_pieces`, each piece packed for the build cache (:class:`Packed`)."""
        graph = self.context.iris.document_graph
        pieces = self.convert_pieces(spool, sources, serialise=serialise)
        return [Packed.of(piece, graph) for piece in pieces]

    def piece(self, sha256: str, record: Record, *, serialise: bool) -> Piece:
        """Convert one record; a published one serialised unless ``serialise`` is false."""
        converted, mapped = self.convert(record, sha256)
        piece = Piece(converted)
        if converted.conforms:
            piece.stubs.add(converted.id, mapped.stubs)
        if serialise and converted.conforms:
            start = time.perf_counter()
            graph = mapped.graph
            found = statements(graph)
            piece.nquads = sorted_nquads(found, str(graph.identifier))
            piece.tally.count(found, self.context.iris.id_base)
            converted.seconds["serialise"] = time.perf_counter() - start
            start, cpu = time.perf_counter(), time.process_time()
            own = Stubs()  # the stubs it links to, as the release describes them
            own.add(converted.id, mapped.stubs)
            piece.facts = document_facts(chain(graph, own.triples()), self.labels)
            converted.seconds["facts"] = time.perf_counter() - start
            converted.seconds["facts cpu"] = time.process_time() - cpu  # the search index's
        return piece

    def convert(self, record: Record, sha256: str) -> tuple[Converted, Mapped]:
        """Map and validate one record."""
        times: dict[str, float] = {}
        start = time.perf_counter()
        mapped = map_record(record, self.context, sha256=sha256)
        times["map"] = time.perf_counter() - start
        start = time.perf_counter()
        results, _report = validate_graph(mapped.graph, self.shapes)
        times["validate"] = time.perf_counter() - start
        warnings = [*record.warnings, *mapped.warnings]
        graph = mapped.graph
        converted = Converted(record.source, record.id.value, len(graph), warnings, results, times)
        return converted, mapped
