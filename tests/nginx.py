"""A real nginx for the live tests: Debian's binary, on 127.0.0.1 with a free port and a
prefix folder of its own, in the foreground, stopped at the end (``make test`` installs it).

:func:`run_nginx` starts nginx on any configuration written into a prefix folder (a reverse
proxy, a load balancer); :func:`serve_export` writes the static export of a release with
``linkeddata export-static`` and serves it, handing the rest to a running server.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pwd
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from live import ROOT, free_port, stop

NGINX = Path("/usr/sbin/nginx")
STARTUP_SECONDS = 20.0
STOP_SECONDS = 10.0


@dataclass
class Nginx:
    """A running nginx: its URL (``http://127.0.0.1:PORT``, no trailing slash) and prefix."""

    url: str
    prefix: Path
    process: subprocess.Popen[bytes]

    def log_tail(self, lines: int = 40) -> str:
        log = self.prefix / "logs" / "error.log"
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def _user() -> str:
    """``user NAME;`` for a root nginx, whose workers would run as nobody (who cannot read
    pytest's private temporary folders); empty otherwise (nginx ignores it, warning)."""
    return f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""


@contextlib.contextmanager
def run_nginx(prefix: Path, port: int, conf: str = "nginx.conf") -> Iterator[Nginx]:
    """Run ``nginx -p PREFIX -c CONF`` (it must listen on 127.0.0.1:``port``, write its pid,
    logs and temporary files under the prefix) until the block ends; fail with its error log
    if it does not answer."""
    if not NGINX.is_file():
        pytest.fail(f"{NGINX} is missing: `make test` installs Debian's nginx")
    (prefix / "logs").mkdir(exist_ok=True)
    command = [str(NGINX), "-p", str(prefix), "-c", conf, "-e", "logs/error.log"]
    command += ["-g", f"daemon off; {_user()}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Nginx(f"http://127.0.0.1:{port}", prefix, process)
    try:
        _wait_listening(server, port)
        yield server
    finally:
        _stop(process)


def _wait_listening(server: Nginx, port: int) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            error = server.process.stderr.read().decode() if server.process.stderr else ""
            code = server.process.returncode
            pytest.fail(f"nginx exited with {code}: {error}\n{server.log_tail()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.05)
    pytest.fail(f"nginx did not listen on {port} within {STARTUP_SECONDS} s\n{server.log_tail()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGQUIT (graceful: the workers finish their requests), then kill if it hangs."""
    stop(process, signal.SIGQUIT, STOP_SECONDS)
    if process.stderr:
        process.stderr.close()


def export_static(out: Path, target: Path, upstream: str, port: int) -> None:
    """``linkeddata export-static TARGET --out OUT`` for nginx on ``port`` in front of the
    server at ``upstream`` (``http://127.0.0.1:PORT``, and its mount point if any)."""
    command = [sys.executable, "-m", "linkeddata", "export-static", str(target), "--out", str(out)]
    command += ["--upstream", urlsplit(upstream).netloc, "--listen", f"127.0.0.1:{port}"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"export-static failed:\n{done.stderr}"


@contextlib.contextmanager
def serve_export(out: Path, target: Path, upstream: str, mount: str = "") -> Iterator[Nginx]:
    """The static export of the release in ``out``, served by nginx in front of the running
    server at ``upstream``; its URL ends with ``mount``, the path of the release's base."""
    port = free_port()
    export_static(out, target, upstream, port)
    with run_nginx(target, port) as server:
        yield dataclasses.replace(server, url=server.url + mount)
