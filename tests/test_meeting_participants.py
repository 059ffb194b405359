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
