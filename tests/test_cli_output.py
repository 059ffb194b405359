"""What ``linkeddata build`` and ``validate`` tell the operator: every finding with its file
and line, the counts, ``--quiet``/``--verbose``, ``validate --report``, an empty collection,
and an unexpected error as one line (issue 10, point 7 and point 5)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from linkeddata import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "documents" / "116702.txt").read_text(encoding="utf-8")
BROKEN_DATE, MISSPELT = "**Mai 41, 19x67**  ", "Romanain"


def record(number: str, text: str = SEED) -> str:
    """The seed record under another id."""
    return text.replace("document/116702", f"document/{number}")


def misspelt(text: str) -> str:
    """The record with its original language (line 18) misspelt."""
    return re.sub(r"^Romanian$", MISSPELT, text, count=1, flags=re.M)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    """The seed, and a record with a broken date line (line 3) and a misspelt language (18)."""
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copy(ROOT / "documents" / "authorities.ttl", folder)
    (folder / "116702.txt").write_text(SEED)
    odd = misspelt(record("200000").replace("**May 1, 1967**  ", BROKEN_DATE))
    (folder / "200000.txt").write_text(odd)
    return folder


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli.main, [str(a) for a in args])


def lines_of(result: Result, file: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(f"{file}:")]


def test_validate_prints_every_warning_with_its_file_and_line(collection: Path) -> None:
    """The issue's case: it passed with exit 0 and "warnings 3", naming none of them."""
    done = run("validate", collection, "--workers", "1")
    assert done.exit_code == 0, done.output
    found = lines_of(done, "200000.txt")
    assert found[:2] == [
        "200000.txt:3: warning: cannot read the date line 'Mai 41, 19x67'",
        f"200000.txt:18: warning: unknown language '{MISSPELT}'",
    ]
    assert any(re.fullmatch(r"200000.txt: warning: <\S+> .*dcterms:created.*", f) for f in found)
    assert lines_of(done, "116702.txt") == []
    # and the two of the dataset description, which recommend a licence and a publisher
    assert len(lines_of(done, "graph/dataset")) == 2
    assert re.search(r"^SHACL Warning +4$", done.stderr, re.M)
    assert re.search(r"^parse warnings +2$", done.stderr, re.M)


def test_build_prints_the_findings_file_by_file(collection: Path) -> None:
    (collection / "100000.txt").write_text(misspelt(record("100000")))
    done = run("build", collection, "--out", collection.parent / "build", "--workers", "1")
    assert done.exit_code == 0, done.output
    files = [line.split(":")[0] for line in done.stderr.splitlines() if ".txt:" in line]
    groups = [name for i, name in enumerate(files) if i == 0 or files[i - 1] != name]
    assert groups == ["100000.txt", "200000.txt"]
    assert files.count("100000.txt") > 1
    assert "100000.txt:18: warning: unknown language 'Romanain'" in done.stderr


def test_quiet_prints_errors_and_counts_only(collection: Path) -> None:
    (collection / "bad.txt").write_bytes(b"\x00binary")
    done = run("validate", collection, "--quiet", "--workers", "1")
    assert done.exit_code == 1
    assert lines_of(done, "200000.txt") == []
    assert lines_of(done, "bad.txt") == ["bad.txt:1: error: binary file (NUL character)"]
    assert re.search(r"^unreadable +1$", done.stderr, re.M)


def test_verbose_adds_the_shacl_info_results(collection: Path) -> None:
    no_summary = re.sub(r"\*\*Summary:\*\*\n\n[^\n]*\n", "", record("300000"))
    (collection / "300000.txt").write_text(no_summary)
    info = "300000.txt: info: <http://127.0.0.1:8080/id/document/300000> The record has no "
    default = run("validate", collection, "--workers", "1")
    assert not any(line.startswith(info) for line in default.stderr.splitlines())
    verbose = run("validate", collection, "--verbose", "--workers", "1")
    assert any(line.startswith(info) for line in verbose.stderr.splitlines()), verbose.stderr
    both = run("validate", collection, "--quiet", "--verbose")
    assert both.exit_code == 2


def test_validate_report_is_the_report_the_build_publishes(
    collection: Path, tmp_path: Path
) -> None:
    (collection / "900001.txt").write_text("**Summary:**\n\nA record whose title was lost.\n")
    out, report = tmp_path / "build", tmp_path / "report.ttl"
    assert run("build", collection, "--out", out, "--workers", "1").exit_code == 1
    done = run("validate", collection, "--report", report, "--workers", "1")
    assert done.exit_code == 1
    assert report.read_bytes() == (out / "report/validation.ttl").read_bytes()
    assert b"900001.txt" in report.read_bytes()
    unwritable = run("validate", collection, "--report", tmp_path / "no/such/folder/r.ttl")
    assert unwritable.exit_code == 2
    assert "cannot write the report" in unwritable.stderr


@pytest.mark.parametrize("command", ["build", "validate"])
def test_an_empty_or_missing_collection_is_exit_2_unless_allowed(
    tmp_path: Path, command: str
) -> None:
    empty = tmp_path / "documents"
    empty.mkdir()
    out = ["--out", str(tmp_path / "build")] if command == "build" else []
    done = run(command, empty, *out)
    assert done.exit_code == 2
    assert "no record files (*.txt) in this folder" in done.stderr
    assert "--allow-empty" in done.stderr
    assert not (tmp_path / "build").exists()
    assert run(command, empty, *out, "--allow-empty").exit_code == 0
    missing = run(command, tmp_path / "nowhere", *out, "--allow-empty")
    assert missing.exit_code == 2
    assert "nowhere: no such folder" in missing.stderr


def test_an_unexpected_error_is_one_line_with_a_hint(
    collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library's exception (here the one a >16 MiB statement raised) is not a traceback."""

    def full(*_args: object, **_kwargs: object) -> None:
        raise MemoryError("Reached the buffer maximal size of 16777216")

    monkeypatch.setattr("linkeddata.build.publish.write_dumps", full)
    args = ["build", collection, "--out", tmp_path / "build", "--workers", "1"]
    done = run(*args)
    assert done.exit_code == 2
    (line,) = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert line == (
        "error: unexpected MemoryError: Reached the buffer maximal size of 16777216 "
        "(rerun as `linkeddata --debug build ...` for the traceback)"
    )
    assert "Traceback" not in done.output
    debug = run("--debug", *args)
    assert isinstance(debug.exception, MemoryError)
