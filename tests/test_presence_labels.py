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


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        (  # a side's phrase after each group (review 22 C#2)
            "Present: Zhou Testlai, Deng Testping and Wang Testxiang from the Chinese side, and"
            " Edward Testab, Jerzy Testawski, and the Testian Ambassador in Testburg, S. Testyluk,"
            " from the Testian side.",
            [
                "Zhou Testlai",
                "Deng Testping",
                "Wang Testxiang",
                "Edward Testab",
                "Jerzy Testawski",
                "S. Testyluk",
            ],
        ),
        (
            "Present: Zhou Testlai, Deng Testping and Wang Testxiang from the Chinese side;"
            " Edward Testab and Jerzy Testawski from the Testian side.",
            ["Zhou Testlai", "Deng Testping", "Wang Testxiang", "Edward Testab", "Jerzy Testawski"],
        ),
        (
            "Present: Testilenko and Testomarev for the TPSU, Testetta and Testuzzi for the TCI",
            ["Testilenko", "Testomarev", "Testetta", "Testuzzi"],
        ),
        (  # a side's phrase and its comma before each group
            "Attending: from the Soviet side, S. F. Testeyev, A. A. Testnykh and V. P. Testov;"
            " from the American side, P. Testze, M. Testelman, and R. Testle.",
            [
                "S. F. Testeyev",
                "A. A. Testnykh",
                "V. P. Testov",
                "P. Testze",
                "M. Testelman",
                "R. Testle",
            ],
        ),
        (  # an office and its holder after a serial "and"
            "Present: Comrades Zhou Testlai, Edward Testab, and the Testian Ambassador"
            " S. Testyluk.",
            ["Zhou Testlai", "Edward Testab", "Testian Ambassador S. Testyluk"],
        ),
        (  # a party's label before each group (review 22 B#1)
            "Present: from the TPSU - L. I. Testnev, A. N. Testygin; from the PZPT - W. Testulka,"
            " J. Testankiewicz.",
            ["L. I. Testnev", "A. N. Testygin", "W. Testulka", "J. Testankiewicz"],
        ),
        (
            "Present: L. I. Testnev, A. N. Testygin (TPSU); W. Testulka, J. Testankiewicz (PZPT)",
            ["L. I. Testnev", "A. N. Testygin", "W. Testulka", "J. Testankiewicz"],
        ),
        (
            "Present:\nFrom the TPSU: L. I. Testnev, A. N. Testygin\n"
            "From the PZPT: W. Testulka, J. Testankiewicz",
            ["L. I. Testnev", "A. N. Testygin", "W. Testulka", "J. Testankiewicz"],
        ),
        (
            "Present:\nTPSU - L. I. Testnev, A. N. Testygin\nPZPT - W. Testulka, J. Testankiewicz",
            ["L. I. Testnev", "A. N. Testygin", "W. Testulka", "J. Testankiewicz"],
        ),
        (
            "Present:\nFor the Testian side: W. Testelski, M. Testowski\n"
            "For the Soviet side: M. Testachev",
            ["W. Testelski", "M. Testowski", "M. Testachev"],
        ),
        (  # groups on the lines under the labelled line
            "Present: PB members: Kazimierz Testowski, Józef Testek.\n"
            "PB deputy members: Stanisław Testolek, Marian Testowski.\n"
            "CC secretaries: Kazimierz Testyniak.",
            [
                "Kazimierz Testowski",
                "Józef Testek",
                "Stanisław Testolek",
                "Marian Testowski",
                "Kazimierz Testyniak",
            ],
        ),
    ],
)
def test_every_name_of_each_side_or_party_takes_part(body: str, participants: list[str]) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants


@pytest.mark.parametrize(
    "below",
    [
        "CC: William P. Testers, Melvin R. Testd",
        "ABSENT: William P. Testers, Melvin R. Testd",
        "Absent: William P. Testers, Melvin R. Testd",
        "DRAFTED: William P. Testers, Melvin R. Testd",
        "Distribution: William P. Testers, Melvin R. Testd",
    ],
)
def test_a_routing_or_absence_line_under_a_list_is_no_group(below: str) -> None:
    """Diff review 22 E#1: the lines under a filled-in list end it at a label of no group."""
    body = f"PARTICIPANTS: Ambassador Testo F. Testov, Henry A. Testinger\n{below}"
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == ["Ambassador Testo F. Testov", "Henry A. Testinger"]


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        ("Present: Testov and Testenko from the Chinese side.", ["Testov", "Testenko"]),
        ("Present: Testov, Testenko, and the Ambassador.", ["Testov", "Testenko"]),
        (  # a speaker's line under a side's names is no group
            "Present:\nChinese side: Zhou Testlai, Chen Testyi\nTPSU: We agree with you.",
            ["Zhou Testlai", "Chen Testyi"],
        ),
        (  # offices between semicolons, no side: the name before each office
            "Present: Testov, Chairman of the KGB; Testenko, Head of the Department",
            ["Testov", "Testenko"],
        ),
    ],
)
def test_a_sides_label_or_an_office_is_no_participant(body: str, participants: list[str]) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert names(read.header_participants) == participants


@pytest.mark.parametrize(
    "label",
    [
        "Participating were Comrades:",
        "Participating: Comrades",
        "Also participating:",
        "Took part:",
        "Taking part:",
        "The following comrades took part in the meeting:",
        "Attended by:",
        "Also present:",
    ],
)
def test_every_label_of_who_attended_lists_participants(label: str) -> None:
    read = record(
        "Minutes of the Meeting", f"{label} Elena Testescu, Emil Testu, Ion Testa.\n\nWe met.\n"
    )
    assert names(read.header_participants) == ["Elena Testescu", "Emil Testu", "Ion Testa"]


@pytest.mark.parametrize(
    "label",
    ["Absent:", "Excused:", "Distribution:", "Copies to:", "Testov took part:", "Invited:"],
)  # who was invited to a reception may not have come (diff review 22 E#2)
def test_who_was_absent_or_got_a_copy_is_no_participant(label: str) -> None:
    read = record("Minutes of the Meeting", f"{label} Elena Testescu, Emil Testu.\n\nWe met.\n")
    assert read.header_participants == ()
