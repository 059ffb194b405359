"""A bare surname among a title's parties is never tied to the authority file's one bearer of
it because the title also names people the file knows: a given name of the file ("Stewart"
Udall) is no surname, and one entry of a common surname in a lesser post says nothing about
the record ("Brown" of 1967 is not Harold Brown). It stays a stub where the file knows no one
by it, is the file's bare label where the curator gave one (diff review 20 D#1, undoing review
20 A#12's rule), and else is the bearer who was a head of state, government or party that year
or no one, never a stub (review 23 C#6)."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from test_title_agents import doc, entity, mapped_graph

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

<person/testall-stewart> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Stewart Testall"@en ;
    skos:note "Testland Secretary of the Interior, 1961-1969."@en .

<person/testbrown-harold> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Harold Testbrown"@en ;
    skos:note "Testland Air Force Secretary, 1965-1969; Defense Secretary, 1977-1981."@en .

<person/testulikov-viktor> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Viktor Testulikov"@en ;
    skos:altLabel "Testulikov"@en ;
    skos:note "Marshal, Commander-in-Chief of the Testish Pact, 1977-1989."@en .

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
    ("title", "year", "stub"),
    [
        # a given name of the file's is no one's surname
        ("Record of Conversation between Leo Testrezhnev and Stewart", "1968", "stewart"),
        ("Testrezhnev to Testmann", "1975", "testmann"),  # the file lacks him
    ],
)
def test_a_bare_surname_beside_the_files_people_stays_a_stub(
    title: str, year: str, stub: str
) -> None:
    linked = _linked(title, year)
    assert f"person/{stub}" in linked
    assert not {"person/testall-stewart", "person/testbrown-harold", "person/testford-gerry"} & (
        linked
    )


@pytest.mark.parametrize(
    ("title", "linked"),
    [  # review 23 C#6: a surname the file gives only in full is never a stub
        # the one entry of a surname, in a lesser post over the year, says nothing
        ("Record of Conversation between Leo Testrezhnev and Testbrown", set()),
        # a head of state's, of the year, is his (the surname alone names heads)
        ("Memorandum of Conversation between Testrezhnev and Testford", {"person/testford-gerry"}),
        ("Testford to Testrezhnev", {"person/testford-gerry"}),
    ],
)
def test_a_surname_the_file_gives_in_full_is_a_head_of_the_year_or_no_one(
    title: str, linked: set[str]
) -> None:
    year = "1967" if "Testbrown" in title else "1975"
    assert _linked(title, year) - {"person/testrezhnev-leo"} == linked


def test_a_bare_label_the_curator_gave_is_still_linked() -> None:
    assert _linked("Letter from Testulikov to Testrezhnev", "1982") == {
        "person/testulikov-viktor",
        "person/testrezhnev-leo",
    }


def test_a_surname_several_of_the_file_bear_is_not_linked() -> None:
    assert _linked("Testrezhnev to Testkov", "1975") == {"person/testrezhnev-leo"}


@pytest.mark.parametrize(
    ("title", "year", "surname"),
    [
        ("Conversation between Gromyko and Stewart on Testland", "1968", "stewart"),
        ("Conversation between Lyndon B. Johnson and Humphrey on Testland", "1964", "humphrey"),
        ("Conversation between Jawaharlal Nehru and Allen on Testland", "1955", "allen"),
        ("Conversation between Henry Kissinger and Lee on Testland", "1971", "lee"),
    ],
)
def test_the_files_given_names_and_lone_surnames_link_no_one_beside_a_known_party(
    title: str, year: str, surname: str
) -> None:
    """With the authority file: Stewart Udall, Humphrey Trevelyan, Allen Dulles and Lee Hu-rak
    are not whoever a bare surname beside a known party names."""
    graph = mapped_graph(f"**{year}**\n**{title}**\n")
    people = {str(o) for o in graph.objects(doc(), ADO.participant)}
    assert str(entity("person", surname)) in people
    assert len(people) == 2


def test_harold_brown_is_not_a_brown_of_1967_nor_is_a_stub() -> None:
    graph = mapped_graph("**1967**\n**Conversation between Kosygin and Brown on Testland**\n")
    people = {str(o) for o in graph.objects(doc(), ADO.participant)}
    assert not {str(entity("person", "brown")), str(entity("person", "brown-harold"))} & people


def test_a_surname_paired_with_a_full_name_the_file_knows_is_two_people() -> None:
    """Review 23 C#13: "the Kosygin-Zhou Enlai Meeting"."""
    linked = _linked("Memorandum on the Testulikov-Leo Testrezhnev Meeting at Testburg", "1980")
    assert linked == {"person/testulikov-viktor", "person/testrezhnev-leo"}


def test_a_full_name_the_file_lacks_after_the_hyphen_splits_nothing() -> None:
    linked = _linked("Memorandum on the Testulikov-Testo Testman Meeting at Testburg", "1980")
    assert "person/testulikov-viktor" not in linked


@pytest.mark.parametrize(
    "title",
    [  # review 23 diff B#3: a pair that is no two people names no one, never one stub
        "Report on the Testulikov-Testrezhnev Testburg Summit",
        "Record of the Testburg-Testgrad Talks",
        "Memorandum on the Testotov-Testrop Pact Talks",
        "The Testinger-Testynin Channel Meeting",
    ],
)
def test_a_hyphenated_pair_that_is_no_two_people_names_no_one(title: str) -> None:
    assert not _linked(title, "1980")


def test_a_pair_of_two_people_still_names_both() -> None:
    assert _linked("Record of the Testulikov-Testrezhnev Talks", "1980") == {
        "person/testulikov-viktor",
        "person/testrezhnev-leo",
    }
