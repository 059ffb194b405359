"""One body, one key, however the record names its state and wherever: a mission "of" its
state in a letterhead is the one a title names by the state's adjective (review 22 D#8), and a
country's name before its organ is its adjective, a foreign office its foreign ministry
(D#15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkeddata.iris import Iris
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.entities import AGENT_KINDS
from linkeddata.mapping.linker import Linker
from linkeddata.parser.national_names import national_name
from linkeddata.record import Located

IRIS = Iris("http://127.0.0.1:8080/")
AUTHORITY = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)


def _key(name: str, year: int = 1975) -> str | None:
    entity = Linker(AUTHORITY, IRIS, year).resolve(Located(name, 1), "org", kinds=AGENT_KINDS)
    return None if entity is None else entity.iri.rsplit("/", 1)[1]


def test_a_mission_of_its_state_is_keyed_as_by_its_adjective() -> None:
    assert _key("Embassy of Hungary in the DPRK") == _key("Hungarian Embassy in Pyongyang")
    assert _key("the Embassy of the Hungarian People's Republic in the DPRK") == _key(
        "Hungarian Embassy in North Korea"
    )


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Testland Ministry of Foreign Affairs", "Testland Ministry of Foreign Affairs"),
        ("Pakistan Ministry of Foreign Affairs", "Pakistani Foreign Ministry"),
        ("the Pakistan Foreign Office", "Pakistani Foreign Ministry"),
        ("Pakistani Foreign Office", "Pakistani Foreign Ministry"),
        ("the East German Foreign Office", "East German Foreign Ministry"),
        ("Ministry of Foreign Affairs of the FRG", "West German Foreign Ministry"),
        ("Israel Embassy in Testburg", "Israeli Embassy in Testburg"),
        ("Brazil Ministry of External Relations", "Brazilian Ministry of External Relations"),
    ],
)
def test_a_countrys_name_before_its_organ_is_its_adjective(written: str, meant: str) -> None:
    assert national_name(written) == meant


@pytest.mark.parametrize(
    "name",
    [
        "New York Times",
        "Washington Post",
        "China Council for the Promotion of International Trade",
        "British Foreign Office",
        "Foreign Office of the United Kingdom",
        "India Office",
        "West German Foreign Office",  # the Federal Foreign Office: diff review 22 D#7
        "the West German Foreign Office",
        "Foreign Office of the FRG",
    ],
)
def test_no_place_named_body_nor_an_own_foreign_office_is_renamed(name: str) -> None:
    assert national_name(name) == name


def test_a_mission_in_a_shared_name_is_keyed_by_the_state_it_recognised() -> None:
    """Review 22 A#6: one embassy, "in Vietnam" or "in Hanoi", for a state that recognised
    only the DRV; the American one "in Vietnam" is not the one in North Vietnam."""
    assert _key("Chinese Embassy in Vietnam", 1966) == _key("Chinese Embassy in Hanoi", 1966)
    assert _key("American Embassy in Vietnam", 1966) != _key("American Embassy in Hanoi", 1966)


@pytest.mark.parametrize(
    ("title", "key"),
    [  # review 23 B#9: a title's post code is the post's mission, never a person "Baghdad"
        (
            "Cable from USINT Baghdad to the Department of State",
            "united-states-interests-section-in-baghdad",
        ),
        (
            "Cable from USUN New York to the Department of State",
            "united-states-mission-to-the-united-nations",
        ),
        ("Cable from USNATO to the Department of State", "united-states-mission-to-nato"),
        ("Cable from USLO Peking to the Department of State", "uslo-beijing"),
    ],
)
def test_a_titles_state_department_post_code_is_its_mission(title: str, key: str) -> None:
    from test_title_agents import doc, mapped_graph

    from linkeddata.vocab import SCHEMA

    graph = mapped_graph(f"**1975**\n**{title}**\n")
    assert [str(o).rsplit("/", 1)[1] for o in graph.objects(doc(), SCHEMA.sender)] == [key]


def test_a_titles_post_code_keys_the_post_its_routing_names() -> None:
    """One key for the post whether the title or the body's "FM USINT BAGHDAD" names it."""
    from linkeddata.parser.cable_routing import routed

    assert national_name("USINT Baghdad") == routed("USINT BAGHDAD")
    assert national_name("USUN New York") == routed("USMISSION USUN NEW YORK")
    assert national_name("Usint Baghdad") == "Usint Baghdad"  # not the code's capitals
