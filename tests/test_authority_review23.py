"""The governments, bodies and people that review 23's records named and the file lacked:
each wording the catalogue uses links to its one entry in the record's years, and the
surnames their namesakes share are no labels."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from test_authority_entries import AUTHORITY, CURATED, IRIS

from linkeddata.mapping import Context, map_record
from linkeddata.parser import parse_record
from linkeddata.vocab import SCHEMA

DOC = URIRef(IRIS.document("1"))


def sent(title: str, year: int) -> list[str]:
    """The keys of the senders of a record of ``year`` titled ``title``."""
    text = f"**May 1, {year}**\n**{title}**\n"
    record = parse_record(text, "x/1.txt", default_id="1")
    graph: Graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    senders = [str(o) for o in graph.objects(DOC, SCHEMA.sender)]
    assert all(URIRef(s) in CURATED for s in senders), senders
    return [s.removeprefix(IRIS.id_base) for s in senders]


@pytest.mark.parametrize(
    ("key", "wording", "year"),
    [
        ("org/us-government", "Government of the United States", 1972),
        ("org/us-government", "US Government", 1994),
        ("org/prc-government", "Government of the People's Republic of China", 1972),
        ("org/prc-government", "Government of the PRC", 1980),
        ("org/prc-government", "State Council of the PRC", 1980),
        ("org/roc-government", "Government of the Republic of China", 1954),
        ("org/rok-government", "South Korean Government", 1965),
        ("org/japanese-government", "Japanese Government", 1965),
        ("org/frg-government", "West German Government", 1970),
        ("org/gdr-council-of-ministers", "Government of the GDR", 1970),
        ("org/drv-government", "DRV Government", 1965),
        ("org/rvn-government", "South Vietnamese Government", 1965),
        ("org/uk-government", "British Government", 1956),
        ("org/french-government", "French Government", 1956),
        ("org/indian-government", "Government of India", 1962),
        ("org/un-security-council", "UN Security Council", 1950),
        ("org/un-security-council", "United Nations Security Council", 1991),
        ("org/un-general-assembly", "UN General Assembly", 1960),
        ("org/gkchp", "State Committee for the State of Emergency", 1991),
        ("org/kgb-first-chief-directorate", "First Chief Directorate of the KGB", 1980),
        ("org/argentine-foreign-ministry", "Argentine Foreign Ministry", 1980),
        ("org/chilean-foreign-ministry", "Chilean Foreign Ministry", 1973),
        ("org/swedish-foreign-ministry", "Swedish Ministry for Foreign Affairs", 1968),
        ("org/west-german-foreign-office", "West German Foreign Office", 1970),
        ("org/brazilian-national-security-council", "Conselho de Segurança Nacional", 1975),
        ("org/yugoslav-dsip", "Yugoslav Foreign Ministry", 1962),
        ("org/yugoslav-ssip", "Yugoslav Foreign Ministry", 1968),
        ("person/sarney-jose", "José Sarney", 1986),
        ("person/figueiredo-joao", "João Figueiredo", 1980),
        ("person/castro-madero-carlos", "Carlos Castro Madero", 1980),
        ("person/garcia-robles-alfonso", "Alfonso García Robles", 1967),
        ("person/rotblat-joseph", "Joseph Rotblat", 1960),
        ("person/topchiev-alexander", "A. V. Topchiev", 1960),
        ("person/mikoyan-sergo", "Sergo Mikoyan", 1992),
        ("person/gribkov-anatoly", "A. I. Gribkov", 1992),
        ("person/schlesinger-arthur", "Arthur Schlesinger, Jr.", 1962),
        ("person/schlesinger-james", "James R. Schlesinger", 1974),
        ("person/kravchuk-leonid", "Leonid Kravchuk", 1991),
        ("person/shushkevich-stanislav", "Stanislav Shushkevich", 1991),
        ("person/schabowski-gunter", "Günter Schabowski", 1989),
        ("person/arbatov-georgy", "G. A. Arbatov", 1980),
        ("person/helms-richard", "Richard Helms", 1968),
        ("person/ridgway-matthew", "Matthew B. Ridgway", 1951),
        ("person/ogarkov-nikolai", "Marshal Ogarkov", 1980),
        ("person/novikov-nikolai", "N. V. Novikov", 1946),
        ("person/byrnes-james", "James F. Byrnes", 1946),
        ("person/souers-sidney", "Sidney W. Souers", 1948),
        ("person/kapitsa-mikhail", "M. S. Kapitsa", 1984),
        ("person/benes-edvard", "Edvard Beneš", 1946),
        ("person/masaryk-jan", "Jan Masaryk", 1946),
        ("person/sikorski-wladyslaw", "General Sikorski", 1942),
        ("person/mikolajczyk-stanislaw", "Stanisław Mikołajczyk", 1944),
        ("person/raczynski-edward", "Edward Raczyński", 1942),
        ("person/bruce-david", "David K. E. Bruce", 1973),
        ("person/spasowski-romuald", "Romuald Spasowski", 1980),
        ("person/kapo-hysni", "Hysni Kapo", 1960),
        ("person/pospelov-pyotr", "P. N. Pospelov", 1956),
        ("person/malyshev-vyacheslav", "V. A. Malyshev", 1954),
        ("person/mabhida-moses", "Moses Mabhida", 1983),
        ("org/polish-government-in-exile", "Polish Government in London", 1944),
        ("org/czechoslovak-government-in-exile", "Czechoslovak Government in Exile", 1943),
        ("org/uslo-beijing", "US Liaison Office in Peking", 1975),
    ],
)
def test_every_wording_of_a_review_23_entry_is_its_one_entry(
    key: str, wording: str, year: int
) -> None:
    assert sent(f"Letter from {wording} to Test Testov", year) == [key]


@pytest.mark.parametrize(
    "word",
    [
        # surnames that namesakes of the period share: the historian and the Secretary of
        # Defense, the physicist and the diplomat, the DCI and the senator, many Novikovs
        "Schlesinger",
        "Kapitsa",
        "Helms",
        "Novikov",
        "Russell",
        "Caputo",
        "Fourie",
        "Kapo",
        "Bruce",
        # a divided country's shared adjective: the PRC's and the ROC's
        "Chinese Government",
        "Nationalist Government",
    ],
)
def test_a_shared_surname_or_a_divided_country_s_adjective_is_no_label(word: str) -> None:
    assert AUTHORITY.lookup(word) == []


def test_sergo_mikoyan_is_not_his_father() -> None:
    """The son, a speaker of the 1989 and 1992 conferences, is an entry of his own."""
    assert sent("Letter from Sergo Mikoyan to Test Testov", 1992) == ["person/mikoyan-sergo"]
    assert sent("Letter from Anastas Mikoyan to Test Testov", 1962) == ["person/mikoyan-anastas"]


@pytest.mark.parametrize("year", [1936, 1955, 1972])
def test_the_chinese_government_is_neither_state_s(year: int) -> None:
    """ "Chinese" is the PRC's adjective and the ROC's: "the Chinese Government" of a US note of
    1955 was the ROC's, of a Soviet one the PRC's (diff review 23 A#1)."""
    senders = sent_any("Note from the Chinese Government to Test Testov", year)
    assert "org/prc-government" not in senders
    assert "org/roc-government" not in senders


def sent_any(title: str, year: int) -> list[str]:
    """The keys of the senders of a record of ``year``, stubs too."""
    record = parse_record(f"**May 1, {year}**\n**{title}**\n", "x/1.txt", default_id="1")
    graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    return [str(o).removeprefix(IRIS.id_base) for o in graph.objects(DOC, SCHEMA.sender)]


@pytest.mark.parametrize(
    "text", ["the Kravchuk family", "Malyshev, a pilot", "the Spasowski house"]
)
def test_a_common_surname_alone_mentions_no_one(text: str) -> None:
    record = parse_record(
        f"**May 1, 1983**\n**Letter from Test Testov to Testo Testin**\n\n**Summary:**\n\n"
        f"A letter about {text}.\n",
        "x/1.txt",
        default_id="1",
    )
    graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    assert [o for o in graph.objects(DOC, SCHEMA.mentions) if "/person/" in str(o)] == []


def test_the_auswartiges_amt_alone_is_not_the_federal_republics() -> None:
    """The German name alone served the Reich's Foreign Office too (diff review 23 A#2)."""
    assert "org/west-german-foreign-office" not in sent_any(
        "Cable from the Auswärtiges Amt to Test Testov", 1940
    )
