"""A description's triples serialise to the bytes its quads do (:mod:`linkeddata.web.rdf`):
the server writes formats without named graphs from the triples, never making quads of them."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from linkeddata.web.rdf import (
    keeps_graphs,
    serialise,
    serialise_triples,
    sorted_quads,
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
