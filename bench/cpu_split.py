"""Run ``linkeddata ARGS`` in this process and say where its CPU went: this (the main)
process, its children (worker pools, ``sort``, the JSON-LD writer), and Python's garbage
collections in the main process.

Usage::

    PYTHONPATH=SOURCE python bench/cpu_split.py build DOCS --out OUT --quiet

Prints one line on standard error: wall seconds, main CPU, children CPU, and the
collections' CPU by generation. Profilers mislead on this shared machine (cProfile's overhead
per call, py-spy's samples of a thread waiting for a core): ``getrusage`` counts what ran.
"""

from __future__ import annotations

import contextlib
import gc
import resource
import runpy
import sys
import time
from typing import Any


def main(argv: list[str]) -> None:
    spent: dict[int, float] = {}
    started = [0.0]

    def collecting(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started[0] = time.thread_time()
        else:
            generation = int(info["generation"])
            spent[generation] = spent.get(generation, 0.0) + time.thread_time() - started[0]

    gc.callbacks.append(collecting)
    start = time.perf_counter()
    sys.argv = ["linkeddata", *argv]
    with contextlib.suppress(SystemExit):
        runpy.run_module("linkeddata", run_name="__main__")
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    collections = " / ".join(f"{spent.get(g, 0.0):.2f}" for g in range(3))
    print(
        f"wall {time.perf_counter() - start:.1f} s, main CPU {own.ru_utime + own.ru_stime:.1f} s,"
        f" children CPU {children.ru_utime + children.ru_stime:.1f} s,"
        f" collections (generation 0 / 1 / 2) {collections} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
