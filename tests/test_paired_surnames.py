"""A bare surname among a title's parties, beside people the authority file knows, is the
file's one bearer of it whose note dates his offices over the record's year; a surname the
file lacks, or that several of it bear, is never his (review 20 A#12)."""

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

<person/testrezhnev-leo> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Leo Testrezhnev"@en ;
    skos:altLabel "Testrezhnev"@en ;
    skos:note "General Secretary of the Testish Party, 1964-1982."@en .

<person/testford-gerry> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Gerry Testford"@en ;
    skos:hiddenLabel "President Testford"@en ;
    skos:note "President of Testland, 1974-1977."@en .

<person/testkov-ivan> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Ivan Testkov"@en ;
    skos:note "Testish Minister of Trade, 1970-1980."@en .

<person/testkov-petr> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Petr Testkov"@en ;
    skos:note "Testish Ambassador to Testland, 1972-1978."@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _linked(title: str, year: str) -> set[str]:
    record = parse_record(f"**{year}**\n**{title}**\n", "x/1.txt", default_id="1")
    graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    doc = URIRef(IRIS.document("1"))
    props = (ADO.participant, SCHEMA.sender, SCHEMA.recipient)
    return {str(o).split("/id/", 1)[1] for p in props for o in graph.objects(doc, p)}


@pytest.mark.parametrize(
    "title",
    [
        "Memorandum of Conversation between Testrezhnev and Testford, Testburg",
        "Testrezhnev to Testford",
        "Testford to Testrezhnev",  # named first, before the other is resolved
    ],
)
def test_a_bare_surname_beside_the_files_people_is_its_one_bearer_of_the_year(
    title: str,
) -> None:
    assert _linked(title, "1975") == {"person/testrezhnev-leo", "person/testford-gerry"}


@pytest.mark.parametrize(
    ("title", "year", "linked"),
    [
        ("Testrezhnev to Testford", "1962", "person/testford"),  # before his years: a stub
        ("Letter from Testford to the Testish Ministry", "1975", "person/testford"),  # alone
        ("Testrezhnev to Testmann", "1975", "person/testmann"),  # the file lacks him
    ],
)
def test_a_bare_surname_the_years_or_the_title_do_not_tie_stays_a_stub(
    title: str, year: str, linked: str
) -> None:
    assert linked in _linked(title, year)


def test_a_surname_several_of_the_file_bear_is_not_linked() -> None:
    assert _linked("Testrezhnev to Testkov", "1975") == {"person/testrezhnev-leo"}
