"""A surname alone closing a telegram is the authority file's one bearer of it only where his
note makes him, within five years of the record's, a diplomat of the state the telegram is
sent for (review 22 A#1): never a head of state or a minister of that name, a diplomat of
another state, or a bearer whose note refuses the surname alone; then it is signed as written,
with a warning, and never stubbed."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, Mapped, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record
from linkeddata.vocab import ADO, DCTERMS

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testai-jozsef> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "József Testai"@en ;
    skos:note "Hungarian Ambassador to Testland, 1976-1978."@en .

<person/testson-lyndon> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Lyndon Testson"@en ;
    skos:note "President of the United States, 1963-1969."@en .

<person/testmidt-helmut> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Helmut Testmidt"@en ;
    skos:note "Chancellor of the Federal Republic of Germany, 1974-1982."@en .

<person/testnetsov-vasily> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Vasily Testnetsov"@en ;
    skos:note "Soviet Ambassador to Testland, 1962-1968 (a common surname, hence none alone)."@en .

<person/teehan-francis> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Francis Teehan"@en ;
    skos:altLabel "Teehan"@en ;
    skos:note "US Ambassador to Testland, 1980-1983."@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))
_DOC = URIRef(IRIS.document("1"))
PROSE = "We have discussed the question with the Foreign Minister, who will reply next week."


def _mapped(title: str, last: str, year: str) -> Mapped:
    text = (
        f"**{year}**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{PROSE}\n\n{last}\n"
    )
    record = parse_record(text, "x/1.txt", default_id="1")
    return map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)


def _creators(mapped: Mapped) -> set[str]:
    return {str(o).rsplit("/", 1)[1] for o in mapped.graph.objects(_DOC, DCTERMS.creator)}


@pytest.mark.parametrize(
    ("title", "last", "year", "creator"),
    [
        ("Telegram from the Hungarian Legation in Testgrad", "Testai", "1977", "testai-jozsef"),
        ("Telegram from the Hungarian Legation in Testgrad", "TESTAI", "1981", "testai-jozsef"),
        ("Telegram from the US Delegation in Testgrad", "TEEHAN", "1981", "teehan-francis"),
    ],
)
def test_a_lone_surname_signs_as_the_files_diplomat_of_the_sending_state(
    title: str, last: str, year: str, creator: str
) -> None:
    mapped = _mapped(title, last, year)
    assert _creators(mapped) == {creator}


@pytest.mark.parametrize(
    ("title", "last", "year"),
    [  # a head of state, a chancellor of another Germany, another state's diplomat
        ("Telegram from the US Delegation to the Testburg Conference", "TESTSON", "1966"),
        ("Telegram from the GDR Delegation in Testburg", "Testmidt", "1978"),
        ("Telegram from the Polish Legation in Testgrad", "Testai", "1977"),
        ("Telegram from the Romanian Legation in Testgrad", "Teehan", "1982"),
        # the note refuses the surname alone; out of the years; no sending state
        ("Ciphered Telegram from the Soviet Consulate General in Testburg", "Testnetsov", "1966"),
        ("Telegram from the Hungarian Legation in Testgrad", "Testai", "1990"),
        ("Telegram to the Testian Ministry", "Testai", "1977"),
    ],
)
def test_a_lone_surname_is_never_a_famous_or_foreign_namesake(
    title: str, last: str, year: str
) -> None:
    mapped = _mapped(title, last, year)
    assert _creators(mapped) == set()
    assert str(next(mapped.graph.objects(_DOC, ADO.signatureAsWritten))) == last
    assert not [stub for stub in mapped.stubs if stub.kind == "person"]
    assert any("not linked" in warning.message for warning in mapped.warnings)
