"""An office, a name and "of <state>": the person, the state qualifying the office (review 22
B#7); an office or a body "of" a state stays whole, and so does an envoy's or a courtesy title
with a surname alone, which the state tells apart (diff review 22 B, regression 3)."""

from __future__ import annotations

import pytest
from test_title_agents import names, title


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Meeting with Chancellor Testo Testmann of the Federal Republic of Germany",
            ["Chancellor Testo Testmann"],
        ),
        ("Telcon with President Testov of the USSR", ["President Testov"]),
        (
            "Meeting with Prime Minister Testa Testcher of the United Kingdom",
            ["Prime Minister Testa Testcher"],
        ),
        ("Telcon with Chairman Testov of the Soviet Union", ["Chairman Testov"]),
        (
            "Telegram to Ambassador Testo Testedy of the United Kingdom",
            ["Ambassador Testo Testedy"],
        ),
        ("Conversation with Foreign Minister Testith of Rhodesia", ["Foreign Minister Testith"]),
        (
            "Letter from President Testush of the United States to President Testel of"
            " Czechoslovakia",
            ["President Testush", "President Testel"],
        ),
    ],
)
def test_the_state_after_an_office_and_a_name_is_no_part_of_it(
    text: str, parties: list[str]
) -> None:
    read = title(text)
    assert names(read.participants) + names(read.senders) + names(read.recipients) == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Letter to the Ministry of Foreign Affairs of the USSR",
            ["Ministry of Foreign Affairs of the USSR"],
        ),
        (
            "Meeting with the Chairman of the Council of Ministers of the USSR",
            ["Chairman of the Council of Ministers of the USSR"],
        ),
        (
            "Letter from the Committee for State Security of Bulgaria to Testo Testov",
            ["Committee for State Security of Bulgaria", "Testo Testov"],
        ),
        ("Letter to King Testid of Saudi Arabia", ["King Testid of Saudi Arabia"]),
        (
            "Meeting with President Testov of the Testing Committee",
            ["President Testov of the Testing Committee"],
        ),
        (
            "Telegram to Ambassador Testedy of the United Kingdom",
            ["Ambassador Testedy of the United Kingdom"],
        ),
        ("Conversation with Minister Testith of Rhodesia", ["Minister Testith of Rhodesia"]),
        ("Conversation with Mr. Testee of Hong Kong", ["Mr. Testee of Hong Kong"]),
    ],
)
def test_an_office_or_a_body_of_a_state_stays_whole(text: str, parties: list[str]) -> None:
    read = title(text)
    assert names(read.senders) + names(read.participants) + names(read.recipients) == parties
