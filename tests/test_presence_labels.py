"""The labels of who was present, read for what they list: a sentence after "PRESENT:" lists
no one and ends no closing (review 22 C#12)."""

from __future__ import annotations

import pytest
from test_memo_header import record
from test_title_agents import names


@pytest.mark.parametrize(
    "line",
    [
        "PRESENT: The Ambassador raised the issue of the harbour.",
        "PRESENT: The Minister stated that the talks had failed",
        "Present: The delegation was received by Testov.",
        "Present: the situation in the region was discussed at length.",
    ],
)
def test_a_sentence_after_a_present_label_lists_no_one_and_hides_no_signature(line: str) -> None:
    read = record(
        "Telegram from the Testian Embassy in Testburg",
        f"No. 00345/1983\n\nSecret\n\nThe officials told us that Testland was a threat.\n\n"
        f"{line}\n\nAmbassador\nIvan Testovich\n",
    )
    assert read.header_participants == ()
    assert names(read.signatories) == ["Ivan Testovich"]


@pytest.mark.parametrize(
    ("line", "participants"),
    [
        ("Present: The Prime Minister, Mr. Testmillan.", ["Mr. Testmillan"]),
        (
            "PRESENT: The Ambassador, Mr. Ivan Testov, Mr. Testenko",
            ["Mr. Ivan Testov", "Mr. Testenko"],
        ),
    ],
)
def test_an_office_and_a_name_after_a_present_label_are_listed(
    line: str, participants: list[str]
) -> None:
    read = record("Record of Conversation", f"{line}\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants
