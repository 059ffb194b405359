"""Who signs a closing (review 22): a line that is only a document type never signs; a surname
alone under a telegram signs in any case, and is linked only to a person it can be, never
stubbed; a cover name signs as the person in the editor's brackets; initials sign as the
person the title names; a rank before the first of two blocks' names; a copy's certifier
signs nothing; a closing line with the date before the place."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from test_closing_blocks import PROSE, telegram
from test_parser_variants import body_of, values

from linkeddata.iris import Iris
from linkeddata.mapping import Context, Mapped, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record
from linkeddata.vocab import ADO, DCTERMS, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testai-jozsef> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "József Testai"@en ;
    skos:note "Hungarian Ambassador to Testland, 1976-1978."@en .

<person/testlan-bela> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Béla Testlan"@en ;
    skos:note "Testian Minister of Testing."@en .

<person/testuan-le> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Le Testuan"@en ;
    skos:altLabel "Lê Testuẩn"@vi ;
    skos:note "First Secretary of the Testian Party, 1960-1986."@en .

<place/testburg> a schema:Place ;
    skos:prefLabel "Testburg"@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))
_DOC = URIRef(IRIS.document("1"))


def _mapped(title: str, body: str, year: str = "1975") -> Mapped:
    text = f"**{year}**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{body}\n"
    record = parse_record(text, "x/1.txt", default_id="1")
    return map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)


def _creators(mapped: Mapped) -> set[str]:
    return {str(o).rsplit("/", 1)[1] for o in mapped.graph.objects(_DOC, DCTERMS.creator)}


def _signature(mapped: Mapped) -> str | None:
    found = next(mapped.graph.objects(_DOC, ADO.signatureAsWritten), None)
    return None if found is None else str(found)


_STATIONS = "Telegram from Testburg to Testgrad"


@pytest.mark.parametrize(
    "kind", ["TELEGRAM", "Ciphered Telegram", "SECRET INFORMATION", "MEMORANDUM", "REPORT"]
)
def test_a_type_line_under_a_full_name_never_signs(kind: str) -> None:
    mapped = _mapped(_STATIONS, f"{PROSE}\n\nIvan Testescu\n\n{kind}")
    assert _creators(mapped) == set()
    assert _signature(mapped) is None
    assert not [stub for stub in mapped.stubs if stub.kind == "person"]


@pytest.mark.parametrize("kind", ["TELEGRAM", "Ciphered Telegram", "INFORMATION"])
def test_the_signature_is_looked_for_above_a_type_line(kind: str) -> None:
    assert values(telegram(f"{PROSE}\n\nTESTESCU\n\n{kind}").signatories) == ("TESTESCU",)
    mapped = _mapped("Telegram from Ivan Testescu to Testin", f"{PROSE}\n\nIvan Testescu\n{kind}")
    assert _creators(mapped) == {"ivan-testescu"}


def test_a_surname_that_is_no_type_word_still_signs() -> None:
    assert values(telegram(f"{PROSE}\n\nTELEGIN").signatories) == ("TELEGIN",)


@pytest.mark.parametrize("last", ["Testai", "TESTAI"])
def test_a_lone_surname_signs_as_the_files_one_bearer_of_the_years(last: str) -> None:
    mapped = _mapped("Telegram from the Hungarian Legation in Testgrad", f"{PROSE}\n\n{last}")
    assert _creators(mapped) == {"testai-jozsef"}
    assert _signature(mapped) == last


@pytest.mark.parametrize(
    ("last", "year"),
    [("Testai", "1960"), ("Testlan", "1975"), ("Testovács", "1975"), ("TESTOVÁCS", "1975")],
)
def test_a_lone_surname_no_one_person_bears_is_signed_as_written_and_never_stubbed(
    last: str, year: str
) -> None:
    """Out of the bearer's years, a bearer the file does not date, a surname the file lacks."""
    mapped = _mapped(_STATIONS, f"{PROSE}\n\n{last}", year)
    assert _creators(mapped) == set()
    assert _signature(mapped) == last
    assert not [stub for stub in mapped.stubs if stub.kind == "person"]
    assert any("surname alone" in warning.message for warning in mapped.warnings)


def test_a_lone_surname_under_another_persons_telegram_is_not_the_files_bearer() -> None:
    mapped = _mapped("Telegram from Ivan Testov to Testin", f"{PROSE}\n\nTestai")
    assert _creators(mapped) == set()
    assert _signature(mapped) == "Testai"


def test_a_lone_surname_the_record_names_in_full_is_that_person() -> None:
    body = f"Ivan Testovács met the minister today.\n\n{PROSE}\n\nTestovács"
    assert _creators(_mapped(_STATIONS, body)) == {"ivan-testovacs"}


@pytest.mark.parametrize("last", ["Testburg", "Regards", "End", "Ambassador", "Copy", "May"])
def test_a_place_a_formula_an_office_or_a_marking_never_signs(last: str) -> None:
    mapped = _mapped(_STATIONS, f"{PROSE}\n\n{last}")
    assert _creators(mapped) == set()
    assert _signature(mapped) is None


@pytest.mark.parametrize(
    ("closing", "written"),
    [
        (
            "Testburg, 7 February 1961\nOn behalf of the Politburo\nBa [Lê Testuẩn]",
            "Ba [Lê Testuẩn]",
        ),
        ("Ba\n[Le Testuan]", "Ba\n[Le Testuan]"),
        ("Testippov [Testuan]", "Testippov [Testuan]"),
    ],
)
def test_a_cover_name_signs_as_the_person_in_the_editors_brackets(
    closing: str, written: str
) -> None:
    mapped = _mapped("Letter from Le Testuan to the Testian Office", f"{PROSE}\n\n{closing}")
    assert _creators(mapped) == {"testuan-le"}
    assert _signature(mapped) == written


@pytest.mark.parametrize(
    "closing",
    [
        "Ivan Testov [Signature]",
        "[Stamp: Received 5 May]",
        "[signed, illegible]",
        "Comrades [Test] Testhuai and [Testang] Kecheng:",
    ],
)
def test_a_mark_a_stamp_or_an_expansion_in_brackets_is_no_cover_name(closing: str) -> None:
    signers = values(body_of(f"{PROSE}\n\n{closing}").signatories)
    assert signers in ((), ("Ivan Testov",))


@pytest.mark.parametrize(
    ("title", "initials", "signer"),
    [
        (
            "Memorandum of Conversation between P. F. de Testueta and the Testian Ambassador",
            "P. F. de Z.",
            None,
        ),
        (
            "Memorandum of Conversation between P. F. de Testueta and the Testian Ambassador",
            "P. F. de T.",
            "P. F. de Testueta",
        ),
        (
            "Record of Conversation between Mr. C. A. Testmore and M. de Testcel",
            "C. A. T.",
            "C. A. Testmore",
        ),
    ],
)
def test_initials_sign_as_the_one_person_the_title_names_with_them(
    title: str, initials: str, signer: str | None
) -> None:
    record = parse_record(
        f"**1961**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n"
        f"{PROSE}\n\n{initials}\n12th May, 1961\n",
        "x/1.txt",
        default_id="1",
    )
    assert values(record.signatories) == ((signer,) if signer else ())


def test_initials_two_named_people_share_sign_as_no_one() -> None:
    title = "Memorandum of Conversation between C. A. Testmore and C. A. Testman"
    record = parse_record(
        f"**1961**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{PROSE}\n\nC. A. T.\n",
        "x/1.txt",
        default_id="1",
    )
    assert values(record.signatories) == ()


@pytest.mark.parametrize(
    "rank", ["Major-General", "General", "Major General", "Lieutenant-General", "Marshal"]
)
def test_a_rank_before_the_first_blocks_name_drops_no_block(rank: str) -> None:
    closing = (
        f"Chief of the Group of Testian Military Specialists in Testland\n{rank} G. Testov\n\n"
        "Ambassador of the Testian Republic in Testland\nI. Testakov"
    )
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ("G. Testov", "I. Testakov")


def test_an_addressed_name_over_an_office_is_no_block() -> None:
    closing = "Comrade Ivan Testin\nChairman of the Council\n\nAmbassador\nI. Testakov"
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ("I. Testakov",)


@pytest.mark.parametrize(
    "certified",
    [
        "For the correctness:",
        "Correct:",
        "Certified correct:",
        "Certified true copy:",
        "Copy correct:",
        "Accuracy certified:",
    ],
)
def test_a_copys_certifier_signs_nothing(certified: str) -> None:
    closing = f"{certified}\nColonel General F. Testletz"
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ()


def test_a_speakers_correct_is_no_certification() -> None:
    closing = "Correct, Comrade Testov.\n\nI. Testakov\nAmbassador"
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ("I. Testakov",)


@pytest.mark.parametrize(
    ("closing", "place", "date"),
    [
        ("18 April 1975, Testburg", "Testburg", "18 April 1975"),
        ("23.VIII.1968, Testburg", "Testburg", "23.VIII.1968"),
        ("Testburg, 18 April 1975", "Testburg", "18 April 1975"),
    ],
)
def test_a_closing_line_gives_the_place_and_the_date_in_either_order(
    closing: str, place: str, date: str
) -> None:
    record = body_of(f"{PROSE}\n\nIvan Testov\n{closing}")
    assert record.written_at is not None
    assert record.written_at.value == place
    assert record.date_as_written is not None
    assert record.date_as_written.value == date
    assert values(record.signatories) == ("Ivan Testov",)


def test_a_name_after_the_date_is_no_place_of_writing() -> None:
    mapped = _mapped("Letter from Testov to Testin", f"{PROSE}\n\n18 April 1975, Chairman Testo")
    assert next(mapped.graph.objects(_DOC, SCHEMA.locationCreated), None) is None
