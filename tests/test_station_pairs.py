"""A sender-to-recipient pair after a telegram's stations is a pair of its own."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph, names, title

from linkeddata.vocab import SCHEMA


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Telegram from Testburg to Testgrad, the Testish Ministry of Foreign Affairs to the"
            " Testish Embassy",
            ["Testburg", "Testish Ministry of Foreign Affairs"],
            ["Testgrad", "Testish Embassy"],
        ),
        (
            "Telegram from Testgrad to Testburg, the Testish Embassy to the Ministry",
            ["Testgrad", "Testish Embassy"],
            ["Testburg", "Ministry"],
        ),
        # a mission's own "to" is no second pair
        (
            "Telegram from Testgrad to Testburg, the Permanent Mission of the DPRK to the United"
            " Nations",
            ["Testgrad"],
            ["Testburg", "Permanent Mission of the DPRK to the United Nations"],
        ),
        (
            "Telegram from Testgrad to Testburg, the Soviet Ambassador to the DPRK",
            ["Testgrad"],
            ["Testburg"],
        ),
        ("Telegram from Testgrad to Testburg, Testar", ["Testgrad"], ["Testburg", "Testar"]),
    ],
)
def test_a_second_pair_after_the_stations(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert names(read.senders) == senders
    assert names(read.recipients) == recipients


def test_the_second_pair_is_never_one_stub_with_to_inside() -> None:
    graph = mapped_graph(
        "**1967**\n**Telegram from Testburg to Testgrad, the Testish Ministry of Culture to the"
        " Testish Embassy**\n"
    )
    assert not [o for o in graph.objects() if "-to-the-" in str(o)]
    assert [str(o) for o in graph.objects(doc(), SCHEMA.sender) if "/org/" in str(o)]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Telegram from Testburg to Testgrad, Visit of Testov to Testia", ["Testgrad"]),
        ("Telegram from Testburg to Testgrad, Journey of Testov to Testville", ["Testgrad"]),
        ("Telegram from Testburg to Testgrad, Return of the Delegation to Testburg", ["Testgrad"]),
        # a delegation's own "to" a state
        (
            "Telegram from Testburg to Testgrad, Delegation of the TSP to Vietnam",
            ["Testgrad", "Delegation of the TSP to Vietnam"],
        ),
    ],
)
def test_a_subject_after_the_stations_is_no_second_pair(text: str, recipients: list[str]) -> None:
    read = title(text)
    assert names(read.senders) == ["Testburg"]
    assert names(read.recipients) == recipients


def test_a_person_to_a_person_after_the_stations_is_still_a_pair() -> None:
    read = title("Telegram from Testburg to Testgrad, Testov to Testin")
    assert names(read.senders) == ["Testburg", "Testov"]
    assert names(read.recipients) == ["Testgrad", "Testin"]
