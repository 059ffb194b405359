"""Benchmark a build with the local executor and with a Dask cluster on this machine.

Usage::

    python bench/dask_bench.py --docs 2000 [--workers 2] [--workdir bench/out] [--seed 42]

Starts ``dask scheduler`` and ``--workers`` one-thread ``dask worker`` processes on
127.0.0.1, builds the synthetic collection of ``generate.py`` with ``--executor local:N``
and with ``--executor dask://...``, and prints, as Markdown, each build's wall time, the
build process tree's peak memory (the Dask workers, separate processes, are sampled apart),
the manifest's stage timings, and whether the two releases' dumps are the same bytes. On one
machine the cluster can only add the cost of shipping results; the figures say how much.
"""

from __future__ import annotations

import argparse
import json
import shlex
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from build_bench import REPO, build_command, collection, machine, run_measured, tree_rss

MiB = 1024 * 1024
DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_cluster(workers: int, logs: Path) -> tuple[str, list[subprocess.Popen[bytes]]]:
    """A scheduler and ``workers`` workers; its address once every worker has joined."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rpartition(":")[2]
    commands = [["scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"]]
    worker = ["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
    commands += [[*worker, "--host", "127.0.0.1"]] * workers
    processes = []
    for i, args in enumerate(commands):
        with (logs / f"dask-{i}.log").open("wb") as log:
            processes.append(subprocess.Popen([str(DASK), *args], stdout=log, stderr=log))
    deadline = time.monotonic() + 120
    while True:
        try:
            with Client(address, timeout=5, set_as_default=False) as client:
                client.wait_for_workers(workers, timeout=max(deadline - time.monotonic(), 1))
                return address, processes
        except (OSError, TimeoutError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def sampled_peak(pids: list[int], done: threading.Event) -> list[int]:
    """The peak summed memory of ``pids``, sampled until ``done`` (in a list, filled later)."""
    peak = [0]

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], sum(tree_rss(pid) for pid in pids))

    threading.Thread(target=sample, daemon=True).start()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2_000)
    parser.add_argument("--workers", type=int, default=2, help="local processes, Dask workers")
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    docs, _how = collection(args.workdir, args.docs, args.seed, REPO / "documents/authorities.ttl")
    address, processes = start_cluster(args.workers, args.workdir)
    rows, dumps = [], {}
    try:
        for name, executor in (
            ("local", f"local:{args.workers}"),
            ("dask", address.replace("tcp://", "dask://")),
        ):
            out = args.workdir / f"release-dask-bench-{name}"
            cmd = [*build_command(docs, out), "--executor", executor, "--quiet"]
            print(f"$ {shlex.join(cmd)}", file=sys.stderr)
            done = threading.Event()
            workers_peak = sampled_peak([p.pid for p in processes[1:]], done)
            run = run_measured(cmd)
            done.set()
            if run.exit_code != 0:
                print(f"{name}: the build failed ({run.exit_code})", file=sys.stderr)
                return 1
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            dumps[name] = manifest["dumps"]
            timings = manifest["timings"]
            rows.append(
                f"| {name} | {run.wall:.1f} | {args.docs / run.wall:.0f} | "
                f"{run.tree_rss / MiB:.0f} | {workers_peak[0] / MiB:.0f} | "
                f"{timings.get('scan', 0):.1f} | {timings.get('convert', 0):.1f} |"
            )
    finally:
        for process in processes:
            process.terminate()
            process.wait()
    print(f"{args.docs} documents, {args.workers} workers; machine: {machine()}\n")
    print(
        "| executor | wall s | docs/s | build tree peak MiB | Dask workers peak MiB "
        "| scan s | convert s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print(f"\nsame dumps (sha256): {dumps['local'] == dumps['dask']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
