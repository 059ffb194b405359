"""A piece that a worker packs for the build cache is the piece the main process would have
pickled itself, and its N-Triples are its N-Quads without the graph name; the search index's
columns are made there too, and travel beside the cached facts."""

from __future__ import annotations

import hashlib
import pickle
from array import array
from dataclasses import replace

from golden import DOCUMENTS, IRIS, SEED

from linkeddata.build.chunks import Chunk, Packed
from linkeddata.build.dumps import triples_of
from linkeddata.build.pipeline import Worker
from linkeddata.mapping import Context
from linkeddata.mapping.authority_file import load_authority
from linkeddata.ontology import shapes_graph
from linkeddata.parser import read_record
from linkeddata.search.columns import columns
from linkeddata.search.facts import Columns
from linkeddata.search.writer import document_rows


def _piece() -> tuple[Worker, Packed]:
    worker = Worker(
        Context(IRIS, load_authority(DOCUMENTS / "authorities.ttl", IRIS)), shapes_graph(IRIS)
    )
    record = read_record(SEED, DOCUMENTS)
    sha = hashlib.sha256(SEED.read_bytes()).hexdigest()
    piece = worker.piece(sha, record, serialise=True)
    return worker, Packed.of(piece, IRIS.document_graph)


def test_packed_piece_keeps_everything_but_its_timings_in_the_cached_bytes_facts_apart() -> None:
    _, packed = _piece()
    cached = pickle.loads(packed.data)
    assert cached.document.seconds == {}  # a cached piece's timings are not this build's
    assert set(packed.seconds) == {"map", "validate", "serialise", "facts", "facts cpu"}
    unpacked = packed.unpacked()
    assert unpacked.document.seconds == packed.seconds
    assert unpacked.nquads
    assert unpacked.nquads == cached.nquads
    assert unpacked.facts is not None
    assert cached.facts is None  # read apart: only when the search index needs them
    assert unpacked.facts == pickle.loads(packed.facts)
    assert len(unpacked.stubs) == len(cached.stubs)


def test_a_chunk_of_packed_pieces_is_the_chunk_of_the_pieces() -> None:
    _, packed = _piece()
    graph = IRIS.document_graph
    piece = packed.unpacked()
    assert packed.triples == triples_of(piece.nquads, graph(piece.document.id))
    name = f" <{graph(piece.document.id)}> .\n".encode()
    assert packed.triples.count(b"\n") == piece.nquads.count(name) == piece.nquads.count(b"\n")
    assert name not in packed.triples
    of_packed, of_pieces = Chunk.of([packed], graph), Chunk.of([piece], graph)
    assert of_packed.nquads == of_pieces.nquads
    assert of_packed.triples == of_pieces.triples
    assert of_packed.documents == of_pieces.documents
    assert of_packed.facts == of_pieces.facts
    assert of_packed.tally == of_pieces.tally


def test_the_worker_makes_the_index_columns_and_the_cache_keeps_the_facts_without_them() -> None:
    _, packed = _piece()
    cached = pickle.loads(packed.facts)
    assert cached.made is None  # the build cache keeps the facts as small as before
    facts = packed.unpacked().facts
    assert facts is not None
    assert facts.made is not None
    assert facts.made == columns(cached)
    assert len(packed.facts) < len(pickle.dumps(facts.made))  # the columns travel apart
    chunk = Chunk.of([packed], IRIS.document_graph)
    assert chunk.facts[0].made == facts.made  # what the index writer gets


def test_the_index_writer_inserts_the_columns_the_worker_made() -> None:
    facts = _piece()[1].unpacked().facts
    assert facts is not None
    made = Columns(("t", "s", "b", "e"), "t\ue001s")
    _, text, pair = document_rows(replace(facts, made=made), 7, array("I"), [])
    assert text[1:5] == ("t", "s", "b", "e")
    assert pair == (7, "t\ue001s")
    _, text, _ = document_rows(replace(facts, made=None), 7, array("I"), [])
    assert text[1] == facts.title  # made by the writer when the worker did not
