"""What ``build`` and ``validate`` print on the terminal: their progress, every finding as
``file:line: severity: message`` (file by file), then the counts of each kind.

Progress, on standard error: on a terminal one line, rewritten a few times a second, with
the stage, the documents per second and the time left; otherwise (a log, a pipe) one line
per stage once it ends, with its count and duration.

``--quiet`` prints only errors and Violations (what keeps a file out), and the counts;
``--verbose`` adds the SHACL Info results, which the default leaves out.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any, TextIO

import click

from .build.outcome import BuildResult
from .build.progress import STAGES, Progress
from .build.report import LEVELS, SEVERITIES

REFRESH = 0.25  # seconds between two redraws of the progress line
UNITS = {"parse": "files", "convert": "documents"}


def findings_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The ``--quiet`` and ``--verbose`` options: how much of what was found is printed."""
    command = click.option("--verbose", is_flag=True, help="Also print SHACL Info results.")(
        command
    )
    return click.option(
        "--quiet", is_flag=True, help="Print only errors and Violations, and the counts."
    )(command)


def shown(quiet: bool, verbose: bool) -> tuple[str, ...]:
    """The severities (:data:`~linkeddata.build.report.LEVELS`) to print.

    >>> shown(False, False), shown(True, False)
    (('error', 'violation', 'warning'), ('error', 'violation'))
    """
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose exclude each other")
    return LEVELS[:2] if quiet else LEVELS if verbose else LEVELS[:3]


DEFAULT = shown(quiet=False, verbose=False)


@contextlib.contextmanager
def progress(stream: TextIO | None = None) -> Iterator[Progress]:
    """A build's progress on ``stream`` (standard error): see the module's description."""
    stream = stream or sys.stderr
    display = StageDisplay(stream, terminal=stream.isatty())
    try:
        yield display
    except BaseException:
        display.close(completed=False)
        raise
    display.close()


class StageDisplay:
    """The current stage's count, rate and time left, as a line updated in place on a
    ``terminal`` (at most every ``refresh`` seconds, and while a stage counts nothing), else
    one line per stage when it ends."""

    def __init__(
        self,
        stream: TextIO,
        *,
        terminal: bool,
        clock: Callable[[], float] = time.monotonic,
        refresh: float = REFRESH,
    ) -> None:
        self.stream, self.terminal, self.clock, self.refresh = stream, terminal, clock, refresh
        self.name: str | None = None
        self.total: int | None = None
        self.done = 0
        self.started = self.drawn = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self.width = _columns(stream)

    def stage(self, name: str, total: int | None) -> None:
        with self._lock:
            self._end()
            self.name, self.total, self.done = name, total, 0
            self.started = self.clock()
            self._draw(force=True)
        if self.terminal and self._ticker is None:  # redraws the elapsed time of long stages
            self._ticker = threading.Thread(target=self._tick, name="progress", daemon=True)
            self._ticker.start()

    def advance(self, n: int) -> None:
        with self._lock:
            self.done += n
            self._draw(force=False)

    def close(self, *, completed: bool = True) -> None:
        """End the last stage (told only if ``completed``); clear the terminal's line."""
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        with self._lock:
            if completed:
                self._end()
            elif self.terminal and self.name is not None:
                self.stream.write("\r\x1b[K")
            self.name = None
            self.stream.flush()

    def line(self) -> str:
        """The current stage as the terminal shows it.

        >>> shown = StageDisplay(sys.stderr, terminal=True, clock=lambda: 4.0)
        >>> shown.name, shown.total, shown.done, shown.started = "convert", 1000, 200, 0.0
        >>> shown.line()
        'converting and loading: 200/1,000 documents, 50 documents/s, ETA 0:16'
        """
        elapsed = self.clock() - self.started
        label = STAGES.get(self.name or "", self.name or "")
        if self.total is None:
            return f"{label}: {elapsed:.0f} s"
        unit = UNITS.get(self.name or "", "items")
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = _clock_time((self.total - self.done) / rate) if rate > 0 else "--"
        return f"{label}: {self.done:,}/{self.total:,} {unit}, {rate:,.0f} {unit}/s, ETA {eta}"

    def _draw(self, *, force: bool) -> None:
        now = self.clock()
        if (
            not self.terminal
            or self.name is None
            or (not force and now - self.drawn < self.refresh)
        ):
            return
        self.drawn = now
        self.stream.write(f"\r{self.line()[: self.width - 1]}\x1b[K")  # wrapped, it would stay
        self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(self.refresh):
            with self._lock:
                self._draw(force=False)

    def _end(self) -> None:
        """The log line of the stage that ends (none on a terminal: its line moves on)."""
        if self.name is None:
            return
        if self.terminal:
            self.stream.write("\r\x1b[K")
            return
        seconds = self.clock() - self.started
        told = f"{seconds:.2f} s"
        if self.total is not None:
            unit = UNITS.get(self.name, "items")
            rate = f", {self.done / seconds:,.0f} {unit}/s" if seconds > 0 else ""
            told = f"{self.done:,} {unit} in {told}{rate}"
        self.stream.write(f"build: {STAGES.get(self.name, self.name)}: {told}\n")
        self.stream.flush()


def _columns(stream: TextIO) -> int:
    """The width of the terminal ``stream`` writes to (80 if it says none)."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, io.UnsupportedOperation):
        columns = 0
    return columns or shutil.get_terminal_size((80, 24)).columns or 80


def _clock_time(seconds: float) -> str:
    """``seconds`` as H:MM:SS or M:SS.

    >>> _clock_time(75.4), _clock_time(3725)
    ('1:15', '1:02:05')
    """
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def print_report(result: BuildResult, severities: tuple[str, ...] = DEFAULT) -> None:
    """Every finding of the ``severities`` given, file by file, then the counts."""
    for fr in sorted(result.reports, key=lambda r: r.file):
        for finding in fr.findings():
            if finding.severity in severities:
                click.echo(str(finding), err=True)
    _print_counts(result)


def _print_counts(result: BuildResult) -> None:
    statuses = Counter(r.status for r in result.reports if r.kind == "document")
    severities = Counter(r.severity for fr in result.reports for r in fr.results)
    warnings = sum(len(fr.warnings) for fr in result.reports)
    seconds = result.timings.get("total")
    rows: list[tuple[str, int | float]] = [
        ("files", sum(statuses.values())),
        ("published", statuses["published"]),
        ("excluded (Violations)", statuses["excluded"]),
        ("unreadable", statuses["error"]),
        *((f"SHACL {s}", severities[s]) for s in SEVERITIES),
        ("parse warnings", warnings),
    ]
    if result.census is not None:
        rows += [
            ("quads (named graphs)", result.census.quads),
            ("triples (merged)", result.census.triples),
        ]
    if seconds:
        rows.append(("seconds", round(seconds, 2)))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        click.echo(f"{name:<{width}}  {value:>10}", err=True)
