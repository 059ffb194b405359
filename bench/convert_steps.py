"""What converting a record costs, step by step, with one revision of the code or another:
parsing the text, mapping the record to its graph, and the mention scan of the authority file
inside the mapping (its share grows with the authority file).

Usage::

    python bench/convert_steps.py --docs FOLDER [--n 1500] [--authority FILE]

Run it twice side by side, once with ``PYTHONPATH`` at another checkout, to compare two
revisions on the same machine at the same time. CPU per record (``time.process_time``), each
step run twice and the second run kept.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.parser import parse_record

T = TypeVar("T")


def per_record(step: Callable[[T], object], items: list[T]) -> float:
    """Milliseconds of CPU per item, the second of two runs."""
    spent = 0.0
    for _ in range(2):
        started = time.process_time()
        for item in items:
            step(item)
        spent = time.process_time() - started
    return spent * 1000 / len(items)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--authority", type=Path)
    args = parser.parse_args()
    files = sorted(args.docs.rglob("*.txt"))[: args.n]
    iris = Iris("http://127.0.0.1:8080/")
    authority = load_authority(args.authority or args.docs / "authorities.ttl", iris)
    texts = [f.read_text(encoding="utf-8") for f in files]
    records = [
        parse_record(t, str(f), default_id=f.stem) for t, f in zip(texts, files, strict=True)
    ]
    context = Context(iris, authority, {})
    parse = per_record(lambda t: parse_record(t, "x.txt", default_id="x"), texts)
    scan = per_record(lambda t: authority.scan(t), texts)
    mapping = per_record(lambda r: map_record(r, context, sha256="0" * 64), records)
    print(
        f"{len(files)} records: parse {parse:.3f} ms, map {mapping:.3f} ms, of which the"
        f" mention scan of the whole text {scan:.3f} ms"
    )


if __name__ == "__main__":
    main()
