"""Parties that share words across "and": a compass word takes the noun of the name after it
(review 19 B#7)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph, names, title

from linkeddata.vocab import ADO, DCTERMS


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
