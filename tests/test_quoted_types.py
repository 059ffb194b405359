"""The type a title's quoted work names, and the kinds of title that carry a type
(parser/doctypes.py, mapping/document_types.py): a headline's words are no type, a news
medium's headline is its article, a summary of a talk between people records a conversation."""

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

IRIS = Iris("http://127.0.0.1:8080/")
AUTHORITY = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)


def title(text: str) -> Title:
    parsed = parse_record(f"**May 1, 1980**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert parsed is not None
    return parsed


def kind(text: str) -> str | None:
    found = title(text).doc_type
    return None if found is None else found.value


def mapped(text: str) -> tuple[set[str], set[str]]:
    """The document types and the creators the mapping writes for a title."""
    record = parse_record(f"**May 1, 1980**\n**{text}**\n", "x/1.txt", default_id="1")
    graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    doc = URIRef(IRIS.document("1"))
    types = {str(o).rsplit("/", 1)[1] for o in graph.objects(doc, DCTERMS.type)}
    creators = {str(o).split("/id/", 1)[1] for o in graph.objects(doc, DCTERMS.creator)}
    return types, creators


@pytest.mark.parametrize(
    "text",
    [  # a headline is a sentence: its last word is no type
        'Testburg News Agency, "Citizens Help Police Restore Order"',
        "Rodong Sinmun, 'Workers of Testburg Answer the Appeal'",
        "Testburg Radio, 'Students Read the Report'",
    ],
)
def test_a_genre_word_inside_a_quoted_headline_is_no_type(text: str) -> None:
    assert kind(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the quoted work's own type: at its head, or after its maker's name
        ("CCP Central Committee, 'Instruction on the Work in Testland'", "instruction"),
        ("Testo T. Testman, 'Instruction on the Harvest'", "instruction"),
        ("Testburg Radio, 'Ivan Testov Report on the Harvest'", "report"),
        ("Testburg Radio, 'Zhou Testan Speech to the Workers'", "speech"),
        ("Letter from Testov, 'On the Border Question'", "letter"),  # the type outside
    ],
)
def test_a_quoted_works_own_type_stays(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_a_news_mediums_headline_is_its_article_and_it_the_creator() -> None:
    types, creators = mapped("Rodong Sinmun, 'Workers of Testburg Answer the Appeal'")
    assert "article" in types
    assert "order" not in types
    assert creators == {"org/rodong-sinmun"}


def test_a_bodys_untyped_quoted_work_is_no_article() -> None:
    types, _ = mapped("CCP Central Committee, 'Our Tasks in Testland'")
    assert "article" not in types


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a talk between or with people is a conversation, however it is summarised
        (
            "Summary of the Talk between Premier Testov and Ambassador Testin",
            "record-of-conversation",
        ),
        ("Summary of the Talk with Ambassador Testin", "record-of-conversation"),
        (
            "Minutes of Chairman Testov's Talk with the Testlandic Delegation",
            "record-of-conversation",
        ),
        ("Testo Testman's Talk at the Supreme State Conference", "speech"),  # a talk at a meeting
        ("Talk to the Students of Testburg University", "speech"),  # to an audience
    ],
)
def test_a_talk_between_people_is_a_conversation_and_at_a_meeting_a_speech(
    text: str, expected: str
) -> None:
    assert kind(text) == expected


def test_the_talks_pair_are_its_participants() -> None:
    found = title("Summary of the Talk between Zhou Testan and Ambassador Testin")
    assert [p.value for p in found.participants] == ["Zhou Testan", "Ambassador Testin"]


def authors(text: str) -> list[str]:
    return [a.value for a in title(text).authors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a publication's quoted title is the document's: its type and its maker
        ("Testburg Summary of World Broadcasts, 'Zhou Testan Speech to the Troops'", "speech"),
        ("Testburg Monitor, 'Premier Testov Report on the Harvest'", "report"),
        ("Testburg Summary of World Broadcasts, 'Citizens Restore Order'", None),  # a headline
    ],
)
def test_a_publications_quoted_title_gives_the_type(text: str, expected: str | None) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name by its shape alone: a maker only if known (tests/test_maker_heads.py)
            "Testburg Summary of World Broadcasts, 'Zhou Testan Speech to the Troops'",
            [],
        ),
        ("Premier Zhou Testan Speech to the Troops", ["Premier Zhou Testan"]),  # by its head
        ("Testburg Summit Speech", []),  # an event's name makes nothing
        ("Testlandic Ambassador Report on the Harvest", []),  # an office: whose, unsaid
        (  # the type's own words are no maker: the series' issuer is
            "National Intelligence Estimate NIE 11-4-55, Testland",
            ["Central Intelligence Agency"],
        ),
        ("First Conversation between Testov and Testin", []),  # an ordinal, no one
        ("CCP Central Committee, 'Instruction on the Work'", ["CCP Central Committee"]),
    ],
)
def test_the_maker_before_a_type_is_its_author(text: str, expected: list[str]) -> None:
    assert authors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a map is a kind of document; the chanceries' own words are types
        ("Map of the Testland Demilitarized Zone", "map"),
        ("Sketch Map of the Positions of the Testburg Division", "map"),
        ("Maps of the Testland Border", "map"),
        ("Mapping the Testland Border", None),  # a subject, no map
        ('Memoir Excerpt, "The Testland Years"', "memoir"),  # an excerpt of a named type
        ("Aviso from the Testlandic Foreign Ministry to the Testburg Council", "letter"),
        ("Informação from the Testlandic Ministry to the Embassy in Testburg", "information"),
        ("Memorando from the Testlandic Foreign Ministry", "memorandum"),
        ("Nota Verbal from the Testlandic Embassy", "note-verbale"),
        ("Despacho from the Testlandic Foreign Ministry to the Embassy in Testburg", "message"),
    ],
)
def test_maps_and_the_chanceries_own_type_words(text: str, expected: str | None) -> None:
    assert kind(text) == expected


def test_a_type_word_opening_a_title_is_no_part_of_the_senders_name() -> None:
    found = title("Aviso from the Testlandic Foreign Ministry to the Testburg Council")
    assert [s.value for s in found.senders] == ["Testlandic Foreign Ministry"]


def participants(text: str) -> list[str]:
    return [p.value for p in title(text).participants]


@pytest.mark.parametrize(
    ("text", "expected", "speakers"),
    [  # a press conference is its transcript, "of X" who spoke at it
        (
            "Press Conference of Testo T. Testman on the New Regulations",
            "transcript",
            ["Testo T. Testman"],
        ),
        ("Press Conference on the Harvest", "transcript", []),
        ("Report on the Press Conference of Testo T. Testman", "report", []),  # its writer's
    ],
)
def test_a_press_conference_is_a_transcript_of_its_speaker(
    text: str, expected: str, speakers: list[str]
) -> None:
    assert kind(text) == expected
    assert participants(text) == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an unnamed spokesman speaks for the body; a named one is the person
        (
            "Statement of the Spokesman of the Testlandic Foreign Ministry",
            ["Testlandic Foreign Ministry"],
        ),
        (
            "Testlandic Foreign Ministry Spokesman's Statement on the Harvest",
            ["Testlandic Foreign Ministry"],
        ),
        (
            "Statement by Testlandic Foreign Ministry Spokesman Ivan Testov",
            ["Testlandic Foreign Ministry Spokesman Ivan Testov"],
        ),
        ("Statement of the Spokesman of Testov", ["Spokesman of Testov"]),  # no body
    ],
)
def test_an_unnamed_spokesmans_statement_is_the_bodys(text: str, expected: list[str]) -> None:
    assert authors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "by"),
    [  # a work known by a quoted name after its maker's possessive
        ("Testo T. Testman's 'Long Telegram'", "telegram", ["Testo T. Testman"]),
        ('Testov\'s "Secret Speech"', "speech", ["Testov"]),
        ("Testov's 'Citizens Help Police Restore Order'", None, []),  # a headline
    ],
)
def test_a_possessors_quoted_work_is_of_its_type_and_by_him(
    text: str, expected: str | None, by: list[str]
) -> None:
    assert kind(text) == expected
    assert authors(text) == by


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an estimate is issued by the Director of Central Intelligence: the CIA of the file
        (
            "National Intelligence Estimate NIE 11-4-99, Testlandic Capabilities",
            ["Central Intelligence Agency"],
        ),
        (
            "Special National Intelligence Estimate SNIE 100-11-99, 'Testburg'",
            ["Central Intelligence Agency"],
        ),
        ("State Department Estimate of Testland", ["State Department"]),  # another's estimate
        ("Report to the National Security Council, NSC 7", []),  # the NSC its addressee
        ("Memorandum on the National Intelligence Estimate", []),  # about one
    ],
)
def test_an_estimates_issuer_is_the_cia(text: str, expected: list[str]) -> None:
    assert authors(text) == expected


@pytest.mark.parametrize(
    ("text", "by", "speakers"),
    [  # a qualifier before "Notes" is the type's; notes for a meeting record no meeting
        ("Press Notes from the Testlandic Embassy in Testburg", [], []),
        ("Talking Notes for the Meeting with Testov", [], []),
        ("Speaking Notes for the Talks with Testin", [], []),
        ("Notes Taken by Testov at the Meeting with Testin", ["Testov"], ["Testin"]),
        ("Report on the Meeting with Testin", [], ["Testin"]),
    ],
)
def test_qualified_notes_name_no_author_and_no_meeting_yet_held(
    text: str, by: list[str], speakers: list[str]
) -> None:
    assert authors(text) == by
    assert participants(text) == speakers
