"""The telegram system a cable is named by ("State Department Cable") is its author only when
the title names no other sender."""

from __future__ import annotations

import pytest
from rdflib.namespace import DCTERMS
from test_title_agents import doc, mapped_graph, names, title


@pytest.mark.parametrize(
    ("text", "authors", "senders"),
    [
        (
            "State Department Cable, Embassy Testburg to Secretary of State, 'Testov Speech'",
            [],
            ["Embassy Testburg"],
        ),
        (
            "Department of State Telegram, US Mission Testburg to Secretary of State, Nodis",
            [],
            ["US Mission Testburg"],
        ),
        (
            "State Department Cable, US Interests Section Testburg, 'Testish Views'",
            ["US Interests Section Testburg"],
            [],
        ),
        ("CIA Cable, Station Testburg to Headquarters", [], ["Station Testburg"]),
        # the Department sent it: a number and an addressee only
        ("State Department Telegram 123456 to Embassy Testburg", ["State Department"], []),
        ("State Department Cable 284532 to US Embassy Testburg", ["State Department"], []),
        # a report is no cable: the agency before it wrote it
        ("KGB Report from Testov to the CC TSP", ["KGB"], ["Testov"]),
    ],
)
def test_a_cable_system_named_before_the_type(
    text: str, authors: list[str], senders: list[str]
) -> None:
    read = title(text)
    assert names(read.authors) == authors
    assert names(read.senders) == senders


def test_the_department_is_no_creator_of_a_posts_cable() -> None:
    graph = mapped_graph(
        "**1979**\n**State Department Cable, Embassy Cairo to Secretary of State, 'Testov'**\n"
    )
    assert not [o for o in graph.objects(doc(), DCTERMS.creator) if "department-of-state" in o]


@pytest.mark.parametrize(
    "text",
    [
        "State Department Telegram, Secretary of State to Embassy Testburg",
        "State Department Cable from Secretary of State to Embassy Testburg",
        "State Department Cable, Testov to Embassy Testburg",
    ],
)
def test_the_department_is_the_creator_when_its_head_or_a_person_sends(text: str) -> None:
    graph = mapped_graph(f"**1979**\n**{text}**\n")
    creators = list(graph.objects(doc(), DCTERMS.creator))
    assert [o for o in creators if "department-of-state" in o]
