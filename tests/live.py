"""A real ``linkeddata serve`` for the live tests: built release, subprocess, plain HTTP.

The helpers imported by test modules (``from live import ...``); the fixtures built on them
(the session's release, a module's live server) are in ``conftest.py``. Each server runs on a
free port of 127.0.0.1 and is stopped with SIGTERM, which must end it cleanly (exit code 0).

The release is built for the default base ``http://127.0.0.1:8080/`` while the server listens on
another port: request paths map to IRIs through the base, so ``/doc/document/116702`` describes
``http://127.0.0.1:8080/id/document/116702``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

from linkeddata.build.builder import Build
from linkeddata.settings import SETTINGS_FILE

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "documents"
SEARCH_DOCUMENTS = ROOT / "tests" / "data" / "search"  # texts in Latin, Cyrillic, CJK, Hangul
BASE = "http://127.0.0.1:8080/"
STARTUP_SECONDS = 60.0
STOP_SECONDS = 15.0
BROWSER_ACCEPT = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
)

# --- building -------------------------------------------------------------------------------


def seed_collection(folder: Path, settings: str | None = None) -> Path:
    """A collection in ``folder``: the seed, the authority file and, if given, ``settings`` as
    its ``linkeddata.toml``."""
    folder.mkdir()
    shutil.copy(DOCUMENTS / "116702.txt", folder)
    shutil.copy(DOCUMENTS / "authorities.ttl", folder)
    if settings is not None:
        (folder / SETTINGS_FILE).write_text(settings, encoding="utf-8")
    return folder


def two_seeds(folder: Path) -> Path:
    """A collection in ``folder``: the seed and a copy of it under another id (900001), with
    the authority file: two graphs that make some statements alike."""
    folder.mkdir()
    seed = (DOCUMENTS / "116702.txt").read_text(encoding="utf-8")
    (folder / "116702.txt").write_text(seed, encoding="utf-8")
    (folder / "900001.txt").write_text(seed.replace("/116702>", "/900001>"), encoding="utf-8")
    shutil.copy(DOCUMENTS / "authorities.ttl", folder)
    return folder


def build_release(documents: Path, out: Path) -> Path:
    """Build ``documents`` into ``out`` with one worker; fail if nothing is published."""
    result = Build(documents, out, workers=1).run()
    assert result.published, f"the build of {documents} published nothing: {result.reports}"
    return out


def manifest(out: Path) -> dict[str, Any]:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


# --- the server -----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    """A running ``linkeddata serve`` subprocess."""

    url: str  # http://127.0.0.1:PORT and the mount point, if any (no trailing slash)
    out: Path
    documents: Path
    process: subprocess.Popen[bytes]
    log: Path

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


@contextlib.contextmanager
def serve(
    documents: Path,
    out: Path,
    log_dir: Path,
    extra: Sequence[str] = (),
    *,
    program: Sequence[str] = (sys.executable, "-m", "linkeddata"),
    cwd: Path = ROOT,
    mount: str = "",
    env: Mapping[str, str] | None = None,
) -> Iterator[LiveServer]:
    """Start the real server on a free port, wait for ``/healthz``, then SIGTERM it at the end.

    ``extra`` options go to ``linkeddata serve`` (such as ``--query-timeout 2``); ``program``
    runs it (an installed ``linkeddata`` script, say), in ``cwd``; ``mount`` (``/archive``)
    is its mount point, set as a deployment sets it: ``SCRIPT_NAME`` in its environment;
    ``env``: its environment variables besides this process's.

    The stop is part of the contract: the process must exit with code 0 within 15 seconds.
    """
    port = free_port()
    log = log_dir / f"serve-{port}.log"
    command = [
        *program,
        "serve",
        str(documents.relative_to(cwd) if documents.is_relative_to(cwd) else documents),
        "--out",
        str(out),
        "--port",
        str(port),
        "--workers",
        "1",
        *extra,
    ]
    with log.open("wb") as sink:
        environment = {**os.environ, **(env or {}), **({"SCRIPT_NAME": mount} if mount else {})}
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=environment if (env or mount) else None,
        )
    server = LiveServer(f"http://127.0.0.1:{port}{mount}", out, documents, process, log)
    try:
        _wait_healthy(server)
        yield server
    finally:
        code = stop(process)
    assert code == 0, (
        f"the server did not stop cleanly on SIGTERM (exit {code}):\n{server.log_tail()}"
    )


def _wait_healthy(server: LiveServer) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(
                f"linkeddata serve exited with {server.process.returncode} before answering:\n"
                + server.log_tail()
            )
        try:
            with urllib.request.urlopen(f"{server.url}/healthz", timeout=2) as response:
                if response.status == 200 and json.load(response).get("status") == "ok":
                    return
        except (OSError, ValueError):
            pass
        time.sleep(0.1)
    pytest.fail(f"no healthy /healthz within {STARTUP_SECONDS} s:\n{server.log_tail()}")


def stop(
    process: subprocess.Popen[bytes],
    sig: signal.Signals = signal.SIGTERM,
    timeout: float = STOP_SECONDS,
) -> int | None:
    """Send ``sig`` (by default SIGTERM), wait up to ``timeout`` seconds; kill (and report
    None) if it hangs. The exit code otherwise."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return None
    return process.returncode


# --- plain HTTP -----------------------------------------------------------------------------


@dataclass
class Reply:
    status: int
    headers: Message
    body: bytes
    url: str

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    @property
    def media_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class _Everything(urllib.request.HTTPErrorProcessor):
    """Hand back every response as it is: no exception for 4xx/5xx/304, no redirect following."""

    def http_response(self, request: urllib.request.Request, response: Any) -> Any:
        return response

    https_response = http_response


_OPENER = urllib.request.build_opener(_Everything)


def fetch(
    url: str,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    timeout: float = 15,
    data: bytes | None = None,
) -> Reply:
    """One request with urllib; redirects are not followed, error statuses are returned."""
    request = urllib.request.Request(url, method=method, headers=dict(headers or {}), data=data)
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return Reply(response.status, response.headers, response.read(), url)
    except urllib.error.HTTPError as error:  # pragma: no cover - _Everything returns them all
        with error:
            return Reply(error.code, error.headers, error.read(), url)


def raw_request(server_url: str, request_line: bytes, headers: bytes = b"") -> int:
    """Send bytes that urllib would refuse (NUL, raw UTF-8) and return the status code."""
    host, port = server_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(
            request_line
            + b"\r\nHost: "
            + host.encode()
            + b"\r\n"
            + headers
            + b"Connection: close\r\n\r\n"
        )
        data = b""
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    status_line = data.split(b"\r\n", 1)[0].decode("latin-1")
    assert status_line.startswith("HTTP/1."), f"no HTTP answer: {data[:200]!r}"
    return int(status_line.split()[1])
