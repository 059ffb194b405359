"""Bodies rendered by one worker process are sent by the others: the per-release file of
:mod:`linkeddata.web.shared_cache`, behind each worker's own memory cache."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from flask import Flask

from linkeddata.web import create_app
from linkeddata.web.rendered import Rendered
from linkeddata.web.shared_cache import CHECK_EVERY, SharedCache, key_text

TURTLE = {"Accept": "text/turtle"}


def test_a_value_made_in_one_process_is_read_by_another(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    first, second = Rendered(shared=SharedCache(path)), Rendered(shared=SharedCache(path))
    assert first.get(("a",), lambda: b"made once") == b"made once"
    assert second.get(("a",), lambda: b"made again") == b"made once"
    assert second.get(("t",), lambda: "text") == "text"
    assert first.get(("t",), lambda: "other") == "text"  # text stays text


def test_values_that_are_neither_text_nor_bytes_stay_in_their_process(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    first, second = Rendered(shared=SharedCache(path)), Rendered(shared=SharedCache(path))
    assert first.get(("p",), lambda: Path("/a")) == Path("/a")
    assert second.get(("p",), lambda: Path("/b")) == Path("/b")


def test_the_file_is_bounded_oldest_first(tmp_path: Path) -> None:
    shared = SharedCache(tmp_path / "r.sqlite", budget=400_000)
    body = b"x" * 10_000
    for n in range(600):  # 6 MB written through a 400 kB file
        shared.put((str(n),), body)
    assert shared.used() <= 400_000 * (1 + 1 / CHECK_EVERY) + 20_000  # looked at now and then
    assert shared.get(("0",)) is None
    assert shared.get(("599",)) == body
    size = (tmp_path / "r.sqlite").stat().st_size
    assert size < 2_000_000, size  # freed pages are reused, the file does not grow on


def test_a_locked_file_is_a_miss_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    shared = SharedCache(path)
    assert shared.put(("a",), b"kept")
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        assert shared.put(("b",), b"not now") is False
        rendered = Rendered(shared=SharedCache(path))
        assert rendered.get(("b",), lambda: b"made") == b"made"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_closing_removes_the_file(tmp_path: Path) -> None:
    shared = SharedCache(tmp_path / "r.sqlite")
    shared.put(("a",), b"x")
    shared.close()
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def workers(release: Path, tmp_path: Path) -> Iterator[tuple[Flask, Flask, Path]]:
    """Two apps on the session's release sharing one folder, as two worker processes do."""
    config = {"RENDERED_SHARED": tmp_path}
    apps = create_app(release, config=config), create_app(release, config=config)
    yield apps[0], apps[1], tmp_path
    for app in apps:
        app.extensions["linkeddata.sparql"].close()


def _document(app: Flask) -> str:
    with app.extensions["linkeddata"].held() as published:
        return str(published.manifest.census.example).replace(published.base + "id/", "/doc/")


def test_a_description_one_worker_rendered_is_what_the_other_sends(
    workers: tuple[Flask, Flask, Path], app: Flask
) -> None:
    first, second, folder = workers
    path = _document(first)
    alone = app.test_client().get(path, headers=TURTLE)  # no shared folder
    sent = first.test_client().get(path, headers=TURTLE)
    assert sent.status_code == 200
    assert sent.data == alone.data
    assert sent.headers["ETag"] == alone.headers["ETag"]
    files = list(folder.glob("*.sqlite"))
    assert len(files) == 1
    with sqlite3.connect(files[0]) as db:
        kept = dict(db.execute("SELECT key, value FROM bodies"))
    assert sent.data in kept.values()
    # Plant another body under the same key: the second worker sends what the file holds,
    # without describing the resource again.
    key = next(k for k, v in kept.items() if v == sent.data)
    with sqlite3.connect(files[0]) as db:
        db.execute("UPDATE bodies SET value = ? WHERE key = ?", (b"from the file", key))
    other = second.test_client().get(path, headers=TURTLE)
    assert other.status_code == 200
    assert other.data == b"from the file"
    assert other.headers["ETag"] == sent.headers["ETag"]


def test_facts_are_shared_too(workers: tuple[Flask, Flask, Path]) -> None:
    first, second, folder = workers
    path = _document(first)
    first.test_client().get(path, headers=TURTLE)
    (file,) = folder.glob("*.sqlite")
    with sqlite3.connect(file) as db:
        keys = [k for (k,) in db.execute("SELECT key FROM bodies")]
    facts = [k for k in keys if k.startswith("('facts',")]
    assert len(facts) == 1
    with sqlite3.connect(file) as db:  # the other worker now finds no such resource
        db.execute("UPDATE bodies SET value = ? WHERE key = ?", (b"", facts[0]))
    assert second.test_client().get(path, headers=TURTLE).status_code == 404
    assert key_text(("facts",)) == "('facts',)"


def test_the_server_keeps_no_per_file_account(app: Flask, release: Path) -> None:
    """The manifest's list of files (200 MiB of objects per worker process at 100,000
    documents) is left out of the server's copy: nothing it answers uses it."""
    from linkeddata.release.layout import Release

    written = Release((release / "current").resolve()).read_manifest()
    assert written.files
    with app.extensions["linkeddata"].held() as published:
        assert published.manifest.files == ()
        assert published.manifest == replace(written, files=())


def test_the_workers_of_a_real_server_share_one_file_removed_at_its_stop(
    release: Path, tmp_path: Path
) -> None:
    """``linkeddata serve --workers 2``: whichever worker answers, the body is the one in the
    server's private folder, and the folder goes with the server."""
    from live import DOCUMENTS, fetch, manifest, serve

    temporary = tmp_path / "tmp"
    temporary.mkdir()
    with serve(
        DOCUMENTS, release, tmp_path, ["--workers", "2"], env={"TMPDIR": str(temporary)}
    ) as server:
        written = manifest(release)
        path = written["census"]["example"].replace(written["base"] + "id/", "/doc/")
        replies = [fetch(server.url + path, headers=TURTLE) for _ in range(8)]
        assert {r.status for r in replies} == {200}
        assert len({r.body for r in replies}) == 1
        (folder,) = temporary.glob("linkeddata-rendered-*")
        assert folder.stat().st_mode & 0o777 == 0o700
        (file,) = folder.glob("*.sqlite")
        with sqlite3.connect(file) as db:
            kept = [bytes(v) for (v,) in db.execute("SELECT value FROM bodies")]
        assert replies[0].body in kept
    assert list(temporary.glob("linkeddata-rendered-*")) == []
