"""Who took part in a reception or a meeting that a record's title names: the host whose
reception it was and the guest (review 19 A#9), and the people a meeting was "of" (C#17)."""

from __future__ import annotations

import pytest
from test_title_agents import names, title


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Minutes of Premier Testo Enlai's Reception of Testian Ambassador T.K. Testru",
            ["Premier Testo Enlai", "Testian Ambassador T.K. Testru"],
        ),
        (
            "Record of Conversation from Premier Testo Enlai's Reception of Ambassador Testov",
            ["Premier Testo Enlai", "Ambassador Testov"],
        ),
        (
            "Minutes of the Meeting of Testo Enlai and Testo Edenby, Geneva",
            ["Testo Enlai", "Testo Edenby"],
        ),
    ],
)
def test_the_host_and_the_guest_take_part(text: str, participants: list[str]) -> None:
    assert sorted(names(title(text).participants)) == sorted(participants)


@pytest.mark.parametrize(
    ("text", "participants", "authors"),
    [  # a report on a reception is its author's; one body's meeting is its own record
        ("Report on Premier Testov's Reception of the Diplomatic Corps", ["Premier Testov"], []),
        ("Minutes of the Meeting of the CC Testian Politburo", [], ["CC Testian Politburo"]),
    ],
)
def test_no_guest_beyond_a_record_of_talks(
    text: str, participants: list[str], authors: list[str]
) -> None:
    read = title(text)
    assert names(read.participants) == participants
    assert names(read.authors) == authors


@pytest.mark.parametrize(
    ("text", "participants"),
    [  # a reception "for" an occasion has no guest; "for" a person has (review 19 diff C#4)
        (
            "Record of Conversation from Premier Testov's Reception for National Day",
            ["Premier Testov"],
        ),
        (
            "Record of Conversation from Premier Testov's Reception for the Tenth Anniversary",
            ["Premier Testov"],
        ),
        (
            "Record of Conversation from Premier Testov's Reception for Ambassador Testru",
            ["Premier Testov", "Ambassador Testru"],
        ),
    ],
)
def test_a_reception_for_an_occasion_has_no_guest(text: str, participants: list[str]) -> None:
    assert sorted(names(title(text).participants)) == sorted(participants)


def test_a_reception_for_a_bare_name_takes_it_only_if_known() -> None:
    read = title("Record of Conversation from Premier Testov's Reception for Testru")
    assert names(read.participants) == ["Premier Testov"]
    assert names(read.participants_if_known) == ["Testru"]
