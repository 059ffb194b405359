"""Downloadable dumps of a release, written atomically and described by size and sha256.

Named-graph formats (N-Quads, JSON-LD) hold every graph; triple formats (Turtle, N-Triples)
hold the union of the graphs, each triple once. Files are gzip-compressed with a zero
timestamp so the same store gives byte-identical dumps.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Store, Triple, serialize

from .formats import BY_EXTENSION, Format
from .vocab import PREFIXES

DUMP_EXTENSIONS = ("nq", "ttl", "nt", "jsonld")
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


@dataclass(frozen=True)
class Dump:
    """A written dump: file name, format, byte size and sha256 of the compressed file."""

    name: str
    format: Format
    size: int
    sha256: str


def write_dumps(store: Store, folder: Path, *, level: int = 6) -> list[Dump]:
    """Write ``dataset.{nq,ttl,nt,jsonld}.gz`` from ``store`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [_write(store, folder, BY_EXTENSION[ext], level) for ext in DUMP_EXTENSIONS]


def _union(store: Store) -> Iterator[Triple]:
    yield from store.query(_UNION, use_default_graph_as_union=True)


def _write(store: Store, folder: Path, fmt: Format, level: int) -> Dump:
    name = f"dataset.{fmt.extension}.gz"
    target = folder / name
    partial = folder / f".{name}.partial"
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    with open(partial, "wb") as raw, gzip.GzipFile(
        filename="", mode="wb", fileobj=raw, compresslevel=level, mtime=0
    ) as out:
        if fmt.datasets:
            store.dump(out, fmt.oxigraph, prefixes=prefixes if fmt.name != "nquads" else None)
        else:
            serialize(_union(store), out, fmt.oxigraph, prefixes=prefixes)
    digest = _sha256(partial)
    os.replace(partial, target)
    return Dump(name, fmt, target.stat().st_size, digest)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
