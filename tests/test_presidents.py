""" "The President" in a participants' list: the President of the United States when a
President's library holds the record and dates it in his term, else no one (review 22 B#8)."""

from __future__ import annotations

import pytest
from test_memo_header import record
from test_title_agents import doc, entity, mapped_graph, names

from linkeddata.vocab import ADO


def _memcon(year: int, holder: str) -> str:
    return (
        f"**March 3, {year}**\n**Memorandum of Conversation**\n\n**Citation:**\n\n"
        f'"Memorandum of Conversation," March 03, {year}, History and Public Policy Program'
        f" Digital Archive, {holder}, Memcons and Telcons.\n"
        "<https://digitalarchive.wilsoncenter.org/document/1>\n\n**Contents:**\n\n"
        "English HTML\n\nSECRET\n\nPARTICIPANTS: The President\n"
        "George P. Testz, Secretary of State\n\nThe talks went well.\n"
    )


def test_the_president_of_a_presidents_library_is_that_president_in_his_term() -> None:
    graph = mapped_graph(_memcon(1985, "Ronald Reagan Presidential Library"))
    assert entity("person", "reagan-ronald") in set(graph.objects(doc(), ADO.participant))


@pytest.mark.parametrize(
    ("year", "holder"),
    [
        (1985, "Archive of the Testian Ministry of Foreign Affairs"),
        (1975, "Ronald Reagan Presidential Library"),  # not yet in office
        (1985, "Testburg State Library"),  # no President's library
    ],
)
def test_the_president_elsewhere_is_no_one(year: int, holder: str) -> None:
    graph = mapped_graph(_memcon(year, holder))
    participants = {str(p) for p in graph.objects(doc(), ADO.participant)}
    assert not any("reagan" in p or "ford" in p or "the-president" in p for p in participants)


def test_the_president_is_listed_and_other_offices_alone_are_not() -> None:
    read = record(
        "Memorandum of Conversation",
        "PARTICIPANTS: The President\nThe Secretary of State\nIvan Testov, Ambassador\n\nWe met.\n",
    )
    assert names(read.header_participants) == ["The President", "Ivan Testov"]


@pytest.mark.parametrize(
    ("holder", "linked"),
    [
        ("Ronald Reagan Presidential Library", True),
        ("Archive of the Testian Ministry of Foreign Affairs", False),
    ],
)
def test_the_president_as_a_speaker_is_the_librarys_president(holder: str, linked: bool) -> None:
    text = _memcon(1985, holder).replace(
        "PARTICIPANTS: The President\nGeorge P. Testz, Secretary of State\n\n", ""
    )
    graph = mapped_graph(text + "\nThe President: Thank you for coming.\n\nTestov: We agree.\n")
    reagan = entity("person", "reagan-ronald")
    assert (reagan in set(graph.objects(doc(), ADO.participant))) is linked
