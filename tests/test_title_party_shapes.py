"""Clauses after a title's addressee: who signed it (never an addressee) and whom it is meant
for (an addressee too, never part of the first one's name)."""

from __future__ import annotations

import pytest

from linkeddata.parser import parse_record
from linkeddata.record import Title


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
            "Telegram from Testov to Testin (Testarov) for Testenko",
            ["Testin (Testarov)", "Testenko"],
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
