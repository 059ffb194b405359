"""A build opens no network connection and reads nothing outside the collection and the project.

The collection is laced with invitations to fetch: ``owl:imports`` of a loopback canary server in
the authority file and in a document's text. The canary counts connections; a Python audit hook
records every socket connection and every file opened while the build runs in this process.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

import linkeddata
from linkeddata.build.builder import Build
from linkeddata.build.dumps import DumpWriter
from linkeddata.build.executors import MIN_PARALLEL, LocalExecutor
from linkeddata.errors import BuildError
from linkeddata.ontology import PACKAGE

ROOT = Path(__file__).resolve().parent.parent
_events: list[tuple[str, tuple[object, ...]]] = []
_recording = threading.Event()


def _hook(event: str, args: tuple[object, ...]) -> None:
    if _recording.is_set() and event in (
        "socket.connect",
        "socket.getaddrinfo",
        "open",
        "urllib.Request",
    ):
        _events.append((event, args))


sys.addaudithook(_hook)


class _Canary(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.end_headers()
        self.wfile.write(b"<http://x/a> <http://x/b> <http://x/c> .\n")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Canary)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_build_fetches_nothing(canary: str, tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    seed = (ROOT / "documents" / "116702.txt").read_text()
    (documents / "116702.txt").write_text(
        seed.replace("<https://wilson", f"<{canary}document/116702>\n<https://wilson")
    )
    authority = (ROOT / "documents" / "authorities.ttl").read_text()
    (documents / "authorities.ttl").write_text(
        authority + f"\n<{canary}onto> a <http://www.w3.org/2002/07/owl#Ontology> ;\n"
        f"    <http://www.w3.org/2002/07/owl#imports> <{canary}imported> .\n"
    )
    out = tmp_path / "build"
    _Canary.hits = 0
    _events.clear()
    _recording.set()
    try:
        result = Build(documents, out, workers=1).run()
    finally:
        _recording.clear()
    assert result.published
    assert _Canary.hits == 0
    assert [e for e in _events if e[0] != "open"] == []
    allowed = [
        tmp_path,
        Path(str(PACKAGE)),
        Path(linkeddata.__file__).parent,  # its own code, hashed as an input of the build cache
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path("/dev"),
        Path("/proc"),
        Path("/sys"),
        Path("/etc"),
    ]
    opened = {
        Path(str(args[0]))
        for event, args in _events
        if event == "open" and isinstance(args[0], str)
    }
    outside = sorted(p for p in opened if not any(p.is_relative_to(a) for a in allowed))
    assert outside == []
    assert socket.getdefaulttimeout() is None  # the build did not tamper with global socket state
    shutil.rmtree(out)


# --- I/O errors name their file and the operation ---------------------------------------------


def test_a_missing_packaged_file_is_named_as_read_not_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a missing ontology file was reported as 'cannot write the release'."""
    partial = tmp_path / "package"
    partial.mkdir()
    for name in ("ado.ttl", "alignments.ttl"):
        (partial / name).write_bytes((PACKAGE / name).read_bytes())
    monkeypatch.setattr("linkeddata.ontology.PACKAGE", partial)
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(ROOT / "documents" / "116702.txt", documents)
    with pytest.raises(BuildError) as raised:
        Build(documents, tmp_path / "out", workers=1).run()
    message = str(raised.value)
    assert message.startswith(f"{partial / 'concepts.ttl'}: No such file or directory while ")
    assert "cannot write" not in message
    assert not (tmp_path / "out" / "current").exists()


def test_an_unusable_output_folder_is_named(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(ROOT / "documents" / "116702.txt", documents)
    out = tmp_path / "out"
    out.write_text("a file where the output folder should be")
    with pytest.raises(BuildError, match=r"out/releases: .* while preparing the release folder"):
        Build(documents, out, workers=1).run()


# --- Ctrl-C ---------------------------------------------------------------------------------


def _blocked(_: int) -> bool:
    return signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_pool_workers_leave_ctrl_c_to_the_build(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group: each worker died of it with a traceback, and
    the pool forked replacements that held the store loader's pipe open (the build hung)."""
    with LocalExecutor(2).workers(MIN_PARALLEL) as workers:
        assert workers.pool is not None
        assert list(workers.imap(_blocked, range(4))) == [True] * 4
    assert not _blocked(0), "this process still stops on Ctrl-C"


def test_dump_writers_are_not_in_the_terminal_process_group(tmp_path: Path) -> None:
    """The JSON-LD writer (a Python child) printed a KeyboardInterrupt traceback."""
    writer = DumpWriter(tmp_path)
    try:
        children = [writer._sort.pid, writer._jsonld.pid]
        assert all(os.getpgid(pid) != os.getpgid(0) for pid in children)
    finally:
        writer.abort()
