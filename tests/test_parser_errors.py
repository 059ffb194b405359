"""What cannot be read is a RecordError with file and line; what surprises is a warning."""

from __future__ import annotations

import pathlib

import pytest

from linkeddata.errors import RecordError
from linkeddata.parser import parse, parse_record, read_record

RECORD = "**May 1, 1967**\n**Telegram from A to B**\n\n**Summary:**\n\nA summary.\n"


def error_of(data: str | bytes, **kwargs: str) -> RecordError:
    with pytest.raises(RecordError) as caught:
        parse_record(data, "bad/record.txt", **kwargs)
    assert caught.value.location.file == "bad/record.txt"
    return caught.value


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        ("", 1, "empty"),
        (b"", 1, "empty"),
        (" \n\t\n\u00a0\n", 1, "empty"),
        (b"\xef\xbb\xbf\r\n  \r\n", 1, "empty"),
        (b"**May 1, 1967**\n\x00\x01\x02", 2, "binary"),
        ("**May 1, 1967**\n**T**\n\x00", 3, "binary"),
        (b"**May 1, 1967**\n**Title**\nok\n\xff\xfe bad", 4, "UTF-8"),
        (b"**May 1, 1967**\r\n\r\n\xc3", 3, "UTF-8"),
        (b"\xef\xbb\xbfa\n\xff", 2, "UTF-8"),
        (b"**May 1, 1967**\r**T**\r\xff", 3, "UTF-8"),
        ("**May 1, 1967**\n\ud800", 2, "surrogate"),
        ("\n\njust some words\nand no structure at all\n", 3, "structure"),
        ("Citation:\nSummary: plain words, no bold headings", 1, "structure"),
    ],
)
def test_unreadable_input_is_a_located_record_error(
    data: str | bytes, line: int, words: str
) -> None:
    error = error_of(data, default_id="record")
    assert error.location.line == line
    assert words in error.message
    assert str(error).startswith(f"bad/record.txt:{line}: ")


def test_utf16_file_is_not_utf8() -> None:
    error = error_of(RECORD.encode("utf-16"), default_id="record")
    assert (error.location.line, "UTF-8" in error.message) == (1, True)


def test_record_without_url_or_file_name_has_no_id() -> None:
    assert "no id" in error_of(RECORD).message


def test_a_bug_in_a_reader_still_surfaces_as_record_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(text: str, warnings: list[object]) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(parse, "split_layout", broken)
    error = error_of(RECORD, default_id="record")
    assert "internal parser error" in error.message
    assert "boom" in error.message
    assert isinstance(error.__cause__, ValueError)


def test_read_record_names_the_file_relative_to_the_root(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "sub" / "42.txt"
    path.parent.mkdir()
    path.write_text(RECORD, encoding="utf-8")
    record = read_record(path, tmp_path)
    assert (record.source, record.id.value, record.id.line) == ("sub/42.txt", "42", 0)


def test_read_record_of_a_missing_file_is_a_record_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(RecordError) as caught:
        read_record(tmp_path / "missing.txt", tmp_path)
    assert caught.value.location.file == "missing.txt"


def test_read_record_of_bad_bytes_names_the_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "7.txt"
    path.write_bytes(b"**May 1, 1967**\n\xff")
    with pytest.raises(RecordError) as caught:
        read_record(path, tmp_path)
    assert (caught.value.location.file, caught.value.location.line) == ("7.txt", 2)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("**Keywords:**\n\nx\n\n**Summary:**\n\nS.", 1, "unknown section heading"),
        ("**Summary:**\n\nA.\n\n**Summary:**\n\nB.", 5, "duplicate summary section"),
        ("**May 1, 1967**\n**Telegram from A to B [sic**\n", 2, "unbalanced bracket"),
        ("**Sometime in 1955**\n**Telegram from A to B**\n", 1, "cannot read the date line"),
        ("**February 30, 1955**\n**Telegram from A to B**\n", 1, "cannot read the date line"),
        ("**May 1, 1967**\nplain text\n**Summary:**\n\nS.", 2, "not bold"),
        ("**May 1, 1967**\n**Telegram from A\n\n**Summary:**\n\nS.", 4, "not closed"),
        ("**Original Language:**\n\nRomanian, Elvish", 3, "unknown language 'Elvish'"),
        ("**Contents:**\n\nTranslation - Elvish\n\nBody.", 3, "unknown content kind"),
        ('**Citation:**\n\n"Unclosed title, 1955, MOL.', 3, "quote is not closed"),
        ("**Citation:**\n\nX.\n<https://example.org/page/5>", 4, "no /document/"),
        ("**Citation:**\n\nX.\n<https://example.org/document/5>", 4, "disagrees"),
    ],
)
def test_surprising_structure_is_a_warning_with_its_line(text: str, line: int, words: str) -> None:
    record = parse_record(text, "odd.txt", default_id="odd")
    assert [(w.line, words in w.message) for w in record.warnings] == [(line, True)]


def test_record_with_warnings_keeps_everything_it_could_read() -> None:
    record = parse_record(
        "**Sometime in 1955**\n**Telegram from A to B**\n\n**Summary:**\n\nKept.",
        "odd.txt",
        default_id="odd",
    )
    assert record.date is not None
    assert (record.date.text, record.date.iso, record.date.line) == ("Sometime in 1955", None, 1)
    assert record.title is not None
    assert record.title.doc_type is not None
    assert record.summary is not None
    assert record.summary.value == "Kept."
