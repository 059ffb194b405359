"""A release on disk (issue 10, point 5): a symbolic link in a release is never served, and a
release is flushed to disk (files and folders) before it is switched in."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from live import build_release

from linkeddata.release.layout import DUMPS, Release
from linkeddata.release.switch import current
from linkeddata.web import create_app

ROOT = Path(__file__).resolve().parent.parent
SECRET = b"secret outside the release"


@pytest.fixture
def linked(release: Path, tmp_path: Path) -> Release:
    """A copy of the session's release whose N-Quads dump is a link to a file outside it."""
    published = current(release)
    assert published is not None
    out = tmp_path / "out"
    copy = Release(out / "releases" / published.folder.name)
    shutil.copytree(published.folder, copy.folder, symlinks=True)
    (out / "current").symlink_to(Path("releases") / copy.folder.name)
    secret = tmp_path / "secret"
    secret.write_bytes(SECRET)
    copy.dump("nq").unlink()
    copy.dump("nq").symlink_to(secret)
    return copy


@pytest.fixture
def client(linked: Release) -> Iterator[FlaskClient]:
    app = create_app(linked.folder.parent.parent, config={"SPARQL_SANDBOX": False})
    yield app.test_client()
    app.extensions["linkeddata.sparql"].close()


def test_a_link_at_a_listed_dump_name_is_not_served(client: FlaskClient, linked: Release) -> None:
    """It served the file the link pointed to."""
    answer = client.get("/dumps/dataset.nq.gz")
    assert answer.status_code == 404
    assert SECRET not in answer.get_data()
    other = client.get("/dumps/dataset.nt.gz")
    assert other.status_code == 200, "the others are served"
    other.close()


def test_a_linked_dumps_folder_is_not_followed(linked: Release, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    linked.dumps.rename(elsewhere)
    (elsewhere / "dataset.nq.gz").unlink()
    (elsewhere / "dataset.nq.gz").write_bytes(SECRET)
    (linked.folder / DUMPS).symlink_to(elsewhere)
    manifest = linked.read_manifest()
    assert linked.listed_dump(manifest, "dataset.nq.gz") is None


def test_a_release_is_on_disk_before_it_is_switched_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing was fsynced: after a power loss, ``current`` could name a release whose files
    were never written."""
    out = tmp_path / "out"
    events: list[tuple[str, str]] = []
    fsync, replace = os.fsync, os.replace

    def recorded_fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        fsync(fd)

    def recorded_replace(source: str | Path, target: str | Path) -> None:
        events.append(("replace", str(target)))
        replace(source, target)

    monkeypatch.setattr(os, "fsync", recorded_fsync)
    monkeypatch.setattr(os, "replace", recorded_replace)
    build_release(ROOT / "documents", out)
    switch = events.index(("replace", str(out / "current")))
    synced = {path for kind, path in events[:switch] if kind == "fsync"}
    (staging,) = {Path(p).parent for p in synced if Path(p).name == "manifest.json"}
    assert staging.name.startswith(".staging-")
    release = current(out)
    assert release is not None
    written = {str(staging / p.relative_to(release.folder)) for p in release.folder.rglob("*")}
    assert len(written) > 10
    assert written | {str(staging)} <= synced, sorted(written - synced)
    assert str(out / "releases") in {p for kind, p in events[:switch] if kind == "fsync"}
    assert ("fsync", str(out)) in events[switch:], "the switch itself is flushed"
