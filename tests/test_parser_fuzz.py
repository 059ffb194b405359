"""Property tests: no input makes the parser raise anything but RecordError.

Random text and bytes test the decoding and the structure detection; random mutations of the
seed (lines deleted, duplicated, swapped, inserted; truncation; stray Unicode) reach the
deeper readers with almost-valid records. Every value a Record holds must point at a real line.
"""

from __future__ import annotations

import dataclasses
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkeddata.errors import RecordError
from linkeddata.parser import parse_record
from linkeddata.record import Located, ParseWarning, Record

SEED = (pathlib.Path(__file__).parents[1] / "documents" / "116702.txt").read_text("utf-8")
SEED_LINES = SEED.split("\n")
INTERNAL = "internal parser error"
# Lines that steer the parser into its branches when dropped into a mutated record.
INTERESTING_LINES = (
    "**Citation:**",
    "**Summary:**",
    "**Contents:**",
    "**Original Language:**",
    "**Keywords:**",
    "**",
    "**,**",
    "**, ,**",
    '"," 1955, MOL, ,. Translated by the.',
    "Letter from A, ', '",
    "**undated [1955]**",
    "**Ciphered Telegram, Shtykov to Feng Xi (Stalin)**",
    "<http://example.org/document/>",
    "<https://example.org/document/1/2?x#y>",
    "This document was made possible with support from the A and the B, C.",
    "Translation - English",
    "Scan of Original Document",
    "Signed:",
    "[Signature] (S. Chervonenko)",
    "24.III.50 Shtykov",
    "Top Secret. Copy Nº 1",
    "No. 2421/61/53/TJN",
    '"Title," May 1, 1967, Wilson Center Digital Archive, MOL, 1. Obtained by X and',
    "“Unclosed, Translated from German for CWIHP by",
    "your telegram no. 1",
    "\u00a0\u00a0",
    "\r",
)
SETTINGS = settings(max_examples=250, deadline=None)


def _parse(data: str | bytes) -> Record | None:
    """Parse, accepting only a Record or a RecordError that is not an internal failure."""
    try:
        record = parse_record(data, "fuzz.txt", default_id="fuzz")
    except RecordError as exc:
        error = exc
    else:
        _check_lines(record, _line_count(data))
        return record
    assert INTERNAL not in error.message, error.message
    assert error.location.file == "fuzz.txt"
    return None


def _line_count(data: str | bytes) -> int:
    """How many lines the parser may point at (universal newlines, like the parser)."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


def _check_lines(value: object, lines: int) -> None:
    """Every Located value and warning names a line of the file (0: the file itself)."""
    if isinstance(value, Located | ParseWarning):
        assert 0 <= value.line <= lines, value
        if isinstance(value, Located):
            assert value.value, value
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _check_lines(getattr(value, field.name), lines)
    elif isinstance(value, tuple):
        for item in value:
            _check_lines(item, lines)


@st.composite
def mutated_seeds(draw: st.DrawFn) -> str:
    """The seed with a few random line edits, truncation or stray characters."""
    lines = list(SEED_LINES)
    inserted = st.one_of(st.text(max_size=60), st.sampled_from(INTERESTING_LINES))
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        operation = draw(st.sampled_from(["delete", "dup", "swap", "insert", "truncate", "char"]))
        if operation == "delete":
            del lines[i]
        elif operation == "dup":
            lines.insert(j, lines[i])
        elif operation == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif operation == "insert":
            lines.insert(i, draw(inserted))
        elif operation == "truncate":
            lines = [*lines[:i], lines[i][: draw(st.integers(0, len(lines[i])))]]
        else:
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.text(min_size=1, max_size=5)) + lines[i][at:]
    return "\n".join(lines)


@SETTINGS
@given(st.text())
def test_random_text_never_crashes(text: str) -> None:
    _parse(text)


@SETTINGS
@given(st.binary())
def test_random_bytes_never_crash(data: bytes) -> None:
    _parse(data)


@SETTINGS
@given(mutated_seeds())
def test_mutated_seed_never_crashes(text: str) -> None:
    _parse(text)


@SETTINGS
@given(mutated_seeds())
def test_mutated_seed_as_crlf_bytes_never_crashes(text: str) -> None:
    _parse(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.lists(st.sampled_from(INTERESTING_LINES), max_size=25))
def test_shuffled_structure_lines_never_crash(lines: list[str]) -> None:
    _parse("\n".join(lines))


@pytest.mark.parametrize("cut", range(0, len(SEED), 97))
def test_every_truncation_of_the_seed_parses(cut: int) -> None:
    text = SEED[:cut]
    if not text.strip():
        with pytest.raises(RecordError):
            parse_record(text, "seed.txt")
        return
    record = _parse(text)
    assert record is None or record.id.value in {"fuzz", "116702"}
