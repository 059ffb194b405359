"""CPU time of the search index's share of a build, step by step, in one process.

Usage::

    python bench/index_steps.py COLLECTION [--docs 2000] [--workdir bench/out] [--repeat 3]

Converts the first ``--docs`` records of ``COLLECTION`` as a build's worker does (reusing
``WORKDIR/index-facts-N.pickle`` when it exists: delete it after changing the facts step),
timing the facts step (``time.process_time``), then writes the search index of those
documents into a temporary file ``--repeat`` times with :class:`linkeddata.search.writer.
IndexWriter`, as the build does (its thread, ``finish``), and reports its own CPU accounting
(``IndexWriter.cpu``) and each step of it timed apart on the same documents:

- *columns*: the text columns of each document as :func:`~linkeddata.search.columns.columns`
  makes them (:func:`~linkeddata.search.text.searchable`, the check for characters outside
  the pairs' safe ranges, the pair text);
- *text insert*, *pairs insert*: the ``executemany`` of each FTS5 table, chunk by chunk;
- *optimize*: merging each FTS5 table into one segment.

CPU of one process moves much less with the load of other processes than wall time; run
before and after alternately, more than once.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sqlite3
import tempfile
import time
import types
from pathlib import Path

from linkeddata.build import pipeline
from linkeddata.build.collection import AUTHORITY_FILE, find_records, read_record_file
from linkeddata.build.pipeline import Worker
from linkeddata.iris import Iris
from linkeddata.mapping import Context
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.registry import registry_numbers
from linkeddata.ontology import concepts_graph, shapes_graph
from linkeddata.parser import parse_record
from linkeddata.search import writer
from linkeddata.search.facts import Facts, Labels
from linkeddata.search.schema import TABLES
from linkeddata.settings import load_settings

try:
    from linkeddata.search.columns import columns
except ImportError:  # a revision from before columns.py
    from linkeddata.search.writer import columns  # type: ignore[attr-defined, no-redef]

CHUNK = 64  # documents per IndexWriter.add, about what a build's chunk holds


def facts_of(root: Path, n: int, cache: Path) -> tuple[list[Facts], float]:
    """The facts of the first ``n`` records and the CPU seconds the facts step took."""
    if cache.exists():
        facts, seconds = pickle.loads(cache.read_bytes())
        return facts, seconds
    settings = load_settings(root)
    iris = Iris(settings.base)
    authority = load_authority(root / AUTHORITY_FILE, iris)
    labels = Labels.from_graphs([authority.graph, concepts_graph(iris)])
    records = []
    for path in find_records(root)[:n]:
        data = read_record_file(root, path, settings.max_record_bytes)
        sha = hashlib.sha256(data).hexdigest()
        records.append((sha, parse_record(data, path.name, default_id=path.stem)))
    numbers: dict[str, list[str]] = {}
    for _, record in records:
        for number in registry_numbers(record):
            numbers.setdefault(number, []).append(record.id.value)
    context = Context(iris, authority, {k: tuple(v) for k, v in numbers.items()})
    worker = Worker(context, shapes_graph(iris), labels)
    pipeline.time = types.SimpleNamespace(  # type: ignore[assignment, attr-defined]
        perf_counter=time.process_time, process_time=time.process_time
    )
    pieces = [worker.piece(sha, record, serialise=True) for sha, record in records]
    facts = [p.facts for p in pieces if p.facts is not None]
    seconds = sum(p.document.seconds.get("facts cpu", 0.0) for p in pieces)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps((facts, seconds)))
    return facts, seconds


def chunks(facts: list[Facts]) -> list[list[Facts]]:
    return [facts[i : i + CHUNK] for i in range(0, len(facts), CHUNK)]


def whole(facts: list[Facts], folder: Path) -> tuple[float, float]:
    """The writer as the build runs it: (its own CPU accounting, CPU of this process)."""
    path = folder / "search.sqlite"
    path.unlink(missing_ok=True)
    start = time.process_time()
    index = writer.IndexWriter(path)
    for chunk in chunks(facts):
        index.add(chunk)
    index.finish()
    return index.cpu, time.process_time() - start


def steps(facts: list[Facts], folder: Path) -> dict[str, float]:
    """CPU seconds of each step, apart."""
    cpu: dict[str, float] = {}
    start = time.process_time()
    made = [[columns(f) for f in chunk] for chunk in chunks(facts)]
    cpu["columns (searchable, safe, pair text)"] = time.process_time() - start
    path = folder / "steps.sqlite"
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + TABLES)
    for table in ("text", "pairs"):
        for option, value in writer.MERGING:
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES (?, ?)", (option, value))
    db.execute("BEGIN")
    text_sql = (
        "INSERT INTO text(rowid, title, summary, body, entities, facets) VALUES (?,?,?,?,?,?)"
    )
    row = 0
    text_rows, pair_rows = [], []
    for chunk in made:
        texts, pairs = [], []
        for cols in chunk:
            row += 1
            texts.append((row, *cols.columns, "\ue0001"))
            if cols.pairs is not None:
                pairs.append((row, cols.pairs))
        text_rows.append(texts)
        pair_rows.append(pairs)
    for name, sql, rows in (
        ("text insert", text_sql, text_rows),
        ("pairs insert", "INSERT INTO pairs(rowid, words) VALUES (?, ?)", pair_rows),
    ):
        start = time.process_time()
        for chunk_rows in rows:
            db.executemany(sql, chunk_rows)
        cpu[name] = time.process_time() - start
    for table in ("text", "pairs"):
        start = time.process_time()
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        cpu[f"{table} optimize"] = time.process_time() - start
    db.execute("COMMIT")
    db.close()
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("collection", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workdir", type=Path, default=Path("bench/out"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cache = args.workdir / f"index-facts-{args.collection.name}-{args.docs}.pickle"
    facts, facts_cpu = facts_of(args.collection, args.docs, cache)
    n = len(facts)
    print(f"{n} documents of {args.collection}; facts step in the workers:", end=" ")
    print(f"{1000 * facts_cpu / n:.3f} ms/doc (CPU, when the cache was made)")
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        folder = Path(tmp)
        totals: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            own, process = whole(facts, folder)
            totals.setdefault("IndexWriter.cpu (its own accounting)", []).append(own)
            totals.setdefault("IndexWriter, CPU of the process", []).append(process)
            for name, seconds in steps(facts, folder).items():
                totals.setdefault(name, []).append(seconds)
    print(f"| step | best of {args.repeat}, ms/doc | all runs, ms/doc |")
    print("|---|---:|---:|")
    for name, values in totals.items():
        runs = ", ".join(f"{1000 * v / n:.3f}" for v in values)
        print(f"| {name} | {1000 * min(values) / n:.3f} | {runs} |")


if __name__ == "__main__":
    main()
