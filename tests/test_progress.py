"""A build's progress as a person sees it: on a terminal (a pseudo-terminal here) one line
rewritten in place with the stage, the documents per second and the time left; in a log (a
pipe) one line per stage with its count and duration."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from live import DOCUMENTS

from linkeddata.console import StageDisplay

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = 150  # a few chunks of 64: the line is redrawn while the documents are converted
STAGE_LINES = (
    r"build: parsing: 151 files in \d+\.\d\d s, [\d,]+ files/s",
    r"build: converting and loading: 151 documents in \d+\.\d\d s, [\d,]+ documents/s",
    r"build: writing the store, dumps and report: \d+\.\d\d s",
    r"build: publishing: \d+\.\d\d s",
)


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("progress") / "documents"
    generator = ROOT / "bench" / "generate.py"
    subprocess.run([sys.executable, str(generator), str(SYNTHETIC), str(folder)], check=True)
    for name in ("116702.txt", "authorities.ttl"):
        shutil.copy(DOCUMENTS / name, folder)
    return folder


def build_command(collection: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "linkeddata", "build", str(collection), "--out", str(out)]


@pytest.mark.slow
def test_a_log_gets_one_line_per_stage_with_its_timing(collection: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [*build_command(collection, tmp_path / "out"), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    told = [line for line in done.stderr.splitlines() if line.startswith("build: ")]
    assert len(told) == len(STAGE_LINES), told
    for line, pattern in zip(told, STAGE_LINES, strict=True):
        assert re.fullmatch(pattern, line), line
    assert "\r" not in done.stderr
    assert "ETA" not in done.stderr


@pytest.mark.slow
def test_a_terminal_gets_one_updating_line(collection: Path, tmp_path: Path) -> None:
    """Standard error on a pseudo-terminal: the stage, documents/s and ETA, rewritten after a
    carriage return, then cleared before the findings; no per-stage log lines."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [*build_command(collection, tmp_path / "out"), "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        env={**os.environ, "COLUMNS": "200"},
    )
    os.close(secondary)
    shown = _read_all(main, process)
    assert process.wait(timeout=600) == 0, shown
    drawn = [part for part in shown.split("\r") if part]
    converting = [
        part
        for part in drawn
        if re.match(r"converting and loading: [\d,]+/151 documents, [\d,]+ documents/s", part)
    ]
    assert any(re.search(r", ETA \d+:\d\d\x1b\[K$", part) for part in converting), drawn
    assert any(part.startswith("parsing: ") for part in drawn), drawn
    assert any(part.startswith("writing the store, dumps and report: ") for part in drawn)
    assert "build: parsing" not in shown
    counts = shown.rindex("\r\x1b[K")  # the line cleared, then the findings and the counts
    assert re.search(r"^files +151\s*$", shown[counts:], re.M), shown[counts:]


def _read_all(fd: int, process: subprocess.Popen[bytes]) -> str:
    """Everything written to the pseudo-terminal until the process closes it."""
    data = bytearray()
    while True:
        ready, _, _ = select.select([fd], [], [], 600)
        if not ready:
            process.kill()
            pytest.fail(f"no output for 600 s: {data.decode(errors='replace')}")
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: every writer has closed it
            break
        if not chunk:
            break
        data += chunk
    os.close(fd)
    return data.decode("utf-8", errors="replace").replace("\r\n", "\n")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_is_redrawn_a_few_times_a_second_at_most() -> None:
    clock, stream = Clock(), io.StringIO()
    display = StageDisplay(stream, terminal=True, clock=clock, refresh=0.25)
    display.stage("convert", 10_000)
    for _ in range(1000):  # within the same instant
        display.advance(1)
    assert stream.getvalue().count("\r") == 1  # the stage's first line only
    clock.now += 0.3
    display.advance(1)
    assert stream.getvalue().count("\r") == 2
    assert stream.getvalue().endswith(
        "\rconverting and loading: 1,001/10,000 documents, 3,337 documents/s, ETA 0:03\x1b[K"
    )
    display.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_a_log_is_told_each_stage_once_it_ends() -> None:
    clock, stream = Clock(), io.StringIO()
    display = StageDisplay(stream, terminal=False, clock=clock)
    display.stage("parse", 20)
    display.advance(20)
    clock.now += 2
    display.stage("write", None)
    assert stream.getvalue() == "build: parsing: 20 files in 2.00 s, 10 files/s\n"
    clock.now += 1.5
    display.close(completed=False)  # a stage that failed is not told as done
    assert stream.getvalue() == "build: parsing: 20 files in 2.00 s, 10 files/s\n"
