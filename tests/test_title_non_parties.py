"""What a title's "of", "to", "for" and "from" name when they name no sender or addressee: a
list's content, a plan's purpose, a mission's errand, the kind of an untyped title."""

from __future__ import annotations

import pytest

from linkeddata.mapping.vague_names import vagueness
from linkeddata.parser import parse_record
from linkeddata.record import Title


def title(text: str) -> Title:
    parsed = parse_record(f"**May 1, 1958**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert parsed is not None
    return parsed


def values(located: tuple[object, ...]) -> list[str]:
    return [x.value for x in located]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "List of Rifles Delivered to the Testland Liberation Front",
        "Chronology of Testish Military Assistance to the Testland People's Army, 1950-1953",
        "List of Testish Specialists Sent to Testland",
        "Chronology of Testish Arms Deliveries to Testland",
    ],
)
def test_what_a_list_or_chronology_is_of_names_no_party(text: str) -> None:
    read = title(text)
    assert not read.senders
    assert not read.recipients


@pytest.mark.parametrize(
    "text",
    ["Letter of the CC TKP to the CC TWP", "Draft of the Letter of the CC TKP to the CC TWP"],
)
def test_a_message_of_x_to_y_keeps_its_parties(text: str) -> None:
    read = title(text)
    assert values(read.senders) == ["CC TKP"]
    assert values(read.recipients) == ["CC TWP"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan for the Withdrawal of the Testish Volunteers from Testland",
        "Program for the Visit of the Testish Delegation to Testburg",
    ],
)
def test_a_purpose_after_for_names_no_party(text: str) -> None:
    read = title(text)
    assert not read.senders
    assert not read.recipients
    assert not read.destinations


def test_a_for_naming_an_agent_before_from_is_the_addressee() -> None:
    read = title("Note for Comrade Testov from the Testish Embassy")
    assert values(read.recipients) == ["Comrade Testov"]
    assert values(read.senders) == ["Testish Embassy"]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Telegram from the Embassy to the Department for Mr. Testo Testman",
            ["Department", "Mr. Testo Testman"],
        ),
        ("Cable to the Foreign Ministry for Comrade Testo Testin", None),
        (
            "Letter from Testov to the Ministry for Foreign Affairs",
            ["Ministry for Foreign Affairs"],
        ),
        ("Letter from Testov to the Commissioner for Refugees", ["Commissioner for Refugees"]),
        ("Letter from Testov to the Minister for Defence", ["Minister for Defence"]),
    ],
)
def test_a_person_after_for_ends_a_body_name(text: str, recipients: list[str] | None) -> None:
    expected = recipients or ["Foreign Ministry", "Comrade Testo Testin"]
    assert values(title(text).recipients) == expected


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Request from the Testish Ministry of Foreign Affairs to the Testland Embassy for"
            " Assistance",
            ["Testland Embassy"],
        ),
        (
            "Instructions to the Testish Ambassador in Testburg for the Conversation with Testo"
            " Testman",
            ["Testish Ambassador in Testburg"],
        ),
        (
            "Petition of the Testish Residents' Association to the Testland Embassy for"
            " Repatriation",
            ["Testland Embassy"],
        ),
    ],
)
def test_an_errand_after_a_mission_is_no_part_of_its_name(text: str, recipients: list[str]) -> None:
    assert values(title(text).recipients) == recipients


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Request from the Testish Ministry of Foreign Affairs to the Testland Embassy",
            ["Testish Ministry of Foreign Affairs"],
        ),
        (
            "Petition of the Testish Residents' Association to the Testland Embassy",
            ["Testish Residents' Association"],
        ),
        ("Ministry of Foreign Affairs to the Testland Embassy", ["Ministry of Foreign Affairs"]),
        ("Testov to Testarov", ["Testov"]),
    ],
)
def test_the_kind_of_an_untyped_title_is_no_sender(text: str, senders: list[str]) -> None:
    assert values(title(text).senders) == senders


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        ("Greetings from Testov to Testin", ["Testov"], ["Testin"]),
        ("Joint Appeal of the Testish Writers' Union to the Testland Embassy", None, None),
        ("Trip of Testov to Testburg", [], []),
        ("Return of Testo Testov to Testburg", [], []),
        ("Defection of Colonel Testov to the West", [], []),
        ("Aid from Testland to Testia", [], []),
        ("Transfer of Testish Troops from Testland to Testia", [], []),
        ("Commission of the Testish Republic to the Testland Embassy", None, ["Testland Embassy"]),
    ],
)
def test_only_a_message_word_is_an_untyped_titles_kind(
    text: str, senders: list[str] | None, recipients: list[str] | None
) -> None:
    """An event or a movement before "of X to Y" names no sender nor addressee."""
    read = title(text)
    if senders is not None:
        assert values(read.senders) == senders
    else:
        assert read.senders
    if recipients is not None:
        assert values(read.recipients) == recipients
    else:
        assert values(read.recipients) == ["Testland Embassy"]


@pytest.mark.parametrize(
    ("text", "recipients", "authors"),
    [
        ("Letter to the CC TKP Signed by 99 Members of the Party", ["CC TKP"], []),
        ("Letter to Testov Signed by Bulgarian Writers", ["Testov"], []),
        ("Letter from Testin to the CC Signed by Testarov and Testenko", ["CC"], None),
        ("Letter to Testov, signed by Testarov and Testenko", ["Testov"], None),
    ],
)
def test_a_signing_clause_with_no_comma_ends_the_addressee(
    text: str, recipients: list[str], authors: list[str] | None
) -> None:
    read = title(text)
    assert values(read.recipients) == recipients
    assert values(read.authors) == (["Testarov", "Testenko"] if authors is None else authors)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Joint Statement, Signed for Testland by T. Testov and for Testonia by T. Testin",
            ["T. Testov", "T. Testin"],
        ),
        (
            "Treaty, Signed for Testland by Testov and Testarov and for Testonia by Testin",
            ["Testov", "Testarov", "Testin"],
        ),
    ],
)
def test_each_for_party_by_name_pair_names_its_signer(text: str, authors: list[str]) -> None:
    assert values(title(text).authors) == authors


@pytest.mark.parametrize(
    "name",
    [
        "Testish Nation",
        "All the People of the Testish Socialist Republic",
        "Working People of Testland",
        "Youth of the World",
    ],
)
def test_a_proclamations_public_is_a_group(name: str) -> None:
    for kind in ("person", "org"):
        assert vagueness(name, kind) is not None


@pytest.mark.parametrize(
    "name",
    [
        "People's Assembly",
        "Testish People's Army",
        "National Assembly of the Testish Socialist Republic",
        "Communist Youth League",
        "United Nations",
    ],
)
def test_a_body_named_for_a_people_is_one_body(name: str) -> None:
    assert vagueness(name, "org") is None


@pytest.mark.parametrize(
    "subject",
    ["Testov Briefing of Allied Leaders", "Testin Visit to Testburg", "Testov Talks with Testin"],
)
def test_a_named_act_after_the_addressee_is_the_subject(subject: str) -> None:
    read = title(f"Cable from the Testish Embassy in Testburg to the Secretary of State, {subject}")
    assert values(read.recipients) == ["Secretary of State"]


def test_a_body_after_the_addressee_goes_on_with_it() -> None:
    read = title("Cable from the Testish Embassy in Testburg to the Secretary of State, Department")
    assert values(read.recipients)[0] == "Secretary of State"
    assert len(read.recipients) == 2


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Memorandum, Testish Military Advisory Group to Vietnam, 'Report on the Campaign'",
            ["Testish Military Advisory Group to Vietnam"],
            [],
        ),
        (
            "Report from the Testish Military Advisory Group to Vietnam to the Military Commission",
            ["Testish Military Advisory Group to Vietnam"],
            ["Military Commission"],
        ),
        (
            "Report from the Testish Military Mission to Korea on the Campaign",
            ["Testish Military Mission to Korea"],
            [],
        ),
        (
            "Report from the Advisory Group to the Military Commission",
            ["Advisory Group"],
            ["Military Commission"],
        ),
        ("Letter from the Advisory Group to Testo Testman", ["Advisory Group"], ["Testo Testman"]),
        (
            "Telegram from the Testish Military Mission to Testburg",
            ["Testish Military Mission"],
            ["Testburg"],
        ),
    ],
)
def test_a_body_sent_to_aid_a_state_keeps_the_state_in_its_name(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert values(read.senders) == senders
    assert values(read.recipients) == recipients


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Transcript of TKP CC Politburo Discussions on the Situation in Testland",
            ["TKP CC Politburo"],
        ),
        ("Minutes of the TKP Politburo Deliberations", ["TKP Politburo"]),
        ("Transcript of the Testish-Testonian Discussions", []),
    ],
)
def test_a_record_of_a_bodys_discussions_is_the_bodys(text: str, authors: list[str]) -> None:
    assert values(title(text).authors) == authors


def test_a_transcript_of_a_conversation_has_participants_not_an_author() -> None:
    read = title("Transcript of Conversation between Testov and Testin")
    assert not read.authors
    assert values(read.participants) == ["Testov", "Testin"]


@pytest.mark.parametrize(
    ("text", "doc_type", "authors"),
    [
        (
            "T. Testov, 'Instruction on the Shelling of Testburg'",
            "instruction",
            ["T. Testov"],
        ),
        (
            "TKP Central Committee, 'Circular on Foreign Affairs Work'",
            "message",
            ["TKP Central Committee"],
        ),
        ("Wang Tes, 'Speech at a Reception for Testish Guests'", "speech", ["Wang Tes"]),
        ("Testish Embassy in Testburg, Cable No. 5427", "cable", ["Testish Embassy in Testburg"]),
    ],
)
def test_an_author_before_a_quoted_work_wrote_it(
    text: str, doc_type: str, authors: list[str]
) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert read.doc_type.value == doc_type
    assert values(read.authors) == authors


def test_a_quoted_subject_after_a_typed_head_is_no_work() -> None:
    read = title("Cable from the Testish Embassy in Testburg, 'Testish Views on the Question'")
    assert read.doc_type is not None
    assert read.doc_type.value == "cable"
    assert values(read.senders) == ["Testish Embassy in Testburg"]


def test_a_quote_that_is_no_type_gives_no_type_but_its_author() -> None:
    read = title("Wang Tes, 'Our Policies and Our Tasks'")
    assert read.doc_type is None
    assert values(read.authors) == ["Wang Tes"]


def test_a_quote_after_a_phrase_names_no_author() -> None:
    assert not title("Our Policies and Our Tasks, 'Some Subject'").authors


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Report on the Situation in Testland, Testov, Testin, Testarov, and Testenko to TKP CC",
            ["Testov", "Testin", "Testarov", "Testenko"],
            ["TKP CC"],
        ),
        ("Report on Testish Aid, Deliveries to Testland", [], []),
        ("Report on the Visit of Testo Testman to Testburg", [], []),
    ],
)
def test_senders_and_addressee_after_the_subject(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert values(read.senders) == senders
    assert values(read.recipients) == recipients


def test_surnames_listed_before_the_type_wrote_it() -> None:
    read = title("Testov, Testin, Testarov, Testenko Report to TKP CC on the Situation")
    assert read.doc_type is not None
    assert read.doc_type.value == "report"
    assert values(read.authors) == ["Testov", "Testin", "Testarov", "Testenko"]
    assert values(read.recipients) == ["TKP CC"]


def test_a_nationality_before_the_type_is_no_list_of_names() -> None:
    read = title("Testish Report to TKP CC")
    assert not read.authors


def test_an_untyped_pair_before_a_quote_stays_sender_and_addressee() -> None:
    read = title("KGB Chairman T. Testov to T. Testin, 'On the Situation in Testland'")
    assert not read.authors
    assert values(read.senders) == ["KGB Chairman T. Testov"]
