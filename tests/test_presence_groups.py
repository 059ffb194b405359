"""Who a record's "Present were ..." sentence and its lists in groups say took part: names with
the Arabic article or an alias in brackets, names beside a side's phrase, names after an
office, a side's line with one name, and groups between semicolons (review 20)."""

from __future__ import annotations

import pytest
from test_memo_header import record
from test_title_agents import doc, entity, mapped_graph, names

from linkeddata.vocab import ADO


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        (  # the Arabic article inside a name voids neither it nor the name beside it
            "Present were Comrades Hermann Testen and Khalil al-Testir.",
            ["Hermann Testen", "Khalil al-Testir"],
        ),
        (
            "Also present were Tariq Testiz and Izzat Ibrahim al-Testuri.",
            ["Tariq Testiz", "Izzat Ibrahim al-Testuri"],
        ),
        (  # an alias in brackets is set aside like a role
            "Present were Comrades Hermann Testen and Mahmoud Testas (Abu Testen).",
            ["Hermann Testen", "Mahmoud Testas"],
        ),
        (  # a side's phrase says where they sat, not where they came from
            "Present were Comrades Hermann Testen and Günter Testber, as well as Abu Testad and"
            " Abu Testid from the Testinian side.",
            ["Hermann Testen", "Günter Testber", "Abu Testad", "Abu Testid"],
        ),
        (
            "Present were Comrades Hermann Testen and Günter Testber from the Testian side and"
            " Abu Testad from the Testinian side.",
            ["Hermann Testen", "Günter Testber", "Abu Testad"],
        ),
        (
            "Present were, on the Testopian side, Fikre Selassie Testerew and Berhanu Testih.",
            ["Fikre Selassie Testerew", "Berhanu Testih"],
        ),
        (  # an office of any words before a name, "was" with one name
            "Present at the conversation were Pak Test-ae, Minister of Foreign Affairs Nam Testil"
            " and First Secretary of the Embassy V. I. Testenko.",
            [
                "Pak Test-ae",
                "Minister of Foreign Affairs Nam Testil",
                "First Secretary of the Embassy V. I. Testenko",
            ],
        ),
        (
            "I received him at his request. Present at the conversation was Embassy Counselor"
            " A. M. Testrov.",
            ["Embassy Counselor A. M. Testrov"],
        ),
        (  # a possessive drops its owner, not the name after the owner's role
            "Present were Kim Test-ju, Kim Test-ju's deputy Ryu Test-sik, and Pak Test-chol.",
            ["Kim Test-ju", "Ryu Test-sik", "Pak Test-chol"],
        ),
    ],
)
def test_a_sentence_lists_every_name_it_holds(body: str, participants: list[str]) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants


@pytest.mark.parametrize(
    "body",
    [
        "Present were the members of al-Testah's Central Committee.",
        "Present were guests from Testburg and Testhaven.",
        "Present were the ambassadors of Testland and Testonia.",
        "Present were Kim Il Testung's bodyguards.",
        "Present were Comrade Ivan Testov's Central Committee colleagues.",
        "Present were the members of the Testian side.",
        "Present were the Head of the Department of Testation and Propaganda.",
        "Present were the Premier of the State Council and the Minister.",
    ],
)
def test_a_sentence_with_no_name_lists_no_one(body: str) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert read.header_participants == ()


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        ("Present on the Testian side: Egon Testbahr", ["Egon Testbahr"]),
        ("Present at the conversation: V. Testadin", ["V. Testadin"]),
        ("Present on the Testian side: the Ambassador", []),
        ("Testian side: Thank you, we agree.", []),
        (  # groups between semicolons, whom they stand for after them
            "Also present: Testlenko, Testarev, Testadin for the CPSU; Testetta, Testuzzi for"
            " the PCI.",
            ["Testlenko", "Testarev", "Testadin", "Testetta", "Testuzzi"],
        ),
        (  # a name less its office between semicolons, as before
            "Present: Testov, Chairman of the KGB; Testyko, Minister of Foreign Affairs",
            ["Testov", "Testyko"],
        ),
        (
            "PARTICIPANTS: Zhou Testlai, Premier; Henry A. Testinger, Assistant to the President;"
            " Winston Testlord, NSC Staff",
            ["Zhou Testlai", "Henry A. Testinger", "Winston Testlord"],
        ),
        (  # a plural office or a group's label before the names that share it
            "Present: Prime Minister L. Testol (Chair); Ministers Y. Testal, A. Testan, Z."
            " Testaftig; Secretary Y. Testog.",
            [
                "Prime Minister L. Testol",
                "Minister Y. Testal",
                "Minister A. Testan",
                "Minister Z. Testaftig",
                "Secretary Y. Testog",
            ],
        ),
        (
            "Present: Comrades Testlenko (chair); Members of the Politburo Yu. V. Testov, A. A."
            " Testyko; Candidate Members P. N. Testichev",
            ["Testlenko", "Yu. V. Testov", "A. A. Testyko", "P. N. Testichev"],
        ),
        (  # a plural office with no names names no one
            "Present: Prime Minister L. Testol (Chair); Ministers; Secretary Y. Testog.",
            ["Prime Minister L. Testol", "Secretary Y. Testog"],
        ),
    ],
)
def test_a_labelled_line_lists_its_groups(body: str, participants: list[str]) -> None:
    read = record("Memorandum of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants


def test_a_groups_names_are_linked_or_stubbed_as_a_lists_are() -> None:
    """An unknown name with its initials is stubbed; a surname alone only the file's person."""
    graph = mapped_graph(
        "**1967**\n**Minutes of the Meeting**\n\n**Contents:**\n\nTranslation - English\n\n"
        "Present: Comrades Kádár; Ministers Y. Testal, Z. Testaftig; Testenko, Testov.\n\n"
        "1. On the situation.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "kadar-janos"),
        entity("person", "y-testal"),
        entity("person", "z-testaftig"),
    }


@pytest.mark.parametrize(
    ("body", "participants"),
    [  # a name and its affiliation between semicolons, never two people (review 20 A#1)
        (
            "Present: Kim Test-ae, Rodong Testmun; Pak Tol, Minju Testson.",
            ["Kim Test-ae", "Pak Tol"],
        ),
        (
            "Present: Ivan Testov, Testomol; Pyotr Testrov, Gostest.",
            ["Ivan Testov", "Pyotr Testrov"],
        ),
        (
            "Present: Comrades Testov, Nikolai Petrovich; Testrov, Ivan Sergeevich.",
            ["Testov", "Testrov"],
        ),
        (  # still a group: initials, a person's wording, three surnames or more
            "Present: B. N. Testarev, V. V. Testadin; Secretary Testers, Mr. Testco.",
            ["B. N. Testarev", "V. V. Testadin", "Secretary Testers", "Mr. Testco"],
        ),
        (
            "Also present: Testlenko, Testarev, Testadin; Testetta.",
            ["Testlenko", "Testarev", "Testadin", "Testetta"],
        ),
        ("Present: Testov; Testetta, Testuzzi for the PCI.", ["Testov", "Testetta", "Testuzzi"]),
    ],
)
def test_a_groups_later_items_are_people_only_when_they_say_so(
    body: str, participants: list[str]
) -> None:
    read = record("Memorandum of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants


@pytest.mark.parametrize(
    ("body", "participants"),
    [  # a possessive's role before a preposition names a place or a portfolio (review 20 A#2)
        ("Present were Comrade Testov's guests from Nam Testh and Thai Testin.", []),
        ("Present were Comrade Kim Il Testung's advisers on Economic Questions.", []),
        (
            "Present were Comrade Zhou Testlai's interpreter Ji Testzhu and Comrade Testygin's"
            " aide for Economic Cooperation.",
            ["Ji Testzhu"],
        ),
        ("Present were Kim Il Testung's son Kim Test Il.", ["Kim Test Il"]),
        (  # a semicolon after a side's phrase parts the names as a comma (review 20 A#6)
            "Present at the conversation was, on the Testnamese side, Phan Testen; on the Testian"
            " side, Deputy Minister Testyubin.",
            ["Phan Testen", "Deputy Minister Testyubin"],
        ),
    ],
)
def test_a_possessives_place_or_portfolio_is_no_one_present(
    body: str, participants: list[str]
) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants
