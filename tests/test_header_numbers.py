"""A body header's own number and markings as telegrams and reports write them (review 22):
a marking joined to the number by a slash or a dash, a cable's grade and precedence on one line,
its post and number under them, the label in capitals, a message's type before "No."."""

from __future__ import annotations

import pytest

from linkeddata.parser import parse_record
from linkeddata.parser.number_markings import marked_number
from linkeddata.record import Record


def body(head: str) -> Record:
    return parse_record(
        "**1962**\n**Telegram on the Situation**\n\n**Contents:**\n\nOriginal Scan\n\n"
        f"{head}\n\nThe talks went on for an hour and nothing was agreed that day.\n",
        "x/1.txt",
        default_id="1",
    )


def numbers(read: Record) -> list[str]:
    return [number.value for number in read.body_registry_numbers]


def markings(read: Record) -> list[str]:
    return [key.value for key in read.body_classifications]


@pytest.mark.parametrize(
    ("line", "number", "marking"),
    [  # review 22 D#3
        ("No. 47/1961/Top Secret", "47/1961", "top-secret"),
        ("No. 15/1957 - Secret", "15/1957", "secret"),
        ("Nr. 0251/64/Strictly secret", "0251/64", "strictly-secret"),
        ("Č. j. 0377/62-Tajné", "0377/62", "secret"),
        ("004/1961/Szigorúan titkos", "004/1961", "top-secret"),
    ],
)
def test_a_marking_after_the_number_ends_it_and_is_the_records(
    line: str, number: str, marking: str
) -> None:
    read = body(line)
    assert numbers(read) == [number]
    assert markings(read) == [marking]


@pytest.mark.parametrize(
    "line", ["# 700512/sh", "No. 3145/72/61/TJN", "No. 2270/Taj. 1951", "No. 12/1958"]
)
def test_a_registers_letters_after_a_slash_are_the_numbers(line: str) -> None:
    assert marked_number(line) is None
    assert numbers(body(line)) == [line.split(maxsplit=1)[1]]


@pytest.mark.parametrize(
    "line",
    ["Ref: your No. 45/1965/Top Secret", "Attachment No. 3 - Secret", "Room 5 - Confidential"],
)
def test_a_marking_after_a_number_that_is_no_records_own_is_none(line: str) -> None:
    """Diff review 22 F#2: a reference's, an attachment's or a room's number and marking."""
    assert marked_number(line) is None
    assert markings(body(line)) == []


@pytest.mark.parametrize(
    ("head", "marking", "precedence"),
    [  # review 22 B#2
        ("CONFIDENTIAL  IMMEDIATE", "confidential", "immediate"),
        ("CONFIDENTIAL IMMEDIATE", "confidential", "immediate"),
        ("SECRET NIACT IMMEDIATE", "secret", "immediate"),
        ("SECRET  PRIORITY", "secret", "urgent"),
    ],
)
def test_a_cables_grade_and_precedence_on_one_line(
    head: str, marking: str, precedence: str
) -> None:
    read = body(head)
    assert markings(read) == [marking]
    assert read.body_priority is not None
    assert read.body_priority.value == precedence


@pytest.mark.parametrize(
    "head", ["The secret priority of the party was clear to all", "SECRET NO FOREIGN DISSEM"]
)
def test_a_sentence_or_a_caveat_gives_no_precedence(head: str) -> None:
    assert body(head).body_priority is None


@pytest.mark.parametrize(
    "head",
    [  # review 22 B#3: under the marking line, or the cable's text under the routing's "BT"
        "CONFIDENTIAL  IMMEDIATE\nTESTBURG 8123",
        "CONFIDENTIAL\nIMMEDIATE\nTESTBURG 8123",
        "O 131000Z DEC 81\nFM AMEMBASSY TESTBURG\nTO SECSTATE WASHDC IMMEDIATE 4567\nBT\n"
        "CONFIDENTIAL TESTBURG 8123",
    ],
)
def test_the_cables_post_and_number_under_its_marking(head: str) -> None:
    assert numbers(body(head)) == ["TESTBURG 8123"]


@pytest.mark.parametrize(
    "head",
    [
        "CONFIDENTIAL  IMMEDIATE\nREF: TESTBURG 8120",
        "IMMEDIATE\nTESTBURG 1981",
        "TESTBURG 8123",
        "BT\n#1712",
    ],
)
def test_a_reference_a_year_or_a_post_with_no_marking_is_no_own_number(head: str) -> None:
    assert numbers(body(head)) == []


@pytest.mark.parametrize(
    ("line", "number"),
    [  # review 22 D#4, D#10
        ("NO. 412", "412"),
        ("TELEGRAM NO. 1234", "1234"),
        ("CABLE NO. 412", "412"),
        ("NR. 1234", "1234"),
        ("NO. 412 OF 5 MARCH", "412"),
        ("Cipher message No. 11634", "11634"),
        ("Coded telex No. 123", "123"),
    ],
)
def test_the_number_label_in_capitals_or_after_a_messages_type(line: str, number: str) -> None:
    assert numbers(body(line)) == [number]


@pytest.mark.parametrize(
    "line",
    [
        "NO. 2 OF 3",
        "Copy No. 3",
        "COPY NO. 3",
        "the message No. 5 was lost",
        "NO. 1 PRIORITY FOR THE PARTY",  # a heading in capitals (diff review 22 F#3)
    ],
)
def test_a_parts_count_a_copy_or_a_sentence_gives_no_number(line: str) -> None:
    assert numbers(body(line)) == []


@pytest.mark.parametrize(
    "line",
    [  # review 22 A#5: the register and its year are the number's
        "Testfa [1964] No. 271",
        "Testfa (64) 271",
        "(64) Testzi No. 0381",
        "Testbu [1966] 45",
    ],
)
def test_a_yearly_registers_number_is_kept_whole(line: str) -> None:
    assert numbers(body(line)) == [line]


def test_the_vietnamese_number_label() -> None:
    assert numbers(body("Số 71/TTg")) == ["71/TTg"]


@pytest.mark.parametrize(
    "line",
    [
        "[1964]",
        "Copy No. 2",
        "the Testian instruction of 1964 No. 271 was read out",
        "Testburg (1963) 158",  # a city's or a word's name is no register (diff review 22 F#3)
        "Pages (63) 12",
    ],
)
def test_a_year_alone_a_copy_or_a_sentence_gives_no_yearly_number(line: str) -> None:
    assert numbers(body(line)) == []


@pytest.mark.parametrize(
    ("line", "number", "urgency"),
    [  # review 23 B#12: a priority after the number ends it, as a classification does
        ("NO. 4512 URGENT", "4512", "urgent"),
        ("NO. 4512 IMMEDIATE", "4512", "immediate"),
        ("Ciphergram No. 4512, Urgent", "4512", "urgent"),
        ("No. 4512 - Urgent", "4512", "urgent"),
        ("No. 4512/Urgent", "4512", "urgent"),
    ],
)
def test_a_priority_after_the_number_ends_it_and_is_the_records(
    line: str, number: str, urgency: str
) -> None:
    read = body(line)
    assert numbers(read) == [number]
    assert read.body_priority is not None
    assert read.body_priority.value == urgency


@pytest.mark.parametrize("line", ["To your No. 12, Urgent", "Attachment No. 3 - Urgent"])
def test_a_priority_after_anothers_number_is_not_the_records(line: str) -> None:
    assert body(line).body_priority is None


@pytest.mark.parametrize(
    ("line", "number"),
    [  # review 23 B#3: the marking is the earlier letter's, no part of its number
        ("Re: Your letter No. 45/Secret of 5 April 1963", "45"),
        ("To No. 0312/63-Tajné of 2 May 1963", "0312/63"),
        ("Ref: your No. 700512/sh", "700512/sh"),
    ],
)
def test_a_reply_references_number_ends_before_its_marking(line: str, number: str) -> None:
    assert [n.value for n in body(line).reply_to] == [number]


@pytest.mark.parametrize(
    ("line", "number"),
    [  # review 23 A#2, A#3: the number's label in the original's language, an office's code
        ("NÚMERO 318", "318"),
        ("Número: 318", "318"),
        ("Nº 318", "318"),
        ("Ofício nº 318", "318"),
        ("TELEGRAMA Nº 45", "45"),
        ("G/TS/DTE-II/ 318", "G/TS/DTE-II/ 318"),
    ],
)
def test_a_numbers_label_in_spanish_or_portuguese_and_an_offices_code(
    line: str, number: str
) -> None:
    assert numbers(body(line)) == [number]


@pytest.mark.parametrize("line", ["NÚMERO DE HOJAS 2", "Página 2", "SECRET/NODIS"])
def test_a_count_of_sheets_a_page_or_a_caveat_is_no_number(line: str) -> None:
    assert numbers(body(line)) == []


@pytest.mark.parametrize("line", ["SECRET/NODIS/ 2", "TOP/SECRET/ 1983", "CONFIDENTIAL/EXDIS/ 4"])
def test_a_marking_line_with_a_figure_is_no_offices_number(line: str) -> None:
    # review 23 diff A#6: a classification or handling word is no office's code
    assert numbers(body(line)) == []


@pytest.mark.parametrize(("line", "number"), [("G/SG/DTA-II/ 256", "G/SG/DTA-II/ 256")])
def test_an_offices_code_and_number_stay_read(line: str, number: str) -> None:
    assert numbers(body(line)) == [number]
