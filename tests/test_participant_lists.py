"""Who a body's lists and opening sentences say took part: a list whose first name stands on
the label's line and the rest one a line below it, the labels that say whose participants
they are, a sentence "Present were ...", surnames alone, and the interviewer who speaks."""

from __future__ import annotations

import pytest
from test_memo_header import record
from test_title_agents import doc, entity, mapped_graph, names

from linkeddata.vocab import ADO


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        (  # the first name on the label's line, the rest one a line, each before its office
            "PARTICIPANTS: Chairman Testmao Tsetung\nPrime Minister Chou Test-lai\n"
            "Wang Hai-test, Assistant Foreign Minister\nTang Wen-test, Interpreter\n"
            "Winston Testlord, NSC Staff\n\nDATE AND TIME: Saturday, February 17, 1973\n",
            [
                "Chairman Testmao Tsetung",
                "Prime Minister Chou Test-lai",
                "Wang Hai-test",
                "Tang Wen-test",
                "Winston Testlord",
            ],
        ),
        (  # an office before each name; the list ends at the blank line before the header
            "PARTICIPANTS: President Testford\nSecretary of State Henry A. Testinger\n"
            "Lt. Gen. Brent Testcroft, Assistant to the President for National Security Affairs"
            "\n\nDATE: May 5, 1975\n",
            [
                "President Testford",
                "Secretary of State Henry A. Testinger",
                "Lt. Gen. Brent Testcroft",
            ],
        ),
        (  # a side's heading on the label's line and alone on its line, an office alone
            "PARTICIPANTS: U.S.\nThe President\nDr. Henry A. Testinger, Secretary of State\n"
            "Winston Testlord, NSC Staff\n\nPRC\nVice Premier Teng Hsiao-test\n"
            "Ambassador Huang Testhua\n\nDATE AND TIME: December 3, 1975\n",
            [
                "The President",  # whose, the mapping tells by the record's holder
                "Dr. Henry A. Testinger",
                "Winston Testlord",
                "Vice Premier Teng Hsiao-test",
                "Ambassador Huang Testhua",
            ],
        ),
        (  # "Present:" and comrades, up to a sentence after a blank line
            "Present: Comrade Kim Il Testung\nComrade Hwang Jang-test\nComrade Ri Test-son\n\n"
            "Kim Il Testung said that the talks went well.\n",
            ["Kim Il Testung", "Hwang Jang-test", "Ri Test-son"],
        ),
        (  # a speaker's line after the list, with a blank line between or none, is no name
            "PARTICIPANTS: Chairman Testmao, Dr. Testinger\n\n"
            "Chairman Testmao: What are you doing with the Soviet Union?\n",
            ["Chairman Testmao", "Dr. Testinger"],
        ),
        (
            "PARTICIPANTS: Chairman Testmao, Dr. Testinger\nChairman Testmao: Yes.\n",
            ["Chairman Testmao", "Dr. Testinger"],
        ),
        (  # nor is a sentence right under it
            "PARTICIPANTS: Chairman Testmao, Dr. Testinger\n"
            "The meeting began at noon and the Chairman spoke first.\n",
            ["Chairman Testmao", "Dr. Testinger"],
        ),
    ],
)
def test_a_list_stacked_under_its_first_name(body: str, participants: list[str]) -> None:
    read = record("Memorandum of Conversation", body + "\nThe President said nothing.\n")
    assert names(read.header_participants) == participants
    assert read.signatories == ()


def test_labels_that_say_whose_participants_they_are_are_sides() -> None:
    read = record(
        "Record of Conversation",
        "Chinese Participants: Deng Testping, Hu Testbang\n"
        "Korean participants: Kim Il Testung, Kang Song-test\n"
        "U.S. Participants: Henry A. Testinger\nDPRK Delegation: Kim Yong-test, Ri Test-gu\n"
        "Participants from the Korean side: Kim Test-su\n\nDeng Testping: Welcome.\n",
    )
    assert names(read.header_participants) == [
        "Deng Testping",
        "Hu Testbang",
        "Kim Il Testung",
        "Kang Song-test",
        "Henry A. Testinger",
        "Kim Yong-test",
        "Ri Test-gu",
        "Kim Test-su",
    ]


def test_a_count_or_a_sentence_after_such_a_label_lists_no_one() -> None:
    read = record(
        "Record of Conversation",
        "Number of participants: 35\n\nChinese participants: we think the talks went well.\n"
        "\nThe Soviet Delegation: arrived late and left early.\n",
    )
    assert read.header_participants == ()


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        (
            "Today I visited Testo Mao. Present at the conversation were Liu Testqi, and the"
            " translator Shi Testzhe.\n",
            ["Liu Testqi", "Shi Testzhe"],
        ),
        (
            "Zhou Testlai received me. Present were Qiao Testhua and, from our side, Counselor"
            " A.I. Testavetin. Zhou Testlai said that the talks must go on.\n",
            ["Qiao Testhua", "Counselor A.I. Testavetin"],
        ),
        (
            "On 12 July the Premier received me. Also present were Deputy Foreign Minister Hoang"
            " Van Testien and, on our part, Second Secretary József Testas as interpreter.\n",
            ["Deputy Foreign Minister Hoang Van Testien", "Second Secretary József Testas"],
        ),
        ("Also present were Comrades A. Testyko and A. Testynin.\n", ["A. Testyko", "A. Testynin"]),
        (  # where they came from, whose members they are, an office alone: no one
            "Present were guests from Phnom Testh, members of the Presidium and the Soviet"
            " Ambassador, representatives of the Department of Testation and Propaganda.\n",
            [],
        ),
    ],
)
def test_a_sentence_at_the_head_says_who_was_present(body: str, participants: list[str]) -> None:
    read = record("Record of Conversation", body + "\nThe talks went well.\n")
    assert names(read.header_participants) == participants


@pytest.mark.parametrize(
    "body",
    [  # a state's name after "of" and the names listed after it (review 19 A#2)
        "Present were: the delegations of the fraternal parties of Testland, Hungary and Poland.",
        "Present were the delegations of Bulgaria, Hungary and Poland.",
        "Present were the heads of the missions and Comrade Ivan Testov's bodyguards.",
        "Present were guests from Testburg, Comrade Testenko and Comrade Testov.",
        "Present were also the Hungarians.",
    ],
)
def test_whose_or_where_they_came_from_is_no_one_present(body: str) -> None:
    read = record("Record of Conversation", body + "\n\nThe talks went well.\n")
    assert read.header_participants == ()


@pytest.mark.parametrize("title", ["Report on the May Day Celebrations", "Telegram from Testburg"])
def test_a_reports_narrative_names_no_participant(title: str) -> None:
    body = "Present were Liu Testqi and the interpreter.\n\nThe talks went well.\n"
    assert record(title, body).header_participants == ()
    assert record(title, "Present were: Liu Testqi, Shi Testzhe.\n").header_participants == ()


@pytest.mark.parametrize(
    "title",
    ["Record of Conversation", "Minutes of the Meeting", "Notes of the Meeting", "Transcript"],
)
def test_a_record_of_speech_names_who_was_present(title: str) -> None:
    read = record(title, "Present were also Liu Testqi and the interpreter.\n\nWe talked.\n")
    assert names(read.header_participants) == ["Liu Testqi"]
    read = record(title, "Present were: Comrades Liu Testqi and Ivan Testov.\n\nWe talked.\n")
    assert names(read.header_participants) == ["Liu Testqi", "Ivan Testov"]


def test_a_sentence_below_the_head_tells_of_another_occasion() -> None:
    head = "".join(f"{n}. The talks went on at length about item {n}.\n\n" for n in range(1, 14))
    read = record("Record of Conversation", head + "Present were Liu Testqi and Shi Testzhe.\n")
    assert read.header_participants == ()


def test_a_surname_alone_is_the_files_person_or_the_records_never_a_stub() -> None:
    """A stub of a surname would stand for everyone who bears it, in every record."""
    graph = mapped_graph(
        "**1968**\n**Minutes of the Meeting with Ivan Testenko**\n\n**Contents:**\n\n"
        "Translation - English\n\nPresent: Comrades Kádár, Testenko, Testes, Testó, "
        "Comrade Van [Ieng Sary].\n\n1. On the situation.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "kadar-janos"),  # the file's
        entity("person", "ivan-testenko"),  # the title's, by his surname
        entity("person", "ieng-sary"),  # the bracket says who
    }


def test_the_interviewer_who_speaks_takes_part_under_the_citations_name() -> None:
    text = (
        "**1998**\n**Oral History Interview with Anatoly Dobrynin**\n\n**Citation:**\n\n"
        '"Oral History Interview with Anatoly Dobrynin," 1998, Digital Archive, Interview'
        " conducted by Oleg Testvortsov for the Testian Project.\n\n**Contents:**\n\n"
        "Transcript - English\n\n"
        "{asker}: How did you learn about the missiles?\n\nDobrynin: From Robert Kennedy.\n\n"
        "{asker}: And then?\n\nDobrynin: He was nervous.\n"
    )
    graph = mapped_graph(text.format(asker="Testvortsov"))
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "dobrynin-anatoly"),
        entity("person", "oleg-testvortsov"),
    }
    graph = mapped_graph(text.format(asker="Testerov"))  # another asker: not the interviewer,
    assert set(graph.objects(doc(), ADO.participant)) == {  # who still conducted it (review 23)
        entity("person", "dobrynin-anatoly"),
        entity("person", "oleg-testvortsov"),
    }


def test_a_listed_surname_after_an_office_is_the_files_holder_of_the_year() -> None:
    graph = mapped_graph(
        "**1973**\n**Memorandum of Conversation**\n\n**Contents:**\n\nOriginal Scan\n\n"
        "PARTICIPANTS: Prime Minister Tanaka, Chief Cabinet Secretary Testaido\n\n"
        "The Prime Minister said nothing.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {entity("person", "tanaka-kakuei")}
