"""Pass 2 of a build, in a worker process: a chunk of spooled records converted.

Pass 1 (:mod:`.scanning`) parsed them into a spool file. :meth:`Worker.convert_chunk` maps,
validates and serialises a chunk's records and returns the conforming documents' N-Quads as
one block (sorted within each document, so the same input gives the same bytes) with the
findings on every document and the stubs the conforming ones link to (:mod:`.chunks`).
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from rdflib import Graph

from ..mapping import Context, Mapped, map_record
from ..mapping.stubs import Stubs
from ..ntriples import sorted_nquads, statements
from ..record import Record
from ..search.columns import prepared
from ..search.facts import Labels, document_facts
from ..shacl.validate import validate_graph
from .chunks import Chunk, Converted, Packed, Piece
from .scanning import Spooled


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
            piece.facts = prepared(document_facts(chain(graph, own.triples()), self.labels))
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
