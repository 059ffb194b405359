"""The title's date as a second witness of the date line (parser/title_dates.py)."""

from __future__ import annotations

import pytest

from linkeddata.parser import parse_record


def dated(line: str | None, title: str) -> tuple[object, ...]:
    head = f"**{line}**\n" if line else ""
    record = parse_record(f"{head}**{title}**\n", "x/1.txt", default_id="1")
    date = record.date
    warned = tuple(w.message for w in record.warnings if "date line" in w.message)
    return (None if date is None else (date.text, date.iso, date.precision, date.inferred), warned)


@pytest.mark.parametrize(
    ("line", "title", "expected"),
    [
        (
            "1962",
            "Telegram from Testov to Testin, 27 October 1962",
            ("1962", "1962-10-27", "day", False),
        ),
        (
            "October 1962",
            "Telegram from Testov to Testin, 27 October 1962",
            ("October 1962", "1962-10-27", "day", False),
        ),
        (
            None,
            "Telegram from Testov to Testin, 27 October 1962",
            ("27 October 1962", "1962-10-27", "day", False),
        ),
        ("Undated", "Letter from Testov to Testin, ca. 1950", ("Undated", "1950~", "edtf", True)),
        (
            "November 29, 1976",
            "Minutes of the Meeting, Moscow, 29 November-1 December 1976",
            ("November 29, 1976", "1976-11-29/1976-12-01", "edtf", False),
        ),
        ("1962", "Telegram from Testov to Testin", ("1962", "1962", "year", False)),
        (  # a report or information on a meeting was written on the date line's day
            "December 2, 1981",
            "Information on the Meeting of the Test Committee, Testgrad, 1-2 December 1981",
            ("December 2, 1981", "1981-12-02", "day", False),
        ),
        (
            "March 29, 1961",
            "Report on the Meeting of the Test Committee, Testburg, 28-29 March 1961",
            ("March 29, 1961", "1961-03-29", "day", False),
        ),
        (  # the meeting's own notes span its days
            "March 28, 1961",
            "Notes of the Meeting of the Test Committee, Testburg, 28-29 March 1961",
            ("March 28, 1961", "1961-03-28/1961-03-29", "edtf", False),
        ),
        (  # the days of a conference, "Month D-D, YYYY" after a comma, inside the month
            "June 1997",
            "Transcript, Test Opportunities Conference, Testgrad, June 20-23, 1997",
            ("June 1997", "1997-06-20/1997-06-23", "edtf", False),
        ),
    ],
)
def test_the_titles_date_makes_the_date_line_precise_or_stands_in(
    line: str | None, title: str, expected: tuple[object, ...]
) -> None:
    assert dated(line, title) == (expected, ())


@pytest.mark.parametrize(
    ("line", "title", "expected"),
    [
        (  # the years a report covers are no time it was written, not even a guess
            "Date unknown",
            "Report on the Activities of the Testian Advisers in Testland, 1950-1953",
            ("Date unknown", None, None, False),
        ),
        (
            "Date unknown",
            "Survey of Testian-Testovian Relations, 1945-1960",
            ("Date unknown", None, None, False),
        ),
        (
            "Date unknown",
            "List of Testian Advisers (1950-1953)",
            ("Date unknown", None, None, False),
        ),
        (None, "Chronology of Testian Relations, 1949-1961", None),
        (  # the days of a trip the report is on are the trip's: the date line is kept
            "March 1977",
            "Report by Testo Testov to the Politburo on His Trip to Testburg, 15-17 March 1977",
            ("March 1977", "1977-03", "month", False),
        ),
        (
            "May 1977",
            "Telegram from Testov to Testin on the Talks in Testgrad, 3-5 May 1977",
            ("May 1977", "1977-05", "month", False),
        ),
        (  # a date line written as a range is the cataloguer's date
            "1950-1953",
            "Report on the Activities of the Testian Advisers",
            ("1950-1953", "1950/1953", "edtf", False),
        ),
        (  # a single date closing the title is the document's own
            "November 9, 1989",
            "Minutes of the Session of the Test Committee, 9 November 1989",
            ("November 9, 1989", "1989-11-09", "day", False),
        ),
        (
            "1983",
            "Speech by Testo Testov at the Test Politburo, 31 May 1983",
            ("1983", "1983-05-31", "day", False),
        ),
        (  # a diary is written over the days it covers
            "May 1956",
            "Diary of Testo Testov, 1-15 May 1956",
            ("May 1956", "1956-05-01/1956-05-15", "edtf", False),
        ),
        (  # a choice between two years dates the letter itself
            "Undated",
            "Letter from Testov to Testin, 1956 or 1957",
            ("Undated", "1956/1957", "edtf", True),
        ),
    ],
)
def test_a_range_in_the_title_dates_only_a_record_kept_as_it_happened(
    line: str | None, title: str, expected: tuple[object, ...] | None
) -> None:
    assert dated(line, title) == (expected, ())


def test_a_title_date_that_disagrees_is_reported_and_the_date_line_kept() -> None:
    date, warned = dated("July 1, 1962", "Telegram from Testov to Testin, 27 October 1962")
    assert date == ("July 1, 1962", "1962-07-01", "day", False)
    assert warned == (
        "the title's date '27 October 1962' disagrees with the date line 'July 1, 1962': the date"
        " line is kept",
    )


@pytest.mark.parametrize("written", ["13/14/1962", "0/5/1962", "5.XIII.1953", "5.IIII.1953"])
def test_an_impossible_date_is_no_date(written: str) -> None:
    from linkeddata.parser.iso_dates import iso_date

    assert iso_date(written) is None


def test_a_range_of_days_in_a_comma_title_is_its_date_and_no_party() -> None:
    record = parse_record(
        "**July 9, 1971**\n**Memorandum of Conversation, Testinger-Zhou, Testing, July 9-11,"
        " 1971**\n",
        "x/1.txt",
        default_id="1",
    )
    assert record.title is not None
    assert record.title.date_text is not None
    assert record.title.date_text.value == "July 9-11, 1971"
    assert not any("July" in p.value for p in record.title.participants)


def test_countries_are_whole_names_or_codes_in_capitals() -> None:
    from linkeddata.parser.bodies import is_country

    assert [is_country(w) for w in ("Korea", "USSR", "Brazil", "in", "and", "rea", "Hanoi")] == [
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
