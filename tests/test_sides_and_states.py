"""A party named by what it is to a document: a side of talks is the party the authority file
knows or no one (review 20 C#2), a state is never a person nor a body (review 20 B#11)."""

from __future__ import annotations

import pytest
from rdflib.namespace import DCTERMS
from test_title_agents import AUTHORITY, IRIS, SHA, doc, entity, mapped_graph

from linkeddata.mapping import Context, map_record
from linkeddata.parser import parse_record
from linkeddata.parser.gazetteer import names_a_state


def _mapped(text: str) -> tuple[list[str], list[str]]:
    """The creators of a record titled ``text``, and its warnings."""
    record = parse_record(f"**1976**\n**{text}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256=SHA)
    agents = [str(o).split("/id/", 1)[1] for o in mapped.graph.objects(doc(), DCTERMS.creator)]
    return agents, [warning.message for warning in mapped.warnings]


def test_a_side_is_the_party_the_file_knows() -> None:
    graph = mapped_graph("**1976**\n**Statement by the KPA Side at the Testburg Talks**\n")
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("org", "korean-peoples-army")]


@pytest.mark.parametrize(
    "text",
    [
        "Statement of the Testish Side at the Testburg Talks",  # a nationality: no one body
        "Proposal of the TPA/TPV Side at the Testburg Talks",  # parties the file lacks
    ],
)
def test_a_side_the_file_knows_no_one_party_of_is_not_linked(text: str) -> None:
    agents, warnings = _mapped(text)
    assert agents == []
    assert any("names a side of talks" in warning for warning in warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Correspondence between the Testish Union and Socialist Ethiopia",
        "Correspondence between the Testish Union and the People's Republic of Angola",
    ],
)
def test_a_state_by_its_regimes_name_is_no_person(text: str) -> None:
    agents, warnings = _mapped(text)
    assert not any(agent.startswith("person/") for agent in agents)
    assert any("names a state" in warning for warning in warnings)


@pytest.mark.parametrize(
    ("text", "government"),
    [  # a treaty's state is a party through its government (review 22 B#14)
        ("Treaty of Friendship between the Testish Union and Socialist Ethiopia", "ethiopian"),
        (
            "Treaty of Friendship between the Testish Union and the People's Republic of Angola",
            "angolan",
        ),
    ],
)
def test_a_treatys_state_by_its_regimes_name_is_its_government(text: str, government: str) -> None:
    agents, _ = _mapped(text)
    assert agents == ["org/testish-union", f"org/{government}-government"]


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Socialist Ethiopia", True),
        ("the People's Democratic Republic of Yemen", True),
        ("Mongolian People's Republic", True),
        ("Democratic Republic of Afghanistan", True),
        ("Socialist International", False),  # a body's name
        ("Democratic Party", False),
        ("Republic of Testland", False),  # no country the registries know
        ("Testo Testov", False),
    ],
)
def test_what_names_a_state(name: str, state: bool) -> None:
    assert names_a_state(name) is state


def test_a_body_named_socialist_is_still_linked() -> None:
    graph = mapped_graph(
        "**1976**\n**Letter from Socialist International President Testo Testbrandt to Testin**\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == []
    senders = [str(o) for o in graph.objects(doc(), None) if "/id/person/" in str(o)]
    assert str(entity("person", "testo-testbrandt")) in senders
