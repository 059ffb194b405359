"""The date as written on a header line above the text (review 22 D#12): under a letterhead,
"Testburg, 23 June 1965", or under a "Date:" label; never a date in the text's sentences."""

from __future__ import annotations

import pytest

from linkeddata.parser import parse_record


def written(head: str, closing: str = "") -> str | None:
    read = parse_record(
        "**1965**\n**Memorandum on a Conversation with Testov**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{head}\n\n"
        "On 22 June I visited the Testian Ambassador, who spoke about the situation at length.\n"
        f"\nThe talks went on for an hour and nothing was agreed that day.\n{closing}",
        "x/1.txt",
        default_id="1",
    )
    return None if read.date_as_written is None else read.date_as_written.value


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Embassy of Testia in the DPRK\nTestburg, 23 June 1965", "23 June 1965"),
        ("Testburg, den 5.3.1962", "5.3.1962"),
        ("Testburg, 23.VI.1965", "23.VI.1965"),
        ("Testburg,\nSeptember 26, 1959.", "September 26, 1959"),
        ("Date: 28/3/1980", "28/3/1980"),
        ("Testburg, March 9, 1961, 11 p.m.", "March 9, 1961, 11 p.m."),
    ],
)
def test_a_header_lines_date_is_the_date_as_written(head: str, date: str) -> None:
    assert written(head) == date


@pytest.mark.parametrize(
    "head",
    [
        "On a Conversation with Testov on 22 June 1965",
        "From Testburg. Sent 9.XI.1956 at 18.00.",
        "Testburg, November 1968",
        "Date and place: 15 March 1969, Testburg",
    ],
)
def test_a_subjects_or_a_transmissions_date_or_a_month_is_none(head: str) -> None:
    assert written(head) is None


def test_the_closing_date_comes_before_the_heads() -> None:
    assert written("Testburg, 23 June 1965", "\nTestburg, 24 June 1965\n") == "24 June 1965"
