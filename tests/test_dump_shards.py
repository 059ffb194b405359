"""Dumps as gzip members per shard: an incremental build copies the members of the previous
release that did not change, and its dumps are byte-identical to a full build's, whether a
document is edited, added at a shard boundary or removed from one."""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_incremental import assert_same_release, build, collection, new_id

from linkeddata.build import chunks, union
from linkeddata.build.feeder import Feeder
from linkeddata.build.members import MemberFile, Previous, boundary, key
from linkeddata.build.outcome import BuildResult
from linkeddata.build.union import shards
from linkeddata.iris import Iris
from linkeddata.settings import load_settings

SHARD, UNION_SHARD = 4, 8  # small shards: a few dozen documents make many of them


def rewritten(result: BuildResult) -> tuple[int, int]:
    """(shards written, shards in all) of the dumps, as the build said."""
    found = re.search(
        r"; (\d+) of (\d+) shards of the dumps written, the others copied", result.how
    )
    assert found is not None, result.how
    return int(found[1]), int(found[2])


def members(data: bytes) -> int:
    """The gzip members of ``data``."""
    count = 0
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member.decompress(data)
        assert member.eof
        data = member.unused_data
        count += 1
    return count


@pytest.fixture
def small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Shards of a few documents and subjects (the worker processes are forked: they see it)."""
    monkeypatch.setattr(chunks, "SHARD", SHARD)
    monkeypatch.setattr(union, "UNION_SHARD", UNION_SHARD)


def test_a_member_file_copies_what_it_has_and_reads_as_one_stream(tmp_path: Path) -> None:
    parts = [b"a\nb\n", b"c\n", b"d\ne\nf\n"]
    first = MemberFile(tmp_path / "one.gz", 3)
    for part in parts:
        first.add(key(part), part)
    first.close()
    (name, _size, _sha, lines), written = first.written()
    assert (name, lines, len(written)) == ("one.gz", 6, 3)
    assert gzip.decompress((tmp_path / "one.gz").read_bytes()) == b"".join(parts)

    second = MemberFile(tmp_path / "two.gz", 3, Previous.of(tmp_path / "one.gz", written))
    for part in [b"c\n", b"new\n", b"a\nb\n"]:
        if not second.reuse(key(part)):
            second.add(key(part), part)
    second.close()
    assert second.reused == 2
    assert gzip.decompress((tmp_path / "two.gz").read_bytes()) == b"c\nnew\na\nb\n"
    fresh = MemberFile(tmp_path / "three.gz", 3)
    for part in [b"c\n", b"new\n", b"a\nb\n"]:
        fresh.add(key(part), part)
    fresh.close()
    assert (tmp_path / "two.gz").read_bytes() == (tmp_path / "three.gz").read_bytes()


def test_union_shards_never_split_a_subject(small_shards: None) -> None:
    lines = [f"<s{i // 3}> <p> <o{i}> .\n".encode() for i in range(600)]
    found = list(shards(io.BytesIO(b"".join(lines))))
    assert b"".join(found) == b"".join(lines)
    assert len(found) > 1
    for shard in found[1:]:
        subject = shard[: shard.index(b" ")]
        assert boundary(subject, union.UNION_SHARD)
    heads = [shard.splitlines()[0].split(b" ")[0] for shard in found]
    tails = [shard.splitlines()[-1].split(b" ")[0] for shard in found]
    assert all(tail != head for tail, head in zip(tails, heads[1:], strict=False))


def check_dumps(result: BuildResult) -> None:
    """The dumps are well-formed: several members each, JSON-LD one array, Turtle and
    N-Triples the same triples."""
    assert result.release is not None
    raw = {ext: result.release.dump(ext).read_bytes() for ext in ("nq", "jsonld", "nt", "ttl")}
    assert all(members(data) > 2 for data in raw.values())
    graphs = json.loads(gzip.decompress(raw["jsonld"]))
    assert isinstance(graphs, list)
    assert all("@graph" in g for g in graphs)
    nt = gzip.decompress(raw["nt"])
    ttl = list(ox.parse(gzip.decompress(raw["ttl"]), format=ox.RdfFormat.TURTLE))
    assert len(ttl) == nt.count(b"\n") == len(set(nt.splitlines()))
    nq = list(ox.parse(gzip.decompress(raw["nq"]), format=ox.RdfFormat.N_QUADS))
    assert len({q.graph_name for q in nq}) == len(graphs)


def test_an_edit_rewrites_its_shards_only(small_shards: None, tmp_path: Path) -> None:
    docs = collection(tmp_path / "docs", 40)
    out = tmp_path / "out"
    first = build(docs, out)
    check_dumps(first)
    graph = Iris(load_settings(docs).base).document_graph

    def step(name: str) -> BuildResult:
        again = build(docs, out)
        full = build(docs, tmp_path / f"full-{name}")
        assert full.how.startswith("full build:")
        assert_same_release(again, full)
        check_dumps(again)
        return again

    records = sorted(docs.rglob("*.txt"))
    edited = records[len(records) // 2]
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("Synthetic", "Synthetic (edited)", 1),
        encoding="utf-8",
    )
    written, total = rewritten(step("edit"))
    # the edited document's shard in each named-graph dump, a few of the union's, the
    # collection-wide graphs that describe the whole (description, report, stubs), headers
    assert total > 40, total
    assert written < total // 2, (written, total)

    unchanged = build(docs, out)
    assert rewritten(unchanged)[0] < written  # the description's shard changes (its date)

    # a document at a boundary: added, it splits a shard; removed, two shards become one
    at = next(n for n in range(999000, 999999) if boundary(graph(str(n)).encode(), SHARD))
    added = docs / "000" / f"{at}.txt"
    text = new_id(records[-1].read_text(encoding="utf-8")).replace("/999999>", f"/{at}>")
    added.write_text(text, encoding="utf-8")
    assert rewritten(step("add"))[0] < total // 2

    ids = {p: p.stem for p in records if p != edited}
    gone = next(p for p, i in ids.items() if boundary(graph(i).encode(), SHARD))
    gone.unlink()
    assert rewritten(step("remove"))[0] < total // 2


class _Closing:
    """A sink that fails when closed, as a pipe to a child that was killed does."""

    def write(self, data: bytes) -> int:
        return len(data)

    def close(self) -> None:
        raise BrokenPipeError("the reader is gone")


def test_a_feeder_whose_sink_fails_to_close_ends() -> None:
    """It waited for more blocks after the last one: the build's abort hung."""
    feeder = Feeder(_Closing())
    feeder.write(b"data")
    feeder.close()
    with pytest.raises(BrokenPipeError):
        feeder.join()
