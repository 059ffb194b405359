"""The build cache's shards (linkeddata.build.shards): runs of unchanged documents read whole,
and a release built from them the same as a full build of the same files, after an edit, an
addition at a shard boundary (before other documents, and after them), a removal, and no
change at all."""

from __future__ import annotations

import re
from pathlib import Path

from test_incremental import assert_same_release, build, collection

from linkeddata.build.chunks import CHUNK
from linkeddata.build.members import SHARD, boundary
from linkeddata.build.shards import runs, shard_key
from linkeddata.iris import Iris
from linkeddata.settings import load_settings

DOCUMENTS = 130  # several runs, whatever the boundaries


def whole(how: str) -> tuple[int, int]:
    """(shards read whole, runs) as the build said."""
    found = re.search(r", (\d+) of (\d+) shards of it read whole", how)
    return (int(found[1]), int(found[2])) if found else (0, -1)


def graph_of(docs: Path) -> Iris:
    return Iris(load_settings(docs).base)


def test_runs_cut_at_boundaries_and_after_a_chunk() -> None:
    ids = [f"{n:06d}" for n in range(1000)]
    graph = Iris("https://example.org/").document_graph
    cut = [boundary(graph(i).encode(), SHARD) for i in ids]
    found = list(runs(((f"{i}.txt", f"key-{i}", i) for i in ids), graph))
    assert [s for run in found for s, _ in run] == [f"{i}.txt" for i in ids]
    assert all(0 < len(run) <= CHUNK for run in found)
    starts = {run[0][0] for run in found}
    assert {f"{i}.txt" for i, c in zip(ids, cut, strict=True) if c} - {"000000.txt"} <= starts
    assert any(len(run) == CHUNK for run in found)  # a stretch without a boundary is cut

    # a document taken out changes the runs between the boundaries around it, no other
    fewer = list(runs(((f"{i}.txt", f"key-{i}", i) for i in ids if i != "000500"), graph))
    after = {shard_key(run) for run in fewer}
    begin = max(n for n in range(501) if cut[n])
    end = min(n for n in range(501, len(ids)) if cut[n])
    for run in found:
        first, last = int(run[0][0][:6]), int(run[-1][0][:6])
        assert (shard_key(run) in after) == (last < begin or first >= end), run
    assert len(fewer) >= len(found) - 1


def boundary_id(iris: Iris, taken: set[str]) -> str:
    """An unused document id whose graph name begins a shard."""
    return next(
        str(n)
        for n in range(900000, 1000000)
        if str(n) not in taken and boundary(iris.document_graph(str(n)).encode(), SHARD)
    )


def copy_as(text: str, new: str) -> str:
    return re.sub(r"/document/\d+>", f"/document/{new}>", text, count=1)


def test_unchanged_runs_are_read_whole_and_the_release_is_a_full_builds(tmp_path: Path) -> None:
    docs = collection(tmp_path / "docs", DOCUMENTS)
    out, reference = tmp_path / "out", tmp_path / "reference"
    first = build(docs, out)
    assert first.how.startswith("full build")

    same = build(docs, out)
    read, total = whole(same.how)
    assert total >= 3, same.how
    assert read == total, same.how  # nothing changed: every shard read whole
    assert_same_release(same, first)

    records = sorted(docs.rglob("*.txt"))
    edited = records[len(records) // 2]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("Synthetic", "Synthetic (edited)", 1), encoding="utf-8")
    again = build(docs, out)
    read, total = whole(again.how)
    assert ", 1 converted, " in again.how or ", 2 converted, " in again.how, again.how
    assert total - 2 <= read < total, again.how  # the edited document's run is made again
    assert_same_release(again, build(docs, reference, full=True))

    iris = graph_of(docs)
    taken = {p.stem for p in records}
    inside = boundary_id(iris, taken)  # before other documents: the index is written again
    (records[0].parent / "0.txt").write_text(  # the first file, whatever the names
        copy_as(records[-1].read_text(encoding="utf-8"), inside), encoding="utf-8"
    )
    added = build(docs, out)
    assert "1 added" in added.how, added.how
    assert "the search index written again" in added.how, added.how
    read, total = whole(added.how)
    assert 0 < read < total, added.how
    assert_same_release(added, build(docs, reference, full=True))

    last = boundary_id(iris, taken | {inside})  # after every other: the index is patched
    (docs / "zzz").mkdir()
    (docs / "zzz" / f"{last}.txt").write_text(
        copy_as(records[1].read_text(encoding="utf-8"), last), encoding="utf-8"
    )
    appended = build(docs, out)
    assert "the search index patched" in appended.how, appended.how
    read, total = whole(appended.how)
    assert 0 < read < total, appended.how
    assert_same_release(appended, build(docs, reference, full=True))

    records[len(records) // 3].unlink()
    removed = build(docs, out)
    assert "1 removed" in removed.how, removed.how
    read, total = whole(removed.how)
    assert 0 < read < total, removed.how
    assert_same_release(removed, build(docs, reference, full=True))

    unchanged = build(docs, out)
    read, total = whole(unchanged.how)
    assert read == total, unchanged.how
    assert_same_release(unchanged, build(docs, reference, full=True))
