"""Give a copy of a release's search index of format 5 the table ``frequent`` of format 6
(:mod:`linkeddata.search.frequent`), to measure its searches at 100,000 documents without
rebuilding the whole release, and what finding the frequent lists costs. Usage::

    python bench/frequent_index.py OLD_RELEASE NEW_RELEASE

``NEW_RELEASE`` becomes a hard-linked copy of ``OLD_RELEASE`` (``cp -al``) whose
``search.sqlite`` is a new file; the old one is only read. Prints the lists kept and the
CPU seconds :func:`~linkeddata.search.frequent.write` took (what the build's index adds).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

from release_copy import index_copy

from linkeddata.search import frequent
from linkeddata.search.schema import TABLES, VERSION


def upgrade(path: Path) -> float:
    """Add the table to the index at ``path``; the CPU seconds of finding its lists."""
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    db.execute("BEGIN")
    table = TABLES[TABLES.index("CREATE TABLE frequent(") :]
    db.execute(table[: table.index(";")])
    db.execute("UPDATE meta SET value = ? WHERE key = 'version'", (VERSION,))
    start = time.process_time()
    frequent.write(db)
    seconds = time.process_time() - start
    db.execute("COMMIT")
    db.close()
    return seconds


def main() -> int:
    index, copy = index_copy(Path(sys.argv[1]), Path(sys.argv[2]))
    load = os.getloadavg()[0]
    seconds = upgrade(copy)
    copy.replace(index)
    with sqlite3.connect(index) as db:
        kept = dict(db.execute("SELECT source, count(*) FROM frequent GROUP BY source"))
        size = db.execute("SELECT sum(length(documents)) FROM frequent").fetchone()[0] or 0
    print(
        f"lists kept: {kept}, {size / 2**20:.1f} MiB; {seconds:.1f} s of CPU"
        f" (load average {load:.2f} -> {os.getloadavg()[0]:.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
