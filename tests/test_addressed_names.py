"""A form of address and a surname alone ("Mr. Testedy") name the file's person only in his
public life, the years his note dates (from five years before), where the surname is not his
alone: in a record of 1981, "Mr. Kennedy" is not the President of 1961-1963 (review 22 D#2),
while "Mr. Nixon" of 1979, the file's one Nixon, is the ex-President (diff review 22 D#3)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testedy-john> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "John F. Testedy"@en ;
    skos:hiddenLabel "President Testedy"@en, "Testedy"@en ;
    skos:note "President of Testland, 1961-1963."@en .

<person/testedy-robert> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Robert F. Testedy"@en ;
    skos:note "Attorney General of Testland, 1961-1964."@en .

<person/testson-richard> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Richard Testson"@en ;
    skos:altLabel "Testson"@en ;
    skos:note "President of Testland, 1969-1974."@en .

<person/testow-benazir> a foaf:Person, schema:Person ;
    schema:gender schema:Female ;
    skos:prefLabel "Benazir Testow"@en ;
    skos:altLabel "Testow"@en ;
    skos:note "Prime Minister of Testland, 1988-1990; daughter of a Prime Minister."@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _named(text: str, year: int) -> list[str]:
    found, _ = AUTHORITY.scan(text, year=year, running=True)
    return [entity.label for entity in found]


def _title_graph(title: str, year: int) -> Graph:
    record = parse_record(f"**June 1, {year}**\n**{title}**\n", "x/1.txt", default_id="1")
    return map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph


@pytest.mark.parametrize(
    "text",
    [
        "The Ambassador met Mr. Testedy of the State Department.",  # a namesake in the file
        "The Ambassador met Ms. Testow of the State Department.",  # kin in her note
    ],
)
def test_a_form_of_address_after_the_years_of_a_shared_surname_names_no_one(text: str) -> None:
    assert _named(text, 2001) == []


@pytest.mark.parametrize(("text", "year"), [("Mr. Testson", 1979), ("Mr. Testson", 1960)])
def test_a_surname_the_person_alone_bears_is_his_out_of_his_years(text: str, year: int) -> None:
    assert _named(f"The Premier met {text} in Testburg.", year) == ["Richard Testson"]
    graph = _title_graph(f"Memorandum of Conversation between Premier Testov and {text}", year)
    assert any("testson-richard" in str(o) for o in graph.objects())


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Ambassador met Mr. Testedy at the White House.", 1962),
        ("The Ambassador met President Testedy at the White House.", 1963),
        ("The Ambassador recalled what Testedy had said.", 1981),  # no address: as before
    ],
)
def test_a_surname_in_the_persons_years_or_without_address_is_his(text: str, year: int) -> None:
    assert _named(text, year) == ["John F. Testedy"]


@pytest.mark.parametrize(("year", "linked"), [(1981, False), (1962, True)])
def test_a_titles_addressed_surname_is_the_person_in_his_years(year: int, linked: bool) -> None:
    graph = _title_graph(
        "Memorandum of Conversation between Ambassador Testov and Mr. Testedy", year
    )
    objects = {str(o) for o in graph.objects()}
    assert any("testedy-john" in o for o in objects) is linked
    assert not any(o.endswith("/person/testedy") for o in objects)  # no bare-surname stub


def test_a_titles_addressed_surname_of_kin_out_of_her_years_is_no_one_and_no_stub() -> None:
    graph = _title_graph("Memorandum of Conversation between Premier Testov and Ms. Testow", 2001)
    objects = {str(o) for o in graph.objects()}
    assert not any("testow" in o for o in objects)  # neither Benazir nor a stub of the name
