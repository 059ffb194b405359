"""What in a title may be a name at all (review 23): the editors' completion in square brackets
is part of the name and an honorific never is ("Comrade Kim Il [Sung]", C#19); an editor's
mark ("[sic]", "[?]") is no part of the wording the parties are read from (C#20); a stub only
for a name, never a topic, a paper's code, a count or a generic body (C#5), a date (C#8), an
occasion (C#22), a nationality or a plural office (B#13), an event ("Testburg Conference",
D#18) or a surname the file holds only in full (B#4); "addressed to" introduces the addressee
(D#32)."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.mapping.stubs import Stub
from linkeddata.mapping.vague_names import vagueness
from linkeddata.parser import parse_record
from linkeddata.vocab import ADO, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/kim-il-testung> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Kim Il Testung"@en .

<person/pak-test-ok> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Pak Test-ok"@en .

<person/testalin-iosif> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Iosif Testalin"@en ;
    skos:altLabel "Testalin"@en .

<person/testrov-georgi> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Georgi Testrov"@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))
_ROLES = (ADO.participant, SCHEMA.sender, SCHEMA.recipient)


def _mapped(title: str) -> tuple[set[str], set[str]]:
    """The keys of the parties a record of ``title`` links, and the names of its stubs."""
    record = parse_record(f"**March 8, 1957**\n**{title}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))
    linked = {str(o).rsplit("/", 1)[1] for p in _ROLES for o in mapped.graph.objects(doc, p)}
    return linked, {stub.name for stub in mapped.stubs if isinstance(stub, Stub)}


@pytest.mark.parametrize(
    ("title", "linked"),
    [
        ("Record of Conversation with Comrade Kim Il [Testung]", {"kim-il-testung"}),
        ("Record of Conversation with Comrade Pak [Test-ok]", {"pak-test-ok"}),
        ("Conversation with Comrade [Pak] Test-ok", {"pak-test-ok"}),
        (
            "Record of Conversation between Comrade Kim [Il Testung] and Comrade Pak Test-ok",
            {"kim-il-testung", "pak-test-ok"},
        ),
        (
            "Letter from Comrade Pak [Test-ok] to Kim Il [Testung]",
            {"pak-test-ok", "kim-il-testung"},
        ),
    ],
)
def test_a_completion_in_brackets_is_part_of_the_name(title: str, linked: set[str]) -> None:
    found, stubs = _mapped(title)
    assert found == linked
    assert not stubs


def test_an_honorific_is_no_part_of_a_stub_with_a_completion() -> None:
    found, stubs = _mapped("Record of Conversation with Comrade Testkov [Ivan]")
    assert found == {"testkov-ivan"}
    assert stubs == {"Testkov Ivan"}


@pytest.mark.parametrize(
    "title",
    [
        "Letter from Filippov [Testalin] to Comrade Pak Test-ok",
        "Letter from Comrade Filippov [Testalin] to Comrade Pak Test-ok",
    ],
)
def test_a_cover_names_bearer_in_brackets_keeps_its_reading(title: str) -> None:
    found, _ = _mapped(title)
    assert found == {"testalin-iosif", "pak-test-ok"}


def test_an_office_gloss_in_brackets_is_no_completion() -> None:
    found, stubs = _mapped(
        "Record of Conversation with Comrade Pak Test-ok [Foreign Minister of the DPRK]"
    )
    assert found == {"pak-test-ok"}
    assert not stubs


@pytest.mark.parametrize(
    ("title", "linked"),
    [
        (
            "Record of Conversation with the Chargé d'Affaires of the DPRK in the USSR, "
            "Pak Test-ok [sic]",
            {"pak-test-ok"},
        ),
        ("Record of Conversation with Premier Kim Il Testung [?]", {"kim-il-testung"}),
        ("Record of Conversation with Premier Kim Il Testung (?)", {"kim-il-testung"}),
        (
            "Letter from Pak Test-ok [sic!] to Comrade Kim Il Testung",
            {"pak-test-ok", "kim-il-testung"},
        ),
    ],
)
def test_an_editors_mark_is_removed_before_the_parties_are_read(
    title: str, linked: set[str]
) -> None:
    found, stubs = _mapped(title)
    assert found == linked
    assert not stubs


@pytest.mark.parametrize(
    ("title", "stubs"),
    [
        ("Note by the Director of Testland Intelligence, Testburg Incident", set()),
        ("Memorandum for the President, Testish Missile Crisis", set()),
        ("Report to the Testland Council, TSC 7", {"Testland Council"}),
        ("Letter to Pak Test-ok from Seven Soviet Scientists", set()),
        ("Letter from Five Hungarian Writers to Pak Test-ok", set()),
        ("Letter to Pak Test-ok from Scientists", set()),
        ("Instructions to the Working Group Preparing for Testburg", set()),
        ("Letter to the Soviet Leadership", set()),
        ("Testburg Conference on Testland, Transcript", set()),
        (
            "Record of Conversation between Pak Test-ok and the Albanian and Polish Ambassadors",
            set(),
        ),
        ("Record of Conversation with Ambassadors Testov and Testkin", {"Testov", "Testkin"}),
        ("Letter from Pak Test-ok to Chief Ministers", set()),
        ("Final Declaration of the Testburg Conference", set()),
        ("Letter from the Union of Testish Writers to Pak Test-ok", {"Union of Testish Writers"}),
        (
            "Letter from the Working Group of the CC CPSU on Testland to Pak Test-ok",
            {"Working Group of the CC CPSU"},
        ),
    ],
)
def test_a_stub_is_made_only_for_a_name(title: str, stubs: set[str]) -> None:
    assert _mapped(title)[1] == stubs


@pytest.mark.parametrize(
    ("name", "kind", "stubbed"),
    [
        ("Testburg Incident", "person", False),
        ("TSC 7", "person", False),
        ("Seven Testish Scientists", "person", False),
        ("7Testbrands", "org", True),
        ("Four Power Testing Commission", "org", True),
        ("Commission on the Testish Question", "org", True),
        ("Testburg Crisis Committee", "org", True),
        ("Union of Testish Writers", "org", True),
        ("Testburg Conference on the Testov-Testkin Relationship", "org", False),
        ("Testov-Testkin Project Conference", "org", False),
        ("Testburg Summit", "org", False),
        ("Conference on Security and Co-operation in Testland", "org", True),
    ],
)
def test_a_topic_or_an_event_heads_the_name_before_of_or_on(
    name: str, kind: str, stubbed: bool
) -> None:
    assert (vagueness(name, kind) is None) is stubbed


@pytest.mark.parametrize(
    ("title", "parties", "origins"),
    [
        ("Report to the President, PD/TSC-13", ["President"], []),
        ("Memorandum for the President, TSDM 242", ["President"], []),
        ("Report to the Testland Council, TSC 7", ["Testland Council"], []),
        ("The Testov-Testkin Conversation of 2 October 1959", ["Testov-Testkin"], []),
        ("Letter from Testov to Testkin, Testburg", ["Testov", "Testkin"], ["Testburg"]),
    ],
)
def test_a_date_or_a_papers_code_is_no_party_nor_place(
    title: str, parties: list[str], origins: list[str]
) -> None:
    read = parse_record(f"**May 2, 1959**\n**{title}**\n", "x/1.txt", default_id="1").title
    assert read is not None
    found = read.senders + read.recipients + read.participants + read.authors
    assert [name.value for name in found] == parties
    assert [place.value for place in read.origins] == origins


@pytest.mark.parametrize(
    ("title", "senders", "places"),
    [
        ("Briefing Paper, 'Testland', Secretary's Trip to Testburg and Testgrad", [], []),
        ("Scope Paper, Vice President's Visit to Testburg and Testgrad", [], []),
        ("Briefing Paper, Testov's Trip to Testburg", [], []),
        ("Telegram from Testburg to Testgrad, 'Testland'", ["Testburg"], ["Testgrad"]),
        ("Briefing Paper, 'Testland', Testov to Testkin", ["Testov"], ["Testkin"]),
    ],
)
def test_someones_occasion_after_the_type_names_no_party(
    title: str, senders: list[str], places: list[str]
) -> None:
    read = parse_record(f"**May 2, 1974**\n**{title}**\n", "x/1.txt", default_id="1").title
    assert read is not None
    assert [name.value for name in read.senders] == senders
    assert [name.value for name in read.recipients] == places
    assert not read.destinations


@pytest.mark.parametrize(
    ("title", "linked", "stubs"),
    [
        (
            "Minutes of a Meeting between Polish and Czechoslovak Leaders Testrov and Testalin",
            {"testalin-iosif"},
            set(),
        ),
        ("Letter from Testrov to Comrade Testkov", {"testkov"}, {"Testkov"}),
        (
            "Minutes of a Meeting between Polish and Czechoslovak Leaders Ivan Testrov and "
            "Petar Testkov",
            {"ivan-testrov", "petar-testkov"},
            {"Ivan Testrov", "Petar Testkov"},
        ),
    ],
)
def test_a_surname_the_file_holds_only_in_full_is_no_stub(
    title: str, linked: set[str], stubs: set[str]
) -> None:
    assert _mapped(title) == (linked, stubs)


@pytest.mark.parametrize(
    ("title", "senders", "recipients"),
    [
        (
            "Letter from the Permanent Representative of Testland to the United Nations "
            "Addressed to the President of the Security Council",
            ["Permanent Representative of Testland to the United Nations"],
            ["President of the Security Council"],
        ),
        (
            "Letter from the Government of Testland Addressed to the Secretary-General",
            ["Government of Testland"],
            ["Secretary-General"],
        ),
        (
            "Letter from the Government of Testland to Testov",
            ["Government of Testland"],
            ["Testov"],
        ),
    ],
)
def test_addressed_to_introduces_the_addressee(
    title: str, senders: list[str], recipients: list[str]
) -> None:
    read = parse_record(f"**May 2, 1993**\n**{title}**\n", "x/1.txt", default_id="1").title
    assert read is not None
    assert [name.value for name in read.senders] == senders
    assert [name.value for name in read.recipients] == recipients
