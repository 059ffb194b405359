"""What a full garbage collection costs a forked worker, with and without ``gc.freeze``.

Usage::

    python bench/fork_gc.py [--objects 1000000]

The main process holds ``--objects`` small dicts (as a build holds every file's report when
it forks the workers of pass 2), then forks two workers the way a build does
(:class:`linkeddata.build.executors.LocalExecutor`), once as before (no initializer) and once
with ``gc.freeze`` as the pool's initializer. Each worker runs a full collection and reports
its CPU time and the worker's private dirty memory and PSS afterwards (``smaps_rollup``): a
collection writes in the header of every object it walks, which copies each inherited page.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import time
from collections.abc import Callable


def collect(_: int) -> tuple[int, int, float]:
    """A full collection here: (private dirty MiB, PSS MiB, CPU ms)."""
    start = time.process_time()
    gc.collect()
    cpu = time.process_time() - start
    with open("/proc/self/smaps_rollup") as rollup:
        fields = dict(line.split(":", 1) for line in rollup.read().splitlines()[1:])
    kib = {name: int(fields[name].split()[0]) for name in ("Private_Dirty", "Pss")}
    return kib["Private_Dirty"] // 1024, kib["Pss"] // 1024, 1000 * cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--objects", type=int, default=1_000_000)
    args = parser.parse_args()
    held = [{"id": [n, str(n)]} for n in range(args.objects)]
    gc.collect()
    initializers: dict[str, Callable[[], None] | None] = {"as before": None, "frozen": gc.freeze}
    print("| workers | private dirty MiB | PSS MiB | full collection, ms of CPU |")
    print("|---|---:|---:|---:|")
    for name, initializer in initializers.items():
        with multiprocessing.get_context("fork").Pool(2, initializer=initializer) as pool:
            for dirty, pss, cpu in pool.map(collect, range(2), chunksize=1):
                print(f"| {name} | {dirty} | {pss} | {cpu:.0f} |")
    print(f"\n{len(held):,} dicts held by the main process when it forked")


if __name__ == "__main__":
    main()
