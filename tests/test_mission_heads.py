"""A mission's head named by his surname alone beside it is the file's one bearer of it whose
note posts him as an envoy to the mission's state: the surname in capitals closing the
embassy's cable, however the record names the embassy (review 22 C#3), and the surname in
brackets after a mission in a title (A#13); never a stub of the surname beside him."""

from __future__ import annotations

from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.mapping.mission_heads import mission_head
from linkeddata.parser import parse_record
from linkeddata.vocab import DCTERMS, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testler-foy> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Foy D. Testler"@en ;
    skos:hiddenLabel "Ambassador Testler"@en ;
    skos:note "US Ambassador to Testland, 1962-1966."@en .

<person/testson-lew> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Lew Testson"@en ;
    skos:hiddenLabel "Ambassador Testson"@en ;
    skos:note "US Ambassador to Testland, 1957-1962 and 1967-1969."@en .

<person/testecki-jerzy> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Jerzy Testecki"@en ;
    skos:note "Polish Ambassador to Testnam, 1965-1968."@en .

<person/testyost-charles> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Charles W. Testyost"@en ;
    skos:note "US Ambassador to the United Nations, 1969-1971."@en .

<person/testuart-john> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "John Testuart"@en ;
    skos:hiddenLabel "Ambassador Testuart"@en ;
    skos:note "US Ambassador to Testnam, 1946-1949."@en .

<place/new-york> a schema:Place ;
    skos:prefLabel "New York"@en .

<place/testhai> a schema:Place ;
    skos:prefLabel "Testhai"@en .

<place/testland> a schema:Place ;
    skos:prefLabel "Testland"@en .

<place/testburg> a schema:Place ;
    skos:prefLabel "Testburg"@en ;
    schema:containedInPlace <place/testland> .

<place/testnam> a schema:Place ;
    skos:prefLabel "Testnam"@en .

<place/testoi> a schema:Place ;
    skos:prefLabel "Testoi"@en ;
    schema:containedInPlace <place/testnam> .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _graph(text: str) -> Graph:
    record = parse_record(text, "x/1.txt", default_id="1")
    return map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph


def _keys(graph: Graph, *props: URIRef) -> set[str]:
    doc = URIRef(IRIS.document("1"))
    return {str(o).rsplit("/", 1)[1] for p in props for o in graph.objects(doc, p)}


def _cable(title: str, year: int, signer: str, sender: str = "AMEMBASSY TESTBURG") -> str:
    return (
        f"**October 27, {year}**\n**{title}**\n\n**Contents:**\n\nCONFIDENTIAL\n\n"
        f"FM {sender}\nTO SECSTATE WASHDC NIACT 1085\n\n"
        "The press today carries the full text of the letter to the President.\n\n"
        f"{signer}\n"
    )


def test_the_surname_closing_a_cable_routed_from_an_embassy_is_its_ambassador() -> None:
    graph = _graph(_cable("Telegram from Testburg to Washington", 1963, "TESTLER"))
    assert _keys(graph, DCTERMS.creator) == {"testler-foy"}


def test_a_surname_no_bearer_of_which_headed_the_embassy_then_is_no_one() -> None:
    graph = _graph(_cable("Telegram from Testburg to Washington", 1965, "TESTSON"))
    assert _keys(graph, DCTERMS.creator) == set()  # ambassador before and after, not in 1965


def test_a_surname_the_file_lacks_is_no_one() -> None:
    graph = _graph(_cable("Telegram from Testburg to Washington", 1963, "TESTOVICH"))
    assert _keys(graph, DCTERMS.creator) == set()  # a surname alone is never stubbed


def test_a_surname_in_brackets_after_a_mission_is_its_head() -> None:
    title = "Cable from Polish Embassy in Testoi (Testecki) to Polish Foreign Ministry"
    graph = _graph(f"**1966**\n**{title}**\n")
    assert "testecki-jerzy" in _keys(graph, SCHEMA.sender)
    assert "testecki" not in _keys(graph, SCHEMA.sender)


def test_a_surname_in_brackets_after_a_mission_elsewhere_is_not_the_files_envoy() -> None:
    title = "Cable from Polish Embassy in Testburg (Testecki) to Polish Foreign Ministry"
    graph = _graph(f"**1966**\n**{title}**\n")
    assert "testecki-jerzy" not in _keys(graph, SCHEMA.sender)


def test_the_surname_closing_a_cable_of_the_mission_to_the_united_nations_is_its_head() -> None:
    cable = _cable("Telegram to Washington", 1970, "TESTYOST", "USMISSION USUN NEW YORK")
    assert _keys(_graph(cable), DCTERMS.creator) == {"testyost-charles"}


def test_an_envoy_to_the_united_nations_heads_its_missions_not_a_states_embassy() -> None:
    un_mission = "United States Mission to the United Nations"
    assert mission_head(AUTHORITY, "TESTYOST", un_mission, 1970) == [
        AUTHORITY.lookup("Charles W. Testyost")[0]
    ]
    assert mission_head(AUTHORITY, "TESTLER", un_mission, 1963) == []  # Testland's ambassador
    assert mission_head(AUTHORITY, "TESTYOST", "American Embassy in Testburg", 1970) == []


def test_a_post_to_a_state_the_file_does_not_put_the_missions_city_in_tells_nothing() -> None:
    assert mission_head(AUTHORITY, "TESTUART", "American Embassy in Testhai", 1948) is None
    cable = _cable("Telegram to Washington", 1948, "TESTUART", "AMEMBASSY TESTHAI")
    assert _keys(_graph(cable), DCTERMS.creator) == {"testuart-john"}  # "Ambassador Testuart"
