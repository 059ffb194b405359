"""Whom a message is meant for, in brackets after its addressee: "X to Y (for Z)" is to Y and
to Z; a bracket that is no "for" stays the addressee's other name or a place."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph, names, title

from linkeddata.vocab import SCHEMA


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Telegram, Testov to Testin (for Ambassador Testarov)", ["Testin", "Ambassador Testarov"]),
        ("Cable, Testov to Testin (for Testo Testman)", ["Testin", "Testo Testman"]),
        (
            "Ciphered Telegram, Testov to Soviet Ambassador in Testburg (for Testo Testman)",
            ["Soviet Ambassador in Testburg", "Testo Testman"],
        ),
        (
            "Telegram from Testov to Testin (to be passed to Testo Testman), 5 May 1950",
            ["Testin", "Testo Testman"],
        ),
        (
            "Telegram to the Soviet Ambassador in Testburg (for Comrade Testo Testman)",
            ["Soviet Ambassador in Testburg", "Comrade Testo Testman"],
        ),
        # not a "for": a cover name and who it was, or a place
        ("Ciphered Telegram, Testov to Feng Xi (Stalin)", ["Feng Xi (Stalin)"]),
        ("Telegram, Testov to Testin (Testburg)", ["Testin (Testburg)"]),
    ],
)
def test_a_for_bracket_after_an_addressee_names_another_addressee(
    text: str, recipients: list[str]
) -> None:
    assert names(title(text).recipients) == recipients


def test_a_for_bracket_with_no_addressee_before_it_names_no_one() -> None:
    assert names(title("Report on the War (for the Politburo)").recipients) == []


def test_the_addressee_and_whom_it_is_for_both_receive_it_and_no_stub_opens_with_for() -> None:
    graph = mapped_graph("**1950**\n**Cable, Testov to Testin (for Testo Testman)**\n")
    assert set(graph.objects(doc(), SCHEMA.recipient)) == {
        entity("person", "testin"),
        entity("person", "testo-testman"),
    }
    assert not [o for o in graph.objects() if "/for-" in str(o)]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Letter to Testov (for Your Eyes Only)", ["Testov"]),
        ("Letter to Testov (For Official Use Only)", ["Testov"]),
        ("Report to Testov (for Internal Use)", ["Testov"]),
        ("Telegram from Testin to Testov (for Urgent Attention)", ["Testov"]),
        (
            "Cable to the Testish Embassy in Testburg (for Immediate Action)",
            ["Testish Embassy in Testburg"],
        ),
        ("Memorandum to Testov (for Signature)", ["Testov"]),
        ("Letter to the CC TSP (for the Files)", ["CC TSP"]),
        ("Instructions to the Ambassador (for the Talks with the Testish)", ["Ambassador"]),
    ],
)
def test_a_handling_note_in_brackets_names_no_addressee(text: str, recipients: list[str]) -> None:
    assert names(title(text).recipients) == recipients
