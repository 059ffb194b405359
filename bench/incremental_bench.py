"""Benchmark incremental builds: one document edited, added or removed after a full build.

Usage::

    python bench/incremental_bench.py --docs 20000 [--workdir bench/out] [--seed 42] [--keep]
                                      [--code REV] [--steps nothing,edit,add,remove]

Builds the synthetic collection of ``build_bench.py`` (a copy of it, which this script then
changes) into a fresh output folder (a full build, which fills the build cache), then edits
one document, adds one and removes one, each followed by ``linkeddata build`` into the same
folder; every build is a child process, measured like ``build_bench.py`` measures one. Prints
(and saves as ``WORKDIR/incremental-N.md``) a Markdown table: wall time, CPU, peak RSS and PSS
(each summed over the process tree), what the build said it did, and the manifest's phase
timings. ``--code REV`` runs every build with the code of git revision ``REV`` (exported into
``WORKDIR/src-REV``), to compare with the working tree; ``--steps`` runs only some of the
builds after the full one (at 100,000 documents each takes minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import sys
from pathlib import Path

from build_bench import MiB, build_command, collection, export_revision, machine, run_measured

REPO = Path(__file__).resolve().parent.parent
STEPS = ("nothing", "edit", "add", "remove")
PHASES = (
    "scan",
    "convert",
    "report",
    "dump",
    "load",
    "store patch",
    "index",
    "lists",
    "gc",
    "total",
)


def new_id(text: str) -> str:
    """A record's text as another document's, written to ``999999.txt``: the id is the last
    segment of its URL line, or the file name without one."""
    return re.sub(r"/document/\d+>", "/document/999999>", text, count=1)


def step(docs: Path, out: Path, name: str, source: Path | None = None) -> list[str]:
    """One build into ``out`` (with the code of ``source``: default this tree), measured: a
    row of the table."""
    log = out.with_name(out.name + ".log")
    cmd = shlex.join([*build_command(docs, out, source), "--quiet"])
    env = None if source is None else {**os.environ, "PYTHONPATH": str(source)}
    run = run_measured(["sh", "-c", f"{cmd} 2>{shlex.quote(str(log))}"], env=env, cwd=source)
    said = [line for line in log.read_text().splitlines() if " build: " in line]
    if run.exit_code != 0 or not said:
        raise SystemExit(f"{name}: the build failed ({run.exit_code}):\n{log.read_text()}")
    timings = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["timings"]
    cache = (out / ".cache" / "build.sqlite").stat().st_size / MiB
    return [
        name,
        f"{run.wall:.1f}",
        f"{run.cpu:.1f}",
        f"{run.tree_rss / MiB:,.0f}",
        f"{run.tree_pss / MiB:,.0f}",
        " / ".join(f"{timings.get(p, 0):.1f}" for p in PHASES),
        f"{cache:,.0f}",
        said[-1],
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--keep", action="store_true", help="keep the changed copy and release")
    parser.add_argument("--code", help="build with the code of this git revision")
    parser.add_argument(
        "--steps",
        default=",".join(STEPS),
        help="the builds after the full one, comma-separated, in this order: " + ", ".join(STEPS),
    )
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    code = export_revision(args.workdir, args.code) if args.code else None
    source, how = collection(
        args.workdir, args.docs, args.seed, REPO / "documents" / "authorities.ttl"
    )
    docs = args.workdir / f"incremental-docs-{args.docs}"
    out = args.workdir / f"incremental-release-{args.docs}"
    for folder in (docs, out):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(source, docs)
    records = sorted(docs.rglob("*.txt"))
    rows = [step(docs, out, "full build (fills the cache)", code)]
    steps = args.steps.split(",")
    if "nothing" in steps:
        rows.append(step(docs, out, "nothing changed", code))
    if "edit" in steps:
        edited = records[len(records) // 2]
        text = edited.read_text(encoding="utf-8")
        edited.write_text(text.replace("Synthetic", "Synthetic (edited)", 1), encoding="utf-8")
        rows.append(step(docs, out, "one document edited", code))
    if "add" in steps:
        added = records[0].parent / "999999.txt"
        added.write_text(new_id(records[-1].read_text(encoding="utf-8")))
        rows.append(step(docs, out, "one document added", code))
    if "remove" in steps:
        records[len(records) // 3].unlink()
        rows.append(step(docs, out, "one document removed", code))
    lines = [
        f"## Incremental builds, {args.docs:,} synthetic documents",
        "",
        f"Machine: {machine()}; measured under load from other processes.",
        f"Collection: {how}. Command: `python bench/incremental_bench.py --docs {args.docs}"
        + (f" --code {args.code}" if args.code else "")
        + (f" --steps {args.steps}`." if args.steps != ",".join(STEPS) else "`."),
        "",
        "| build | wall s | CPU s | peak RSS, tree (MiB) | peak PSS, tree (MiB) | "
        + " / ".join(PHASES)
        + " (s) | cache (MiB) | what the build said |",
        "|---|---:|---:|---:|---:|---|---:|---|",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    (args.workdir / f"incremental-{args.docs}.md").write_text(text, encoding="utf-8")
    if not args.keep:
        for folder in (docs, out):
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
