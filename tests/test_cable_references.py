"""An American cable's own number and the cables its "REF:" line names (review 21 A#4, C#8)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph

from linkeddata.parser import parse_record
from linkeddata.record import Record
from linkeddata.vocab import ADO, RICO


def cable(head: str) -> Record:
    return parse_record(
        f"**1979**\n**Cable on Testing**\n\n**Contents:**\n\nOriginal Scan\n\n{head}\n\n"
        "1. The embassy reports on the matter that was raised with us.\n",
        "x/1.txt",
        default_id="1",
    )


@pytest.mark.parametrize(
    ("line", "answered"),
    [
        ("REF: TESTBURG 14872", ["TESTBURG 14872"]),
        ("REF: A) TESTGRAD 4321 B) STATE 98765", ["TESTGRAD 4321", "STATE 98765"]),
        ("REFS: A) USUN 2345, B) USNATO 5678", ["USUN 2345", "USNATO 5678"]),
        ("REF: NEW TESTBURG 4567", ["NEW TESTBURG 4567"]),
        ("REF: STATE 123456", ["123456"]),  # the Department's form, read as before
        ("REF: SECTION 2", []),  # a part of the same cable
        ("REF: MAY 1234", []),
        ("REF: TESTBURG 1979", []),  # a year
        ("SUBJECT: TESTBURG 1980 OLYMPICS", []),  # no reference line
    ],
)
def test_a_posts_name_and_number_on_a_ref_line_is_the_cable_answered(
    line: str, answered: list[str]
) -> None:
    assert [n.value for n in cable(line).reply_to] == answered


@pytest.mark.parametrize(
    ("head", "numbers"),
    [
        (
            "SECRET\nNODIS\n\nSTATE 267413\n\nFM SECSTATE WASHDC\nTO AMEMBASSY TESTBURG",
            ["STATE 267413"],
        ),
        ("TESTBURG 1115\nFM AMEMBASSY TESTBURG\nTO SECSTATE WASHDC 312", ["TESTBURG 1115"]),
        ("USUN 3412\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC", ["USUN 3412"]),
        # no American routing: a capitalised word and a number alone are no cable's number
        ("SECRET\nNODIS\n\nSTATE 267413\n\nFrom: Ivan Testov", []),
        # a year and a time, a post's word alone, a post the routing numbers
        ("NODIS\n1979 10:30\nSTATE\nFM SECSTATE WASHDC\nTO AMEMBASSY TESTBURG", []),
        (
            "FM SECSTATE WASHDC\nTO AMEMBASSY TESTBURG 12\nINFO AMEMBASSY TESTGRAD\n"
            "AMEMBASSY TESTVILLE 2345",
            [],
        ),
    ],
)
def test_an_american_cables_post_and_number_alone_is_its_own(head: str, numbers: list[str]) -> None:
    assert [n.value for n in cable(head).body_registry_numbers] == numbers


def test_one_number_in_two_cases_is_written_once() -> None:
    graph = mapped_graph(
        "**1968**\n**Telegram from the Department to Testov, State 265432**\n\n**Contents:**\n\n"
        "English Transcription\n\nCONFIDENTIAL\n\nSTATE 265432\n\nFM SECSTATE WASHDC\n\n"
        "1. The embassy should inform the ministry of our position at once.\n"
    )
    assert [str(n).casefold() for n in graph.objects(doc(), ADO.registryNumber)] == ["state 265432"]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("REF: TESTBURG 14872", "reply-to/testburg-14872"),  # no encoded space
        ("In response to your telegram no. 12.390", "reply-to/12.390"),  # its points kept
        ("Reference: your letter No. 1234/56", "reply-to/1234-56"),
    ],
)
def test_a_reply_stubs_key_is_a_slug_of_its_number(line: str, key: str) -> None:
    graph = mapped_graph(
        f"**1979**\n**Cable on Testing**\n\n**Contents:**\n\nOriginal Scan\n\n{line}\n\n"
        "1. The embassy reports on the matter that was raised with us.\n"
    )
    assert [str(o) for o in graph.objects(doc(), RICO.isReplyTo)] == [f"{doc()}/{key}"]
