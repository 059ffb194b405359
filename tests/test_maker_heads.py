"""Which words before a type make its maker, and which type words head a title (review 23
diff C): a headline's subject or an event's name has a person's name's shape but is no one's
name, so a name by its shape alone is a maker only where the authority file knows it; a map,
an aviso or a despacho names the type only at its phrase's head; an estimate is the CIA's only
when the title is the estimate; a memoir's "from X" is no sender."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.parser import parse_record
from linkeddata.record import Title
from linkeddata.vocab import RICO

IRIS = Iris("http://127.0.0.1:8080/")
AUTHORITY = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)


def title(text: str) -> Title:
    parsed = parse_record(f"**May 1, 1980**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert parsed is not None
    return parsed


def kind(text: str) -> str | None:
    found = title(text).doc_type
    return None if found is None else found.value


def authors(text: str) -> list[str]:
    return [a.value for a in title(text).authors]


def mapped(text: str) -> dict[str, set[str]]:
    """The objects the mapping writes for a title: its types, creators, senders and stubs."""
    record = parse_record(f"**May 1, 1980**\n**{text}**\n", "x/1.txt", default_id="1")
    result = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))

    def tail(prop: URIRef) -> set[str]:
        return {str(o).split("/id/", 1)[-1] for o in result.graph.objects(doc, prop)}

    return {
        "type": {t.rsplit("/", 1)[1] for t in tail(DCTERMS.type)},
        "creator": tail(DCTERMS.creator),
        "sender": tail(RICO.hasSender),
        "stub": {s.name for s in result.stubs},
    }


@pytest.mark.parametrize(
    "text",
    [  # a headline's last word is no type: its subject is no maker
        "Testburg Summary of World Broadcasts, 'Testgrad Rally Demands Order'",
        "Testburg Summary of World Broadcasts, 'Testgrad Rejects Testov Letter'",
        "Testburg Monitor, 'Testgrad Rejects Testov Letter to Testin'",
        "Testburg News Agency, 'Testgrad Students Support Chairman Testov Directive'",
    ],
)
def test_a_headlines_subject_is_no_maker(text: str) -> None:
    assert kind(text) is None
    assert not any("Testgrad" in a or "Testov" in a for a in authors(text))


def test_a_headline_under_a_news_medium_stays_its_article() -> None:
    found = mapped("Xinhua News Agency, 'Testgrad Students Support Chairman Testov Directive'")
    assert found["type"] == {"article"}
    assert found["creator"] == {"org/xinhua"}


@pytest.mark.parametrize(
    ("text", "expected", "by"),
    [  # a maker by its name's head, an office or a title opening it, stays
        ("Testburg Monitor, 'Premier Testov Speech at the Banquet'", "speech", ["Premier Testov"]),
        ("Premier Testov Report to the Congress", "report", ["Premier Testov"]),
        ("Testlandic Ambassador Testov Report on the Harvest", "report", None),
    ],
)
def test_a_maker_by_its_head_stays(text: str, expected: str, by: list[str] | None) -> None:
    assert kind(text) == expected
    if by is not None:
        assert authors(text) == by


@pytest.mark.parametrize(
    "text",
    [  # a name by its shape alone, as an event's or a campaign's, is a maker only if known
        "Long Testmarch Report to the Politburo",
        "Great Testleap Forward Report to the Central Committee",
        "Testburg Summary of World Broadcasts, 'Zhou Testan Speech to the Troops'",
        "Testburg Radio, 'Zhou Testan Speech'",
    ],
)
def test_a_name_by_its_shape_alone_is_no_stubbed_maker(text: str) -> None:
    found = mapped(text)
    assert found["creator"] == set()
    assert not any("Test" in stub for stub in found["stub"])
    assert authors(text) == []
    assert [a.value for a in title(text).authors_if_known]


def test_a_known_name_by_its_shape_is_the_maker() -> None:
    assert mapped("Kim Il Sung Speech to the Testburg Workers")["creator"] == {"person/kim-il-sung"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a map is the type only where it heads the title
        ("Letter Transmitting Maps of the Testland Zone", "letter"),
        ("Report Enclosing a Map of Testburg", "report"),
        ("Road Map to the Normalization of Testlandic Relations", None),
        ("Road Map for Peace in Testland", None),
        ("Map of the Testland Border", "map"),
        ("The Map of the Testland Border", "map"),
        ("Sketch Map of the Testburg Positions", "map"),
        ("Message from the Map Room to the President", "message"),
    ],
)
def test_a_map_only_heading_the_title(text: str, expected: str | None) -> None:
    assert kind(text) == expected


def test_a_road_map_names_no_addressee() -> None:
    assert "stub" not in mapped("Road Map to Normalization of Testlandic Relations")["stub"]
    assert title("Road Map to Normalization of Testlandic Relations").recipients == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the CIA issued the United States' estimates, and only a title that is one
        ("British National Intelligence Estimate on Testland", []),
        ("NIE 11-8-99 and Its Critics", []),
        ("Draft of NIE 11-4-99", ["Central Intelligence Agency"]),
        ("Special National Intelligence Estimate SNIE 100-11-99", ["Central Intelligence Agency"]),
        ("NIE 11-8-99, Testlandic Capabilities and Intentions", ["Central Intelligence Agency"]),
    ],
)
def test_an_estimates_issuer_only_for_the_estimate_itself(text: str, expected: list[str]) -> None:
    assert authors(text) == expected


def test_a_possessors_nickname_with_an_initial_is_his() -> None:
    assert kind("Testov's 'Mr. Y Article'") == "article"
    assert authors("Testov's 'Mr. Y Article'") == ["Testov"]


def test_a_memoirs_from_is_no_sender() -> None:
    found = title("Memoir Excerpt from Ivan Testov")
    assert found.doc_type is not None
    assert found.doc_type.value == "memoir"
    assert found.senders == ()
    assert title("Letter from Ivan Testov to Petr Testin").senders  # a letter's sender stays


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # aviso and despacho are types only as a chancery's paper: a party, a number, a mark
        ("Aviso aos Testenses", None),
        ("Aviso Prévio do Ministério", None),
        ("Aviso de Greve dos Testenses", None),
        ("Despacho de Bagagem da Delegação", None),
        ("Aviso do Ministro das Relações Exteriores ao Ministro da Guerra", "letter"),
        ("Aviso Secreto n. 12", "letter"),
        ("Aviso nº 45", "letter"),
        ("Aviso from the Testlandic Foreign Ministry", "letter"),
        ("Despacho telegráfico", "message"),
        ("Despacho n. 12", "message"),
    ],
)
def test_aviso_and_despacho_only_as_a_chancerys_paper(text: str, expected: str | None) -> None:
    assert kind(text) == expected
