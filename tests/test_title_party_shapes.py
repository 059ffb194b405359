"""Clauses after a title's addressee: who signed it (never an addressee) and whom it is meant
for (an addressee too, never part of the first one's name)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph

from linkeddata.parser import parse_record
from linkeddata.record import Title
from linkeddata.vocab import ADO, SCHEMA


def title(text: str) -> Title:
    parsed = parse_record(f"**May 1, 1948**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert parsed is not None
    return parsed


def values(located: tuple[object, ...]) -> list[str]:
    return [x.value for x in located]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "recipients", "authors"),
    [
        (
            "Letter from the CC TKP to the CC TWP, signed by Testov and Testin",
            ["CC TWP"],
            ["Testov", "Testin"],
        ),
        (
            "Letter from the CC TKP to the CC TWP, Signed by Testov and Testin, 4 May 1948",
            ["CC TWP"],
            ["Testov", "Testin"],
        ),
        (
            "Letter from Testov and Testin to Testarov and Testenko, Signed on Behalf of the"
            " CC TKP",
            ["Testarov", "Testenko"],
            ["CC TKP"],
        ),
        ("Directive to Testarov, Approved by the Politburo", ["Testarov"], []),
    ],
)
def test_a_signing_clause_names_no_addressee(
    text: str, recipients: list[str], authors: list[str]
) -> None:
    read = title(text)
    assert values(read.recipients) == recipients
    assert values(read.authors) == authors


def test_a_list_of_addressees_stays_one() -> None:
    read = title("Letter to Testov, Testin and Testarov")
    assert values(read.recipients) == ["Testov", "Testin", "Testarov"]
    assert not read.authors


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Telegram from Testov to Testin (Testarov) for Pak Testong",
            ["Testin (Testarov)", "Pak Testong"],
        ),
        ("Cable, Testov to Testin, for Comrade Testo Testman", ["Testin", "Comrade Testo Testman"]),
        (
            "Telegram from Testov to Testin for Comrade Testa Testova",
            ["Testin", "Comrade Testa Testova"],
        ),
    ],
)
def test_for_after_the_addressee_is_a_recipient_too(text: str, recipients: list[str]) -> None:
    assert values(title(text).recipients) == recipients


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Telegram from Testov to Testin for Eyes Only", ["Testin"]),
        ("Telegram from Testov to Testin, for Publication", ["Testin"]),
        ("Telegram from Testov to Testin for Review", ["Testin"]),
        (
            "Letter from Testov to the Minister for Foreign Affairs",
            ["Minister for Foreign Affairs"],
        ),
        (
            "Letter from Testov to the Committee for State Security",
            ["Committee for State Security"],
        ),
    ],
)
def test_for_a_handling_or_inside_a_name_names_no_one(text: str, recipients: list[str]) -> None:
    assert values(title(text).recipients) == recipients


@pytest.mark.parametrize(
    ("text", "recipients", "if_known"),
    [
        # one word, or a body's name: someone only where the file knows an agent by it
        ("Telegram from Testov to Testin for Testarov", ["Testin"], ["Testarov"]),
        ("Letter from Testov to Testin for Weapons", ["Testin"], ["Weapons"]),
        ("Letter from Testov to Testin, for Testland", ["Testin"], ["Testland"]),
        ("Letter from Testov to Testin for Tuesday", ["Testin"], ["Tuesday"]),
        ("Letter from Testov to Testin for the Plenum", ["Testin"], ["Plenum"]),
        ("Letter from Testov to Testin for the Testish People", ["Testin"], ["Testish People"]),
        # "the" and common nouns, a topic: a handling, no one
        ("Memorandum from Testov to Testin for Testland Policy", ["Testin"], []),
        ("Letter from Testov to Testin for Peace", ["Testin"], []),
        ("Letter from Testov to Testin for Testo Testman", ["Testin"], ["Testo Testman"]),
        # a person's name of two words or more, a person's title: surely someone
        (
            "Telegram from Testov to Testin for Ambassador Testarov",
            ["Testin", "Ambassador Testarov"],
            [],
        ),
        ("Telegram from Testov to Testin, for Mao Testong", ["Testin", "Mao Testong"], []),
    ],
)
def test_for_one_word_is_someone_only_if_known(
    text: str, recipients: list[str], if_known: list[str]
) -> None:
    read = title(text)
    assert values(read.recipients) == recipients
    assert values(read.recipients_if_known) == if_known
    assert not read.destinations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telegram from Shtykov to Vyshinsky for Stalin", {"vyshinsky-andrei", "stalin-joseph"}),
        ("Telegram from Stalin to Roshchin, for Mao", {"roshchin-nikolai", "mao-zedong"}),
        ("Letter from Kim Il Sung to Stalin for the Plenum", {"stalin-joseph"}),
        ("Letter from Kim Il Sung to Stalin, for Chinese People", {"stalin-joseph"}),
        ("Letter from Kim Il Sung to Stalin for Testweapons", {"stalin-joseph"}),
        ("Letter from Kim Il Sung to Stalin, for Korea", {"stalin-joseph"}),  # a place: no one
        ("Letter from Kim Il Sung to Stalin for Berlin", {"stalin-joseph"}),
    ],
)
def test_the_file_says_whether_for_names_an_addressee(text: str, expected: set[str]) -> None:
    graph = mapped_graph(f"**May 1, 1950**\n**{text}**\n")
    found = {str(o).rsplit("/", 1)[-1] for o in graph.objects(doc(), SCHEMA.recipient)}
    assert found == expected
    assert not set(graph.objects(doc(), ADO.destination))


@pytest.mark.parametrize(
    ("text", "recipients", "authors"),
    [
        (
            "Letter from Testov to Testin, signed for the Presidium by Testarov",
            ["Testin"],
            ["Testarov"],
        ),
        ("Letter from Testov to Testin, signed by Testarov for Testenko", ["Testin"], ["Testarov"]),
        ("Letter to Testin, signed by 42 Intellectuals", ["Testin"], []),
        ("Letter to Testin, Signed by Both Parties", ["Testin"], []),
        ("Letter from Testov to Testin, signed by the Secretariat", ["Testin"], []),
        ("Letter from Testov to Testin, signed by the Ambassador", ["Testin"], []),
        ("Letter to Testin, initialled by the Delegations", ["Testin"], []),
        (
            "Telegram from Testov to the Center, signed by Testarov (Colonel)",
            ["Center"],
            ["Testarov"],
        ),
        # what must still be caught
        (
            "Letter from Testov to Testin, signed by Testarov and Testenko",
            ["Testin"],
            ["Testarov", "Testenko"],
        ),
        (
            "Letter from Testov to Testin, Signed by Testarov (Testenko)",
            ["Testin"],
            ["Testarov (Testenko)"],
        ),
        (
            "Letter from the Presidium, Signed by Testarov and Testenko, to the CC TKP",
            ["CC TKP"],
            ["Testarov", "Testenko"],
        ),
    ],
)
def test_who_a_signing_clause_names(text: str, recipients: list[str], authors: list[str]) -> None:
    read = title(text)
    assert values(read.recipients) == recipients
    assert values(read.authors) == authors
    assert "Testarov" not in values(read.senders)


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Record of the Meeting of Comrades Testov and the Bulgarian and Yugoslav Delegations"
            " in the Kremlin",
            ["Comrades Testov", "Bulgarian Delegation", "Yugoslav Delegation"],
        ),
        (
            "Talks between Comrade Testov and the Polish and Hungarian Parties",
            ["Comrade Testov", "Polish Party", "Hungarian Party"],
        ),
        (
            "Conversation between Bulgarian and Yugoslav Leaders Testov and Testin",
            ["Testov", "Testin"],
        ),
        (
            "Conversation between Testov and the Ambassadors of the United States, Great Britain"
            " and France",
            [
                "Testov",
                "Ambassador of the United States",
                "Ambassador of Great Britain",
                "Ambassador of France",
            ],
        ),
        (
            "Conversation between Testov and the Council of Foreign Ministers",
            ["Testov", "Council of Foreign Ministers"],
        ),
    ],
)
def test_a_shared_plural_noun_names_one_party_each(text: str, participants: list[str]) -> None:
    """Nationality adjectives before a shared plural head are one group each (review 21 B#1),
    a plural office before states one office per state (B#7); never a person "Bulgarian"."""
    assert values(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Politburo Decision to Confirm the Following Directive to the Testish Ambassador", []),
        ("Decision to Withdraw the Instructions to Testov, 3 May 1948", []),
        ("Letter from Testov to Testin to Confirm the Agreement", ["Testin"]),
        ("Resolution to the Testburg Committee", ["Testburg Committee"]),
    ],
)
def test_a_decisions_infinitive_names_no_addressee(text: str, recipients: list[str]) -> None:
    """A decision's "to <verb>" is its topic, and an addressee inside it the topic's (B#11)."""
    read = title(text)
    assert values(read.recipients) == recipients
    assert not read.destinations


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Conversation between the Ambassadors of Poland and Czechoslovakia and Zhou Enlai",
            ["Ambassador of Poland", "Ambassador of Czechoslovakia", "Zhou Enlai"],
        ),
        (
            "Conversation between Testov, the Ambassadors of Poland and Hungary, and Testin",
            ["Testov", "Ambassador of Poland", "Ambassador of Hungary", "Testin"],
        ),
        (
            "Conversation between Testov and the Ambassadors of the USSR and Poland, Testin and"
            " Testarov",
            ["Testov", "Ambassador of the USSR", "Ambassador of Poland", "Testin", "Testarov"],
        ),
        (
            "Conversation between Testov and the Secretaries of the Central Committee, Testin"
            " and Testarov",
            ["Testov", "Secretary of the Central Committee", "Testin", "Testarov"],
        ),
        (
            "Conversation between Testov and the Ambassadors of the Socialist Countries and"
            " Yugoslavia",
            ["Testov", "Ambassador of the Socialist Countries", "Yugoslavia"],
        ),
        (
            "Conversation between Testov and the Premiers of China and India",
            ["Testov", "Premier of China", "Premier of India"],
        ),
    ],
)
def test_a_plural_office_takes_in_only_states(text: str, participants: list[str]) -> None:
    """The states a plural office is of end at the first name that is no state's: a person
    after them is a party of his own, never "Ambassador of Zhou Enlai" (diff review 21 D#1)."""
    assert values(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "senders", "participants"),
    [
        ("Letter from Soviet Advisers Working in the DPRK to Testov", ["Soviet Advisers"], []),
        ("Letter from Chinese Students Studying in Testburg to Testov", ["Chinese Students"], []),
        ("Conversation between Soviet Leaders Present at the Congress and Testov", [], None),
        (
            "Conversation between the SED and Soviet Leaders Testov and Testin",
            [],
            ["SED", "Testov", "Testin"],
        ),
        (
            "Conversation between the KWP and Chinese Comrades Testov and Testin",
            [],
            ["KWP", "Comrade Testov", "Comrade Testin"],
        ),
        (
            "Conversation between Bulgarian and Yugoslav Leaders Testov and Testin",
            [],
            ["Testov", "Testin"],
        ),
    ],
)
def test_a_nationality_group_names_only_personal_names(
    text: str, senders: list[str], participants: list[str] | None
) -> None:
    """Only personal names after "Soviet Advisers" are the group's members: a participle that
    says where or how the group is names no one, and a party's acronym before the group stays a
    party (diff review 21 D#2)."""
    read = title(text)
    assert not any(
        s.value.split()[0] in {"Working", "Studying", "Present"}
        for s in (*read.senders, *read.participants)
    )
    assert all(any(s.value.startswith(g) for s in read.senders) for g in senders)
    if participants is not None:
        assert values(read.participants) == participants


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Telegram from the Polish and Czechoslovak Delegations in the ICSC to Testburg",
            ["Polish Delegation in the ICSC", "Czechoslovak Delegation in the ICSC"],
        ),
        (
            "Telegram from the Polish and Indian Delegations in the International Control"
            " Commission to Testburg",
            [
                "Polish Delegation in the International Control Commission",
                "Indian Delegation in the International Control Commission",
            ],
        ),
    ],
)
def test_a_delegation_in_a_body_keeps_its_name(text: str, senders: list[str]) -> None:
    """ "In the ICSC" says whose delegation it is, no building where it met (D#3)."""
    assert values(title(text).senders) == senders


def test_a_delegation_in_a_building_is_named_without_it() -> None:
    """The building where delegations met is no part of their names (review 21 B#1)."""
    read = title(
        "Conversation between Testov and the Soviet and Chinese Delegations in the Kremlin"
    )
    assert values(read.participants) == ["Testov", "Soviet Delegation", "Chinese Delegation"]
