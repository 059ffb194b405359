"""The CPU of ``build --prerender`` alone, side by side with another source tree, and whether
both wrote the same bodies.

Usage::

    python bench/prerender_bench.py --out BUILD_OUT --workdir DIR [--formats turtle,jsonld]
        [--workers 2] [--before SOURCE_TREE] [--rounds 2]

``BUILD_OUT`` is a build's output folder (``current`` names its release); it is only read:
each run renders into a hard-linked copy of the release in ``DIR`` (the rendering writes a
new file, ``bodies.sqlite``, and changes none), by a child process running
:func:`linkeddata.web.prerender.prerender` with the code of this tree or of ``SOURCE_TREE``
(``git archive COMMIT linkeddata | tar -x -C SOURCE_TREE``), the two alternating, ``--rounds``
times each. Reported: the rendering's CPU (its own measure, workers included) per document,
the child's CPU from the kernel, and, for ``--before``, whether every key and body of the
two files is the same (the byte-for-byte promise of a faster writer).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHILD = """
import json, sys
from pathlib import Path
from linkeddata.web.prerender import formats_named, prerender
done = prerender(Path(sys.argv[1]), formats_named(sys.argv[2]), int(sys.argv[3]))
print(json.dumps([done.documents, done.bodies, done.size, done.cpu]))
"""


def render(release: Path, copy: Path, source: Path | None, formats: str, workers: int) -> dict:
    """Render ``release`` (a folder) into a fresh hard-linked ``copy`` with the code of
    ``source`` (None: this tree); the figures of the run."""
    shutil.rmtree(copy, ignore_errors=True)
    subprocess.run(["cp", "-al", str(release), str(copy)], check=True)
    env = {**os.environ, "PYTHONPATH": str(source or REPO)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(copy), formats, str(workers)],
        env=env,
        cwd=source or REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    documents, bodies, size, cpu = json.loads(done.stdout.strip().splitlines()[-1])
    kernel = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"documents": documents, "bodies": bodies, "size": size, "cpu": cpu, "child": kernel}


def different(one: Path, other: Path) -> tuple[int, int]:
    """Rows of the two bodies' files: how many, and how many differ (or are in one only)."""
    with sqlite3.connect(one) as db:
        db.execute("ATTACH ? AS other", (str(other),))
        total = db.execute("SELECT count(*) FROM bodies").fetchone()[0]
        differ = db.execute(
            "SELECT count(*) FROM bodies a FULL OUTER JOIN other.bodies b ON a.key = b.key "
            "WHERE a.key IS NULL OR b.key IS NULL OR a.kind IS NOT b.kind "
            "OR a.value IS NOT b.value"
        ).fetchone()[0]
    return total, differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="a build's output folder")
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--formats", default="turtle,jsonld")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--before", type=Path, help="also render with this source tree")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    release = (args.out / "current").resolve()
    args.workdir.mkdir(parents=True, exist_ok=True)
    codes: list[tuple[str, Path | None]] = [("this tree", None)]
    if args.before:
        codes.insert(0, (f"before ({args.before})", args.before.resolve()))
    runs: dict[str, list[dict]] = {name: [] for name, _ in codes}
    for _round in range(args.rounds):
        for i, (name, source) in enumerate(codes):
            copy = args.workdir / f"prerender-{i}"
            runs[name].append(render(release, copy, source, args.formats, args.workers))
    lines = [
        f"Rendering `{args.formats}` of {release} ({args.workers} workers), "
        f"{args.rounds} rounds alternating; machine: {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, load average "
        f"{os.getloadavg()[0]:.1f} at the end.",
        "",
        "| code | documents | bodies | MB | CPU ms a document (rendering's own) | "
        "CPU ms a document (kernel, child process) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, done in runs.items():
        n = done[0]["documents"]
        own = " / ".join(f"{1000 * r['cpu'] / n:.2f}" for r in done)
        kernel = " / ".join(f"{1000 * r['child'] / n:.2f}" for r in done)
        size = done[0]["size"] / 1e6
        lines.append(f"| {name} | {n:,} | {done[0]['bodies']:,} | {size:.1f} | {own} | {kernel} |")
    if args.before:
        total, differ = different(
            args.workdir / "prerender-0" / "bodies.sqlite",
            args.workdir / "prerender-1" / "bodies.sqlite",
        )
        lines += ["", f"Rows of the two files: {total:,}; different or in one only: {differ:,}."]
    for i in range(len(codes)):
        shutil.rmtree(args.workdir / f"prerender-{i}", ignore_errors=True)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
