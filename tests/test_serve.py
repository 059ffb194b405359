"""``linkeddata serve`` decides where the release for a base lives, when it must be rebuilt
before serving, and binds its port before anything else."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from linkeddata import __version__
from linkeddata.errors import ServeError
from linkeddata.ontology import digest
from linkeddata.release.layout import Census, Manifest, Release
from linkeddata.settings import load_settings
from linkeddata.web.serving import base_folder, listen, options, release_folder, stale_reason

ROOT = Path(__file__).resolve().parent.parent
BASE = "http://127.0.0.1:8080/"
SETTINGS = load_settings(None)
SEED_SHA256 = "87a21c7de80ed6b5f46d3b679d775a393d2d79a1e96690f2d5c79b595a7f4eee"


def test_seed_is_byte_identical_to_the_shared_seed() -> None:
    digest = hashlib.sha256((ROOT / "documents" / "116702.txt").read_bytes()).hexdigest()
    assert digest == SEED_SHA256


def manifest(**changes: Any) -> Manifest:
    """A manifest of a current release of the seed, with ``changes``."""
    census = Census(documents=1, entities=1, quads=1, triples=1)
    current = Manifest("r1", datetime.now(UTC), __version__, BASE, digest(), census, ())
    return replace(current, dataset=SETTINGS.dataset.to_json(), **changes)


def publish(out: Path, built: Manifest) -> None:
    """Write ``built`` as the manifest of the current release of ``out``, newer than the records."""
    release = Release(out / "releases" / "r1")
    release.folder.mkdir(parents=True, exist_ok=True)
    release.write_manifest(built)
    release.search.touch()  # a current release has its search index
    (out / "current").unlink(missing_ok=True)
    (out / "current").symlink_to(Path("releases") / "r1")
    later = time.time() + 5
    os.utime(release.manifest_file, (later, later))


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path]:
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(ROOT / "documents" / "116702.txt", documents)
    out = tmp_path / "build"
    publish(out, manifest())
    return documents, out


def test_missing_release_is_stale(tmp_path: Path) -> None:
    assert stale_reason(tmp_path, tmp_path / "build", SETTINGS) == "no release yet"


def test_current_release_is_served_as_is(built: tuple[Path, Path]) -> None:
    documents, out = built
    assert stale_reason(documents, out, SETTINGS) is None


def test_other_base_is_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    elsewhere = load_settings(documents, {"base": "https://example.org/"})
    assert "base" in (stale_reason(documents, out, elsewhere) or "")


def test_other_converter_version_is_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    publish(out, manifest(converter="0.0.0"))
    assert "0.0.0" in (stale_reason(documents, out, SETTINGS) or "")


def test_release_without_the_merged_default_graph_is_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    publish(out, manifest(default_graph=""))  # built before the merge was stored
    assert "default graph" in (stale_reason(documents, out, SETTINGS) or "")


def test_release_without_the_search_index_is_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    Release(out / "releases" / "r1").search.unlink()  # built before the index was
    assert stale_reason(documents, out, SETTINGS) == "built without the search index"


def test_release_built_from_other_ontology_files_is_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    publish(out, manifest(artefacts="0" * 64))
    assert "ontology" in (stale_reason(documents, out, SETTINGS) or "")


def test_other_dataset_settings_are_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    (documents / "linkeddata.toml").write_text('[dataset]\nlicence = "https://example.org/l"\n')
    assert stale_reason(documents, out, load_settings(documents)) == (
        "built with other dataset settings"
    )


def test_other_serving_settings_are_not_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    (documents / "linkeddata.toml").write_text("[serve]\nport = 9999\nmax_rows = 5\n")
    settings = load_settings(documents)
    assert settings.serve.port == 9999
    assert stale_reason(documents, out, settings) is None


def test_changed_record_is_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    record = documents / "116702.txt"
    later = (out / "current" / "manifest.json").stat().st_mtime + 10
    os.utime(record, (later, later))
    assert "116702.txt" in (stale_reason(documents, out, SETTINGS) or "")


def test_unreadable_manifest_is_stale(built: tuple[Path, Path]) -> None:
    documents, out = built
    (out / "releases" / "r1" / "manifest.json").write_text("{not json")
    assert stale_reason(documents, out, SETTINGS) == "unreadable manifest"


def test_server_options_run_the_front_with_threads_for_the_app() -> None:
    settings = options(2)
    assert settings["worker_class"] == "linkeddata.web.worker.Worker"
    assert (settings["workers"], settings["threads"]) == (2, 8)
    assert settings["accesslog"] == "-"
    assert settings["graceful_timeout"] < 10  # a worker that hangs is not waited for long


def test_the_release_of_the_built_base_is_served_from_the_output_folder(
    built: tuple[Path, Path],
) -> None:
    _documents, out = built
    assert release_folder(out, BASE) == out
    assert release_folder(out / "empty", "https://example.org/") == out / "empty"


def test_another_base_gets_its_own_folder_beside_the_release(built: tuple[Path, Path]) -> None:
    _documents, out = built
    assert release_folder(out, "https://example.org/data/") == out / "example.org-443-data"
    assert release_folder(out, "http://127.0.0.1:9000/") == out / "127.0.0.1-9000"


@pytest.mark.parametrize(
    ("base", "folder"),
    [
        ("http://127.0.0.1:8080/", "127.0.0.1-8080"),
        ("http://example.org/", "example.org-80"),
        ("https://example.org/", "example.org-443"),
        ("https://example.org/a/b/", "example.org-443-a-b"),
        ("http://[::1]:8080/", "__1-8080"),
    ],
)
def test_base_folder_names_are_distinct_and_plain(base: str, folder: str) -> None:
    assert base_folder(base) == folder


def test_a_port_in_use_is_refused_with_one_clear_message() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServeError) as refused:
            listen("127.0.0.1", port)
    assert str(refused.value) == (
        f"cannot listen on 127.0.0.1:{port}: address already in use (another server?)"
    )
    listener = listen("127.0.0.1", port)  # free again: bound at once, before any build
    assert listener.getsockname() == ("127.0.0.1", port)
    listener.close()
