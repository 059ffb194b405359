"""Where a body says it was made, beyond a "Place, date" line in English (review 23): a city
and its building heading the text, a news dateline, a closing "City, building, date", and the
Portuguese, Spanish and Nordic word for "on the (day)" before the date."""

from __future__ import annotations

import pytest

from linkeddata.parser import parse_record
from linkeddata.record import Record


def body(text: str, title: str = "Record of Conversation between Testov and Testin") -> Record:
    return parse_record(
        f"**1962**\n**{title}**\n\n**Contents:**\n\nEnglish Translation\n\n{text}\n",
        "x/1.txt",
        default_id="1",
    )


def place(read: Record) -> str | None:
    return None if read.written_at is None else read.written_at.value


@pytest.mark.parametrize(
    ("head", "city"),
    [  # review 23 D#7, D#15
        ("Testburg, Great Hall of the People", "Testburg"),
        ("Testburg, the Kremlin", "Testburg"),
        ("Testgrad, Testsan Assembly Hall", "Testgrad"),
        ("Testburg, 5 June (TASS). As reported by the agency, the talks were long.", "Testburg"),
        ("Testgrad, March 12 (KCNA) -- The talks ended today with a communique.", "Testgrad"),
    ],
)
def test_a_city_and_its_building_or_a_dateline_opening_the_text(head: str, city: str) -> None:
    text = f"{head}\n\nTestov: I am very glad to meet you here today after so long."
    assert place(body(text)) == city


@pytest.mark.parametrize(
    "head",
    [
        "Testburg, the capital of Testia, has grown since the war and is now very large.",
        "To: Embassy of Testia, Testburg House",
        "Testburg, Main Street",
        "Testburg, Testland",
        "The agency quoted this report in full.\n\nTestburg, 5 June (TASS). The talks ended.",
    ],
)
def test_a_sentence_an_address_or_a_country_gives_no_place(head: str) -> None:
    text = f"{head}\n\nTestov: I am very glad to meet you here today after so long."
    assert place(body(text)) is None


@pytest.mark.parametrize(
    ("line", "city", "date"),
    [  # review 23 D#14, A#3, A#20
        ("Testburg, Kremlin, 12 June 1990", "Testburg", "12 June 1990"),
        ("Testburg, the Great Hall of the People, 5 June 1989", "Testburg", "5 June 1989"),
        ("Testília, em 12 de agosto de 1977", "Testília", "12 de agosto de 1977"),
        ("Testico, D.F., a 11 de septiembre de 1973", "Testico", "11 de septiembre de 1973"),
        ("Testholm, den 9 mars 1968", "Testholm", "9 mars 1968"),
        ("Testhavn, den 2. maj 1961", "Testhavn", "2. maj 1961"),
    ],
)
def test_a_closing_place_and_date_with_a_building_or_the_day_word(
    line: str, city: str, date: str
) -> None:
    read = body(
        f"The talks went on for an hour and nothing was agreed that day.\n\n{line}\n\nTestov"
    )
    assert place(read) == city
    assert read.date_as_written is not None
    assert read.date_as_written.value == date


@pytest.mark.parametrize(
    "line",
    [
        "Testília, em resposta ao telegrama",
        "Testholm, den svenska regeringen",
        "Testov, Chairman, 12 June 1990",
    ],
)
def test_no_date_after_the_day_word_or_a_signers_office_gives_no_place(line: str) -> None:
    read = body(
        f"The talks went on for an hour and nothing was agreed that day.\n\n{line}\n\nTestov"
    )
    assert place(read) is None


@pytest.mark.parametrize(
    "line",
    [  # review 23 diff A#8: an office with a venue's word is no building
        "Tom Testov, Speaker of the House, 5 May 1990",
        "John Testin, Member of Parliament, 5 May 1990",
        "Testov, Chairman of the House Committee, 5 May 1990",
        "Testburg, Chairman of the Assembly, 12 June 1990",
    ],
)
def test_a_signers_office_with_a_venues_word_is_no_building(line: str) -> None:
    read = body(
        f"The talks went on for an hour and nothing was agreed that day.\n\n{line}\n\nTestov"
    )
    assert place(read) is None
    assert read.date_as_written is None


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Testburg, Presidential Palace, 5 May 1990", "Testburg"),
        ("Testgrad, Great Hall of the People, 5 May 1990", "Testgrad"),
    ],
)
def test_a_building_whose_name_holds_an_offices_stem_is_still_one(line: str, city: str) -> None:
    read = body(
        f"The talks went on for an hour and nothing was agreed that day.\n\n{line}\n\nTestov"
    )
    assert place(read) == city
