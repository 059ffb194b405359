"""Switching releases under a server: a request keeps the release it began on, a release that a
server holds is never removed, the newest ``keep`` releases stay, and what killed builds left
is cleared.

The releases here are copies of the session's release under other ids, published with
:func:`linkeddata.release.switch.publish` as a build publishes.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from flask import Flask, jsonify
from flask.testing import FlaskClient
from switching import leftovers, release_folders

from linkeddata.release import switch
from linkeddata.release.in_use import claimed, hold, in_use
from linkeddata.release.layout import Release
from linkeddata.web import create_app
from linkeddata.web.pinning import published


def publish_copy(source: Path, out: Path, release_id: str, keep: int = 1) -> Release:
    """Publish a copy of the current release of ``source`` into ``out`` as ``release_id``."""
    original = switch.current(source)
    assert original is not None
    staged = switch.staging(out)
    shutil.copytree(original.folder, staged.folder, dirs_exist_ok=True)
    staged.write_manifest(replace(staged.read_manifest(), release=release_id))
    return switch.publish(out, staged, release_id, keep=keep)


@pytest.fixture
def out(release: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    publish_copy(release, folder, "r1")
    return folder


@pytest.fixture
def app(out: Path, release: Path) -> Iterator[Flask]:
    """An app on ``out`` with a route that looks at its release, has a build publish
    ``r2``, and looks again (as a view that reads the release twice would)."""
    application = create_app(out, config={"SPARQL_SANDBOX": False})

    @application.route("/probe")
    def probe() -> object:
        before = published().release_id
        publish_copy(release, out, "r2")
        return jsonify([before, published().release_id])

    yield application
    application.extensions["linkeddata.sparql"].close()


def serving(client: FlaskClient) -> str:
    """The release the app answers a new request from (the answer closed: given back)."""
    with client.get("/ready") as answer:
        return str(answer.get_json()["release"])


def test_a_request_keeps_its_release_when_a_build_switches_during_it(app: Flask, out: Path) -> None:
    """Each call read the link again: a view that asked twice mixed two releases."""
    client = app.test_client()
    assert client.get("/probe").get_json() == ["r1", "r1"]
    assert serving(client) == "r2", "the next request moves on"


def test_a_release_in_use_is_not_removed_until_its_last_answer_is_done(
    app: Flask, out: Path, release: Path
) -> None:
    client = app.test_client()
    answer = client.get("/doc/document/116702", buffered=False)  # its body not yet closed
    assert answer.status_code == 200
    publish_copy(release, out, "r2", keep=1)
    assert serving(client) == "r2"
    publish_copy(release, out, "r3", keep=1)
    assert release_folders(out) == ["r1", "r2", "r3"], "r1 answers a request, r2 is current"
    assert in_use(out / "releases" / "r1")
    answer.close()
    assert not in_use(out / "releases" / "r1"), "closed with its last answer"
    assert in_use(out / "releases" / "r2"), "still the current release of the app"
    assert switch.prune(out, keep=1) == ["r1"]
    assert serving(client) == "r3"
    assert switch.prune(out, keep=1) == ["r2"]


def test_an_idle_process_lets_go_of_a_superseded_release_without_a_request(
    app: Flask, out: Path, release: Path
) -> None:
    """It held the release of its last answer until its next request: no build removed it."""
    client = app.test_client()
    assert serving(client) == "r1"
    publish_copy(release, out, "r2", keep=1)
    assert release_folders(out) == ["r1", "r2"], "held by the app"
    releases = app.extensions["linkeddata"]
    releases.refresh()
    assert not in_use(out / "releases" / "r1")
    assert in_use(out / "releases" / "r2"), "opened at once: the next request waits for nothing"
    assert switch.prune(out, keep=1) == ["r1"]
    answer = client.get("/doc/document/116702", buffered=False)  # r2 answers, body open
    publish_copy(release, out, "r3", keep=1)
    releases.refresh()
    assert in_use(out / "releases" / "r2"), "a request still reads it"
    assert answer.status_code == 200
    assert b"116702" in answer.get_data()
    answer.close()
    assert not in_use(out / "releases" / "r2")
    assert switch.prune(out, keep=1) == ["r2"]
    assert serving(client) == "r3"


def test_a_release_that_cannot_be_opened_leaves_the_last_one_served(
    app: Flask, out: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = app.test_client()
    assert serving(client) == "r1"
    broken = out / "releases" / "broken"
    broken.mkdir()
    (out / "current").unlink()
    (out / "current").symlink_to(Path("releases") / "broken")
    assert serving(client) == "r1"
    assert client.get("/doc/document/116702").status_code == 200
    assert "cannot open the release releases/broken" in caplog.text


def test_the_newest_releases_are_kept_and_the_current_one_always(out: Path, release: Path) -> None:
    for name in ("r2", "r3", "r4"):
        publish_copy(release, out, name, keep=3)
    assert release_folders(out) == ["r2", "r3", "r4"]
    (out / "current").unlink()
    (out / "current").symlink_to(Path("releases") / "r2")  # an operator went back
    assert switch.prune(out, keep=1) == ["r3"]
    assert release_folders(out) == ["r2", "r4"]
    with pytest.raises(ValueError, match="keep at least the current release"):
        switch.prune(out, keep=0)


def test_a_held_release_is_skipped_and_removed_once_let_go(out: Path, release: Path) -> None:
    held = hold(out / "releases" / "r1")
    assert held is not None
    publish_copy(release, out, "r2", keep=1)
    assert release_folders(out) == ["r1", "r2"]
    held.release()
    assert switch.prune(out, keep=1) == ["r1"]


def test_a_release_with_the_id_of_the_current_one_does_not_replace_it_in_place(
    out: Path, release: Path
) -> None:
    """Two builds of one collection in the same second have one id: the second removed the
    folder of the first, the one being served, before switching to its own."""
    served = out / "releases" / "r1" / "manifest.json"
    before = served.stat()
    published = publish_copy(release, out, "r1", keep=2)
    assert (served.stat().st_ino, served.stat().st_mtime) == (before.st_ino, before.st_mtime)
    assert published.folder.name == "r1-2"
    assert release_folders(out) == ["r1", "r1-2"]
    assert switch.current(out) == published


def test_what_killed_builds_left_is_cleared_by_the_next(out: Path, release: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    releases = out / "releases"
    (releases / f".staging-{dead.pid}-abc").mkdir()
    (releases / f".staging-{dead.pid}-abc" / "store").mkdir()
    (releases / f".pruning-{dead.pid}-r0").mkdir()
    (out / f".current-{dead.pid}").symlink_to(Path("releases") / "r1")
    assert leftovers(out) != []
    publish_copy(release, out, "r2", keep=2)
    assert leftovers(out) == []
    assert release_folders(out) == ["r1", "r2"]


def test_a_lock_waits_out_a_removal_and_then_sees_the_folder_gone(out: Path) -> None:
    folder = out / "releases" / "r1"
    found: list[object] = []
    with claimed(folder) as free:
        assert free
        waiting = threading.Thread(target=lambda: found.append(hold(folder)))
        waiting.start()
        time.sleep(0.1)  # it tries again while the remover holds the folder
        folder.rename(out / "releases" / ".pruning-0-r1")
    waiting.join()
    assert found == [None], "a renamed folder is not the release it was"
