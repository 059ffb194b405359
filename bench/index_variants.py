"""CPU of the search index's writer with a part of the index left out: what each part costs.

Usage::

    python bench/index_variants.py FACTS_PICKLE [--rounds 3] [--variants as-built,no-pairs]

``FACTS_PICKLE`` is the cache ``bench/index_steps.py`` writes (``WORKDIR/index-facts-*.pickle``).
Each variant runs in a process of its own, the variants alternating round after round (CPU of one
process moves with the machine's load: compare within a round). A variant:

- *as-built*: :class:`linkeddata.search.writer.IndexWriter` as the build runs it;
- *no-prefix*: the ``text`` table without its prefix index (the frequent prefixes' lists are
  then FTS5 merges of every word's list);
- *no-pairs*: no word pairs (neither the pair text nor the ``pairs`` table's rows);
- *no-entity-pairs*: the entities' column kept, but no word pairs of it;
- *no-entities*: the entities' labels left out of the documents' rows (the ``entities``
  column empty, its pairs gone): what answering the labels from elsewhere would save.

Prints the writer's CPU (its own accounting), split into inserting and finishing, and the
frequent lists' share of the finishing.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from linkeddata.search import columns as made_columns
from linkeddata.search import frequent, writer
from linkeddata.search.facts import Facts

CHUNK = 64


def _without_pairs(facts: Facts) -> made_columns.Columns:
    """The columns of ``facts`` as :func:`~linkeddata.search.columns.columns` makes them, but
    no pair text (and so no row of ``pairs``)."""
    texts = (facts.title, facts.summary, "\n\n".join(facts.texts))
    title, summary, body = (made_columns.searchable(text) for text in texts)
    parts = [made_columns._labels(e.labels or (e.label,)) for e in facts.entities]
    entities = made_columns.SEPARATOR.join(part.text for part in parts)
    return made_columns.Columns((title, summary, body, entities), "")


def _without_entity_pairs(facts: Facts) -> made_columns.Columns:
    """The columns of ``facts``, with the pairs of the three first columns only."""
    made = made_columns.columns(facts)
    pairs = " ".join(map(made_columns.pair_text, made.columns[:3]))
    return made_columns.Columns(made.columns, pairs if made.pairs is not None else None)


def _without_entities(facts: Facts) -> made_columns.Columns:
    """The columns of ``facts`` with the entities' column empty, and its pairs left out."""
    texts = (facts.title, facts.summary, "\n\n".join(facts.texts))
    made = tuple(made_columns.searchable(text) for text in texts)
    pairs = " ".join(map(made_columns.pair_text, made))
    return made_columns.Columns((*made, ""), pairs)


def run(facts_pickle: Path, variant: str) -> str:
    """One writer run of ``variant`` in this process: a line of figures."""
    facts: list[Facts] = pickle.loads(facts_pickle.read_bytes())[0]
    for f in facts:
        f.made = None  # made by the writer, as before the workers made them
    if variant == "no-prefix":
        writer.TABLES = writer.TABLES.replace(", prefix='3 4'", "")
    elif variant == "no-pairs":
        writer.columns_of = _without_pairs  # type: ignore[assignment]
    elif variant == "no-entity-pairs":
        writer.columns_of = _without_entity_pairs  # type: ignore[assignment]
    elif variant == "no-entities":
        writer.columns_of = _without_entities  # type: ignore[assignment]
    seconds = {"frequent": 0.0}
    write = frequent.write

    def timed(db: object, beside: object = None) -> float:
        start = time.thread_time()
        cpu = write(db, beside)  # type: ignore[arg-type]
        seconds["frequent"] = time.thread_time() - start + cpu
        return cpu

    frequent.write = timed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        index = writer.IndexWriter(Path(folder) / "search.sqlite")
        for i in range(0, len(facts), CHUNK):
            index.add(facts[i : i + CHUNK])
        index.finish()
    inserting, finishing = index.cpu - index.finishing, index.finishing
    return (
        f"| {variant} | {index.cpu:.2f} | {inserting:.2f} | {finishing:.2f} "
        f"| {seconds['frequent']:.2f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("facts", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    variants = "as-built,no-prefix,no-pairs,no-entity-pairs,no-entities"
    parser.add_argument("--variants", default=variants)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child's variant
    args = parser.parse_args()
    if args.one:
        print(run(args.facts, args.one))
        return
    print("| variant | writer CPU s | inserting | finishing | frequent lists |")
    print("|---|---:|---:|---:|---:|")
    for _ in range(args.rounds):
        for variant in args.variants.split(","):
            command = [sys.executable, __file__, str(args.facts), "--one", variant]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            print(done.stdout.strip())


if __name__ == "__main__":
    main()
