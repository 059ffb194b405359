"""Function calls and profiled time of parsing records, and where they go (cProfile).

Usage::

    python bench/parse_profile.py --docs bench/out/docs-5000-seed42 [--n 600] [--top 25]

Parses the first ``--n`` records of the collection once unprofiled (to warm the caches), then
once under cProfile, and prints the call count and the functions with the largest cumulative
time. On a shared machine the count of calls moves far less than any time: compare two
revisions by it, each run with ``PYTHONPATH`` at its own checkout.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from pathlib import Path

from linkeddata.build.collection import find_records
from linkeddata.parser import parse_record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--n", type=int, default=600)
    parser.add_argument("--top", type=int, default=25)
    options = parser.parse_args()
    texts = [(p.read_bytes(), p) for p in find_records(options.docs)[: options.n]]
    for data, path in texts:
        parse_record(data, path.name, default_id=path.stem)
    profile = cProfile.Profile()
    profile.enable()
    for data, path in texts:
        parse_record(data, path.name, default_id=path.stem)
    profile.disable()
    stats = pstats.Stats(profile)
    calls = sum(called for _, called, _, _, _ in stats.stats.values())  # type: ignore[attr-defined]
    print(f"{len(texts)} records: {calls:,} function calls")
    stats.sort_stats("cumulative").print_stats(options.top)


if __name__ == "__main__":
    main()
