"""Big, odd and linked record files (issue 10, point 5): each is reported as
``file: error: ...`` and the rest of the collection is published; nothing is read from
outside the collection."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from linkeddata import cli
from linkeddata.build.collection import read_record_file
from linkeddata.errors import RecordError
from linkeddata.settings import SETTINGS_FILE

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "documents" / "116702.txt").read_text(encoding="utf-8")
PARAGRAPH = "In response to your telegram"
MIB = 1024 * 1024


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "116702.txt").write_text(SEED)
    shutil.copy(ROOT / "documents" / "authorities.ttl", folder)
    return folder


def with_paragraph(number: str, paragraph: str) -> str:
    """The seed under another id, with ``paragraph`` before its first paragraph."""
    text = SEED.replace("document/116702", f"document/{number}")
    return text.replace(PARAGRAPH, f"{paragraph} {PARAGRAPH}")


def build(collection: Path) -> tuple[Result, Path]:
    out = collection.parent / "build"
    args = ["build", str(collection), "--out", str(out), "--workers", "1"]
    return CliRunner().invoke(cli.main, args), out


def published(out: Path) -> dict[str, str]:
    """The status of every file of the release's manifest."""
    manifest = json.loads((out / "manifest.json").read_text())
    return {f["file"]: f["status"] for f in manifest["files"] if f["kind"] == "document"}


def test_a_record_over_16_mib_is_an_error_and_the_rest_is_published(collection: Path) -> None:
    """It aborted the whole build with a raw ``MemoryError ... buffer maximal size``."""
    (collection / "300000.txt").write_text(with_paragraph("300000", "x" * (17 * MIB)))
    done, out = build(collection)
    assert done.exit_code == 1, done.output
    assert (
        "300000.txt: error: 17.0 MiB, over the limit of 5 MiB a record "
        "(max_record_bytes in linkeddata.toml): not read"
    ) in done.stderr.splitlines()
    assert "Traceback" not in done.output
    assert published(out) == {"116702.txt": "published", "300000.txt": "error"}


def test_the_record_limit_is_a_setting(collection: Path) -> None:
    (collection / SETTINGS_FILE).write_text("max_record_bytes = 5000\n")  # the seed: 4257
    (collection / "300000.txt").write_text(with_paragraph("300000", "long " * 200))
    done, out = build(collection)
    assert done.exit_code == 1
    assert "300000.txt: error: " in done.stderr
    assert "over the limit of 5000 bytes a record" in done.stderr
    assert published(out)["116702.txt"] == "published"


def test_a_record_too_long_once_escaped_is_an_error(collection: Path) -> None:
    """3 MiB of control characters is 18 MiB in N-Triples (``\\u0001``): more than Oxigraph
    reads back when the build writes the dumps (it ended the build with a MemoryError)."""
    (collection / "300000.txt").write_text(with_paragraph("300000", "\x01" * (3 * MIB)))
    done, out = build(collection)
    assert done.exit_code == 1, done.output
    assert "300000.txt: error: 18.0 MiB as written in RDF" in done.stderr
    assert published(out) == {"116702.txt": "published", "300000.txt": "error"}


def test_a_link_to_a_file_outside_the_collection_is_refused(
    collection: Path, tmp_path: Path
) -> None:
    """It was published: /etc/passwd was read through a link in documents/."""
    secret = tmp_path / "secret.txt"
    secret.write_text(with_paragraph("400000", "the secret outside"))
    (collection / "passwd.txt").symlink_to("/etc/passwd")
    (collection / "secret.txt").symlink_to(secret)
    done, out = build(collection)
    assert done.exit_code == 1, done.output
    for name in ("passwd.txt", "secret.txt"):
        message = f"{name}: error: a symbolic link to a file outside the collection: not read"
        assert message in done.stderr.splitlines()
    dump = gzip.decompress((out / "dumps/dataset.nq.gz").read_bytes())
    assert b"secret outside" not in dump
    assert b"root:" not in dump


def test_a_link_within_the_collection_is_followed(collection: Path) -> None:
    hidden = collection / ".originals"
    hidden.mkdir()
    (hidden / "500000.txt").write_text(with_paragraph("500000", "read through a link"))
    (collection / "500000.txt").symlink_to(Path(".originals/500000.txt"))
    done, out = build(collection)
    assert done.exit_code == 0, done.output
    assert published(out)["500000.txt"] == "published"


def test_a_file_that_is_no_longer_regular_when_read_is_refused(collection: Path) -> None:
    """The walk lists regular files only, but one may be swapped for a named pipe before it
    is read: that would block the build until someone wrote to the pipe."""
    pipe = collection / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(RecordError, match=r"^pipe.txt: not a regular file: not read$"):
        read_record_file(collection, pipe, MIB)


def test_a_failing_dump_writer_says_one_line(tmp_path: Path) -> None:
    """The JSON-LD writer runs in a child process, whose traceback reached the terminal."""
    done = subprocess.run(
        [sys.executable, "-m", "linkeddata.build.jsonld_dump", str(tmp_path), "3"],
        input=b'{"previous": null, "members": []}\n' + b"0123 14\nnot N-Quads <\n",
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1
    assert b"Traceback" not in done.stderr
    assert done.stderr.startswith(b"error: the jsonld dump: SyntaxError: ")
    assert list(tmp_path.iterdir()) == []
