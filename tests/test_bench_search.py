"""The query mix of ``bench/search_bench.py``: the same queries for the same index and seed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from linkeddata.search.facts import Facts
from linkeddata.search.writer import IndexWriter

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_the_same_index_and_seed_draw_the_same_queries(tmp_path: Path) -> None:
    """The phrases were drawn from titles that SQLite's unseeded ``random()`` ordered, so
    runs compared different phrases (and, the generator's state moved, prefixes after them)."""
    sys.path.insert(0, str(BENCH))
    try:
        import search_bench
    finally:
        sys.path.remove(str(BENCH))
    rng = random.Random(3)
    words = ["note", "party", "workers", "embassy", "telegram", "report", "meeting", "visit"]
    path = tmp_path / "search.sqlite"
    writer = IndexWriter(path)
    writer.add(
        [
            Facts(
                iri=f"http://example.org/id/document/{n}",
                key=str(n),
                title=" ".join(rng.choices(words, k=rng.randrange(2, 7))) + " 平壤",
                date=f"{1950 + n % 30}-01-01",
                editorial=False,
                summary=" ".join(rng.choices(words, k=12)),
                texts=(),
                values={"type": (f"http://example.org/type/{n % 3}",)},
            )
            for n in range(400)
        ]
    )
    writer.finish()
    first = search_bench.draw(path, 10, 42)
    assert len({search.text for name, search in first if name == "phrase"}) > 3
    for _ in range(3):
        assert search_bench.draw(path, 10, 42) == first
    assert search_bench.draw(path, 10, 43) != first
