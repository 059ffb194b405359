"""Where a build's CPU goes, process by process: a summary of py-spy's raw samples.

Usage::

    py-spy record --subprocesses --format raw --rate 200 -o OUT.raw -- \\
        .venv/bin/linkeddata build COLLECTION --out RELEASE --quiet
    python bench/spy_summary.py OUT.raw [--top 25]

py-spy (``pip install py-spy``; not a dependency of the project) samples every process of the
tree without changing its code; idle threads are left out, so the samples count CPU. This
prints, for the main process and for the workers together, the share of each build stage
(the first matching function on a sample's stack, see ``STAGES``) and the functions with the
most samples of their own (self) and under them (inclusive).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

STAGES = (  # (stage, a function name on the stack): the first match from the top names it
    ("parse", "read_and_parse"),
    ("spool", "scan_chunk"),
    ("map", "map_record"),
    ("validate", "validate_graph"),
    ("serialise", "nquads"),
    ("serialise", "quads (linkeddata/rdf_terms.py"),
    ("count", "Tally.count"),
    ("facts", "document_facts"),
    ("pack", "Chunk.of"),
    ("pack", "Packed.of"),
    ("read spool", "Worker.convert_pieces"),
    ("index", "IndexWriter"),
    ("index", "search/"),
    ("dumps", "dumps.py"),
    ("dumps", "sorted_dumps.py"),
    ("dumps", "jsonld_dump.py"),
    ("load", "loader.py"),
    ("load", "store/"),
    ("union", "union.py"),
    ("report", "report"),
    ("static graphs", "static_graphs"),
    ("receive", "pool.py"),
    ("receive", "connection.py"),
    ("receive", "Conversion.chunks"),
    ("scan (main)", "Passes.scan"),
    ("startup", "<module>"),
)
_PROCESS = re.compile(r"^process (\d+):")


def stage(frames: list[str]) -> str:
    for name, needle in STAGES:
        if any(needle in frame for frame in frames):
            return name
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    lines = args.raw.read_text().splitlines()
    roots: Counter[str] = Counter()
    for line in lines:
        roots[line.split(";", 1)[0]] += 1
    main_process = roots.most_common(1)[0][0]  # every worker's stack begins with it too
    groups: dict[str, dict[str, Counter[str]]] = {}
    for line in lines:
        stack, _, count = line.rpartition(" ")
        frames = stack.split(";")
        processes = [f for f in frames if _PROCESS.match(f)]
        group = "main" if len(processes) == 1 else "workers"
        frames = [f for f in frames if not _PROCESS.match(f)]
        g = groups.setdefault(group, {"stage": Counter(), "self": Counter(), "incl": Counter()})
        n = int(count)
        g["stage"][stage(frames)] += n
        if frames:
            g["self"][frames[-1]] += n
        for frame in set(frames):
            g["incl"][frame] += n
    total = sum(sum(g["stage"].values()) for g in groups.values())
    print(f"{args.raw}: {total} samples ({main_process[:60]}...)")
    for group, g in sorted(groups.items()):
        samples = sum(g["stage"].values())
        print(f"\n## {group}: {samples} samples, {100 * samples / total:.1f} % of all")
        print("\n| stage | samples | share of the group |\n|---|---:|---:|")
        for name, n in g["stage"].most_common():
            print(f"| {name} | {n} | {100 * n / samples:.1f} % |")
        for kind in ("self", "incl"):
            print(f"\n| function ({kind}) | samples | share |\n|---|---:|---:|")
            for frame, n in g[kind].most_common(args.top):
                print(f"| `{frame}` | {n} | {100 * n / samples:.1f} % |")


if __name__ == "__main__":
    main()
