"""An office held once, written in lower case before the office and a name ("former", "ex-",
"the late"), is the person's description in any party's slot (review 19 B#4)."""

from __future__ import annotations

import pytest
from test_title_agents import names, title


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        (
            "Record of Conversation between Testo Il Sung and former President Testo Testar",
            "participants",
            ["Testo Il Sung", "Former President Testo Testar"],
        ),
        (
            "Record of Conversation between Testo Gwan and former Secretary of Defense Testo Perr",
            "participants",
            ["Testo Gwan", "Former Secretary of Defense Testo Perr"],
        ),
        (
            "Letter from Testo Il Sung to former President Testar",
            "recipients",
            ["Former President Testar"],
        ),
        ("Letter from ex-President Testov to Testo Il Sung", "senders", ["Ex-President Testov"]),
        (
            "Letter from Testo Il Sung to the late Premier Testov",
            "recipients",
            ["Late Premier Testov"],
        ),
    ],
)
def test_former_before_an_office_is_the_persons_description(
    text: str, field: str, expected: list[str]
) -> None:
    assert names(getattr(title(text), field)) == expected


@pytest.mark.parametrize(
    "text",
    ["Report on the former Soviet Union", "Letter from Testo Il Sung, former head of state"],
)
def test_former_before_no_office_names_no_one(text: str) -> None:
    read = title(text)
    found = [*read.senders, *read.recipients, *read.participants, *read.authors]
    assert not [n for n in found if "ormer" in n.value]


@pytest.mark.parametrize(
    "text",
    [  # after "of", a recalled office is a relative's, no party (review 19 diff C#3)
        "Letter from the Widow of the late Chairman Testov to Testo Il Sung",
        "Message from the Son of former President Testarno to Testo Enlai",
    ],
)
def test_former_after_of_names_no_sender(text: str) -> None:
    assert not [n for n in title(text).senders if "ormer" in n.value or "Late" in n.value]


def test_former_opens_a_party_after_a_comma() -> None:
    read = title("Memorandum of Conversation, Secretary Testinger and former Ambassador Testman")
    assert "Former Ambassador Testman" in names([*read.participants, *read.authors])
