"""Who a recorded discussion was with, named after its topic (review 19 L#1)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph, names, title

from linkeddata.vocab import ADO


@pytest.mark.parametrize(
    ("text", "participants", "if_known"),
    [
        (
            "Testam Hussein Discusses the War with Foreign Minister Testiq",
            ["Foreign Minister Testiq"],
            [],
        ),
        ("Testam Hussein Discusses the Test War with Testiq Testaziz", [], ["Testiq Testaziz"]),
        (
            "Testam Hussein Discussing the Army with Izzat Testim al-Testi, 1983",
            ["Izzat Testim al-Testi"],
            [],
        ),
        # a state, a relation's or a talk's own "with", a verb's: the topic's
        ("Testam Hussein Discusses Relations with Iran", [], []),
        ("Testam Hussein Discusses the War with Iran", [], []),
        ("Testam Hussein Discusses Cooperation with the Testburg Party", [], []),
        ("Testam Hussein Discusses His Meeting with Testiq Testaziz", [], []),
        ("Testam Hussein Discusses the Decision to Go to War with Testland", [], []),
        ("Testam Hussein Discusses the Test War", [], []),
        ("Memorandum on the War with Testiq Testaziz", [], []),  # no discussion's verb
    ],
)
def test_who_a_discussion_was_with_after_its_topic(
    text: str, participants: list[str], if_known: list[str]
) -> None:
    read = title(text)
    assert [n for n in names(read.participants) if n != "Testam Hussein"] == participants
    assert names(read.participants_if_known) == if_known


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Testam Hussein Discusses the Test War with Taha Yasin Ramadan", {"ramadan-taha-yasin"}),
        ("Testam Hussein Discusses the Test War with Tariq Testaziz", set()),  # unknown: nothing
        ("Testam Hussein Discusses the Test War with Baghdad", set()),  # a place of the file
        ("Testam Hussein Discusses Relations with Iraq", set()),
    ],
)
def test_the_file_says_whether_a_discussion_was_with_an_agent(
    text: str, expected: set[str]
) -> None:
    graph = mapped_graph(f"**1983**\n**{text}**\n")
    found = {str(o).rsplit("/", 1)[-1] for o in graph.objects(doc(), ADO.participant)}
    assert found - {"testam-hussein"} == expected
    assert entity("place", "iraq") not in set(graph.objects(doc(), ADO.participant))
