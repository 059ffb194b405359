"""``linkeddata build`` and ``validate`` as a user runs them: exit codes, messages, files."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from linkeddata import cli
from linkeddata.iris import Iris
from linkeddata.store import KINDS

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "documents"
IRIS = Iris("http://127.0.0.1:8080/")
NO_TITLE = "**Summary:**\n\nA record whose title was lost.\n"


def linkeddata(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command in a real process, as a user would."""
    command = [sys.executable, "-m", "linkeddata", *map(str, args)]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=cwd, timeout=300, check=False
    )


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copy(DOCUMENTS / "116702.txt", folder)
    shutil.copy(DOCUMENTS / "authorities.ttl", folder)
    return folder


def test_build_writes_every_part_of_the_release(collection: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    done = linkeddata("build", collection, "--out", out)
    assert done.returncode == 0, done.stderr
    for part in (
        "store",
        *(f"report/validation.{ext}" for ext in ("ttl", "jsonld", "nt", "nq", "trig", "rdf")),
        "report/validation.txt",
        "report/index.json",
        "report/pages.jsonl",
        *(f"lists/{kind}.json" for kind in KINDS),
        "manifest.json",
        *(f"dumps/dataset.{ext}.gz" for ext in ("nq", "ttl", "nt", "jsonld")),
    ):
        assert (out / part).exists(), part
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"]["published"] == 1
    assert manifest["census"]["quads"] >= manifest["census"]["triples"] > 100
    assert {d["name"] for d in manifest["dumps"]} == {
        "dataset.nq.gz",
        "dataset.ttl.gz",
        "dataset.nt.gz",
        "dataset.jsonld.gz",
    }
    (entry,) = [f for f in manifest["files"] if f["file"] == "116702.txt"]
    assert entry["status"] == "published"
    assert entry["validation"]["Violation"] == 0
    assert "published" in done.stderr
    assert "triples" in done.stderr
    [[key, iri, label]] = json.loads((out / "lists/documents.json").read_text())
    assert (key, iri) == ("116702", IRIS.document("116702"))
    assert label.startswith("Telegram")


def test_dumps_hold_the_document_graph(collection: Path, tmp_path: Path) -> None:
    from golden import convert_seed

    out = tmp_path / "build"
    assert linkeddata("build", collection, "--out", out).returncode == 0
    dataset = Dataset()
    dataset.parse(data=gzip.decompress((out / "dumps/dataset.nq.gz").read_bytes()), format="nquads")
    name = URIRef(IRIS.document_graph("116702"))
    assert isomorphic(dataset.graph(name), convert_seed().graph)
    union = Graph().parse(
        data=gzip.decompress((out / "dumps/dataset.ttl.gz").read_bytes()), format="turtle"
    )
    triples = Graph().parse(
        data=gzip.decompress((out / "dumps/dataset.nt.gz").read_bytes()), format="nt"
    )
    assert isomorphic(union, triples)
    assert len(union) == len({(s, p, o) for s, p, o, _g in dataset.quads()})


@pytest.mark.slow
def test_same_input_gives_byte_identical_dumps(collection: Path, tmp_path: Path) -> None:
    sums = []
    for name in ("one", "two"):
        assert linkeddata("build", collection, "--out", tmp_path / name).returncode == 0
        manifest = json.loads((tmp_path / name / "manifest.json").read_text())
        sums.append({d["name"]: d["sha256"] for d in manifest["dumps"]})
        sums.append((tmp_path / name / "report/validation.ttl").read_bytes())
    assert sums[0] == sums[2]
    assert sums[1] == sums[3]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "bad.txt:1: error:"),
        (b"\x00\x01\x02binary", "bad.txt:1: error:"),
        (
            b"**May 1, 1967**\n\n**Title**\n\n**Summary:**\n\nok\n" + b"\xff\xfe broken\n",
            "bad.txt:8: error:",
        ),
    ],
    ids=["empty", "binary", "not-utf8"],
)
def test_unreadable_document_is_named_and_the_rest_published(
    collection: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    (collection / "bad.txt").write_bytes(content)
    out = tmp_path / "build"
    done = linkeddata("build", collection, "--out", out)
    assert done.returncode == 1
    assert message in done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"]["published"] == 1
    assert manifest["documents"]["error"] == 1


def test_document_with_violations_is_left_out_and_listed(collection: Path, tmp_path: Path) -> None:
    (collection / "900001.txt").write_text(NO_TITLE)
    out = tmp_path / "build"
    done = linkeddata("build", collection, "--out", out)
    assert done.returncode == 1
    assert "900001.txt: violation:" in done.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    statuses = {f["file"]: f["status"] for f in manifest["files"]}
    assert statuses["900001.txt"] == "excluded"
    assert statuses["116702.txt"] == "published"
    dataset = Dataset()
    dataset.parse(data=gzip.decompress((out / "dumps/dataset.nq.gz").read_bytes()), format="nquads")
    assert len(dataset.graph(URIRef(IRIS.document_graph("900001")))) == 0
    assert "900001.txt" in (out / "report/validation.txt").read_text()


@pytest.mark.slow
def test_strict_publishes_nothing_and_keeps_the_last_release(
    collection: Path, tmp_path: Path
) -> None:
    out = tmp_path / "build"
    assert linkeddata("build", collection, "--out", out).returncode == 0
    before = (out / "dumps/dataset.nq.gz").read_bytes()
    (collection / "900001.txt").write_text(NO_TITLE)
    done = linkeddata("build", collection, "--out", out, "--strict")
    assert done.returncode == 1
    assert "nothing was published" in done.stderr
    assert (out / "dumps/dataset.nq.gz").read_bytes() == before


def test_failed_write_leaves_the_published_release_intact(
    collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "build"
    runner = CliRunner()
    assert (
        runner.invoke(
            cli.main, ["build", str(collection), "--out", str(out), "--workers", "1"]
        ).exit_code
        == 0
    )
    before = (out / "manifest.json").read_text()

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("linkeddata.build.publish.write_dumps", disk_full)
    result = runner.invoke(
        cli.main, ["build", str(collection), "--out", str(out), "--workers", "1"]
    )
    assert result.exit_code == 2
    assert "No space left on device" in result.output
    assert (out / "manifest.json").read_text() == before
    assert [p.name for p in (out / "releases").iterdir() if p.name.startswith(".")] == []


def test_missing_authority_file_builds_with_a_warning(collection: Path, tmp_path: Path) -> None:
    (collection / "authorities.ttl").unlink()
    out = tmp_path / "build"
    done = linkeddata("build", collection, "--out", out)
    assert done.returncode == 0, done.stderr
    text = (out / "report/validation.txt").read_text()
    assert "authorities.ttl: warning: no authority file" in text
    assert "authorities.ttl: warning: no authority file" in done.stderr
    assert "not in the authority file" in text


def test_broken_authority_file_is_a_located_error(collection: Path, tmp_path: Path) -> None:
    (collection / "authorities.ttl").write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n\n<a> skos:prefLabel .\n"
    )
    done = linkeddata("build", collection, "--out", tmp_path / "build")
    assert done.returncode == 2
    assert "error: authorities.ttl:3: not valid Turtle" in done.stderr
    assert not (tmp_path / "build" / "current").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["build", "/nonexistent/documents"],
        ["build", "documents", "--base", "not-an-iri"],
        ["validate", "--workers", "0"],
        ["build", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    done = linkeddata(*args, cwd=ROOT)
    assert done.returncode == 2
    assert done.stderr.strip()


def test_validate_checks_without_writing(collection: Path, tmp_path: Path) -> None:
    done = linkeddata("validate", collection, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == [collection]
    (collection / "900001.txt").write_text(NO_TITLE)
    assert linkeddata("validate", collection, cwd=tmp_path).returncode == 1


def test_base_option_changes_every_minted_iri(collection: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    assert (
        linkeddata(
            "build", collection, "--out", out, "--base", "https://archive.example.org/"
        ).returncode
        == 0
    )
    text = gzip.decompress((out / "dumps/dataset.nq.gz").read_bytes()).decode()
    assert "<https://archive.example.org/id/document/116702>" in text
    assert "127.0.0.1" not in text


def test_version() -> None:
    done = linkeddata("--version")
    assert done.returncode == 0
    assert "linkeddata" in done.stdout


def test_regression_small_authority_file_reaches_the_store(
    collection: Path, tmp_path: Path
) -> None:
    """The last chunk of the load file (the authority graph) was still buffered when the
    store read the file, so a small authority file never reached the store."""
    from linkeddata.store import open_store

    (collection / "authorities.ttl").write_text(
        "@prefix schema: <https://schema.org/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<place/pyongyang> a schema:Place ; skos:prefLabel "Pyongyang"@en .\n'
    )
    out = tmp_path / "build"
    assert linkeddata("build", collection, "--out", out).returncode == 0
    store = open_store("oxigraph", out / "store")
    assert store.exists(IRIS.entity("place", "pyongyang"))
