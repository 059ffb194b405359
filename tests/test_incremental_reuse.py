"""What an incremental build takes from the last one instead of reading or writing it again.

The changed files are found by their stamps (size, times, inode): the files whose stamps did
not change are not read again, and no change escapes, even one that keeps the size and sets
the modification time back, or one made in the same clock tick as the last build's reading.
A validation report that holds what the current release's holds is linked from it (that the
files are then those of a full build: tests/test_incremental.py)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from test_incremental import build, collection, new_id

from linkeddata.build.builder import Build
from linkeddata.build.chunks import CHUNK
from linkeddata.build.file_changes import RACY_NS
from linkeddata.formats import of_kind
from linkeddata.release.layout import Release


def files_read(how: str) -> int:
    found = re.search(r"\((\d+) files? read\)", how)
    assert found is not None, how
    return int(found[1])


def backdate(docs: Path, seconds: float) -> None:
    """Every record as last modified ``seconds`` ago: settled, as a collection is between
    two edits."""
    then = time.time_ns() - int(seconds * 1e9)
    for path in docs.rglob("*.txt"):
        os.utime(path, ns=(then, then))


def test_unchanged_files_are_not_read_and_a_same_size_edit_is_found(tmp_path: Path) -> None:
    docs = collection(tmp_path / "docs", 6)
    backdate(docs, 60)
    out = tmp_path / "out"
    build(docs, out)
    again = build(docs, out)
    assert again.how.startswith("incremental build: 0 changed"), again.how
    assert files_read(again.how) == 0, again.how

    target = sorted(docs.rglob("*.txt"))[2]
    before = target.stat()
    text = target.read_bytes()
    edited = text.replace(b"Synthetic", b"Synthetiq", 1)
    assert len(edited) == len(text)
    assert edited != text
    target.write_bytes(edited)
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # as if never modified
    assert target.stat().st_size == before.st_size
    assert target.stat().st_mtime_ns == before.st_mtime_ns

    changed = build(docs, out)
    assert changed.how.startswith("incremental build: 1 changed, 0 added, 0 removed"), changed.how
    assert files_read(changed.how) == 1, changed.how
    assert ", 1 converted, " in changed.how, changed.how


def test_files_changed_just_before_the_last_build_read_them_are_read_again(
    tmp_path: Path,
) -> None:
    """A file modified within :data:`RACY_NS` of the last build's reading (or after it) could
    have changed again in the same tick of a coarse clock, leaving its stamp as it was: it is
    hashed."""
    docs = collection(tmp_path / "docs", 4)
    backdate(docs, 60)
    recent = sorted(docs.rglob("*.txt"))[1]
    later = time.time_ns() + 30 * RACY_NS  # ahead of the build's clock, as on a skewed share
    os.utime(recent, ns=(later, later))
    out = tmp_path / "out"
    build(docs, out)
    again = build(docs, out)
    assert again.how.startswith("incremental build: 0 changed"), again.how
    assert files_read(again.how) == 1, again.how


def report_inodes(release: Release | None) -> dict[str, int]:
    assert release is not None
    return {f.extension: release.report_file(f.extension).stat().st_ino for f in of_kind("graph")}


def test_an_unchanged_report_is_linked_and_a_changed_one_written(tmp_path: Path) -> None:
    docs = collection(tmp_path / "docs", 4)
    out = tmp_path / "out"
    first = build(docs, out)
    records = sorted(docs.rglob("*.txt"))
    edited = records[0]
    edited.write_text(edited.read_text(encoding="utf-8").replace("Synthetic", "Synthetic (e)", 1))
    again = build(docs, out)
    assert "the store patched" in again.how, again.how
    assert report_inodes(again.release) == report_inodes(first.release)

    assert first.release is not None
    named = first.release.report_file("nt").read_text(encoding="utf-8")
    found = next(r for r in records if f"#result-{r.relative_to(docs).as_posix()}-1>" in named)
    (docs / "000").mkdir(exist_ok=True)
    (docs / "000" / "999999.txt").write_text(new_id(found.read_text(encoding="utf-8")))
    added = build(docs, out)
    assert added.release is not None
    assert "1 added" in added.how, added.how
    said = added.release.report_file("nt").read_text(encoding="utf-8")
    assert "999999.txt" in said  # the copy has the findings of the document it copies
    before = report_inodes(again.release)
    assert not set(report_inodes(added.release).items()) & set(before.items())


def test_cached_documents_reach_the_writer_a_chunk_at_a_time(tmp_path: Path) -> None:
    """The documents of an incremental build are held in memory a chunk at a time, as in a
    full build: every cached document in one chunk held them all (GiBs at 20,000)."""
    docs = collection(tmp_path / "docs", CHUNK + 20)
    out = tmp_path / "out"
    build(docs, out)

    class Sizes:
        """The size of each chunk that pass 2 hands to the writer."""

        def __init__(self) -> None:
            self.stage_name = ""
            self.sizes: list[int] = []

        def stage(self, name: str, _total: int | None) -> None:
            self.stage_name = name

        def advance(self, n: int) -> None:
            if self.stage_name == "convert":
                self.sizes.append(n)

    seen = Sizes()
    result = Build(docs, out, workers=2, progress=seen).run()
    assert "the store patched" in result.how, result.how
    assert sum(seen.sizes) == CHUNK + 20
    assert max(seen.sizes) <= CHUNK, seen.sizes
