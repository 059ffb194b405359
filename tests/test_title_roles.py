"""Who a title names as sender, addressee and participant in shapes review 23 found lost:
an envoy's report "to" a person before its topic (C#10), an embassy rank's holder after a
comma (C#24), the writer of the letter a reply answers (C#15)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph

from linkeddata.parser import parse_record
from linkeddata.record import Title
from linkeddata.vocab import ADO


def title(text: str) -> Title:
    parsed = parse_record(f"**May 1, 1967**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert parsed is not None
    return parsed


def values(located: tuple[object, ...]) -> list[str]:
    return [x.value for x in located]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "sender", "recipient"),
    [
        (
            "Report of Soviet Ambassador Testov to Test Stalin on the Situation in Testland",
            "Soviet Ambassador Testov",
            "Test Stalin",
        ),
        (
            "Report of Ambassador Testov to Test Gromyko on the Talks with Test Kim",
            "Ambassador Testov",
            "Test Gromyko",
        ),
        (
            "Letter of Chinese Ambassador Test Wang to Test Zhou about the Border",
            "Chinese Ambassador Test Wang",
            "Test Zhou",
        ),
    ],
)
def test_an_envoys_to_after_his_name_is_the_addressee(
    text: str, sender: str, recipient: str
) -> None:
    parsed = title(text)
    assert values(parsed.senders) == [sender]
    assert values(parsed.recipients) == [recipient]


def test_an_envoys_post_stays_his_office() -> None:
    parsed = title("Report by the Chinese Ambassador to India, Test Pan, on the Situation")
    assert values(parsed.authors) == ["Test Pan"]
    assert not parsed.recipients


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Memorandum on a Conversation with the 1st Secretary of the Soviet Embassy, "
            "Comrade Testov, 4 March 1965",
            "Comrade Testov",
        ),
        (
            "Memorandum on a Conversation with the First Secretary of the Soviet Embassy, "
            "Comrade Testov",
            "Comrade Testov",
        ),
        (
            "Memorandum on a Conversation with the Counselor of the Soviet Embassy, Dr. Testov",
            "Dr. Testov",
        ),
        (
            "Memorandum on a Conversation with the Chargé d'Affaires of the Soviet Embassy, "
            "Comrade Testov",
            "Comrade Testov",
        ),
        (
            "Memorandum on a Conversation with the Ambassador of the Soviet Union, Comrade Testov",
            "Comrade Testov",
        ),
    ],
)
def test_an_embassy_ranks_holder_after_the_comma_took_part(text: str, holder: str) -> None:
    assert values(title(text).participants) == [holder]


@pytest.mark.parametrize(
    ("text", "sender", "recipients"),
    [
        (
            "Letter of the CC TWP in Reply to the Letter of the CC CPSU of March 30, 1963",
            "CC TWP",
            ["CC CPSU"],
        ),
        (
            "Letter from Test Mao in Response to the Message from Comrade Testov dated 5 May",
            "Test Mao",
            ["Comrade Testov"],
        ),
        (  # the addressee the title names stays
            "Letter from Test Mao to Comrade Testov in Reply to the Letter of Comrade Testin",
            "Test Mao",
            ["Comrade Testov"],
        ),
        ("Telegram from Testyko in Response to the Cable from Testynin", "Testyko", ["Testynin"]),
        ("Letter of Test Mao in Reply to Questions of Journalists", "Test Mao", []),
        # review 23 diff B#1: after "of" only a writer's name
        ("Letter of the CC TWP in Reply to the Letter of 30 March 1963", "CC TWP", []),
        ("Letter of Testbricht in Reply to the Letter of 4 May", "Testbricht", []),
        ("Letter of Test Mao in Reply to the Letter of July 14", "Test Mao", []),
        ("Letter of Test Mao in Reply to the Letter of Last Week", "Test Mao", []),
        ("Letter from Test Kim in Reply to the Letter of Greetings", "Test Kim", []),
        ("Letter of the CC TWP in Reply to the Letter of His Majesty", "CC TWP", []),
        (
            "Letter from Test Kim in Reply to the Letter of Thanks of Testnev",
            "Test Kim",
            ["Testnev"],
        ),
        (
            "Letter of the CC TWP in Reply to the Letter of Comrade Testov Sent to Comrade Testin",
            "CC TWP",
            ["Comrade Testov"],
        ),
        (
            "Letter of Test Mao in Reply to the Letter of Testin and the Telegram of Testotov",
            "Test Mao",
            ["Testin", "Testotov"],
        ),
        ("Letter from Test Mao in Reply to the Letter of Testov, to the CC TPSU", "Test Mao", []),
    ],
)
def test_a_reply_is_to_the_writer_of_what_it_answers(
    text: str, sender: str, recipients: list[str]
) -> None:
    parsed = title(text)
    assert values(parsed.senders) == [sender]
    assert values(parsed.recipients) == recipients


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Talking Points for Dr. Testinski's Meeting with Chairman Test Hua",
            ["Dr. Testinski", "Chairman Test Hua"],
        ),
        (
            "Briefing Paper for Secretary Testance's Talks with Foreign Minister Testyko",
            ["Secretary Testance", "Foreign Minister Testyko"],
        ),
        ("Minutes of Chairman Testao's Meeting with Test Kim", ["Chairman Testao", "Test Kim"]),
    ],
)
def test_whose_meeting_a_paper_is_for_names_both_sides(text: str, participants: list[str]) -> None:
    assert values(title(text).participants) == participants


def test_whose_instructions_names_no_meeting() -> None:
    parsed = title("Testov's Instructions to the Working Group")
    assert values(parsed.authors) == ["Testov"]
    assert not parsed.participants


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Report of the Testish Ministry of the Armed Forces on the Situation in Testland, "
            "for Comandante Testo Testro",
            ["Testo Testro"],  # a Spanish rank is no part of the name
        ),
        ("Letter from Testov to General Secretary Testnev", ["General Secretary Testnev"]),
        (
            "Report on the Situation in Testland, for Comrade Testo Testkov",
            ["Comrade Testo Testkov"],
        ),
        ("Report on the Economy, for the First Half of 1983", []),
        ("Information on the Talks, for Review", []),
        ("Speech at the Rally, for Comrade Testo Testkov", []),
    ],
)
def test_for_someone_after_a_comma_is_the_addressee(text: str, recipients: list[str]) -> None:
    assert values(title(text).recipients) == recipients


def test_a_bodys_own_for_is_no_addressee() -> None:
    parsed = title("Report of the Ministry for Foreign Affairs on the Border")
    assert values(parsed.authors) == ["Ministry for Foreign Affairs"]
    assert not parsed.recipients


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Report by the Director General of the TAEA, Testo Testlund, to the Board of Governors",
            ["Board of Governors of the TAEA"],
        ),
        (
            "Report by the President of the TDB to the Board of Directors",
            ["Board of Directors of the TDB"],
        ),
        ("Letter from Testov to the Board of Governors", ["Board of Governors"]),  # whose?
        (  # two bodies: either's
            "Letter from the Chairman of the TNEA and the Director General of the TAEA to the "
            "Board of Governors",
            ["Board of Governors"],
        ),
        (  # a mission has no board
            "Report by the Counselor of the Soviet Embassy, Testov, to the Board of Governors",
            ["Board of Governors"],
        ),
    ],
)
def test_a_bare_board_is_the_one_named_bodys(text: str, recipients: list[str]) -> None:
    assert values(title(text).recipients) == recipients


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Testvik Summit, First Meeting between Testan and Testachev", ["Testan", "Testachev"]),
        (
            "Memorandum on the Testygin-Test Enlai Meeting at Testburg Airport",
            ["Testygin-Test Enlai"],
        ),
        ("The Testao-Testchev Conversation of 2 October 1959", ["Testao-Testchev"]),
        ("Testvik Summit", []),
        ("Report on the Sino-Soviet Talks", []),
        ("Record of the Six-Party Talks", []),
    ],
)
def test_who_met_needs_no_type_word_first(text: str, participants: list[str]) -> None:
    assert values(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Report of the Embassy on the Situation in Testland, for Comrade Testov",
            ["Comrade Testov"],
        ),
        ("Report on the Situation in Testland, for Comandante Testo Testez", ["Testo Testez"]),
        (
            "Report of the Embassy on Testland, for Vice President Testale",
            ["Vice President Testale"],
        ),
        # review 23 diff B#2: a possessive, an occasion, a period, a place or a body is no addressee
        ("Memorandum of Conversation with Ambassador Testov, for Comrade Testin's Information", []),
        ("Report of the Embassy on Testland, for Comrade Testnev's Visit", []),
        ("Report of the Embassy on Testland, for President Tester's Trip to Testburg", []),
        ("Report of the Embassy on Testland, for the Talks with Comrade Test Kim", []),
        ("Report of the Embassy on Testland, for the First Half of the Year", []),
        ("Report of the Ministry on the Border Incident, for Test Kim Sung Square", []),
        ("Report of the Ministry on the Border Incident, for Radio Free Testland", []),
    ],
)
def test_a_later_for_names_a_ranked_person(text: str, recipients: list[str]) -> None:
    assert values(title(text).recipients) == recipients


def test_personally_after_the_addressee_is_no_place() -> None:
    parsed = title("Report of the Embassy on Testland, for Comrade Testov, Personally")
    assert values(parsed.recipients) == ["Comrade Testov"]
    assert not parsed.origins


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Letter from Testo Testez to Comandante Testa Testoa", ["Testa Testoa"]),
        ("Letter from Testo Testez to Compañero Ministro", []),  # review 23 diff B#2b
    ],
)
def test_a_local_rank_alone_names_no_one(text: str, recipients: list[str]) -> None:
    assert values(title(text).recipients) == recipients


@pytest.mark.parametrize(
    ("tail", "participants"),
    [  # diff review 23 B#3: after a mission's rank only an addressed name is its holder
        ("Comrade Testurin", ["testurin"]),
        ("Colonel Testurin", ["testurin"]),
        ("Sunday", []),
        ("Hotel Testopol", []),
        ("Part II", []),
    ],
)
def test_after_a_missions_rank_only_an_addressed_name_holds_it(
    tail: str, participants: list[str]
) -> None:
    graph = mapped_graph(
        f"**1965**\n**Memorandum on a Conversation with the 1st Secretary of the Soviet"
        f" Embassy, {tail}**\n"
    )
    found = [str(o).rsplit("/", 1)[1] for o in graph.objects(doc(), ADO.participant)]
    assert found == participants
