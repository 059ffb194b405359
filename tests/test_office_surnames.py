"""An office before a surname alone names the one person of the authority file of that
surname whose note gives that office over the record's year, never a namesake whose known
office is another (review 19 A#4, B#5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.mapping.authority_file import load_authority
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


_SHARED = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/wang-testan> a foaf:Person, schema:Person ;
    skos:prefLabel "Wang Testan"@en ;
    skos:note "PRC Ambassador to Poland, 1955-1964."@en .

<person/nguyen-testo> a foaf:Person, schema:Person ;
    skos:prefLabel "Nguyen Testo"@en ;
    skos:note "Minister of Foreign Affairs of the Democratic Republic of Vietnam, 1965-1980."@en .

<person/chen-testi> a foaf:Person, schema:Person ;
    skos:prefLabel "Chen Testi"@en ;
    skos:note "Chinese Minister of Foreign Affairs, 1958-1972."@en .

<person/zhang-testu> a foaf:Person, schema:Person ;
    skos:prefLabel "Zhang Testu"@en ;
    skos:note "Vice Minister of Foreign Affairs of the PRC, 1949-1968."@en .

<person/liu-testao> a foaf:Person, schema:Person ;
    skos:prefLabel "Liu Testao"@en ;
    skos:note "PRC Ambassador to the Soviet Union, 1955-1962."@en .

<person/pak-testol> a foaf:Person, schema:Person ;
    skos:prefLabel "Pak Testol"@en ;
    skos:note "Foreign Minister of the DPRK, 1959-1970."@en .

<person/pak-testan> a foaf:Person, schema:Person ;
    skos:prefLabel "Pak Testan"@en ;
    skos:note "Foreign Minister of the DPRK, 1953-1959."@en .

<person/kim-testil> a foaf:Person, schema:Person ;
    skos:prefLabel "Kim Testil"@en ;
    skos:note "Premier of the DPRK, 1972-1976."@en .

<person/kim-testsam> a foaf:Person, schema:Person ;
    skos:prefLabel "Kim Testsam"@en ;
    skos:note "President of the Republic of Korea, 1993-1998."@en .

<person/testkov-ivan> a foaf:Person, schema:Person ;
    skos:prefLabel "Ivan Testkov"@en ;
    skos:note "Vice Minister of Foreign Affairs of the USSR, 1949-1968."@en .

<person/testkov-pyotr> a foaf:Person, schema:Person ;
    skos:prefLabel "Pyotr Testkov"@en ;
    skos:note "Ambassador, 1951-1955; First Vice Minister of Foreign Affairs, 1955-1959."@en .
"""
SHARED = Authority.from_graph(
    Graph().parse(data=_FILE + _SHARED, format="turtle", publicID=IRIS.id_base)
)


def _linked(title: str, date: str) -> tuple[set[str], list[str]]:
    """As :func:`_people`, with the file's people of family names many share."""
    record = parse_record(f"**{date}**\n**{title}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, SHARED, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))
    linked = {
        str(o).rsplit("/", 1)[1]
        for p in (ADO.participant, SCHEMA.sender)
        for o in mapped.graph.objects(doc, p)
    }
    return linked, [w.message for w in mapped.warnings]


@pytest.mark.parametrize(
    ("title", "date", "not_meant"),
    [  # review 19 diff B#1: an office many hold at a time and a family name millions share
        ("Cable from Ambassador Wang to the Testburg Ministry", "1962", "wang-testan"),
        (TALK.format("Ambassador Wang"), "1960", "wang-testan"),
        ("Report on Conversation with Ambassador Liu", "1958", "liu-testao"),
        (TALK.format("Minister Nguyen"), "1979", "nguyen-testo"),
        ("Memorandum of Conversation with Minister Chen", "1960", "chen-testi"),
        (TALK.format("Vice Minister Zhang"), "1957", "zhang-testu"),
        # a nationality before the office must be the state of the note's office
        (TALK.format("Soviet Premier Kim"), "1975", "kim-testil"),
        (TALK.format("Chinese Ambassador Testru"), "1957", "testru-ravi"),
        # a First Vice Minister is a Vice Minister too: two held it in 1957
        (TALK.format("Vice Minister Testkov"), "1957", "testkov-ivan"),
        (TALK.format("Vice Minister Testkov"), "1957", "testkov-pyotr"),
    ],
)
def test_an_office_many_hold_or_of_another_state_names_no_one(
    title: str, date: str, not_meant: str
) -> None:
    linked, warnings = _linked(title, date)
    assert not_meant not in linked
    assert any("not linked" in w for w in warnings)


@pytest.mark.parametrize(
    ("title", "date", "meant"),
    [  # an office one holds in a state at a time still picks one bearer of a shared name
        (TALK.format("Foreign Minister Pak"), "1965", "pak-testol"),
        (TALK.format("Premier Kim"), "1975", "kim-testil"),
        (TALK.format("North Korean Premier Kim"), "1975", "kim-testil"),
        (TALK.format("Indian Ambassador Testru"), "1957", "testru-ravi"),
        (TALK.format("Vice Minister Testkov"), "1965", "testkov-ivan"),
    ],
)
def test_an_office_one_holds_at_a_time_still_names_its_holder(
    title: str, date: str, meant: str
) -> None:
    assert meant in _linked(title, date)[0]


def test_the_warning_claims_no_holder_that_was_none() -> None:
    linked, warnings = _linked(TALK.format("Foreign Minister Pak"), "1978")
    assert not {"pak-testol", "pak-testan"} & linked
    assert any("'Foreign Minister Pak'" in w and "not linked" in w for w in warnings)
    assert not any("held the office" in w for w in warnings)


FILE = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)


@pytest.mark.parametrize(
    ("title", "date", "meant", "not_meant"),
    [  # the file's two Prime Ministers Bhutto: the year chooses (review 19 diff B#1, n/13)
        (TALK.format("Prime Minister Bhutto"), "1975", "bhutto-zulfikar-ali", "bhutto-benazir"),
        (TALK.format("Prime Minister Bhutto"), "1989", "bhutto-benazir", "bhutto-zulfikar-ali"),
        # Kim Il Sung was the DPRK's President to 1994 (n/04): two Presidents Kim in 1993
        (TALK.format("President Kim"), "1980", "kim-il-sung", "kim-young-sam"),
    ],
)
def test_the_files_notes_let_the_year_choose(
    title: str, date: str, meant: str, not_meant: str
) -> None:
    record = parse_record(f"**{date}**\n**{title}**\n", "x/1.txt", default_id="1")
    graph = map_record(record, Context(IRIS, FILE, {}), sha256="0" * 64).graph
    linked = {
        str(o).rsplit("/", 1)[1] for o in graph.objects(URIRef(IRIS.document("1")), ADO.participant)
    }
    assert meant in linked
    assert not_meant not in linked


def test_two_presidents_kim_in_one_year_link_neither() -> None:
    record = parse_record(
        f"**1993**\n**{TALK.format('President Kim')}**\n", "x/1.txt", default_id="1"
    )
    graph = map_record(record, Context(IRIS, FILE, {}), sha256="0" * 64).graph
    linked = {str(o) for o in graph.objects(URIRef(IRIS.document("1")), ADO.participant)}
    assert not any(iri.endswith(("kim-il-sung", "kim-young-sam")) for iri in linked)
