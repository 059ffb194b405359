"""The JSON-LD dump, written shard by shard in a child process of its own (``python -m
linkeddata.build.jsonld_dump FOLDER LEVEL``) while the build goes on.

Its standard input: one line of JSON naming the previous release's JSON-LD dump and its
members (``{"previous": PATH or null, "members": [[key, offset, length, lines], ...]}``),
then each shard of the N-Quads dump as a line ``SHA256 LENGTH`` followed by its ``LENGTH``
bytes. Each shard becomes one gzip member (:mod:`.members`): the shard's graphs as JSON-LD,
without the enclosing brackets, after a comma but for the first; a member of the previous
file with the same key is copied instead. The whole file is ``[`` + members + ``]``, one JSON
array of named graphs, as Oxigraph writes it for all the quads at once.

Prints what was written, ``[[name, size, sha256, lines], members]``, as JSON; a failure is
one line on standard error (the build names the writer that failed), not a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from ..release.layout import dump_name
from .members import Member, MemberFile, Previous, key
from .sorted_dumps import Written

HEADER, FOOTER = b"[", b"]"


def body(nquads: bytes) -> bytes:
    """The named graphs of ``nquads`` as JSON-LD objects, comma-separated, without brackets."""
    parsed = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    data = ox.serialize(parsed, format=ox.RdfFormat.JSON_LD) or b""
    if data[:1] != HEADER or data[-1:] != FOOTER:
        raise ValueError(f"not a JSON-LD array: {data[:40]!r}")
    return data[1:-1]


def write(source: IO[bytes], folder: Path, level: int) -> tuple[Written, list[Member]]:
    """Read the input described above from ``source``; write the dump into ``folder``."""
    said = json.loads(source.readline())
    path = Path(said["previous"]) if said["previous"] else None
    previous = Previous.of(path, [tuple(m) for m in said["members"]])
    with MemberFile(folder / dump_name("jsonld"), level, previous) as out:
        out.add(key(HEADER), HEADER)
        first = True
        while line := source.readline():
            sha, length = line.split()
            shard = source.read(int(length))
            if len(shard) != int(length):
                raise EOFError(f"a shard of {int(length)} bytes ended after {len(shard)}")
            name = f"{sha.decode()}:{'first' if first else 'rest'}"
            if not out.reuse(name):
                data = body(shard)
                out.add(name, data if first else b"," + data)
            first = False
        out.add(key(FOOTER), FOOTER)
    return out.written()


def main(folder: str, level: str) -> None:
    try:
        written = write(sys.stdin.buffer, Path(folder), int(level))
    except Exception as error:
        sys.exit(f"error: the jsonld dump: {type(error).__name__}: {error}")
    print(json.dumps(written))


if __name__ == "__main__":
    main(*sys.argv[1:])
