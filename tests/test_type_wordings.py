"""Wordings of document types at a title's head (concepts.ttl, parser/doctypes.py): a type
named with a qualifier before its head word ("Intelligence Memorandum"), whose qualifier is the
type's and the words before it the author; a testament; a lecture."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.parser import parse_record
from linkeddata.record import Title
from linkeddata.vocab import SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_TALK = "record-of-conversation"
AUTHORITY = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)


def title(text: str) -> Title:
    parsed = parse_record(f"**May 1, 1980**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert parsed is not None
    return parsed


def read(text: str) -> tuple[str | None, list[str], list[str]]:
    """The type, the authors and the places of writing a title gives."""
    found = title(text)
    kind = found.doc_type.value if found.doc_type is not None else None
    return kind, [a.value for a in found.authors], [o.value for o in found.origins]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CIA Intelligence Memorandum, 'Testland: Prospects'", ("memorandum", ["CIA"], [])),
        ("CIA Intelligence Report, 'The Testburg Uprising'", ("report", ["CIA"], [])),
        ("Interagency Intelligence Memorandum, 'Testland: Buildup'", ("memorandum", [], [])),
        ("State Department Intelligence Report, 'Testland'", ("report", ["State Department"], [])),
        (
            "Department of State Intelligence Note, 'Testland'",
            ("report", ["Department of State"], []),
        ),
        (  # a body after "Qualified Type," is the author, as after "Report,"
            "Intelligence Report, Central Intelligence Agency, 'The Testburg Uprising'",
            ("report", ["Central Intelligence Agency"], []),
        ),
        ("Intelligence Report, CIA, 'The Testburg Uprising'", ("report", ["CIA"], [])),
        ("Intelligence Information Cable, CIA, 'Situation in Testburg'", ("cable", ["CIA"], [])),
        (  # a type alone in a comma segment is no place, nor a body's seat
            "CIA Directorate of Intelligence, Intelligence Assessment, 'Testland'",
            ("report", ["CIA Directorate of Intelligence"], []),
        ),
        (
            "Directorate of Intelligence, Intelligence Memorandum, 'Testland'",
            ("memorandum", ["Directorate of Intelligence"], []),
        ),
    ],
)
def test_the_qualifier_is_the_types_and_the_words_before_it_the_author(
    text: str, expected: tuple[object, ...]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "Intelligence" ending a body's name stays with the body
        (
            "Directorate of Intelligence Report on Testland",
            ("report", ["Directorate of Intelligence"], []),
        ),
        (
            "Bureau of Intelligence and Research Intelligence Note, 'Testland'",
            ("report", ["Bureau of Intelligence and Research"], []),
        ),
        (
            "Korean Central Intelligence Agency Report on Testland",
            ("report", ["Korean Central Intelligence Agency"], []),
        ),
        (
            "Hungarian Intelligence Memorandum on Testland",
            ("memorandum", ["Hungarian Intelligence"], []),
        ),
        (
            "Soviet Military Intelligence Report on Testland",
            ("report", ["Soviet Military Intelligence"], []),
        ),
    ],
)
def test_a_body_whose_name_ends_in_the_qualifier_keeps_it(
    text: str, expected: tuple[object, ...]
) -> None:
    assert read(text) == expected


def test_the_author_before_a_qualified_type_is_linked_and_no_place_is_made() -> None:
    text = (
        "**May 1, 1980**\n"
        "**CIA Directorate of Intelligence, Intelligence Assessment, 'Testland'**\n"
    )
    mapped = map_record(
        parse_record(text, "x/1.txt", default_id="1"), Context(IRIS, AUTHORITY, {}), sha256="0" * 64
    )
    assert not list(mapped.graph.objects(None, SCHEMA.locationCreated))
    text = "**May 1, 1980**\n**CIA Intelligence Memorandum, 'Testland: Prospects'**\n"
    mapped = map_record(
        parse_record(text, "x/1.txt", default_id="1"), Context(IRIS, AUTHORITY, {}), sha256="0" * 64
    )
    creators = set(mapped.graph.objects(URIRef(IRIS.document("1")), DCTERMS.creator))
    assert creators == {URIRef(IRIS.entity("org", "cia"))}
    assert not mapped.stubs


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a testament or a last will is its maker's own statement
        ("Last Testament of Testo Testov", ("statement", ["Testo Testov"], [])),
        ("Political Testament of Testo Testov", ("statement", ["Testo Testov"], [])),
        ("Last Will and Testament of Testo Testov", ("statement", ["Testo Testov"], [])),
        ("Report on the Testament of Testo Testov", ("report", [], [])),
        # a lecture is a speech, by its lecturer
        (
            "Lecture by Testo Testov at the Testburg Military Academy",
            ("speech", ["Testo Testov"], []),
        ),
        ("Report on a Lecture by Testo Testov", ("report", [], [])),
    ],
)
def test_a_testament_is_its_makers_statement_and_a_lecture_a_speech(
    text: str, expected: tuple[object, ...]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # a person's reception of a visitor is an audience: its record is one of conversation
        ("Record of Premier Testo Testov's Reception of the Testian Chargé d'Affaires", _TALK),
        ("Record of Chairman Testo Testov's Reception of the Testian Delegation", _TALK),
        ("Summary of Vice Premier Testo Testov's Reception of Testin", _TALK),
        ("Premier Testo Testov's Reception of Testian Ambassador Testin", _TALK),
        # another type word at the head is the type (review 19 diff B#2)
        (
            "Minutes of Premier Testo Testov's Reception of Testian Ambassador T.K. Testin",
            "minutes",
        ),
        ("Notes of Premier Testo Testov's Reception of Testian Ambassador Testin", "note"),
        ("Record of Chairman Testov's Meeting with Testin", _TALK),
        # no one's reception may be a ceremony, a reception "for" a banquet; a report is one
        ("Record of the Reception of the Testian Delegation at the Airport", None),
        ("Record of Premier Testo Testov's Reception for the Testian Delegation", None),
        ("Report on the Reception of the Testian Delegation", "report"),
    ],
)
def test_a_record_of_a_persons_reception_of_a_visitor_is_a_record_of_conversation(
    text: str, kind: str | None
) -> None:
    assert read(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # a protocol the parties signed is an agreement (review 20 A#18)
        ("The Testland Protocol", "minutes"),  # a name the file alone can tell (below)
        ("Cuba Protocol", "treaty"),  # a state's name
        ("Protocol between the Testian Government and the Testish Government", "treaty"),
        ("Sino-Soviet Protocol on Testing", "treaty"),
        ("Secret Additional Protocol", "treaty"),
        # a session's protocol is its minutes, whatever stands before the word
        ("Protocol No. 19 of the Meeting of the Politburo of the CC TUWP", "minutes"),
        ("Extract from Protocol No. 213 of the Session of the Test Presidium", "minutes"),
        ("Secret Protocol No. 5", "minutes"),
        ("Protocol of the Test Politburo Meeting, 17 January 1961", "minutes"),
        ("Politburo Protocol, 1960", "minutes"),
        ("Stenographic Protocol of the Plenum", "minutes"),
        ("Interrogation Protocol", "minutes"),
        ("Testian Protocol", "minutes"),  # a lone nationality says whose record, no agreement
        # a record of talks, whatever names it (diff review 20 B#5)
        ("Testburg Protocol of Talks", "minutes"),
        ("Testburg Protocol of the Negotiations with Testland", "minutes"),
        ("Protocol of the Conversation with Testo Testov", "minutes"),
        # an agreed framework or minutes, a final act are agreements (review 20 C#10);
        # guidelines a directive and accords a treaty (A#19)
        ("Agreed Framework between Testland and Testonia", "treaty"),
        ("Agreed Minutes of the Testland-Testonia Talks", "treaty"),
        ("Testburg Accords", "treaty"),
        ("Guidelines of the Test Committee on Work against the Adversary", "directive"),
        ("Agreed Statement of Principles", "statement"),
        ("Minutes of the Talks between Testo Testov and Testo Testin", _TALK),
    ],
)
def test_a_protocol_is_an_agreement_or_a_sessions_minutes(text: str, kind: str | None) -> None:
    assert read(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [  # one name before "Protocol" is left for the authority file to tell (diff review 20 B#5)
        ("The Testburg Protocol", "Testburg"),
        ("Testburg Protocol, 26 August 1968", "Testburg"),
        ("Extract from the Testburg Protocol", "Testburg"),
        ("Secret Testburg Protocol", "Testburg"),
        ("Testburg Protocol No. 3", None),
        ("Testburg Protocol of the Meeting", None),
        ("Politburo Protocol", None),
        ("Cuba Protocol", None),
        ("Protocol between Testland and Testonia", None),
    ],
)
def test_one_name_before_a_protocol_is_left_to_the_file(text: str, name: str | None) -> None:
    found = title(text).agreement_if_place
    assert (found.value if found is not None else None) == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # a protocol called by a city is an agreement; by a surname or a noun, minutes
        ("The Moscow Protocol", "treaty"),
        ("Extract from the Warsaw Protocol, 1968", "treaty"),
        ("Brezhnev Protocol", "minutes"),
        ("Autopsy Protocol", "minutes"),
        ("Handover Protocol", "minutes"),
        ("Testov Protocol", "minutes"),  # a name the file does not know
    ],
)
def test_a_protocol_called_by_a_known_city_is_an_agreement(text: str, kind: str) -> None:
    record = parse_record(f"**May 1, 1980**\n**{text}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    types = set(mapped.graph.objects(URIRef(IRIS.document("1")), DCTERMS.type))
    assert URIRef(IRIS.concept("document-type", kind)) in types


@pytest.mark.parametrize(
    ("text", "authors"),
    [  # notes "from" a body's session named before it are the body's (review 20 A#13)
        ("Notes from the CC TPSU Politburo Session, 11 March 1985", ["CC TPSU Politburo"]),
        ("Working Notes from the Test Politburo Meeting", ["Test Politburo"]),
        ("Working Notes from the Session of the CC TPSU Presidium", ["CC TPSU Presidium"]),
        ("Notes from the Joint Session", []),  # a kind of sitting, no body
        ("Notes from the First Session, 4 October 1983", []),
        # a seat of power or a gathering's own name is no body (diff review 20 B#6)
        ("Notes from the Kremlin Meeting", []),
        ("Notes of the White House Meeting", []),
        ("Minutes of the Testburg Conference Session", []),
        ("Notes from the Testburg Summit Meeting", []),
        ("Minutes of the TSC Meeting", ["TSC"]),
        ("Notes from the Testian Party Congress Session", ["Testian Party Congress"]),
    ],
)
def test_notes_from_a_bodys_session_are_the_bodys(text: str, authors: list[str]) -> None:
    assert read(text)[1] == authors


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # notes taken at a sitting are its record, whoever took them (review 22 D#11)
        ("Working Notes from the Session of the CC TPSU Presidium, 4 May 1961", "minutes"),
        ("Notes of a Meeting of the Test Politburo", "minutes"),
        ("Notes from the Meeting of the Test Politburo", "minutes"),
        ("Rough Notes of the Test Politburo Meeting", "minutes"),
        # notes "on" a sitting, or an outsider's, are about it (diff review 22 D#1)
        ("Testov Notes on the Session of the Test Presidium", "note"),
        ("Talking Notes on the Meeting of the Test Consultative Committee", "note"),
        ("Background Notes on the Session of the Test Assembly", "note"),
        ("Press Notes of the Session of the Test Soviet", "note"),
        ("Notes on the Conference of Testian Countries in Testburg", "note"),
        ("Notes Taken at the Meeting of the Testian Foreign Ministers", "minutes"),
        # a meeting of someone with someone is a conversation, a note a message
        ("Notes on the Meeting of Comrade Testov with the Testian Delegation", _TALK),
        ("Note on the Meeting of Comrade Testov with Testo Testin", _TALK),
        ("Note from the Testian Government to the Government of Testonia", "note"),
        ("Note on the Session of the Test Politburo", "note"),  # may inform of it
        ("Notes on a Conversation with Ambassador Testov", _TALK),
    ],
)
def test_notes_of_a_sitting_are_its_minutes(text: str, kind: str) -> None:
    assert read(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "authors", "senders"),
    [  # "from the Diary of X" after the type: X kept the record, no sender (review 20)
        (
            "Record of Conversation with Testo Testin, from the Diary of Testish Ambassador"
            " T. T. Testov",
            ["Testish Ambassador T. T. Testov"],
            [],
        ),
        (
            "Memorandum of Conversation with Testo Testin, From the Diary of T. T. Testov,"
            " 12 March 1958",
            ["T. T. Testov"],
            [],
        ),
        ("Record of Conversation, from the Memoirs of Testo Testov", ["Testo Testov"], []),
        ("Letter from Testo Testov to Testo Testin", [], ["Testo Testov"]),
        ("Report from the Testish Embassy on the Diary of Testo Testov", [], ["Testish Embassy"]),
        # a diary of happenings names no keeper (diff review 20 B#8)
        ("Memorandum, from the Diary of Events in Testland", [], []),
        ("Note, from the Memoirs of the War", [], []),
        ("Letter from Testo Testov, from the Diary of the Conversation", [], ["Testo Testov"]),
        ("Note, from the Diary of the Testian Embassy", ["Testian Embassy"], []),
        ("Record of Conversation, From the Diary of Testov", ["Testov"], []),
    ],
)
def test_a_record_from_a_diary_is_its_keepers(
    text: str, authors: list[str], senders: list[str]
) -> None:
    found = title(text)
    assert [a.value for a in found.authors] == authors
    assert [s.value for s in found.senders] == senders
