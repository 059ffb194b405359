"""Incremental builds (the build cache, OUT/.cache): a release built from the cache after
editing, adding and removing documents is the release a full build of the same files
publishes, file for file; a change to what every document depends on is a full build that
says why."""

from __future__ import annotations

import gzip
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pyoxigraph as ox
import pytest
from search_same import assert_same_search
from synthetic import bench_generator

from linkeddata.build.builder import Build
from linkeddata.build.cache import FILE, FOLDER
from linkeddata.build.outcome import BuildResult
from linkeddata.release.layout import Release
from linkeddata.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = 80  # more than MIN_PARALLEL: the worker pools are used, as at scale


def new_id(text: str) -> str:
    """A record's text as another document's, written to ``999999.txt``: the id is the last
    segment of its URL line, or the file name without one."""
    return re.sub(r"/document/\d+>", "/document/999999>", text, count=1)


def generator() -> ModuleType:
    return bench_generator()


def collection(folder: Path, n: int) -> Path:
    """``n`` synthetic records and the project's authority file in ``folder``."""
    generator().main(
        [str(n), str(folder), "--authorities", str(ROOT / "documents/authorities.ttl")]
    )
    return folder


def build(docs: Path, out: Path, *, full: bool = False, base: str | None = None) -> BuildResult:
    settings = load_settings(docs, {"base": base} if base is not None else None)
    result = Build(docs, out, settings, workers=2, full=full).run()
    assert result.published, result.how
    return result


def quads(release: Release) -> set[str]:
    store = ox.Store.read_only(str(release.store))
    return {str(q) for q in store}


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_same_release(one: BuildResult, other: BuildResult) -> None:
    """Everything published is the same, but the build date and timings."""
    assert one.release is not None
    assert other.release is not None
    a, b = one.release, other.release
    assert files(a.dumps) == files(b.dumps)  # the compressed files, byte for byte
    assert files(a.report) == files(b.report)
    assert files(a.folder / "lists") == files(b.folder / "lists")
    assert quads(a) == quads(b)
    assert_same_search(a.search, b.search)
    ma, mb = a.read_manifest(), b.read_manifest()
    assert ma.census == mb.census
    assert (ma.dumps, ma.files, ma.outcome) == (mb.dumps, mb.files, mb.outcome)
    assert ma.release.split("-")[1] == mb.release.split("-")[1]  # the content's version


def reply_target(release: Release) -> tuple[str, str]:
    """A document that another replies to: (its file, the replying document's id)."""
    store = ox.Store.read_only(str(release.store))
    reply = ox.NamedNode("https://www.ica.org/standards/RiC/ontology#isReplyTo")
    by_iri = {e["id"]: e["file"] for e in release.read_manifest().files if e["id"]}
    for quad in store.quads_for_pattern(None, reply, None, ox.DefaultGraph()):
        target = str(quad.object).strip("<>").rsplit("/", 1)[-1]
        replier = str(quad.subject).strip("<>").rsplit("/", 1)[-1]
        if target in by_iri and replier in by_iri:
            return by_iri[target], replier
    raise AssertionError("no document replies to another: the generator changed")


def test_edit_add_remove_publish_what_a_full_build_publishes(tmp_path: Path) -> None:
    docs = collection(tmp_path / "docs", DOCUMENTS)
    out = tmp_path / "out"
    first = build(docs, out)
    assert first.how.startswith("full build: no build cache yet")
    assert (out / FOLDER / FILE).is_file()
    assert first.release is not None
    assert not (first.release.folder / FOLDER).exists()

    removed, replier = reply_target(first.release)
    records = sorted(p for p in docs.rglob("*.txt"))
    edited = next(p for p in records if p.relative_to(docs).as_posix() != removed)
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("Synthetic", "Synthetic (edited)", 1), encoding="utf-8")
    added = docs / "000" / "999999.txt"
    added.write_text(new_id(records[-1].read_text(encoding="utf-8")))
    (docs / removed).unlink()

    again = build(docs, out)
    assert again.how.startswith(
        "incremental build: 1 changed, 1 added, 1 removed since the last build; 2 parsed"
    ), again.how
    done = re.search(r"(\d+) converted, (\d+) reused", again.how)
    assert done is not None, again.how
    converted, reused = int(done[1]), int(done[2])
    # the edited and added documents, and those whose replies now resolve otherwise: the one
    # that replied to the removed document, those replying to the registry number that the
    # added copy shares with its original
    assert converted >= 3, again.how
    assert "; the store patched from the previous release's; " in again.how, again.how
    assert converted + reused == DOCUMENTS  # one added, one removed: every good file once
    assert again.release is not None
    published = {e["id"] for e in again.release.read_manifest().files if e["status"] == "published"}
    assert {replier, "999999"} <= published

    full = build(docs, tmp_path / "full")
    assert full.how.startswith("full build: no build cache yet")
    assert_same_release(again, full)

    unchanged = build(docs, out)
    assert unchanged.how.startswith("incremental build: 0 changed, 0 added, 0 removed")
    assert ", 0 converted, " in unchanged.how
    assert "the store patched" in unchanged.how
    assert_same_release(unchanged, full)

    with sqlite3.connect(out / FOLDER / FILE) as db:  # as if the last build was not published
        db.execute("UPDATE meta SET value = 'another' WHERE name = 'release'")
    loaded = build(docs, out)
    assert loaded.how.startswith("incremental build: 0 changed"), loaded.how
    assert "the store patched" not in loaded.how  # every document loaded: the store is new
    assert_same_release(loaded, full)
    assert "the store patched" in build(docs, out).how  # that build's release is recorded


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, Path]:
    """A built collection of a few documents, and its output folder."""
    docs = collection(tmp_path / "docs", 4)
    out = tmp_path / "out"
    build(docs, out)
    return docs, out


def test_a_changed_authority_file_is_a_full_build(small: tuple[Path, Path]) -> None:
    docs, out = small
    with open(docs / "authorities.ttl", "a", encoding="utf-8") as authority:
        authority.write("\n# edited\n")
    result = build(docs, out)
    assert result.how.startswith("full build: the authority file changed since the last build")
    assert result.how.endswith("; 4 documents converted")
    assert build(docs, out).how.startswith("incremental build:")  # the cache was filled again


def test_another_base_is_a_full_build(small: tuple[Path, Path]) -> None:
    docs, out = small
    result = build(docs, out, base="https://elsewhere.example.org/")
    assert "full build: the base IRI changed (from " in result.how
    assert "to https://elsewhere.example.org/)" in result.how


def written_inputs(out: Path) -> dict[str, object]:
    with sqlite3.connect(out / FOLDER / FILE) as db:
        (value,) = db.execute("SELECT value FROM meta WHERE name = 'inputs'").fetchone()
    inputs: dict[str, object] = json.loads(value)
    return inputs


def rewrite_inputs(out: Path, inputs: dict[str, object]) -> None:
    """What a build with other artefacts or another converter would have recorded."""
    with sqlite3.connect(out / FOLDER / FILE) as db:
        db.execute("UPDATE meta SET value = ? WHERE name = 'inputs'", (json.dumps(inputs),))


@pytest.mark.parametrize(
    ("artefact", "said"),
    [
        ("ado.ttl", "the ontology (ado.ttl) changed"),
        ("concepts.ttl", "the concept schemes (concepts.ttl) changed"),
        ("shapes", "the shapes ("),
    ],
)
def test_other_ontology_or_shapes_are_a_full_build(
    small: tuple[Path, Path], artefact: str, said: str
) -> None:
    docs, out = small
    inputs = written_inputs(out)
    artefacts = [list(a) for a in inputs["artefacts"]]  # type: ignore[attr-defined]
    assert {"ado.ttl", "concepts.ttl"} <= {name for name, _ in artefacts}
    others = ("ado.ttl", "alignments.ttl", "concepts.ttl")
    pair = next(
        p for p in artefacts if p[0] == artefact or (artefact == "shapes" and p[0] not in others)
    )
    pair[1] = "0" * 64  # as recorded by a build from other files
    rewrite_inputs(out, {**inputs, "artefacts": artefacts})
    result = build(docs, out)
    assert result.how.startswith("full build: " + said), result.how


def test_another_converter_version_is_a_full_build(small: tuple[Path, Path]) -> None:
    docs, out = small
    rewrite_inputs(out, {**written_inputs(out), "converter": "0.0.1"})
    assert "full build: the converter changed (from 0.0.1 to " in build(docs, out).how


def test_other_code_is_a_full_build(small: tuple[Path, Path]) -> None:
    docs, out = small
    rewrite_inputs(out, {**written_inputs(out), "code": "0" * 64})
    assert "full build: the converter's code changed since the last build" in build(docs, out).how


def test_full_ignores_the_cache(small: tuple[Path, Path]) -> None:
    docs, out = small
    result = build(docs, out, full=True)
    assert result.how == "full build: a full build was asked for (--full); 4 documents converted"


def test_a_build_that_fails_leaves_the_cache_as_it_was(small: tuple[Path, Path]) -> None:
    docs, out = small
    before = (out / FOLDER / FILE).read_bytes()
    shutil.rmtree(docs)
    docs.mkdir()
    with pytest.raises(Exception, match="no record files"):
        Build(docs, out, workers=2).run()
    assert (out / FOLDER / FILE).read_bytes() == before


def test_a_damaged_cache_is_replaced_by_a_full_build(small: tuple[Path, Path]) -> None:
    docs, out = small
    for path in (out / FOLDER).glob(f"{FILE}*"):
        path.unlink()
    (out / FOLDER / FILE).write_bytes(b"not a database, but something else" * 100)
    result = build(docs, out)
    assert result.how.startswith("full build: the build cache was unreadable (")
    assert build(docs, out).how.startswith("incremental build: 0 changed")


def test_the_command_says_how_it_built(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "documents", docs)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "linkeddata", "build", str(docs), "--out", str(out)]

    def said(*extra: str) -> str:
        done = subprocess.run([*command, *extra], capture_output=True, text=True, check=True)
        return done.stderr

    assert "full build: no build cache yet" in said()
    assert "incremental build: 0 changed, 0 added, 0 removed since the last build" in said()
    assert "full build: a full build was asked for (--full); 1 document converted" in said("--full")


def test_a_file_edited_while_the_build_reads_it_is_cached_as_parsed(tmp_path: Path) -> None:
    """The build hashes every file, then parses it: an edit in between must be cached under
    the bytes parsed, or putting the file back would publish the edit."""
    docs = collection(tmp_path / "docs", 2 * 64 + 2)  # the third chunk is parsed after a tick
    target = sorted(docs.rglob("*.txt"))[-1]
    original = target.read_bytes()
    edited = original.replace(b"Synthetic", b"Synthetic (edited while read)", 1)

    class Edit:
        """Edits the file when the first files are parsed: after the build hashed it, before
        a worker parses it."""

        stage_name = ""

        def stage(self, name: str, _total: int | None) -> None:
            self.stage_name = name

        def advance(self, _n: int) -> None:
            if self.stage_name == "parse" and target.read_bytes() == original:
                target.write_bytes(edited)

    out = tmp_path / "out"
    job = Build(docs, out, workers=1, progress=Edit())
    assert job.run().published
    target.write_bytes(original)
    result = build(docs, out)
    assert "1 changed, 0 added, 0 removed" in result.how, result.how
    assert result.release is not None
    with gzip.open(result.release.dump("nq")) as dump:
        assert b"edited while read" not in dump.read()
