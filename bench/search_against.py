"""The search engine of this tree against another revision's, query by query, on one release.

Usage::

    python bench/search_against.py --release OUT --against REV [--against-release OUT2]
        [--per-class 40] [--seed 42] [--classes phrase,...] [--workdir bench/out]

Exports ``REV``'s ``linkeddata/`` (``build_bench.export_revision``), starts one process with
each code (this script, ``--serve``, with that code first on ``PYTHONPATH``), draws the
queries of ``search_bench.py`` from the release's index, and sends each query to both, in
turn, alternating which goes first: the two engines are timed on the same query within
milliseconds of each other, under the same load, which whole runs one after the other are
not on a shared machine. Prints a Markdown table per class (p50 and p95 of each, and the
median of the per-query ratios) and the queries whose answers differ (a digest of each
answer, :class:`~linkeddata.search.results.Results` whole, compared); the release is only
read (never built).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import build_bench
import search_bench

from linkeddata.release.layout import Release
from linkeddata.search.index import SearchIndex
from linkeddata.web.search_urls import query_string

try:
    from linkeddata.search.results import Search
except ImportError:  # a revision from before the split of linkeddata/search/index.py
    from linkeddata.search.index import Search  # type: ignore[attr-defined, no-redef]

HERE = Path(__file__).resolve().parent


def serve(index: Path) -> None:
    """Answer queries read from stdin (one JSON Search a line) with the seconds each took
    and a digest of the answer."""
    engine = SearchIndex(index)
    engine.search(Search())
    for line in sys.stdin:
        fields = json.loads(line)
        search = Search(**{**fields, "filters": tuple(map(tuple, fields["filters"]))})
        start = time.perf_counter()
        results = engine.search(search)
        seconds = time.perf_counter() - start
        print(seconds, hashlib.sha256(repr(results).encode()).hexdigest(), flush=True)


def start(index: Path, source: Path | None) -> subprocess.Popen[str]:
    path = [str(source or HERE.parent)]  # this tree: its own code, not the installed one
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*path, str(HERE)])}
    cmd = [sys.executable, str(Path(__file__).resolve()), "--serve", str(index)]
    return subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)


def ask(engine: subprocess.Popen[str], search: Search) -> tuple[float, str]:
    """The seconds ``search`` took and the digest of its answer."""
    assert engine.stdin is not None
    assert engine.stdout is not None
    engine.stdin.write(json.dumps(asdict(search)) + "\n")
    engine.stdin.flush()
    seconds, digest = engine.stdout.readline().split()
    return float(seconds), digest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--release", type=Path)
    parser.add_argument("--against", help="git revision to compare with")
    parser.add_argument(
        "--against-release",
        type=Path,
        help="the release the other revision reads (default: --release), when this tree's"
        " index format differs from its own: the same collection, indexed by each",
    )
    parser.add_argument("--workdir", type=Path, default=HERE / "out")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--per-class", type=int, default=40)
    parser.add_argument("--classes", help="comma-separated classes (default: all)")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    if args.release is None or args.against is None:
        parser.error("--release and --against are required")
    index = Release((args.release / "current").resolve()).search
    queries = search_bench.draw(index, args.per_class, args.seed)
    if args.classes:
        queries = [(n, s) for n, s in queries if n in args.classes.split(",")]
    source = build_bench.export_revision(args.workdir, args.against)
    other = (
        Release((args.against_release / "current").resolve()).search
        if args.against_release
        else index
    )
    engines = {"this tree": start(index, None), args.against: start(other, source)}
    load = os.getloadavg()
    times: dict[str, dict[str, list[float]]] = {}
    differing: list[str] = []
    for number, (name, search) in enumerate(queries):
        order = list(engines.items())[:: 1 if number % 2 else -1]
        digests = set()
        for code, engine in order:
            seconds, digest = ask(engine, search)
            times.setdefault(name, {}).setdefault(code, []).append(seconds)
            digests.add(digest)
        if len(digests) > 1:
            differing.append(f"{name}: `{query_string(search)}`")
    for engine in engines.values():
        assert engine.stdin is not None
        engine.stdin.close()
        engine.wait()
    mine, theirs = engines
    lines = [
        f"## Search engine, this tree against {args.against}, query by query",
        "",
        f"Load average before: {load[0]:.2f}, after: {os.getloadavg()[0]:.2f}"
        f" ({os.cpu_count()} cores). Index: {index}"
        + (f"; {args.against}'s: {other}." if other != index else "."),
        "",
        f"| class | queries | {theirs} p50 / p95 ms | this tree p50 / p95 ms "
        "| median of the per-query ratios (this tree / other) |",
        "|---|---:|---:|---:|---:|",
    ]
    every: dict[str, list[float]] = {mine: [], theirs: []}
    for name, by_code in [*times.items(), ("**all**", every)]:
        if name != "**all**":
            for code in every:
                every[code] += by_code[code]
        ratios = [a / b for a, b in zip(by_code[mine], by_code[theirs], strict=True)]
        figures = [
            f"{statistics.median(by_code[c]) * 1000:.1f} / "
            f"{search_bench.percentile(by_code[c], 0.95) * 1000:.1f}"
            for c in (theirs, mine)
        ]
        lines.append(
            f"| {name} | {len(ratios)} | {figures[0]} | {figures[1]} "
            f"| {statistics.median(ratios):.2f} |"
        )
    lines += ["", f"Answers that differ: {len(differing)} of {len(queries)}", *differing[:20]]
    lines += ["", f"Machine: {build_bench.machine()}", f"Command: `{shlex.join(sys.argv)}`"]
    print("\n".join(lines))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
