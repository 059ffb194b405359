"""The seed record, read field by field, each value with the line it comes from."""

from __future__ import annotations

import pathlib

import pytest

from linkeddata.parser import parse_record, read_record
from linkeddata.record import Credit, Language, Located, Record, RecordDate

ROOT = pathlib.Path(__file__).parents[1]
SEED = ROOT / "documents" / "116702.txt"
TITLE = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
CITATION = (
    f'"{TITLE}", May 1, 1967, Wilson Center Digital Archive, Archive of the Romanian Ministry'
    " of Foreign Affairs. Obtained and translated for NKIDP by Eliza Gheorghe."
)


@pytest.fixture(scope="module")
def seed() -> Record:
    return read_record(SEED, ROOT)


def test_source_id_and_url(seed: Record) -> None:
    assert seed.source == "documents/116702.txt"
    assert seed.id == Located("116702", 10)
    assert seed.url == Located("https://wilson-center.drivingcreative.com/document/116702", 10)


def test_date_line(seed: Record) -> None:
    assert seed.date == RecordDate("May 1, 1967", 3, iso="1967-05-01", precision="day")


def test_title(seed: Record) -> None:
    title = seed.title
    assert title is not None
    assert title.text == Located(TITLE, 4)
    assert title.doc_type == Located("telegram", 4)
    assert title.senders == (Located("Pyongyang", 4),)
    assert title.recipients == (Located("Bucharest", 4),)
    assert title.registry_numbers == (Located("76.153", 4),)
    assert title.classification == Located("top-secret", 5)
    assert title.classification_text == Located("TOP SECRET", 5)
    assert title.priority is None
    assert title.subject is None
    assert title.date_text == Located("May 1, 1967", 5)


def test_citation(seed: Record) -> None:
    citation = seed.citation
    assert citation is not None
    assert citation.text == Located(CITATION, 9)
    assert citation.title == Located(TITLE, 9)
    assert citation.date_text == Located("May 1, 1967", 9)
    assert citation.archive == Located("Wilson Center Digital Archive", 9)
    assert citation.repositories == (
        Located("Archive of the Romanian Ministry of Foreign Affairs", 9),
    )
    assert citation.shelfmarks == ()
    assert citation.credit_text == Located(
        "Obtained and translated for NKIDP by Eliza Gheorghe.", 9
    )
    agent, project = Located("Eliza Gheorghe", 9), Located("NKIDP", 9)
    assert citation.credits == (
        Credit("obtained", agent, project),
        Credit("translated", agent, project),
    )


def test_summary_language_and_kind(seed: Record) -> None:
    assert seed.summary == Located(
        "A report on the Korean Workers' Party's exchanges with other socialist and communist"
        " parties.",
        14,
    )
    assert seed.languages == (Language(Located("Romanian", 18), "rum", "ro"),)
    assert seed.content_kinds == (Located("translation-english", 22),)
    assert seed.funders == ()


def test_body(seed: Record) -> None:
    body = seed.body
    assert body is not None
    assert body.line == 24
    assert body.value.startswith("In response to your telegram no. 12.390, we can make")
    assert body.value.endswith("Signed: N. Popa\n\n29.IV/7")
    assert "\n\nAfter a more in-depth study" in body.value
    assert body.value == "\n".join(SEED.read_text("utf-8").split("\n")[23:44])


def test_what_the_body_tells(seed: Record) -> None:
    assert seed.signature_text == Located("Signed: N. Popa", 42)
    assert seed.signatories == (Located("N. Popa", 42),)
    assert seed.date_as_written == Located("29.IV/7", 44)
    assert seed.reply_to == (Located("12.390", 24),)
    assert seed.body_classifications == ()
    assert seed.body_registry_numbers == ()


def test_no_warnings(seed: Record) -> None:
    assert seed.warnings == ()


def test_str_bytes_and_crlf_read_alike(seed: Record) -> None:
    data = SEED.read_bytes()
    source = "documents/116702.txt"
    assert parse_record(data, source) == seed
    assert parse_record(data.decode("utf-8"), source) == seed
    assert parse_record(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"), source) == seed


def test_id_from_url_wins_over_file_name_with_a_warning() -> None:
    record = parse_record(SEED.read_bytes(), "renamed.txt", default_id="renamed")
    assert record.id == Located("116702", 10)
    assert [(w.line, "disagrees" in w.message) for w in record.warnings] == [(10, True)]
