"""The search index of an incremental build, patched from the previous release's
(linkeddata.search.patch): after an edit, a removal, an addition after every other document
(at a shard boundary of the dumps) and no change, the patched index answers every search as
the index of a full build of the same files; where a patch would differ (a document added
before others, a new facet value) the index is written in full, and the build says why."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from search_same import assert_same_search
from test_incremental import assert_same_release, build, collection, new_id

from linkeddata.build.members import SHARD, boundary
from linkeddata.build.outcome import BuildResult
from linkeddata.iris import Iris
from linkeddata.settings import load_settings

DOCUMENTS = 80


def index_said(result: BuildResult) -> str:
    """What the build said of the search index."""
    found = re.search(r"; the search index ([^;]+)", result.how)
    assert found is not None, result.how
    return found[1]


def same_as_full(result: BuildResult, docs: Path, folder: Path) -> None:
    """``result`` published what a full build of ``docs`` into ``folder`` publishes."""
    full = build(docs, folder)
    assert full.how.startswith("full build: "), full.how
    assert_same_release(result, full)


def boundary_id(docs: Path) -> str:
    """A new document id whose graph begins a shard of the dumps."""
    iris = Iris(load_settings(docs).base)
    return next(
        str(n)
        for n in range(999_000, 999_999)
        if boundary(iris.document_graph(str(n)).encode(), SHARD)
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A collection, its output folder after a full build, and a folder for other builds."""
    tmp = tmp_path_factory.mktemp("patch")
    docs = collection(tmp / "docs", DOCUMENTS)
    out = tmp / "out"
    build(docs, out)
    return docs, out, tmp


def records(docs: Path) -> list[Path]:
    return sorted(docs.rglob("*.txt"))


def test_edit_remove_add_after_the_others_and_nothing_changed_are_patched(
    built: tuple[Path, Path, Path],
) -> None:
    docs, out, tmp = built
    edited = records(docs)[DOCUMENTS // 2]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("Synthetic", "Synthetic (edited)", 2), encoding="utf-8")
    again = build(docs, out)
    assert index_said(again) == "patched", again.how
    same_as_full(again, docs, tmp / "full-edit")

    records(docs)[DOCUMENTS // 3].unlink()  # the documents after it keep their rows
    removed = build(docs, out)
    assert index_said(removed) == "patched", removed.how
    same_as_full(removed, docs, tmp / "full-remove")

    last = records(docs)[-1]
    name = boundary_id(docs)
    added = docs / "999" / f"{name}.txt"  # after every other file
    added.parent.mkdir()
    added.write_text(re.sub(r"/document/999999>", f"/document/{name}>", new_id(last.read_text())))
    appended = build(docs, out)
    assert "0 changed, 1 added, 0 removed" in appended.how, appended.how
    assert index_said(appended) == "patched", appended.how
    same_as_full(appended, docs, tmp / "full-add")

    unchanged = build(docs, out)
    assert index_said(unchanged) == "patched", unchanged.how
    assert unchanged.release is not None
    assert appended.release is not None
    assert unchanged.release.search.stat().st_ino == appended.release.search.stat().st_ino
    assert_same_search(unchanged.release.search, appended.release.search)


def test_what_a_patch_cannot_match_is_written_in_full(built: tuple[Path, Path, Path]) -> None:
    docs, out, tmp = built
    first = records(docs)[0]
    early = first.with_name("0.txt")  # before every other file
    early.write_text(new_id(records(docs)[-1].read_text(encoding="utf-8")))
    before = build(docs, out)
    assert index_said(before) == "written again (a document was added before others)"
    same_as_full(before, docs, tmp / "full-early")

    dated = records(docs)[5]
    text = dated.read_text(encoding="utf-8")
    new = re.sub(r"^\*\*([^*\n]*)\d{4}\*\*", r"**\g<1>1801**", text, count=1, flags=re.M)
    assert new != text
    dated.write_text(new, encoding="utf-8")
    year = build(docs, out)
    assert index_said(year).startswith("written again (a new value of the facet "), year.how
    same_as_full(year, docs, tmp / "full-year")
