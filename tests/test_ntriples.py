"""The N-Quads written from rdflib terms are Oxigraph's bytes for the same triples."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD
from synthetic import bench_generator

from linkeddata import rdf_terms
from linkeddata.build.tally import Tally
from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.stubs import Stubs
from linkeddata.ntriples import sorted_nquads, statements
from linkeddata.parser import read_record
from linkeddata.vocab import RICO, WD

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = 300
GRAPH = "http://example.org/graph/g"


def oxigraph_nquads(graph: Graph) -> bytes:
    """What a build wrote before: Oxigraph's N-Quads of the converted quads, lines sorted."""
    data = ox.serialize(rdf_terms.quads(graph), format=ox.RdfFormat.N_QUADS) or b""
    return b"".join(sorted(data.splitlines(keepends=True)))


def ours(graph: Graph) -> bytes:
    return sorted_nquads(statements(graph), str(graph.identifier))


def test_every_character_of_a_literal_is_written_as_oxigraph_writes_it() -> None:
    graph = Graph(identifier=URIRef(GRAPH))
    subject, predicate = URIRef("http://example.org/s"), URIRef("http://example.org/p")
    for start in range(0, 0x110000, 0x1000):  # a literal for each block of characters
        text = "".join(chr(c) for c in range(start, start + 0x1000) if not 0xD800 <= c <= 0xDFFF)
        if text:
            graph.add((subject, predicate, Literal(f"{start}:{text}")))
    assert ours(graph) == oxigraph_nquads(graph)
    for escaped in (b"\\u0000", b"\\uFFFE", b"\\b", b'\\"'):  # not only characters as they are
        assert escaped in ours(graph)


@pytest.mark.parametrize(
    "value",
    [
        Literal("Phenian", lang="ro"),
        Literal("Peking", lang="EN-gb"),  # Oxigraph writes the tag in lower case
        Literal("x", datatype=XSD.string),  # a plain literal
        Literal("01", datatype=XSD.integer),  # the lexical form kept
        Literal("1952-03-01", datatype=XSD.date),
        Literal('a "quoted"\\ line\r\n\ttab'),
        Literal(""),
        BNode("N0a1b2"),
        URIRef("http://example.org/id/é%20x"),
    ],
)
def test_a_term_is_written_as_oxigraph_writes_it(value: Literal | BNode | URIRef) -> None:
    graph = Graph(identifier=URIRef(GRAPH))
    graph.add((BNode("b1"), URIRef("http://example.org/p"), value))
    graph.add((URIRef("http://example.org/s"), RDF.type, value))
    assert ours(graph) == oxigraph_nquads(graph)


def test_an_invalid_iri_is_refused_as_before() -> None:
    graph = Graph(identifier=URIRef(GRAPH))
    graph.add((URIRef("http://example.org/a b"), RDF.type, URIRef("http://example.org/C")))
    with pytest.raises(ValueError, match="Invalid IRI"):
        oxigraph_nquads(graph)
    with pytest.raises(ValueError, match="Invalid IRI"):
        ours(graph)


def test_synthetic_documents_are_written_as_before(tmp_path: Path) -> None:
    """Documents written by ``bench/generate.py``, parsed and mapped: the same bytes as
    Oxigraph's, with the stubs they link to (the statements of the stubs graph)."""
    bench_generator().generate(
        SYNTHETIC, tmp_path, authorities=ROOT / "documents" / "authorities.ttl"
    )
    iris = Iris()
    context = Context(iris, load_authority(tmp_path / "authorities.ttl", iris))
    paths = sorted(tmp_path.glob("*/*.txt"))
    assert len(paths) == SYNTHETIC
    stubs = Stubs()
    for path in paths:
        mapped = map_record(read_record(path, tmp_path), context, sha256="0" * 64)
        assert ours(mapped.graph) == oxigraph_nquads(mapped.graph), path
        stubs.add(path.stem, mapped.stubs)
    graph = stubs.graph(iris)
    assert len(graph) > SYNTHETIC
    assert ours(graph) == oxigraph_nquads(graph)


def test_the_tally_counts_the_statements_as_it_counted_the_quads() -> None:
    """Entities under the base typed, links to Wikidata (IRIs and literals), the least
    record; a blank node, a literal subject-like text and another base are not counted."""
    base = "http://example.org/id/"
    graph = Graph(identifier=URIRef(GRAPH))
    for name in ("b", "a", "c"):
        graph.add((URIRef(base + name), RDF.type, RICO.Record))
    graph.add((URIRef("http://aaa.org/x"), RDF.type, RICO.Record))
    graph.add((BNode("n1"), RDF.type, RICO.Agent))
    graph.add((URIRef(base + "p"), SKOS.exactMatch, URIRef(str(WD) + "Q1")))
    graph.add((URIRef(base + "p"), SKOS.exactMatch, Literal(str(WD) + "Q2")))
    graph.add((URIRef(base + "p"), SKOS.exactMatch, URIRef("http://viaf.org/1")))
    graph.add((URIRef(base + "p"), RDF.type, Literal("not an IRI")))
    tally = Tally()
    tally.count(statements(graph), base)
    assert tally.entities == {base + "a", base + "b", base + "c", base + "p"}
    assert tally.links == 2
    assert tally.example == "http://aaa.org/x"  # the least IRI typed rico:Record
