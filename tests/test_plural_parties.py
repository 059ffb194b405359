"""Parties that share words across "and": a compass word takes the noun of the name after it
(review 19 B#7)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph, names, title

from linkeddata.vocab import ADO, DCTERMS, SCHEMA


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Joint Declaration of South and North Testland on the Testing",
            ["South Testland", "North Testland"],
        ),
        (
            "Agreement between South and North Testland on Testing",
            ["South Testland", "North Testland"],
        ),
        ("Talks between East and West Testland", ["East Testland", "West Testland"]),
        ("Treaty between North and South Testnam", ["North Testnam", "South Testnam"]),
        # nothing elided: a nationality's compass word stays with it
        (
            "Conversation between Testo Testov and North Korean Officials",
            ["Testo Testov", "North Korean Officials"],
        ),
    ],
)
def test_a_compass_word_takes_the_noun_after_and(text: str, parties: list[str]) -> None:
    read = title(text)
    assert names(read.authors) + names(read.participants) == parties


@pytest.mark.parametrize(
    "text",
    [
        "Joint Statement of South and North Korea on Testing",
        "Conversation between Testo Testov and South",
    ],
)
def test_a_lone_compass_word_is_no_one(text: str) -> None:
    graph = mapped_graph(f"**1992**\n**{text}**\n")
    linked = [*graph.objects(doc(), DCTERMS.creator), *graph.objects(doc(), ADO.participant)]
    assert not [o for o in linked if str(o).rsplit("/", 1)[-1] in ("south", "north")]


def test_a_compass_word_alone_in_its_slot_may_be_a_surname() -> None:
    read = title("Memorandum from North to Testfarlane")  # review 19 diff C#6
    assert names(read.senders) == ["North"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # "in <place>" after the states is where their delegations met (review 22 C#10)
        (
            "Record of the Meeting between the Delegations of Hungary and Poland in Testburg",
            ["Hungary", "Poland"],
        ),
        ("Talks between the Delegations of the DPRK and the ROK in Testburg", ["DPRK", "ROK"]),
        # a person after "and" stays a party of his own
        (
            "Record of the Meeting between the Delegations of the USSR and Testo Testov",
            ["USSR", "Testo Testov"],
        ),
        # a standing body stays the delegation's
        (
            "Telegram from the Delegations of Poland and India in the ICSC to Testburg",
            ["Poland", "India in the ICSC"],
        ),
    ],
)
def test_the_place_after_the_states_of_delegations_is_where_they_met(
    text: str, parties: list[str]
) -> None:
    read = title(text)
    assert names(read.participants) + names(read.senders) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # a city after states' delegations is where they met, no part of a name (review 22 C#17)
        (
            "Minutes of the Meeting of the Bulgarian and Mongolian Delegations in Testburg",
            ["Bulgarian Delegation", "Mongolian Delegation"],
        ),
        # a delegation of what is no state keeps the city that tells it apart
        (
            "Minutes of Talks between the DRV and NLF Delegations in Paris",
            ["DRV Delegation in Paris", "NLF Delegation in Paris"],
        ),
    ],
)
def test_a_city_after_national_delegations_is_no_part_of_their_names(
    text: str, parties: list[str]
) -> None:
    read = title(text)
    assert names(read.authors) + names(read.participants) == parties


def test_delegations_met_in_the_city_after_them() -> None:
    graph = mapped_graph(
        "**1958**\n**Minutes of the Meeting of the Soviet and Chinese Delegations in Beijing**\n"
    )
    assert [str(p).rsplit("/", 1)[1] for p in graph.objects(doc(), SCHEMA.locationCreated)] == [
        "beijing"
    ]
    assert list(graph.objects(doc(), DCTERMS.creator)) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [  # two kinds before a group's noun qualify one group (review 22 A#8)
        (
            "Talk by Testo Xiaoping with the Vietnamese Party and Government Delegation",
            ["Testo Xiaoping", "Vietnamese Party and Government Delegation"],
        ),
        (
            "Conversation between Testo Enlai and the Korean Trade and Economic Mission",
            ["Testo Enlai", "Korean Trade and Economic Mission"],
        ),
        # two bodies, each with its article, and a person and a body stay two
        (
            "Talks between the Testish Party and the Vietnamese Government",
            ["Testish Party", "Vietnamese Government"],
        ),
        (
            "Conversation between Testo Zedong and the Vietnamese Delegation",
            ["Testo Zedong", "Vietnamese Delegation"],
        ),
    ],
)
def test_two_kinds_before_a_groups_noun_are_one_group(text: str, parties: list[str]) -> None:
    read = title(text)
    assert names(read.authors) + names(read.participants) == parties


def test_a_countrys_party_and_government_delegation_is_not_stubbed() -> None:
    graph = mapped_graph(
        "**1965**\n**Conversation between Testo Enlai and the DRV Party and Government"
        " Delegation**\n"
    )
    assert [str(p).rsplit("/", 1)[1] for p in graph.objects(doc(), ADO.participant)] == [
        "testo-enlai"
    ]
