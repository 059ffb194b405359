"""An office with its holder's surname in brackets, FRUS' "the Ambassador to the Soviet Union
(Thompson)", names the holder as "Office Surname" does: the file's person whose note gives
that office in the record's year, never a stub of the bare surname beside him (review 21
A#12); the office worded otherwise than in the note names the bearer whose note dates a post
then, of the body the office is of if it names one, and where the file holds the surname and
no bearer fits, no one (review 22 C#5); an envoy's office only a post to its state holds
(diff review 22 D#6: "the Ambassador in Japan (Johnson)" is no President Johnson)."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record
from linkeddata.vocab import SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testson-lew> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Lew Testson"@en ;
    skos:note "US Ambassador to the Soviet Union, 1957-1962 and 1967-1969 (common)."@en .

<person/testusk-dan> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Dan Testusk"@en ;
    skos:note "US Secretary of State, 1961-1969."@en .

<person/testdy-mcgeorge> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "McGeorge Testdy"@en ;
    skos:note "US National Security Advisor, 1961-1966 (not his brother)."@en .

<person/testow-walt> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Walt Testow"@en ;
    skos:note "US National Security Advisor, 1966-1969."@en .

<person/testow-eugen> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Eugen Testow"@en ;
    skos:note "US Under Secretary of State for Political Affairs, 1966-1969."@en .

<person/testjohn-lyndon> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Lyndon Testjohn"@en ;
    skos:note "President of Testland, 1963-1969."@en .

<person/testerly-alexis> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Alexis Testerly"@en ;
    skos:note "US Ambassador to Norway, 1966-1969."@en .

<person/testerly-paul> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Paul Testerly"@en ;
    skos:note "US Ambassador to Denmark, 1965-1968."@en .

<place/norway> a schema:Place ;
    skos:prefLabel "Norway"@en .

<place/testlo> a schema:Place ;
    skos:prefLabel "Testlo"@en ;
    schema:containedInPlace <place/norway> .

<place/denmark> a schema:Place ;
    skos:prefLabel "Denmark"@en .

<place/soviet-union> a schema:Place ;
    skos:prefLabel "Soviet Union"@en .

<place/testgrad> a schema:Place ;
    skos:prefLabel "Testgrad"@en .

<org/cia> a foaf:Organization, schema:Organization ;
    skos:prefLabel "Central Intelligence Agency"@en ;
    skos:altLabel "CIA"@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _linked(title: str, date: str) -> set[str]:
    """The senders and recipients a record of ``title`` links, by their keys."""
    record = parse_record(f"**{date}**\n**{title}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))
    return {
        str(o).rsplit("/", 1)[1]
        for p in (SCHEMA.sender, SCHEMA.recipient)
        for o in mapped.graph.objects(doc, p)
    }


@pytest.mark.parametrize(
    ("title", "date", "meant"),
    [
        (
            "Letter From the Ambassador to the Soviet Union (Testson) to the Under Secretary "
            "of State (Testbach)",
            "January 9, 1969",
            {"testson-lew", "testbach"},
        ),
        (
            "Telegram From the Secretary of State (Testusk) to the Embassy in Testburg",
            "May 2, 1963",
            {"testusk-dan"},
        ),
    ],
)
def test_a_surname_in_brackets_after_an_office_is_its_holder(
    title: str, date: str, meant: set[str]
) -> None:
    assert meant <= _linked(title, date)
    assert not {"testson", "testusk"} & _linked(title, date)


def test_a_holder_the_file_lacks_is_a_stub_of_his_surname() -> None:
    linked = _linked("Memorandum From the Director of Central Intelligence (Testcone)", "1962")
    assert "testcone" in linked


def test_a_unit_in_brackets_after_a_body_is_no_holder() -> None:
    linked = _linked("Memorandum from the CIA (Office of National Estimates)", "1962")
    assert not any("office" in key or "estimates" in key for key in linked)


@pytest.mark.parametrize("post", ["Testgrad", "Hungary"])
def test_a_place_or_a_state_in_brackets_after_an_office_is_no_holder(post: str) -> None:
    linked = _linked(f"Telegram from the Ambassador ({post}) to the Department of State", "1955")
    assert post.casefold() not in linked  # the post, review 21 C


@pytest.mark.parametrize(
    ("office", "date"),
    [
        ("the President's Special Assistant for National Security Affairs", "July 28, 1961"),
        ("the President's Special Assistant", "1963"),
        ("the Deputy Special Assistant for National Security Affairs", "1966"),
    ],
)
def test_an_office_worded_otherwise_than_in_the_note_is_its_bearers_then(
    office: str, date: str
) -> None:
    linked = _linked(f"Memorandum From {office} (Testdy) to the Secretary of State", date)
    assert "testdy-mcgeorge" in linked
    assert "testdy" not in linked


@pytest.mark.parametrize(
    ("office", "date"),
    [
        ("the Assistant Secretary of State for Far Eastern Affairs", "1965"),  # his brother
        ("the President's Special Assistant", "1972"),
    ],
)
def test_a_surname_the_file_holds_and_no_bearer_fits_is_no_one(office: str, date: str) -> None:
    linked = _linked(f"Memorandum From {office} (Testdy) to the Secretary of State", date)
    assert not {"testdy", "testdy-mcgeorge"} & linked


@pytest.mark.parametrize(
    ("office", "meant"),
    [
        ("the Deputy Special Assistant for National Security Affairs", {"testow-walt"}),
        ("the Under Secretary of State for Political Affairs", {"testow-eugen"}),
        ("the President's Special Assistant", set()),  # no word tells the brothers apart
    ],
)
def test_of_namesakes_in_posts_then_the_office_names_the_closest(
    office: str, meant: set[str]
) -> None:
    linked = _linked(f"Memorandum From {office} (Testow) to the Secretary of State", "1967")
    assert linked & {"testow", "testow-walt", "testow-eugen"} == meant


@pytest.mark.parametrize(
    ("office", "meant"),
    [
        ("the Ambassador in Testlo", {"testerly-alexis"}),
        ("the Ambassador to Norway", {"testerly-alexis"}),
        ("the Ambassador in Denmark", {"testerly-paul"}),
    ],
)
def test_an_envoys_office_is_held_by_the_bearer_posted_to_its_state(
    office: str, meant: set[str]
) -> None:
    linked = _linked(f"Telegram From {office} (Testerly) to the Department of State", "1967")
    assert linked & {"testerly", "testerly-alexis", "testerly-paul"} == meant


@pytest.mark.parametrize("surname", ["Testjohn", "Testson"])
def test_an_envoys_office_is_no_namesakes_posted_elsewhere(surname: str) -> None:
    title = f"Telegram From the Ambassador in Testlo ({surname}) to the Department of State"
    linked = _linked(title, "1968")  # a President then, an ambassador to another state
    assert not any(key.startswith(surname.casefold()) for key in linked)
