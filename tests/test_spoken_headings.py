"""A title of speakers' names, a place and a date, as collections of talks head each record
("Zhou Enlai and Pham Van Dong, Beijing, 10 April 1967"): the record of their conversation
(review 22 A#2)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph, names, title

from linkeddata.vocab import ADO, DCTERMS, SCHEMA


@pytest.mark.parametrize(
    ("text", "participants", "if_known"),
    [
        (
            "Zhou Testlai, Deng Testping, Kang Testsheng, Pham Van Testong and Hoang Van Testoan,"
            " Testburg, 10 April 1967",
            [
                "Zhou Testlai",
                "Deng Testping",
                "Kang Testsheng",
                "Pham Van Testong",
                "Hoang Van Testoan",
            ],
            [],
        ),
        (
            "Mao Testdong and Pham Van Testong, Testburg, 17 November 1968",
            ["Mao Testdong", "Pham Van Testong"],
            [],
        ),
        ("Zhou Testlai and Testru, New Testhi, 25 June 1954", ["Zhou Testlai"], ["Testru"]),
    ],
)
def test_names_a_place_and_a_date_head_a_conversation(
    text: str, participants: list[str], if_known: list[str]
) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert read.doc_type.value == "record-of-conversation"
    assert names(read.participants) == participants
    assert names(read.participants_if_known) == if_known


@pytest.mark.parametrize(
    "text",
    [
        "Mao Testdong, 'Instruction on the Shelling of Testmen'",
        "Zhou Testlai and the Testian Delegation, Testburg, 10 April 1967",
        "Testland and Testonia, Testburg, 10 April 1967",
        "The President and the Secretary of State, Testburg, 10 April 1967",
        "Ministry of Foreign Affairs and Central Committee, Testburg, 10 April 1967",
        "Zhou Testlai and Pham Van Testong, Testburg",
        "Zhou Testlai and Pham Van Testong, Chen Testyi, 10 April 1967",
    ],
)
def test_other_untyped_titles_head_no_conversation(text: str) -> None:
    read = title(text)
    assert read.doc_type is None or read.doc_type.value != "record-of-conversation"
    assert read.participants == ()


def test_the_heading_links_its_speakers_and_the_place_they_met() -> None:
    graph = mapped_graph(
        "**April 10, 1967**\n**Zhou Enlai and Pham Van Dong, Beijing, 10 April 1967**\n\n"
        "**Contents:**\n\nEnglish Translation\n\nZhou Enlai: We agree.\n\n"
        "Pham Van Dong: So do we.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) >= {
        entity("person", "zhou-enlai"),
        entity("person", "pham-van-dong"),
    }
    assert entity("place", "beijing") in set(graph.objects(doc(), SCHEMA.locationCreated))
    assert any("record-of-conversation" in str(t) for t in graph.objects(doc(), DCTERMS.type))
