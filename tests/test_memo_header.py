"""A memorandum's header lines: who took part in a conversation and where it was held
("PARTICIPANTS:", "PLACE:"), as US memoranda of conversation and Chinese records of
conversation give them when the title carries only a subject."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph, names

from linkeddata.parser import parse_record
from linkeddata.parser.speakers import speakers
from linkeddata.record import Located, Record
from linkeddata.vocab import ADO, SCHEMA


def record(title: str, body: str) -> Record:
    return parse_record(
        f"**1962**\n**{title}**\n\n**Contents:**\n\nOriginal Scan\n\n{body}",
        "x/1.txt",
        default_id="1",
    )


@pytest.mark.parametrize(
    ("body", "participants"),
    [
        (  # one line, the items between commas
            "PARTICIPANTS: President Testedy, Foreign Minister Testyko, Ambassador Testynin\n",
            ["President Testedy", "Foreign Minister Testyko", "Ambassador Testynin"],
        ),
        (  # one line, between semicolons, each less its office
            "PARTICIPANTS: Chou Test-lai, Premier of the State Council; Dr. Henry A."
            " Testinger, Assistant to the President; Winston Testlord, NSC Staff\n",
            ["Chou Test-lai", "Dr. Henry A. Testinger", "Winston Testlord"],
        ),
        (  # one a line, sides and offices left out ("The President" kept, whose the mapping
            # tells by the record's holder: review 22 B#8), ended by the next header line
            "PARTICIPANTS:\n\nChinese Side\n\nChou Test-lai, Premier of the State Council\n\n"
            "Huang Testhua, Ambassador-designate to Canada\n\nU.S. Side:\n\n"
            "Dr. Henry A. Testinger, Assistant to the President for National Security Affairs\n\n"
            "The President\n\nDATE AND TIME: Friday, July 9, 1971\n\nPLACE: Peking\n\n"
            "Mr. Testov, the interpreter, said nothing.\n",
            ["Chou Test-lai", "Huang Testhua", "Dr. Henry A. Testinger", "The President"],
        ),
        ("Present: Comrades Testnev, Testygin, Testlov.\n", ["Testnev", "Testygin", "Testlov"]),
        (  # one a line with no blank line: the blank line ends it, a role in brackets is none
            "Participants:\nThe President\nSecretary Testk\nMr. Testovsky (interpreter)\n"
            "Sergo Testyan (son of A.I. Testyan)\n\nOpening Remarks\n\n"
            "The President welcomed them.\n",
            ["The President", "Secretary Testk", "Mr. Testovsky", "Sergo Testyan"],
        ),
        (  # a sentence ends a list of one paragraph a name
            "Present:\n\nComrade Nexhmije Testa\n\nComrade Ramiz Testia\n\n"
            "Comrade Enver Testa spoke about the situation.\n",
            ["Nexhmije Testa", "Ramiz Testia"],
        ),
        (  # groups split by a blank line, sides' headings, offices alone on their lines
            "PARTICIPANTS:\nPresident Testxon\nWinston Testlord\n\nPrime Minister Chou Test-lai\n"
            "Ch'iao Test-hua\n\nDATE AND TIME: February 22, 1972\n",
            [
                "President Testxon",
                "Winston Testlord",
                "Prime Minister Chou Test-lai",
                "Ch'iao Test-hua",
            ],
        ),
        (
            "Participants:\nFrom the Soviet side:\nL. I. Testnev\n\nFrom the Vietnamese side:\n"
            "Le Testuan\nChargé d'affaires a.i. of the GDR in the DPRK\nComrade Pak Song Testol\n"
            "first deputy minister of foreign affairs\nAmbassador A.F. Testynin\n\n"
            "Testnev greeted the guests.\n",
            ["L. I. Testnev", "Le Testuan", "Pak Song Testol", "Ambassador A.F. Testynin"],
        ),
        (  # an office of any words before a name is the holder's; alone it names no one
            "PARTICIPANTS:\nSecretary of State Cyrus Testvance\n"
            "Assistant Secretary of State for East Asian and Pacific Affairs Richard Testbrooke"
            "\nMinister of Foreign Affairs Huang Testhua\nHead of the International Department\n"
            "\nDATE: January 29, 1979\n",
            [
                "Secretary of State Cyrus Testvance",
                "Assistant Secretary of State for East Asian and Pacific Affairs"
                " Richard Testbrooke",
                "Minister of Foreign Affairs Huang Testhua",
            ],
        ),
        (  # other labels list them on their line, anywhere in the body
            "Present at the conversation: Liu Testqi, Zhou Testlai\n\nChaired by M.S. Testchev."
            "\nAttended by G. A. Testiev, V. I. Testnikov.\n\nJapanese side: Prime Minister"
            " Testaka, Hashitest (China Division)\nChinese attendees: Han Testlong, Lu Testzhao"
            "\nParticipants: Chinese side: Deng Testping; Soviet side: Testov, Testenko\n"
            "Participants: Comrades Hermann Testen, Paul Testner; Cuban side: Comrades Testa\n"
            "Present:\nChinese side: Huang Testhua\n\nText.\n\nPresent: Ieng Testry.\n",
            [
                "Liu Testqi",
                "Zhou Testlai",
                "M.S. Testchev",
                "G. A. Testiev",
                "V. I. Testnikov",
                "Prime Minister Testaka",
                "Hashitest",
                "Han Testlong",
                "Lu Testzhao",
                "Deng Testping",
                "Testov",
                "Testenko",
                "Hermann Testen",
                "Paul Testner",
                "Testa",
                "Huang Testhua",
                "Ieng Testry",
            ],
        ),
        (  # a sentence after a side's label, a word alone, lists no one
            "Chinese side: We agree, but the Soviets do not.\nSoviet side: Yes.\n"
            "Attended by many guests, the reception ended late.\n",
            [],
        ),
        ("The Americans: nothing.\n\nParticipants of the talks were many.\n", []),
        (  # a plural honorific opening the list is no part of the first name
            "Present: Cdes. Testulka, Testab, Yu. V. Testropov\n",
            ["Testulka", "Testab", "Yu. V. Testropov"],
        ),
        (  # a group's heading inside the list, as a side's: the names after it are listed
            "Present: Politburo members: Wojciech Testelski, Kazimierz Testikowski\n\n"
            "Participants: Politburo members: W. Testelski, S. Testowski; Politburo candidate"
            " members: J. Testyrek; CC Secretaries: M. Testowski\n",
            [
                "Wojciech Testelski",
                "Kazimierz Testikowski",
                "W. Testelski",
                "S. Testowski",
                "J. Testyrek",
                "M. Testowski",
            ],
        ),
        (  # a plural office is each name's after it, up to one with an office of its own
            # (review 19 L#3)
            "Present: Prime Minister L. Testkol, Ministers Y. Testlon, M. Testyan\n",
            ["Prime Minister L. Testkol", "Minister Y. Testlon", "Minister M. Testyan"],
        ),
        (
            "Participants: Ministers Y. Testlon, M. Testyan and A. Testban\n",
            ["Minister Y. Testlon", "Minister M. Testyan", "Minister A. Testban"],
        ),
        (  # not past a name with its own office, nor onto a body
            "Participants: Generals Testko, Testenko, Ambassador Testov, Testburg Ministry\n",
            ["General Testko", "General Testenko", "Ambassador Testov"],
        ),
        (  # one a line, a group's heading after a blank line goes on with the list
            "Present:\nMembers of the Government:\nTesto Testorov\n\nCandidate members:\n"
            "Ivan Testenko\n\nDATE: May 5, 1981\n",
            ["Testo Testorov", "Ivan Testenko"],
        ),
    ],
)
def test_the_participants_a_header_lists(body: str, participants: list[str]) -> None:
    read = record("Memorandum of Conversation", body + "\nThe President said nothing.\n")
    assert names(read.header_participants) == participants
    assert read.signatories == ()


def test_the_header_gives_the_participants_and_place_when_the_title_does_not() -> None:
    graph = mapped_graph(
        "**October 18, 1962**\n**Memorandum of Conversation**\n\n**Contents:**\n\n"
        "Original Scan\n\nMEMORANDUM OF CONVERSATION\n\nDATE: October 18, 1962\n"
        "PLACE: The White House, Washington\n"
        "PARTICIPANTS: President Kennedy, Foreign Minister Gromyko, Ambassador Dobrynin\n"
        "SUBJECT: Cuba\n\nThe President said that the missiles were offensive.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "kennedy-john-f"),
        entity("person", "gromyko-andrei"),
        entity("person", "dobrynin-anatoly"),
    }
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", "washington")]


def test_the_titles_place_comes_first_and_its_participants_join_the_lists() -> None:
    graph = mapped_graph(
        "**1965**\n**Record of Conversation between Zhou Enlai and Ayub Khan, Karachi**\n\n"
        "**Contents:**\n\nTranslation - English\n\nTime: 4 March 1965\n"
        "Location: Great Hall of the People, Beijing\nParticipants: Chen Yi\n\nZhou: Welcome.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "zhou-enlai"),
        entity("person", "ayub-khan"),
        entity("person", "chen-yi"),
    }
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", "karachi")]


def test_the_list_names_everyone_the_title_the_principals() -> None:
    graph = mapped_graph(
        "**1979**\n**Memorandum of Conversation between President Jimmy Carter and Vice Premier"
        " Deng Xiaoping**\n\n**Contents:**\n\nOriginal Scan\n\nPARTICIPANTS:\n"
        "President Jimmy Carter\nSecretary of State Cyrus Vance\n"
        "Michel Testberg, NSC Staff Member (Notetaker)\n\nVice Premier Deng Xiaoping\n"
        "Ji Testzhu, Interpreter\n\nSUBJECT: Vietnam\n\nThe President: Welcome.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "carter-jimmy"),
        entity("person", "deng-xiaoping"),
        entity("person", "vance-cyrus"),
        entity("person", "michel-testberg"),
        entity("person", "ji-testzhu"),
    }


def test_a_listed_name_the_title_gives_in_another_form_is_one_person() -> None:
    graph = mapped_graph(
        "**1962**\n**Record of Conversation between Ambassador Testov and Kim Il Sung**\n\n"
        "**Contents:**\n\nTranslation - English\n\nPresent: A.I. Testov, Kim Il Sung, Ivan"
        " Testenko\n\nKim Il Sung: Welcome.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "a-i-testov"),  # the fullest form the record gives (review 21 A#11)
        entity("person", "kim-il-sung"),
        entity("person", "ivan-testenko"),
    }


def test_names_written_surname_first_are_the_same_people() -> None:
    graph = mapped_graph(
        "**1979**\n**Minutes of the Session**\n\n**Contents:**\n\nTranslation - English\n\n"
        "Present: Suslov M.A., Andropov Yu.V., Gromyko A.A., Testiev G.A.\n\n1. On the situation.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "suslov-mikhail"),
        entity("person", "andropov-yuri"),
        entity("person", "gromyko-andrei"),
        entity("person", "g-a-testiev"),
    }


@pytest.mark.parametrize(
    "head",
    [
        "FM AMEMBASSY TESTRAN\nTO SECSTATE WASHDC IMMEDIATE 4567",
        "FROM: AMEMBASSY TESTRAN\nTO: SECSTATE WASHDC",
    ],
)
def test_a_cables_routing_names_its_sender_and_addressee(head: str) -> None:
    read = record("Cable on the Situation", f"{head}\n\nSECRET\n\n1. The Shah.\n")
    assert names(read.header_senders) == ["American Embassy in Testran"]
    assert names(read.header_recipients) == ["Department of State"]


@pytest.mark.parametrize(
    ("head", "sender"),
    [  # a mission's routing names the mission, never a person
        ("FM USMISSION USUN NEW YORK", "United States Mission to the United Nations"),
        ("FM USMISSION NATO", "United States Mission to NATO"),
        ("FM USMISSION GENEVA", "United States Mission in Geneva"),
    ],
)
def test_a_missions_cable_routing_names_the_mission(head: str, sender: str) -> None:
    read = record("Cable on the Situation", f"{head}\nTO SECSTATE WASHDC PRIORITY 99\n\nText.\n")
    assert names(read.header_senders) == [sender]
    assert names(read.header_recipients) == ["Department of State"]


def test_a_transcripts_speakers_take_part() -> None:
    graph = mapped_graph(
        "**1997**\n**Transcript of the Conference on the War, with Testo Testlight**\n\n"
        "**Contents:**\n\nTranscript - English\n\nTOP SECRET. Not for release.\n\n"
        "TESTLIGHT: Let me turn to General Giap.\n\nVO NGUYEN GIAP: In February our forces"
        " attacked.\n\nSUMMARY: The war.\n\nQ: And then?\n\n"
        "The President: I see.\n\nChinese side: We agree.\n\nTESTLIGHT: Thank you.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "testo-testlight"),  # the title's, by his surname
        entity("person", "vo-nguyen-giap"),
    }


def test_a_speakers_label_that_names_no_known_person_makes_no_stub() -> None:
    """A label is a person's name only by its shape, as a topic's heading and a transcript's
    roles are: a speaker is the authority file's person or one the record named, never a stub."""
    graph = mapped_graph(
        "**1979**\n**Transcript of the Testian Conference**\n\n**Contents:**\n\n"
        "Transcript - English\n\nStrategic Arms Limitation: The President said he agreed.\n\n"
        "INTERVIEWER: Why?\n\nUNIDENTIFIED SPEAKER: Because.\n\n"
        "PRESENT AT THE CONVERSATION: none.\n\nINTERVIEWER: Thank you.\n\n"
        "TESTDOVER: We agree.\n\nTESTDOVER: Indeed.\n"
    )
    assert list(graph.objects(doc(), ADO.participant)) == []


def test_the_last_two_names_of_a_list_joined_by_and_are_two_people() -> None:
    graph = mapped_graph(
        "**1969**\n**Minutes of the Session**\n\n**Contents:**\n\nTranslation - English\n\n"
        "Present: Testo Xiaoping, A.N. Kosygin and M.A. Suslov.\n\n1. On the situation.\n"
    )
    assert {entity("person", "kosygin-alexei"), entity("person", "suslov-mikhail")} <= set(
        graph.objects(doc(), ADO.participant)
    )


def test_a_memorandums_speakers_are_left_to_its_list() -> None:
    graph = mapped_graph(
        "**1997**\n**Memorandum on the War**\n\n**Contents:**\n\nOriginal Scan\n\n"
        "TESTLIGHT: Let me turn.\n\nTESTLIGHT: Thank you.\n"
    )
    assert list(graph.objects(doc(), ADO.participant)) == []


def test_speakers_names_in_any_script_surnames_and_initials_take_part() -> None:
    """A name with diacritics speaks ("Dubček:", "GOMUŁKA:"), a surname alone when it speaks
    twice, initials with a surname, and a full name the authority file knows speaking once."""
    graph = mapped_graph(
        "**1968**\n**Transcript of the Telephone Conversation**\n\n**Contents:**\n\n"
        "Translation - English\n\nBrezhnev: Hello, Sasha.\n\nDubček: Hello.\n\n"
        "Brezhnev: We received it.\n\nDubček: Yes.\n\nL. I. Brezhnev: And the others?\n\n"
        "GOMUŁKA: I am here.\n\nGOMUŁKA: We agree.\n\nOldřich Černík: We will decide.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "brezhnev-leonid"),
        entity("person", "dubcek-alexander"),
        entity("person", "gomulka-wladyslaw"),
        entity("person", "cernik-oldrich"),
    }


def test_an_office_or_comradely_honorific_before_a_speakers_name_is_dropped() -> None:
    """An office before a full name, in any language, or a comrade's honorific before any
    name; an office before a surname alone or with no name names no one."""
    graph = mapped_graph(
        "**1982**\n**Transcript of a Meeting**\n\n**Contents:**\n\nTranslation - English\n\n"
        "President Saddam Hussein: We begin.\n\nComrade Tariq Aziz: The Soviets are late.\n\n"
        "Comandante en Jefe Fidel Castro: They have not withdrawn.\n\nCde. Ochab: Agreed.\n\n"
        "Cde. Ochab: Then it is decided.\n\nThe President: I see.\n\nMrs. Carter: Yes.\n\n"
        "Mrs. Carter: No.\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "saddam-hussein"),
        entity("person", "aziz-tariq"),
        entity("person", "castro-fidel"),
        entity("person", "ochab-edward"),
    }


@pytest.mark.parametrize(
    "title",
    ["Session of the CPSU CC Politburo", "Notes from the Meeting of the CPSU CC Politburo"],
)
def test_the_speakers_of_minutes_and_notes_of_a_meeting_take_part(title: str) -> None:
    graph = mapped_graph(
        f"**1981**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n"
        "BREZHNEV. The situation has not improved.\n\nANDROPOV. Jaruzelski is wavering.\n\n"
        "BREZHNEV. We must press him.\n\nANDROPOV. Agreed.\n"
    )
    assert {entity("person", "brezhnev-leonid"), entity("person", "andropov-yuri")} <= set(
        graph.objects(doc(), ADO.participant)
    )


def test_a_speaker_with_the_arabic_article_speaks() -> None:
    spoken = speakers(
        Located(
            "Saddam Testein: We begin.\n\nIzzat Ibrahim al-Testi: The pipeline is closed.\n\n"
            "Saddam Testein: Then we use the other.\n\nHafez al-Testad: Yes.\n\n"
            "Hafez al-Testad: Agreed.\n",
            1,
        )
    )
    names = tuple(speaker.name.value for speaker in spoken)
    assert names == ("Saddam Testein", "Izzat Ibrahim al-Testi", "Hafez al-Testad")
    assert [speaker.shaped for speaker in spoken] == [True, True, True]


def memcon_place(header: str) -> list[object]:
    graph = mapped_graph(
        "**1975**\n**Memorandum of Conversation**\n\n**Contents:**\n\nOriginal Scan\n\n"
        "MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS: Ivan Testov\nPetr Testin\n\n"
        f"{header}\n\nThe President said that the talks had gone well for both sides.\n"
    )
    return list(graph.objects(doc(), SCHEMA.locationCreated))


def test_a_label_joining_date_and_place_gives_the_place_after_the_time() -> None:
    """Review 21 A#17: "DATE AND PLACE: <day>, <date>, <time>, <building>, <city>"."""
    hanoi = [entity("place", "hanoi")]
    assert memcon_place("DATE AND PLACE: Tuesday, May 6, 1975, 10:00 a.m., Testov Hall, Hanoi") == (
        hanoi
    )
    assert memcon_place("Place and date: Hanoi, 6 May 1975") == hanoi


def test_a_building_alone_or_a_date_alone_gives_no_place() -> None:
    assert memcon_place("DATE AND PLACE: Tuesday, May 6, 1975, 10:00 a.m., Testov Hall") == []
    assert memcon_place("DATE: Tuesday, May 6, 1975, 10:00 a.m.") == []
    assert memcon_place("DATE AND PLACE: Tuesday, May 6, 1975") == []
