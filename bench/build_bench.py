"""Benchmark a full build on a synthetic collection and print the result as Markdown.

Usage::

    python bench/build_bench.py --docs 10000 [--workdir bench/out] [--seed 42] [--keep]
                                [--against REV] [--without-index] [--rounds K]
                                [--prerender FORMATS] [--one-at-a-time]

Generates the collection with ``generate.py`` (cached in ``WORKDIR/docs-N-seedS``), runs
``linkeddata build <collection> --out WORKDIR/release-N`` as a child process, and reports
its wall time, CPU time (also per document), peak memory, peak disk use and the timings of
``manifest.json`` (phases on the clock, per-document steps summed over the workers). The
report is printed and saved as ``WORKDIR/build-N.md``; the release is deleted unless
``--keep``.

``--against REV`` also builds the same collection with the code of git revision ``REV``
(exported with ``git archive`` into ``WORKDIR/src-REV``) at the same time, so that both
builds share whatever else loads the machine, and reports both side by side.

``--without-index`` measures what the search index adds to a build: it builds the same
collection twice at the same time, once as usual and once leaving the index out
(``no_index.py``), ``--rounds`` times, and reports both and their ratios side by side.
Both options together run three builds at once: this tree, ``REV`` and this tree without the
index, and give the ratios of each pair: what this tree changes, and the index's share with
either code (the build without the index stands for both when only the index differs).

``--one-at-a-time`` runs the builds of a round one after another instead (the order turned
round each round, so that neither always runs first): their wall times, not only their CPU
times, then compare, as long as the machine is otherwise quiet.

``--prerender FORMATS`` builds with ``--prerender FORMATS`` (every build of the run) and
reports the rendering's CPU (the manifest's ``prerender cpu``) against the rest of the build's.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import generate

REPO = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE")
MiB = 1024 * 1024


PHASES = {  # manifest timings measured on the clock, in the order a build runs them
    "scan": "pass 1: read and parse every file (workers)",
    "convert": "pass 2: map, validate, serialise; load and dump streamed meanwhile",
    "dump": "after pass 2: the dumps still being written",
    "load": "after the dumps: the store still being loaded and compacted, then listed",
    "total": "the build, from the start of pass 1 to the manifest",
}
STEPS = {  # manifest timings summed over the documents, in the worker processes
    "parse": "read and parse a file",
    "map": "record to RDF graph",
    "validate": "SHACL",
    "serialise": "graph to sorted N-Quads",
    "facts": "what the search index needs, read from the graph",
}


@dataclass(frozen=True)
class Run:
    """What was measured of one child process."""

    exit_code: int
    wall: float
    cpu: float  # seconds, user + system, of the child and every descendant it waited for
    max_rss: int  # bytes, the largest single process (from wait4)
    tree_rss: int  # bytes, the largest sampled sum over the process tree (0 if not sampled)
    disk: int = 0  # bytes, the largest sampled size of the output folder (0 if not sampled)
    release_disk: int = 0  # bytes, the published release's folder once built
    tree_pss: int = 0  # bytes, the largest sampled sum of PSS over the process tree


def collection(workdir: Path, n: int, seed: int, authorities: Path | None) -> tuple[Path, str]:
    """The synthetic collection for (n, seed), generated once; also says how it was obtained."""
    docs = workdir / f"docs-{n}-seed{seed}"
    how = "cached"
    if not docs.exists():
        partial = docs.with_name(docs.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        start = time.perf_counter()
        generate.generate(n, partial, seed=seed)
        partial.rename(docs)
        how = f"generated in {time.perf_counter() - start:.1f} s"
    if authorities is not None:
        shutil.copyfile(authorities, docs / "authorities.ttl")
    return docs, how


NO_INDEX = Path(__file__).resolve().with_name("no_index.py")


def build_command(
    docs: Path,
    out: Path,
    source: Path | None = None,
    launcher: Path | None = None,
    extra: tuple[str, ...] = (),
) -> list[str]:
    """``linkeddata build``: the console script next to this Python, else ``-m linkeddata``
    (always for another ``source`` tree, which goes first on ``PYTHONPATH``), or
    ``launcher``, a script taking the same arguments."""
    script = Path(sys.executable).with_name("linkeddata")
    use_script = script.exists() and source is None
    head = [str(script)] if use_script else [sys.executable, "-m", "linkeddata"]
    if launcher is not None:
        head = [sys.executable, str(launcher)]
    return [*head, "build", str(docs), "--out", str(out), *extra]


def export_revision(workdir: Path, revision: str) -> Path:
    """The source tree of git ``revision``, exported once into ``WORKDIR/src-REV``."""
    commit = (
        subprocess.run(
            ["git", "rev-parse", "--short", revision], cwd=REPO, check=True, capture_output=True
        )
        .stdout.decode()
        .strip()
    )
    target = workdir / f"src-{commit}"
    if not target.exists():
        partial = target.with_name(target.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "archive", commit, "linkeddata"], cwd=REPO, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(partial)], input=archive, check=True)
        partial.rename(target)
    return target


def disk_use(folder: Path) -> int:
    """Bytes allocated to the files below ``folder`` (0 while it does not exist)."""
    total = 0
    for parent, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(parent, name)).st_blocks * 512
            except OSError:
                continue
    return total


def tree_pids(root: int) -> set[int]:
    """``root`` and all its descendants, from the parent pids in ``/proc/*/stat``."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    pids, frontier = {root}, [root]
    while frontier:
        found = children.get(frontier.pop(), [])
        pids.update(found)
        frontier.extend(found)
    return pids


def tree_rss(root: int) -> int:
    """The summed resident memory of ``root`` and its descendants (shared pages count twice)."""
    return tree_memory(tree_pids(root))[0]


def tree_memory(pids: set[int]) -> tuple[int, int]:
    """The summed RSS and PSS of ``pids``, in bytes.

    RSS counts a page shared by forked workers once in each of them: an upper bound. PSS
    (``/proc/PID/smaps_rollup``) divides each shared page among the processes that map it,
    so the sum over the tree is the memory the tree actually holds (0 where the kernel does
    not provide it).
    """
    rss = pss = 0
    for pid in pids:
        try:
            rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                pss += int(line.split()[1]) * 1024
                break
    return rss, pss


def run_measured(
    cmd: list[str],
    interval: float = 0.2,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    out: Path | None = None,
    disk_interval: float = 5.0,
) -> Run:
    """Run ``cmd``, sampling its process tree's memory (and the size of ``out``, its
    output folder, every ``disk_interval`` seconds), and measure it."""
    peak = pss = disk = 0
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=sys.stderr, env=env, cwd=cwd)  # stdout: the report

    def sample() -> None:
        nonlocal peak, pss, disk
        next_disk = 0.0
        while not done.wait(interval):
            rss, proportional = tree_memory(tree_pids(proc.pid))
            peak, pss = max(peak, rss), max(pss, proportional)
            if out is not None and time.perf_counter() >= next_disk:
                disk = max(disk, disk_use(out))
                next_disk = time.perf_counter() + disk_interval

    sampler = threading.Thread(target=sample, daemon=True)
    if Path("/proc").is_dir():
        sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if sampler.is_alive():
        sampler.join()
    cpu = usage.ru_utime + usage.ru_stime
    release = disk_use(out / "current") if out is not None and (out / "current").exists() else 0
    disk = max(disk, disk_use(out)) if out is not None else 0
    maxrss = usage.ru_maxrss * 1024
    return Run(proc.returncode, wall, cpu, maxrss, peak, disk, release, tree_pss=pss)


def count(manifest: dict[str, Any], key: str) -> int | None:
    """A count in the manifest: ``manifest[key]`` or one level down.

    The value may be a number, a list (its length) or a dict of counts (``published``,
    ``total`` or ``count``).
    """
    places = [manifest, *(v for v in manifest.values() if isinstance(v, dict))]
    for place in places:
        value = place.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in ("published", "total", "count") if k in value), None)
        if isinstance(value, list):
            return len(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def machine() -> str:
    """One line about the machine: cores, CPU model, Python, OS."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def rate(docs: int | None, seconds: float) -> str:
    """Documents per second, or a dash when it cannot be computed."""
    return f"{docs / seconds:,.0f}" if docs and seconds > 0 else "-"


def report(
    n: int, run: Run, manifest: dict[str, Any], cmd: list[str], how: str, code: str = ""
) -> str:
    """The Markdown report of one benchmark run (of ``code``, when not the working tree)."""
    docs, triples = count(manifest, "documents"), count(manifest, "triples")
    tree = f"{run.tree_rss / MiB:,.0f} MiB" if run.tree_rss else "-"
    pss = f"{run.tree_pss / MiB:,.0f} MiB" if run.tree_pss else "-"
    lines = [
        f"## Build benchmark: {n:,} synthetic documents{code}",
        "",
        "| measure | value |",
        "|---|---|",
        f"| documents | {'-' if docs is None else f'{docs:,}'} |",
        f"| triples | {'-' if triples is None else f'{triples:,}'} |",
        f"| wall time | {run.wall:.1f} s |",
        f"| documents/s, end to end | {rate(docs or n, run.wall)} |",
        f"| CPU time, user + system, whole process tree | {run.cpu:.1f} s "
        f"({run.cpu / run.wall:.1f} cores busy on average) |",
        f"| CPU time per document | {1000 * run.cpu / (docs or n):.2f} ms |",
        f"| peak RSS, largest process | {run.max_rss / MiB:,.0f} MiB |",
        f"| peak RSS, sum over the process tree (sampled; an upper bound) | {tree} |",
        f"| peak PSS, sum over the process tree (sampled; shared pages divided) | {pss} |",
        f"| peak disk use of the output folder (sampled every 5 s) | {run.disk / MiB:,.0f} MiB |",
        f"| the published release on disk | {run.release_disk / MiB:,.0f} MiB |",
        f"| collection | {how} |",
        "",
    ]
    timings = {k: v for k, v in manifest.get("timings", {}).items() if isinstance(v, int | float)}
    if "index cpu" in timings and run.cpu > 0:  # CPU times: the load does not inflate them
        index = timings.get("facts cpu", timings.get("facts", 0.0)) + timings["index cpu"]
        lines[-1:-1] = [
            f"| search index: facts cpu (workers) + index cpu (main process) / CPU time | "
            f"{index:.1f} s / {run.cpu:.1f} s = {100 * index / run.cpu:.1f} % |"
        ]
    if "prerender cpu" in timings and run.cpu > timings["prerender cpu"]:
        rendering, rest = timings["prerender cpu"], run.cpu - timings["prerender cpu"]
        lines[-1:-1] = [
            f"| --prerender: its CPU / the rest of the build's CPU | {rendering:.1f} s / "
            f"{rest:.1f} s = +{100 * rendering / rest:.1f} % ({1000 * rendering / (docs or n):.2f}"
            " ms a document) |"
        ]
    lines += stage_tables(timings, docs or n, run.wall)
    lines += [f"Machine: {machine()}.", "", f"Command: `{shlex.join(cmd)}`", ""]
    return "\n".join(lines)


def stage_tables(timings: dict[str, float], docs: int, wall: float) -> list[str]:
    """The manifest's timings: phases on the clock, then the per-document steps' CPU."""
    lines = []
    phases = {k: v for k, v in timings.items() if k in PHASES}
    if phases:
        lines += [
            "| phase (wall clock) | seconds | share of wall time | what |",
            "|---|---|---|---|",
        ]
        for stage in PHASES:
            if stage in phases:
                share = f"{100 * phases[stage] / wall:.0f} %"
                lines.append(f"| {stage} | {phases[stage]:.2f} | {share} | {PHASES[stage]} |")
        lines.append("")
    steps = {k: v for k, v in timings.items() if k in STEPS}
    if steps:
        lines += [
            "| step (summed over workers) | seconds | documents/s on one core | what |",
            "|---|---|---|---|",
        ]
        for stage in STEPS:
            if stage in steps:
                speed = rate(docs, steps[stage])
                lines.append(f"| {stage} | {steps[stage]:.2f} | {speed} | {STEPS[stage]} |")
        lines.append("")
    others = sorted(set(timings) - set(PHASES) - set(STEPS))
    if others:
        lines += ["| other timing | seconds |", "|---|---|"]
        lines += [f"| {k} | {timings[k]:.2f} |" for k in others]
        lines.append("")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the build's exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="number of documents")
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--seed", type=int, default=42, help="generator seed (default 42)")
    default_authorities = REPO / "documents" / "authorities.ttl"
    parser.add_argument(
        "--authorities",
        type=Path,
        default=default_authorities if default_authorities.exists() else None,
        help="authority file copied into the collection (default documents/authorities.ttl)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the release directory")
    parser.add_argument(
        "--against",
        metavar="REV",
        help="also build with the code of git revision REV, at the same time (side by side)",
    )
    parser.add_argument(
        "--without-index",
        action="store_true",
        help="also build without the search index, at the same time (side by side)",
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="side-by-side builds to run, one after another"
    )
    parser.add_argument(
        "--prerender",
        metavar="FORMATS",
        help="build with --prerender FORMATS (every build of the run); the report gives the "
        "rendering's CPU against the rest of the build",
    )
    parser.add_argument(
        "--one-at-a-time",
        action="store_true",
        help="run the builds of a round one after another (order turned round each round), "
        "so that wall times compare too",
    )
    args = parser.parse_args(argv)

    args.workdir = args.workdir.resolve()  # the other revision's build runs in its own folder
    args.workdir.mkdir(parents=True, exist_ok=True)
    docs, how = collection(args.workdir, args.docs, args.seed, args.authorities)
    builds: list[tuple[str, Path, Path | None, Path | None]] = [
        ("", args.workdir / f"release-{args.docs}", None, None)
    ]
    if args.against:
        source = export_revision(args.workdir, args.against)
        release = args.workdir / f"release-{args.docs}-{source.name}"
        builds.append((f", code of {args.against} ({source.name[4:]})", release, source, None))
    if args.without_index:
        release = args.workdir / f"release-{args.docs}-without-index"
        builds.append((", without the search index", release, None, NO_INDEX))
    texts, rounds = [], []
    for round_ in range(1, args.rounds + 1):
        extra = ("--prerender", args.prerender) if args.prerender else ()
        if args.one_at_a_time:
            order = list(range(len(builds)))[:: 1 if round_ % 2 else -1]
            done = {i: _build(docs, builds[i][1], *builds[i][2:], extra) for i in order}
            results = [done[i] for i in range(len(builds))]
        else:
            with concurrent.futures.ThreadPoolExecutor(len(builds)) as both:
                runs = [both.submit(_build, docs, out, *how, extra) for _code, out, *how in builds]
                results = [run.result() for run in runs]
        for (code, out, source, _launcher), (cmd, run) in zip(builds, results, strict=True):
            if run.exit_code != 0:
                print(f"build{code} failed with exit code {run.exit_code}", file=sys.stderr)
                return run.exit_code if run.exit_code > 0 else 1
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            if source is not None:
                cmd = ["cd", str(source), "&&", f"PYTHONPATH={source}", *cmd]
            heading = code + (f", round {round_}" if args.rounds > 1 else "")
            texts.append(report(args.docs, run, manifest, cmd, how, heading))
            if not args.keep:
                shutil.rmtree(out)
        rounds.append([run for _cmd, run in results])
    names = ["this tree", *(code.removeprefix(", ") for code, *_ in builds[1:])]
    for i, j in [(0, k) for k in range(1, len(builds))] + ([(1, 2)] if len(builds) == 3 else []):
        pairs = [[r[i], r[j]] for r in rounds]
        texts.append(comparison(pairs, names[j], names[i], len(builds), args.one_at_a_time))
    text = "\n".join(texts)
    print(text)
    (args.workdir / f"build-{args.docs}.md").write_text(text, encoding="utf-8")
    return 0


def _build(
    docs: Path, out: Path, source: Path | None, launcher: Path | None, extra: tuple[str, ...]
) -> tuple[list[str], Run]:
    """Build ``docs`` into ``out`` with the code of ``source`` (default: this tree), by
    ``launcher`` if given, with the options ``extra``."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = build_command(docs, out, source, launcher, extra)
    env = None if source is None else {**os.environ, "PYTHONPATH": str(source)}
    print(f"$ {shlex.join(cmd)}", file=sys.stderr)
    # in ``source``: ``python -m`` puts the working folder first on the path
    return cmd, run_measured(cmd, env=env, cwd=source, out=out)


def comparison(
    rounds: list[list[Run]],
    other: str = "",
    this: str = "this tree",
    builds: int = 2,
    one_at_a_time: bool = False,
) -> str:
    """Ratios of the runs of ``this`` to the other's (the builds of a round run at the same
    time, or one after another): per round, and of the sums over the rounds."""
    other = other or "the other revision"
    how = "one after another" if one_at_a_time else "at the same time"
    lines = [
        f"## Side by side: {this} / {other} (the {builds} builds of a round ran {how})",
        "",
        f"| round | wall time: {this} / {other} | CPU time | peak RSS, largest process "
        "| peak RSS, sum over the process tree | peak PSS, sum over the process tree |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    pairs = [(str(i), new, old) for i, (new, old) in enumerate(rounds, 1)]
    if len(rounds) > 1:
        pairs.append(
            ("all (sums)", _summed([r[0] for r in rounds]), _summed([r[1] for r in rounds]))
        )
    for name, new, old in pairs:
        lines.append(
            f"| {name} | {new.wall:.1f} / {old.wall:.1f} s = {new.wall / old.wall:.3f} "
            f"| {new.cpu:.1f} / {old.cpu:.1f} s = {new.cpu / old.cpu:.3f} "
            f"| {new.max_rss / old.max_rss:.2f} | {new.tree_rss / max(old.tree_rss, 1):.2f} "
            f"| {new.tree_pss / max(old.tree_pss, 1):.2f} |"
        )
    return "\n".join([*lines, ""])


def _summed(runs: list[Run]) -> Run:
    """The runs of several rounds as one, for the ratio of the sums."""
    return Run(
        0,
        wall=sum(r.wall for r in runs),
        cpu=sum(r.cpu for r in runs),
        max_rss=sum(r.max_rss for r in runs),
        tree_rss=sum(r.tree_rss for r in runs),
        tree_pss=sum(r.tree_pss for r in runs),
    )


if __name__ == "__main__":
    sys.exit(main())
