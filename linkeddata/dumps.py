"""Downloadable dumps of a release, written atomically and described by size and sha256.

All dumps are streamed from the release's N-Quads file, never read back from a store: the
on-disk store is several times slower to scan, and the in-memory one returns quads in a
different order on every run. Named-graph formats (N-Quads, JSON-LD) hold every graph in the
file's order (documents sorted by file, quads sorted within each); triple formats (N-Triples,
Turtle) hold the union of the graphs, each triple once, sorted by the system ``sort``, which
spills to disk instead of holding millions of lines in memory. gzip runs with a zero
timestamp, so the same input gives byte-identical dumps.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from .formats import BY_EXTENSION, Format
from .vocab import PREFIXES

DUMP_EXTENSIONS = ("nq", "ttl", "nt", "jsonld")
PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
_GRAPH_TERM = re.compile(rb" <[^<>]*> \.$")


@dataclass(frozen=True)
class Dump:
    """A written dump: file name, format, byte size and sha256 of the compressed file."""

    name: str
    format: Format
    size: int
    sha256: str


def write_dumps(nquads: Path, folder: Path, *, level: int = 6) -> list[Dump]:
    """Write ``dataset.{nq,ttl,nt,jsonld}.gz`` into ``folder`` from the N-Quads file ``nquads``."""
    folder.mkdir(parents=True, exist_ok=True)
    triples = folder / ".union.nt"
    _sorted_union(nquads, triples)
    # zlib and Oxigraph release the GIL: two threads keep both cores busy.
    with ThreadPoolExecutor(max_workers=2) as pool:
        dumps = list(
            pool.map(lambda ext: _write(ext, nquads, triples, folder, level), DUMP_EXTENSIONS)
        )
    triples.unlink()
    return dumps


def _write(ext: str, nquads: Path, triples: Path, folder: Path, level: int) -> Dump:
    fmt = BY_EXTENSION[ext]
    source = nquads if fmt.datasets else triples
    with _atomic_gzip(folder / f"dataset.{ext}.gz", level) as (out, done):
        if ext in ("nq", "nt"):
            with open(source, "rb") as raw:
                shutil.copyfileobj(raw, out, 1 << 20)
        else:
            parsed = ox.parse(path=str(source), format=_format_of(source))
            ox.serialize(parsed, out, fmt.oxigraph, prefixes=PREFIX_IRIS)
    return Dump(done.name, fmt, done.size, done.sha256)


def _format_of(path: Path) -> ox.RdfFormat:
    return ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.N_TRIPLES


def _sorted_union(nquads: Path, target: Path) -> None:
    """Every triple of ``nquads`` once, in byte order (``LC_ALL=C sort -u``)."""
    env = {**os.environ, "LC_ALL": "C"}
    with open(target, "wb") as out:
        sort = subprocess.Popen(
            ["sort", "-u", "-S", "25%", f"--temporary-directory={target.parent}"],
            stdin=subprocess.PIPE,
            stdout=out,
            env=env,
        )
        assert sort.stdin is not None
        with open(nquads, "rb") as source:
            for line in source:
                sort.stdin.write(_GRAPH_TERM.sub(b" .", line.rstrip(b"\n")) + b"\n")
        sort.stdin.close()
        if sort.wait() != 0:
            raise OSError(f"sort failed with exit code {sort.returncode}")


@dataclass
class _Done:
    name: str = ""
    size: int = 0
    sha256: str = ""


@contextmanager
def _atomic_gzip(target: Path, level: int) -> Iterator[tuple[IO[bytes], _Done]]:
    """A gzip stream into a hidden temp file, renamed over ``target`` only when complete."""
    partial = target.with_name(f".{target.name}.partial")
    done = _Done(target.name)
    with (
        open(partial, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=level, mtime=0) as out,
    ):
        yield out, done  # type: ignore[misc]
    done.sha256 = _sha256(partial)
    os.replace(partial, target)
    done.size = target.stat().st_size


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
