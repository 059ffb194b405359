"""A body's list of those present: its names next to "and" and ", and", its sides written as
phrases ("on the Soviet side ..."), a list on the line under a bare "Present:", a delegate's
line under a bare "PRESENT" ("Chairman: Mr. Name"), and the names one plural honorific
addresses ("To Comrades A and B") (review 21 B#9, A#5, B#2)."""

from __future__ import annotations

import pytest
from test_memo_header import record
from test_title_agents import doc, entity, mapped_graph, names

from linkeddata.parser.participant_items import honoured_names
from linkeddata.vocab import ADO, SCHEMA


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        (
            "Present: Comrades Testov, Testenko, Testini and Testuk.",
            ["Testov", "Testenko", "Testini", "Testuk"],
        ),
        (
            "Present: Comrades Zhou Testlai, Li Testchun and Chen Testda.",
            ["Zhou Testlai", "Li Testchun", "Chen Testda"],
        ),
        (  # a serial comma
            "Present: Testov, Testenko, Testini, and Testuk.",
            ["Testov", "Testenko", "Testini", "Testuk"],
        ),
        ("Present: Testov and Testuk.", ["Testov", "Testuk"]),
        (  # sides as phrases, no colon
            "Present: on the Soviet side Comrades Testov, Testenko; on the Chinese side"
            " Comrades Zhou Testlai, Wang Testxiang.",
            ["Testov", "Testenko", "Zhou Testlai", "Wang Testxiang"],
        ),
        (
            "Present: from the Soviet side Comrades Testov and Testenko; from the Testian side"
            " Comrades Testini and Testuk.",
            ["Testov", "Testenko", "Testini", "Testuk"],
        ),
        (  # the first side unnamed
            "Present: Testov, Testenko; on the Chinese side Mao Testdong, Zhou Testlai.",
            ["Testov", "Testenko", "Mao Testdong", "Zhou Testlai"],
        ),
        (  # the list on the line under the label
            "Present:\nComrades Testov, Testenko, Testini and Testuk.",
            ["Testov", "Testenko", "Testini", "Testuk"],
        ),
        ("Present:\nTestov, Testenko and Testini.", ["Testov", "Testenko", "Testini"]),
        ("Attending: Testov, Testenko and Testini.", ["Testov", "Testenko", "Testini"]),
        ("In attendance: Comrades Testov and Testenko.", ["Testov", "Testenko"]),
    ],
)
def test_every_name_of_a_present_list_takes_part(body: str, participants: list[str]) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        ("Present: representatives of the Soviet and Chinese sides.", []),
        ("Present: Testov, Head of the Department of Agitation and Propaganda", ["Testov"]),
        ("Present:\nComrades Testov and Testenko spoke about the treaty.", []),
        (  # one a line, a name before its offices joined by "and"
            "Present:\nChou Test-lai, Premier of the State Council and Foreign Minister\n"
            "Henry A. Testinger, Assistant to the President",
            ["Chou Test-lai", "Henry A. Testinger"],
        ),
    ],
)
def test_an_and_that_joins_no_two_names_splits_nothing(body: str, participants: list[str]) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants


def test_a_delegates_line_under_a_bare_label_lists_the_name_after_its_colon() -> None:
    read = record(
        "Summary Record of a Meeting of the Council",
        "NORTH TESTIC COUNCIL\n\nPRESENT\n\nChairman: Mr. D. U. Testiker\n"
        "Testland: Mr. P. H. Testaak\nUnited Kingdom: The Earl of Testbury\n"
        "United States: Mr. D. Testrusk\n\nI. THE INTERNATIONAL SITUATION\n\n"
        "1. MR. TESTRUSK said that the Alliance had been strengthened by the firmness of its"
        " members, and that it would stay so.\n",
    )
    assert names(read.header_participants) == [
        "Mr. D. U. Testiker",
        "Mr. P. H. Testaak",
        "Earl of Testbury",
        "Mr. D. Testrusk",
    ]
    read = record(
        "Verbatim Record", "Present:\nPresident: Mr. Testorin (USSR)\nSecretary: Mr. A. Testov\n"
    )
    assert names(read.header_participants) == ["Mr. Testorin", "Mr. A. Testov"]


@pytest.mark.parametrize(
    "body",
    [
        "Present:\nTestov: We agree with the proposal of the Testian side.",
        "PRESENT\n\nI. THE INTERNATIONAL SITUATION",
    ],
)
def test_a_speakers_line_or_a_heading_under_a_bare_label_is_no_delegate(body: str) -> None:
    read = record("Summary Record", body + "\n\nThe talks went well.\n")
    assert read.header_participants == ()


def test_a_peer_under_his_style_is_the_files_person() -> None:
    graph = mapped_graph(
        "**1962**\n**Summary Record of a Meeting**\n\n**Contents:**\n\nOriginal Scan\n\n"
        "PRESENT\n\nChairman: Mr. D. U. Testiker\nUnited Kingdom: The Earl of Home\n\n"
        "I. THE SITUATION\n\n1. The Council met.\n"
    )
    assert entity("person", "douglas-home-alec") in set(graph.objects(doc(), ADO.participant))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Comrades Testov and Testenko", ["Comrade Testov", "Comrade Testenko"]),
        (
            "Comrades Mao Testdong and Zhou Testlai",
            ["Comrade Mao Testdong", "Comrade Zhou Testlai"],
        ),
        ("Messrs. Testov, Testenko and Testini", ["Mr. Testov", "Mr. Testenko", "Mr. Testini"]),
        ("Comrade Testov and the Testian people", ["Comrade Testov and the Testian people"]),
        ("Comrades Testov and the Testian people", ["Comrades Testov and the Testian people"]),
        ("Comrade Testov, Ambassador", ["Comrade Testov, Ambassador"]),
    ],
)
def test_names_after_one_plural_honorific_read_alike(text: str, expected: list[str]) -> None:
    assert honoured_names(text) == expected


def test_each_name_one_plural_honorific_addresses_is_a_recipient() -> None:
    read = record(
        "Letter", "To the Testian Party\n\nTo Comrades Testov and Testenko\n\nWe write.\n"
    )
    assert names(read.header_recipients) == ["Comrade Testov", "Comrade Testenko"]
    graph = mapped_graph(
        "**1948**\n**Draft Letter**\n\n**Contents:**\n\nTranslation - English\n\n"
        "To Comrades Stalin and Molotov\n\nWe have received your letter.\n"
    )
    assert set(graph.objects(doc(), SCHEMA.recipient)) >= {
        entity("person", "stalin-joseph"),
        entity("person", "molotov-vyacheslav"),
    }
