"""The triple dumps (N-Triples, Turtle), written from the sorted union of the graphs shard by
shard (:func:`~.union.shards`), each shard a gzip member (:mod:`.members`) copied from the
previous release's file when it holds the same statements.

They run in worker processes (the build's pool, idle by then): Oxigraph's parser and writers
hold the GIL while they iterate, so threads would take turns.
"""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox

from ..vocab import PREFIXES
from .members import Member, MemberFile, Previous, key
from .union import BLOCK, Spliced, shards

PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
Written = tuple[str, int, str, int]  # name, size, sha256, lines: what another process sends


def turtle(ntriples: bytes) -> tuple[bytes, bytes]:
    """The prefix lines (:data:`PREFIX_IRIS`, all of them, whatever is used) and the
    statements of ``ntriples`` as Turtle, a subject's statements grouped."""
    parsed = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    data = ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS) or b""
    end = 0
    while data.startswith(b"@prefix ", end):
        end = data.index(b"\n", end) + 1
    return data[:end], data[end:]


PREFIX_LINES = turtle(b"<urn:x:s> <urn:x:p> <urn:x:o> .\n")[0]


def write_union(
    ext: str, union: Path, spliced: bytes, target: Path, level: int, previous: Previous
) -> tuple[Written, list[Member]]:
    """The dump ``target`` for ``ext`` (``nt`` or ``ttl``) of the sorted ``union``, with the
    ``spliced`` line in it: a member per shard, copied from ``previous`` when it holds the
    same statements, else compressed (as they are for N-Triples; for Turtle, as Oxigraph
    writes them, after a first member of the prefix lines)."""
    with (
        MemberFile(target, level, previous) as out,
        io.BufferedReader(Spliced(union, spliced), BLOCK) as source,
    ):
        if ext == "ttl":
            out.add(key(PREFIX_LINES), PREFIX_LINES)
        for shard in shards(source):
            name = key(shard)
            if not out.reuse(name):
                out.add(name, shard if ext == "nt" else turtle(shard)[1])
    return out.written()
