"""Initials and a surname name the file's one person of that surname whose given name they
agree with, in any of the file's spellings of the surname (review 21 B#6), but a common or
shared surname only within the years the person's note dates, with five years' margin: a
notetaker of 1988 is not the deputy minister of 1955-1977 (review 21 C#2)."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record
from linkeddata.vocab import DCTERMS

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testyonov-vlad> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Vlad Testyonov"@en ;
    skos:altLabel "Vlad Testenov"@en, "V.S. Testenov"@en ;
    skos:note "Soviet diplomat: High Commissioner in Testland, 1953-1954."@en .

<person/testnetsov-vasil> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Vasil Testnetsov"@en ;
    skos:altLabel "V.V. Testnetsov"@en ;
    skos:note "First Deputy Foreign Minister of the USSR, 1955-1977 (common, none alone)."@en .

<person/testyko-andrei> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Andrei Testyko"@en ;
    skos:altLabel "Testyko"@en ;
    skos:note "Foreign Minister of the USSR, 1957-1985."@en .

<person/testchin-nikolai> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Nikolai Testchin"@en ;
    skos:note "Soviet Ambassador to China, 1948-1952."@en .

<person/testchin-aleksei> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "A.A. Testchin"@en ;
    skos:note "Soviet diplomat at the Geneva disarmament talks, 1966-1970."@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _creators(body_end: str, date: str) -> set[str]:
    """The creators a conversation record closed by ``body_end`` links, by their keys."""
    text = (
        f"**{date}**\n**Record of Conversation with Testov**\n\n**Contents:**\n\n"
        f"Translation - English\n\nText of the talk.\n\n{body_end}\n"
    )
    record = parse_record(text, "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))
    return {str(o).rsplit("/", 1)[1] for o in mapped.graph.objects(doc, DCTERMS.creator)}


@pytest.mark.parametrize(
    ("body_end", "date", "meant"),
    [
        ("Recorded by V. Testenov", "June 20, 1953", "testyonov-vlad"),  # another spelling
        ("Recorded by V. Testnetsov", "March 3, 1962", "testnetsov-vasil"),  # his years
        ("Recorded by A. Testyko", "May 5, 1990", "testyko-andrei"),  # the file's bare surname
        ("Recorded by A. Testchin", "May 5, 1968", "testchin-aleksei"),
    ],
)
def test_initials_name_the_one_person_they_agree_with(body_end: str, date: str, meant: str) -> None:
    assert meant in _creators(body_end, date)


@pytest.mark.parametrize(
    ("body_end", "date", "stub"),
    [
        ("Recorded by V. Testnetsov", "September 9, 1988", "v-testnetsov"),
        ("Recorded by N. Testchin", "May 5, 1968", "n-testchin"),  # a shared surname
    ],
)
def test_a_common_surname_out_of_its_years_is_a_stub(body_end: str, date: str, stub: str) -> None:
    creators = _creators(body_end, date)
    assert stub in creators
    assert not any(key.startswith(("testnetsov", "testchin")) for key in creators)
