"""A further name after a comma that closes a conversation's parties is a participant where
the authority file knows it as an agent, whatever its shape (review 22 A#11); a place or a
caption there is no one."""

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
