"""A further name after a comma that closes a conversation's parties is a participant where
the authority file knows it as an agent and it is shaped as no body (review 22 A#11); a place,
a caption or a building's body there is no one."""

from __future__ import annotations

from test_title_agents import doc, mapped_graph, names, title

from linkeddata.vocab import ADO


def test_a_two_word_name_after_the_parties_is_one_if_known() -> None:
    read = title("Record of Conversation between Testo Zedong and Pol Testo, Testeng Sary")
    assert names(read.participants) == ["Testo Zedong", "Pol Testo"]
    assert names(read.participants_if_known) == ["Testeng Sary"]


def test_a_single_word_after_the_parties_is_no_party() -> None:
    read = title("Record of Conversation between Testo Zedong and Pol Testo, Testhua")
    assert names(read.participants_if_known) == []


def test_a_known_place_or_a_caption_after_the_parties_is_no_participant() -> None:
    for tail in ("Phnom Penh", "Part 1"):
        graph = mapped_graph(
            f"**1975**\n**Record of Conversation between Testo Zedong and Pol Testo, {tail}**\n"
        )
        assert sorted(str(p).rsplit("/", 1)[1] for p in graph.objects(doc(), ADO.participant)) == [
            "pol-testo",
            "testo-zedong",
        ]


def test_a_body_or_a_building_after_the_parties_is_no_participant() -> None:
    """The file knows the White House as a body: after the parties it is where they talked."""
    for tail in ("White House", "Department of State"):
        graph = mapped_graph(
            f"**1975**\n**Memorandum of Conversation between Testo Zedong and Pol Testo, {tail}**\n"
        )
        assert sorted(str(p).rsplit("/", 1)[1] for p in graph.objects(doc(), ADO.participant)) == [
            "pol-testo",
            "testo-zedong",
        ]
