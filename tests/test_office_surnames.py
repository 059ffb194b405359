"""An office before a surname alone names the one person of the authority file of that
surname whose note gives that office over the record's year, never a namesake whose known
office is another (review 19 A#4, B#5)."""

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

<person/testru-jawa> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Jawa Testru"@en ;
    skos:altLabel "Testru"@en ;
    skos:note "Prime Minister of India, 1947-1964."@en .

<person/testru-ravi> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Ravi Testru"@en ;
    skos:altLabel "R. Testru"@en ;
    skos:note "Indian Ambassador to the People's Republic of China, 1955-1958."@en .

<person/testru-braj> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Braj Testru"@en ;
    skos:note "Indian Ambassador to the United States, 1961-1968."@en .

<person/testaka-kaku> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Kaku Testaka"@en ;
    skos:note "Prime Minister of Japan, 1972-1974."@en .

<person/testro-fido> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Fido Testro"@en ;
    skos:altLabel "Testro"@en ;
    skos:note "Prime Minister of Cuba, 1959-1976."@en .

<person/testro-raulo> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Raulo Testro"@en ;
    skos:note "Minister of the Revolutionary Armed Forces of Cuba, 1959-2008."@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _people(title: str, date: str) -> tuple[set[str], list[str]]:
    """The participants and senders a record of ``title`` links, and its warnings."""
    record = parse_record(f"**{date}**\n**{title}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))
    linked = {
        str(o).rsplit("/", 1)[1]
        for p in (ADO.participant, SCHEMA.sender)
        for o in mapped.graph.objects(doc, p)
    }
    return linked, [w.message for w in mapped.warnings]


TALK = "Record of Conversation between Premier Testov and {}"


@pytest.mark.parametrize(
    ("title", "date", "meant"),
    [
        (TALK.format("Indian Ambassador Testru"), "1957", "testru-ravi"),
        ("Cable from Indian Ambassador Testru to the Testburg Ministry", "1957", "testru-ravi"),
        (TALK.format("Ambassador Testru"), "1962", "testru-braj"),  # the other's term
        (TALK.format("Prime Minister Testru"), "1957", "testru-jawa"),
        ("Meeting between Prime Minister Testaka and Premier Testov", "1973", "testaka-kaku"),
        (TALK.format("Japanese Prime Minister Testaka"), "1974", "testaka-kaku"),
        (TALK.format("Minister Testro"), "1962", "testro-raulo"),  # "Prime Minister" is another
    ],
)  # fmt: skip
def test_an_office_and_a_surname_name_who_held_the_office_that_year(
    title: str, date: str, meant: str
) -> None:
    assert meant in _people(title, date)[0]


@pytest.mark.parametrize(
    ("title", "date", "not_meant"),
    [
        (TALK.format("Indian Ambassador Testru"), "1957", "testru-jawa"),
        (TALK.format("Indian Ambassador Testru"), "1970", "testru-jawa"),
        (TALK.format("Foreign Minister Testaka"), "1973", "testaka-kaku"),
        (TALK.format("Minister Testro"), "1962", "testro-fido"),
        (TALK.format("Prime Minister Testru"), "1940", "testru-jawa"),  # before his term
    ],
)
def test_never_a_namesake_whose_known_office_is_another(
    title: str, date: str, not_meant: str
) -> None:
    assert not_meant not in _people(title, date)[0]


def test_an_office_several_namesakes_held_before_links_none_and_says_so() -> None:
    linked, warnings = _people(TALK.format("Indian Ambassador Testru"), "1970")
    assert not {"testru-ravi", "testru-braj", "testru-jawa", "testru"} & linked
    assert any("'Indian Ambassador Testru'" in w and "not linked" in w for w in warnings)


@pytest.mark.parametrize(
    ("year", "text", "meant", "not_meant"),
    [
        (1957, "He met Indian Ambassador Testru.", "Ravi Testru", "Jawa Testru"),
        (1957, "He met Prime Minister Testru.", "Jawa Testru", "Ravi Testru"),
        (1957, "He met Mr. Testru.", "Jawa Testru", "Ravi Testru"),  # no office: the label's
    ],
)
def test_a_mention_of_an_office_and_a_surname_is_who_held_it(
    year: int, text: str, meant: str, not_meant: str
) -> None:
    found = {e.label for e in AUTHORITY.scan(text, year=year)[0]}
    assert meant in found
    assert not_meant not in found
