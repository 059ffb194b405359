"""A description's triples serialise to the bytes its quads do (:mod:`linkeddata.web.rdf`):
the server writes formats without named graphs from the triples, never making quads of them."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from linkeddata.web.rdf import (
    compact_jsonld,
    keeps_graphs,
    serialise,
    serialise_sorted,
    serialise_triples,
    sorted_quads,
    sorted_triples,
    triples_of,
)

BASE = "http://127.0.0.1:8080/"
EX = "http://ex.org/"


def _quads() -> list[ox.Quad]:
    doc, person = ox.NamedNode(f"{BASE}id/document/1"), ox.NamedNode(f"{BASE}id/person/p")
    title = ox.NamedNode("http://purl.org/dc/terms/title")
    name = ox.NamedNode("http://xmlns.com/foaf/0.1/name")
    year = ox.Literal("1967", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    g1, g2 = ox.NamedNode(f"{BASE}graph/document/1"), ox.NamedNode(f"{BASE}graph/stubs")
    blank = ox.BlankNode("b1")
    return [
        ox.Quad(doc, title, ox.Literal("Telegram", language="en"), g1),
        ox.Quad(doc, title, ox.Literal("Telegram", language="en"), g2),  # one triple, two graphs
        ox.Quad(doc, ox.NamedNode(f"{EX}date"), year, g1),
        ox.Quad(doc, ox.NamedNode(f"{EX}mentions"), person, g1),
        ox.Quad(doc, ox.NamedNode(f"{EX}part"), blank, g1),
        ox.Quad(blank, ox.NamedNode(f"{EX}note"), ox.Literal('"x" skos:y'), g1),
        ox.Quad(person, name, ox.Literal("P"), ox.DefaultGraph()),
        ox.Quad(person, name, ox.Literal("P"), ox.DefaultGraph()),
    ]


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld", "rdfxml"])
def test_triples_serialise_as_their_quads(name: str) -> None:
    quads = _quads()
    body = serialise(quads, name, base=BASE)
    assert serialise_triples([q.triple for q in reversed(quads)], name, base=BASE) == body
    assert len(triples_of(quads)) == 6


def test_triples_come_in_the_order_of_the_sorted_quads_less_their_graphs() -> None:
    quads = _quads()
    by_quads = list(dict.fromkeys(q.triple for q in sorted_quads(quads)))
    assert triples_of(reversed(quads)) == by_quads


@pytest.mark.parametrize("name", ["nquads", "trig"])
def test_formats_with_graphs_take_quads_only(name: str) -> None:
    assert keeps_graphs(name)
    with pytest.raises(ValueError, match="named graphs"):
        serialise_triples([q.triple for q in _quads()], name, base=BASE)
    assert b"graph/stubs" in serialise(_quads(), name, base=BASE)


def test_jsonld_is_written_from_triples_although_it_could_carry_graphs() -> None:
    assert not keeps_graphs("jsonld")


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld", "rdfxml"])
def test_triples_sorted_once_serialise_as_the_unsorted_ones(name: str) -> None:
    triples = [q.triple for q in reversed(_quads())]
    body = serialise_triples(triples, name, base=BASE)
    assert serialise_sorted(sorted_triples(triples), name, base=BASE) == body


def test_triple_terms_sort_after_every_other_object() -> None:
    doc, p = ox.NamedNode(f"{BASE}id/document/1"), ox.NamedNode(f"{EX}p")
    term = ox.Triple(doc, p, ox.Literal("x"))
    triples = [ox.Triple(doc, p, term), ox.Triple(doc, p, ox.BlankNode("b")), *triples_of(_quads())]
    ordered = sorted_triples(reversed(triples))
    assert ordered[ordered.index(ox.Triple(doc, p, ox.BlankNode("b"))) + 1] == triples[0]
    assert ordered == list(
        dict.fromkeys(q.triple for q in sorted_quads(ox.Quad(*t) for t in triples))
    )


def test_jsonld_node_objects() -> None:
    """Types of IRIs under ``@type``, any other type as a value; plain strings bare, one value
    bare and several in a list, in the order of the sorted triples."""
    doc, blank = ox.NamedNode(f"{BASE}id/document/1"), ox.BlankNode("c")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    dcterms = "http://purl.org/dc/terms/"
    year = ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")
    triples = [
        ox.Triple(doc, rdf_type, ox.NamedNode("https://www.ica.org/standards/RiC/ontology#Record")),
        ox.Triple(doc, rdf_type, blank),
        ox.Triple(doc, ox.NamedNode(f"{dcterms}title"), ox.Literal("T", language="en")),
        ox.Triple(doc, ox.NamedNode(f"{dcterms}identifier"), ox.Literal("1")),
        ox.Triple(doc, ox.NamedNode(f"{dcterms}date"), ox.Literal("1967", datatype=year)),
        ox.Triple(blank, ox.NamedNode(f"{EX}p"), ox.BlankNode("d")),
        ox.Triple(doc, ox.NamedNode(f"{dcterms}subject"), ox.NamedNode(f"{BASE}id/place/y")),
        ox.Triple(doc, ox.NamedNode(f"{dcterms}subject"), ox.NamedNode(f"{BASE}id/place/x")),
    ]
    graph = json.loads(compact_jsonld(sorted_triples(triples), BASE))["@graph"]
    assert graph == [
        {"@id": "_:c", f"{EX}p": {"@id": "_:d"}},
        {
            "@id": "id:document/1",
            "@type": "rico:Record",
            "dcterms:date": {"@value": "1967", "@type": "xsd:gYear"},
            "dcterms:identifier": "1",
            "dcterms:subject": [{"@id": "id:place/x"}, {"@id": "id:place/y"}],
            "dcterms:title": {"@value": "T", "@language": "en"},
            "rdf:type": {"@id": "_:c"},
        },
    ]
    assert list(graph[1]) == sorted(graph[1], key=lambda k: (k != "@id", k != "@type", k))
    with pytest.raises(ValueError, match="triple terms"):
        compact_jsonld([ox.Triple(doc, rdf_type, triples[0])], BASE)
