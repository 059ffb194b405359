"""Real SPARQL servers for the tests: Oxigraph server and Virtuoso, each started here on free
ports of 127.0.0.1, loaded with ``linkeddata load --to``, and stopped (killed) at the end.

* Oxigraph server: the ``oxigraph`` program of the PyPI package (the test extra installs it),
  ``oxigraph serve`` on a temporary folder; loaded by the Graph Store Protocol at ``/store``,
  queried at ``/query``; ``--timeout-s`` is the query limit at the engine.
* Virtuoso Open Source: Debian's ``virtuoso-t`` (``make test`` installs it when missing) in the
  foreground with a temporary ``virtuoso.ini`` (database, SQL and HTTP ports, ``DirsAllowed``
  for the release folder); loaded by its bulk loader over ``isql-vt``, queried at ``/sparql``.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pytest
from live import free_port

OXIGRAPH = Path(sys.executable).with_name("oxigraph")
VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
VECTOR_SIZE = 1000
"""Rows per batch in Virtuoso's vectored execution (its default, 10,000, makes a LIMIT query
filter a whole batch before it can stop: docs/deployment.md)."""
START_SECONDS = 180.0  # a fresh Virtuoso database takes 20-60 s on a loaded machine


@dataclass
class Engine:
    """A running SPARQL server: ``query_url`` for /sparql, ``load_to`` for ``load --to``."""

    name: str
    query_url: str
    load_to: str
    process: subprocess.Popen[bytes]
    log: Path

    def ask(self, query: str) -> bytes:
        """Ask the server directly (JSON results)."""
        request = urllib.request.Request(
            self.query_url,
            data=urlencode({"query": query}).encode(),
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            body: bytes = response.read()
            return body

    def load(self, out: Path) -> str:
        """``linkeddata load --to`` this server the current release of ``out``; its report."""
        done = subprocess.run(
            [sys.executable, "-m", "linkeddata", "load", "--out", str(out), "--to", self.load_to],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, done.stderr + done.stdout
        return done.stderr


@contextlib.contextmanager
def oxigraph_server(folder: Path, timeout: float = 10) -> Iterator[Engine]:
    """``oxigraph serve`` on a free port, with ``timeout`` seconds per query at the engine."""
    port = free_port()
    log = folder / "oxigraph.log"
    command = [str(OXIGRAPH), "serve", "--location", str(folder / "data")]
    command += ["--bind", f"127.0.0.1:{port}", "--timeout-s", f"{timeout:g}"]
    with log.open("wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    engine = Engine("oxigraph-server", f"{url}/query", f"{url}/store", process, log)
    try:
        _wait(engine)
        yield engine
    finally:
        _kill(process)


VIRTUOSO_INI = """[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {allowed}
MaxQueryMem = 1G
VectorSize = {vector}

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {folder}
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = {timeout}
MaxQueryCostEstimationTime = 0
"""


@contextlib.contextmanager
def virtuoso(
    folder: Path,
    allowed: Path,
    timeout: float = 10,
    memory_mb: int = 512,
    vector_size: int = VECTOR_SIZE,
) -> Iterator[Engine]:
    """``virtuoso-t`` in the foreground on free ports, reading dumps below ``allowed``."""
    if not Path(VIRTUOSO).exists():
        pytest.fail("virtuoso-t is missing: `make test` installs virtuoso-opensource-7-bin")
    sql, http = free_port(), free_port()
    buffers = memory_mb * 1024 // 8 * 2 // 3  # 8 KiB pages, two thirds of the memory
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(
            folder=folder,
            sql=sql,
            http=http,
            allowed=allowed.resolve(),
            buffers=buffers,
            dirty=buffers * 3 // 4,
            timeout=max(1, round(timeout)),
            vector=vector_size,
        ),
        encoding="utf-8",
    )
    log = folder / "virtuoso-out.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [VIRTUOSO, "-f", "-c", str(ini)], cwd=folder, stdout=sink, stderr=subprocess.STDOUT
        )
    engine = Engine(
        "virtuoso",
        f"http://127.0.0.1:{http}/sparql",
        f"isql://127.0.0.1:{sql}",
        process,
        log,
    )
    try:
        _wait(engine)
        yield engine
    finally:
        _kill(process)


def _wait(engine: Engine) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if engine.process.poll() is not None:
            pytest.fail(f"{engine.name} exited with {engine.process.returncode}: {_tail(engine)}")
        try:
            engine.ask("ASK {}")
            return
        except (OSError, urllib.error.HTTPError):
            time.sleep(0.3)
    pytest.fail(f"{engine.name} did not answer within {START_SECONDS:g} s: {_tail(engine)}")


def _tail(engine: Engine) -> str:
    return engine.log.read_text(errors="replace")[-2000:]


def _kill(process: subprocess.Popen[bytes]) -> None:
    """The engines hold nothing the tests need afterwards: SIGKILL, and reap."""
    if process.poll() is None:
        process.kill()
    process.wait()
