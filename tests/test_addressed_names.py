"""A form of address and a surname alone ("Mr. Testedy") name the file's person only in his
public life, the years his note dates (from five years before): in a record of 1981, "Mr.
Kennedy" is not the President of 1961-1963 (review 22 D#2)."""

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
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _named(text: str, year: int) -> list[str]:
    found, _ = AUTHORITY.scan(text, year=year, running=True)
    return [entity.label for entity in found]


def test_a_form_of_address_after_the_persons_years_names_no_one() -> None:
    assert _named("The Ambassador met Mr. Testedy of the State Department.", 1981) == []


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
    title = "Memorandum of Conversation between Ambassador Testov and Mr. Testedy"
    record = parse_record(f"**June 1, {year}**\n**{title}**\n", "x/1.txt", default_id="1")
    graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    assert any("testedy-john" in str(o) for o in graph.objects()) is linked
