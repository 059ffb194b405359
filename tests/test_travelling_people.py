"""A message between two people whose title closes with a city went there: a person may
travel, the state's leader too (Mao in Moscow, at Beidaihe), so no rank of offices says who
stayed at home (diff review 23 F#1, which reverted that rule)."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record
from linkeddata.vocab import ADO, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testov-testo> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Testo Testov"@en ;
    skos:note "President of Bulgaria, 1950-1960."@en .

<person/testin-testo> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Testo Testin"@en ;
    skos:note "Premier of Bulgaria, 1950-1960."@en .

<person/testar-testo> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Testo Testar"@en ;
    skos:note "Bulgarian Minister of Testing."@en .

<person/testani-testo> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Testo Testani"@en ;
    skos:note "Testian writer."@en .

<place/bulgaria> a schema:Place ;
    skos:prefLabel "Bulgaria"@en .

<place/sofia> a schema:Place ;
    skos:prefLabel "Sofia"@en ;
    schema:containedInPlace <place/bulgaria> .

<place/geneva> a schema:Place ;
    skos:prefLabel "Geneva"@en .

<place/testhai> a schema:Place ;
    skos:prefLabel "Testhai"@en .

<place/romania> a schema:Place ;
    skos:prefLabel "Romania"@en .

<place/bucharest> a schema:Place ;
    skos:prefLabel "Bucharest"@en ;
    schema:containedInPlace <place/romania> .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))
_DOC = URIRef(IRIS.document("1"))


def _places(title: str, year: int) -> tuple[set[str], set[str]]:
    """The keys of the places a title of ``year`` says it was written in and went to."""
    record = parse_record(f"**{year}**\n**{title}**\n", "x/1.txt", default_id="1")
    graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    made = {str(p).rsplit("/", 1)[1] for p in graph.objects(_DOC, SCHEMA.locationCreated)}
    went = {str(p).rsplit("/", 1)[1] for p in graph.objects(_DOC, ADO.destination)}
    return made, went


@pytest.mark.parametrize(
    ("title", "year", "went"),
    [  # a lower office to the leader: the leader may be abroad, at a resort, at a summit
        ("Telegram, Testo Testin to Testo Testov, Geneva", 1954, "geneva"),
        ("Telegram, Testo Testar to Testo Testin, Geneva", 1954, "geneva"),
        ("Telegram, Testo Testin to Testo Testov, Testhai", 1954, "testhai"),
        ("Telegram, Testo Testin to Testo Testov, Bucharest", 1954, "bucharest"),
        # the leader to a lower office, the state's capital, a sender of no state: as ever
        ("Telegram, Testo Testov to Testo Testin, Geneva", 1954, "geneva"),
        ("Telegram, Testo Testin to Testo Testov, Sofia", 1954, "sofia"),
        ("Telegram, Testo Testani to Testo Testov, Geneva", 1954, "geneva"),
    ],
)
def test_a_message_to_a_person_went_to_the_city_closing_it(
    title: str, year: int, went: str
) -> None:
    assert _places(title, year) == (set(), {went})
