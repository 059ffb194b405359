"""CPU time per document of each step of a build's worker, in one process.

Usage::

    python bench/steps_bench.py COLLECTION [--docs 500] [--profile STEP]

Parses, maps, validates, serialises and reads the search facts of the first ``--docs``
records of ``COLLECTION`` (a folder of a synthetic collection, with its ``authorities.ttl``)
exactly as a build's worker does (:class:`linkeddata.build.pipeline.Worker`), timing each step
with ``time.process_time`` (CPU of this process only, so the load of other processes moves
it little). ``--profile STEP`` prints cProfile's top functions of that step.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import time
import types
from pathlib import Path

from linkeddata.build import pipeline
from linkeddata.build.chunks import Piece
from linkeddata.build.collection import AUTHORITY_FILE, find_records, read_record_file
from linkeddata.build.pipeline import Worker
from linkeddata.iris import Iris
from linkeddata.mapping import Context
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.registry import registry_numbers
from linkeddata.ontology import concepts_graph, shapes_graph
from linkeddata.parser import parse_record
from linkeddata.search.facts import Labels
from linkeddata.settings import load_settings

STEPS = ("parse", "map", "validate", "serialise", "facts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("collection", type=Path)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--profile", choices=(*STEPS, "convert"))
    args = parser.parse_args()
    root: Path = args.collection
    settings = load_settings(root)
    iris = Iris(settings.base)
    authority = load_authority(root / AUTHORITY_FILE, iris)
    files = find_records(root)[: args.docs]
    shapes = shapes_graph(iris)
    labels = Labels.from_graphs([authority.graph, concepts_graph(iris)])

    # the worker times its steps with perf_counter: here they are CPU time of this process
    pipeline.time = types.SimpleNamespace(  # type: ignore[assignment]
        perf_counter=time.process_time, process_time=time.process_time
    )
    profiler = cProfile.Profile() if args.profile else None
    cpu = dict.fromkeys(STEPS, 0.0)
    records = []
    start = time.process_time()
    if profiler and args.profile == "parse":
        profiler.enable()
    for path in files:
        data = read_record_file(root, path, settings.max_record_bytes)
        records.append(
            (hashlib.sha256(data).hexdigest(), parse_record(data, path.name, default_id=path.stem))
        )
    if profiler:
        profiler.disable()
    cpu["parse"] = time.process_time() - start
    index: dict[str, list[str]] = {}
    for _, record in records:
        for number in registry_numbers(record):
            index.setdefault(number, []).append(record.id.value)
    context = Context(iris, authority, {k: tuple(v) for k, v in index.items()})
    worker = Worker(context, shapes, labels)
    if profiler and args.profile != "parse":
        profiler.enable()
    pieces: list[Piece] = [worker.piece(sha, record, serialise=True) for sha, record in records]
    if profiler:
        profiler.disable()
    for piece in pieces:  # the worker's own split, timed with process_time (see main)
        for step, seconds in piece.document.seconds.items():
            if step in cpu:  # not "facts cpu", the same as "facts" here
                cpu[step] += seconds
    n = len(records)
    print(f"{n} documents of {root}")
    for step in STEPS:
        print(f"  {step:10s} {1000 * cpu[step] / n:6.2f} ms/doc")
    print(f"  {'pass 2':10s} {1000 * sum(cpu[s] for s in STEPS[1:]) / n:6.2f} ms/doc")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
