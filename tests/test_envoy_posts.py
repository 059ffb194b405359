"""An envoy's post and the venue of his talks: "in"/"to" a place is his post, a name after
it his own; "at" a building or a named venue is where they met, and names no one."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph

from linkeddata.vocab import ADO


def participants(text: str) -> list[str]:
    graph = mapped_graph(f"**1961**\n**{text}**\n")
    return sorted(
        str(p).rsplit("/person/", 1)[1]
        for p in graph.objects(doc(), ADO.participant)
        if "/person/" in str(p)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Record of a Conversation with the Testish Ambassador at Testwood House",
        "Record of a Conversation with the Testish Ambassador at Testmore Palace",
        "Memorandum of Conversation with the Testish Ambassador at the Quai de Testy",
    ],
)
def test_a_venue_after_an_envoys_office_names_no_one(text: str) -> None:
    assert participants(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Record of Conversation with the Chargé d'Affaires in Testburg Testov", "testov"),
        ("Memorandum of Conversation with Ambassador at Large Testo Testman", "testo-testman"),
    ],
)
def test_a_holder_after_his_post_is_named(text: str, name: str) -> None:
    assert participants(text) == [name]
