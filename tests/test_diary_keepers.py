"""The keeper of a journal a record is taken from: its author, and the other side of a
"Conversation with Y" (review 23 C#1, C#7)."""

from __future__ import annotations

import pytest
from test_title_roles import title, values


@pytest.mark.parametrize(
    ("text", "keeper", "other"),
    [
        (
            "From the Journal of T. T. Testov: Record of a Conversation with Test Kim, 12 May 1958",
            "T. T. Testov",
            "Test Kim",
        ),
        (
            "From the Diary of S. T. Testin: Record of Conversation with Test Deng",
            "S. T. Testin",
            "Test Deng",
        ),
        (
            "From the Journal of Ambassador A. T. Testarov: Memorandum of Conversation with "
            "Test Kim, 3 June 1959",
            "Ambassador A. T. Testarov",
            "Test Kim",
        ),
        (
            "From the Journal of N. T. Testikov, Memorandum of Conversation with Test Kim",
            "N. T. Testikov",
            "Test Kim",
        ),
        (
            "Record of Conversation with Test Kim, From the Diary of V. T. Testov",
            "V. T. Testov",
            "Test Kim",
        ),
    ],
)
def test_a_journal_keeper_wrote_the_record_and_took_part(
    text: str, keeper: str, other: str
) -> None:
    parsed = title(text)
    assert values(parsed.authors) == [keeper]
    assert values(parsed.participants) == [keeper, other]  # never "Testov: Record"


def test_a_talk_between_two_others_leaves_the_keeper_a_note_taker() -> None:
    parsed = title(
        "Record of Conversation between Test Mao and Test Kim, From the Diary of V. T. Testov"
    )
    assert values(parsed.authors) == ["V. T. Testov"]
    assert values(parsed.participants) == ["Test Mao", "Test Kim"]


def test_a_named_owner_of_the_talk_is_its_other_side() -> None:
    parsed = title(
        "From the Journal of T. T. Testov: Record of Test Mao's Conversation with Test Kim"
    )
    assert "T. T. Testov" not in values(parsed.participants)


def test_a_journal_of_a_meeting_names_no_keeper() -> None:
    parsed = title("Excerpt from the Journal of the Central Committee's Meeting")
    assert not parsed.authors


def test_a_note_without_an_author_has_one_side() -> None:
    parsed = title("Note on a Conversation with the Soviet Ambassador to Testland, Comrade Testov")
    assert values(parsed.participants) == ["Comrade Testov"]
