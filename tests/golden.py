"""Shared by the golden test, and run as a script to rewrite the golden file after review."""

from __future__ import annotations

import hashlib
from pathlib import Path

from linkeddata.iris import Iris
from linkeddata.mapping import Context, Mapped, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.parser import read_record
from linkeddata.vocab import PREFIXES

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "documents"
SEED = DOCUMENTS / "116702.txt"
GOLDEN = Path(__file__).resolve().parent / "data" / "golden" / "116702.ttl"
IRIS = Iris("http://127.0.0.1:8080/")


def convert_seed() -> Mapped:
    """The seed record mapped with the collection's authority file, as the build does."""
    record = read_record(SEED, DOCUMENTS)
    context = Context(IRIS, load_authority(DOCUMENTS / "authorities.ttl", IRIS))
    return map_record(record, context, sha256=hashlib.sha256(SEED.read_bytes()).hexdigest())


def main() -> None:
    graph = convert_seed().graph
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.bind("id", IRIS.id_base)
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    print(f"wrote {GOLDEN}: review it with git diff")


if __name__ == "__main__":
    main()
