"""What ``build`` and ``validate`` print on the terminal: a progress bar, every finding as
``file:line: severity: message`` (file by file), then the counts of each kind.

``--quiet`` prints only errors and Violations (what keeps a file out), and the counts;
``--verbose`` adds the SHACL Info results, which the default leaves out.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import click

from .build.builder import BuildResult, Progress
from .build.report import LEVELS, SEVERITIES


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
def progress(total: int) -> Iterator[Progress | None]:
    """A progress bar on a terminal (two passes over the files), nothing otherwise."""
    if not sys.stderr.isatty() or total == 0:
        yield None
        return
    with click.progressbar(length=2 * total, label="building", file=sys.stderr) as bar:
        yield lambda _stage, n: bar.update(n)


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
