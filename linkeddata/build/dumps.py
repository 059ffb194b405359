"""Downloadable dumps of a release, written atomically and described by size and sha256.

The dumps are written from the release's N-Quads as the build produces them, never read back
from a store: the on-disk store is several times slower to scan, and the in-memory one returns
quads in a different order on every run. Named-graph formats (N-Quads, JSON-LD) hold every
graph in the order written (documents sorted by file, quads sorted within each); triple formats
(N-Triples, Turtle) hold the union of the graphs, each triple once, sorted by the system
``sort``, which spills to disk instead of holding millions of lines in memory.

Every dump is a series of gzip members, one per shard (:mod:`.members`): a member of the
previous release's file with the same content is copied instead of being compressed (and
serialised) again, so an incremental build spends its time on the shards a change touched.
The named-graph dumps are cut into shards before the documents whose graph name hashes to a
boundary (the writer says where each document begins: ``cuts``) and before each
collection-wide graph; the sorted union is cut before subjects (:func:`~.union.shards`).

:class:`DumpWriter` streams, while documents arrive: it writes the N-Quads dump shard by shard,
feeds the triples to ``sort`` and the shards to a JSON-LD writer in a child process
(:mod:`.jsonld_dump`), both running beside the build. :func:`write_dumps` then writes the
Turtle and N-Triples dumps from the sorted union, in worker processes
(:mod:`.sorted_dumps`).

gzip runs with a zero timestamp, so the same input gives byte-identical dumps, at level 3:
zlib's fastest levels (1-3) all cost about a third of level 6, and 3 compresses best of them
(37 % larger than level 6, 14 % smaller than level 1; see docs/benchmarks.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from pathlib import Path
from typing import IO, Any

from ..formats import BY_EXTENSION, Format
from ..release.layout import dump_name
from . import jsonld_dump
from .feeder import Feeder
from .members import Member, MemberFile, Previous, key
from .sorted_dumps import Written, write_union
from .union import count_lines

LEVEL = 3
SORT_MEMORY = "256M"  # sort's buffer; larger unions are merged from temporary files
CUT = b""
"""Between two blocks fed to the named-graph dumps: a shard ends here."""


@dataclass(frozen=True)
class Dump:
    """A written dump: file name, format, byte size and sha256 of the compressed file, the
    statements it holds (its lines, in the line-based formats) and its gzip members."""

    name: str
    format: Format
    size: int
    sha256: str
    statements: int
    members: tuple[Member, ...] = field(default=(), repr=False)


def triples_of(nquads: bytes, graph: str) -> bytes:
    """The lines of one graph's N-Quads without the graph name: N-Triples.

    Every line ends with `` <graph> .``; a literal cannot hold a raw line end, so the pattern
    with its line end only ever matches there.
    """
    return nquads.replace(f" <{graph}> .\n".encode(), b" .\n")


def cut(data: bytes, cuts: Sequence[int]) -> list[bytes]:
    """``data`` as blocks for the named-graph dumps, with a :data:`CUT` at each offset of
    ``cuts`` (in order)."""
    blocks: list[bytes] = []
    start = 0
    for offset in cuts:
        if offset > start:
            blocks.append(data[start:offset])
        blocks.append(CUT)
        start = offset
    if start < len(data):
        blocks.append(data[start:])
    return blocks


class _Shards:
    """The named-graph dumps' sink: blocks gathered into shards; each shard written to the
    N-Quads dump and sent to the JSON-LD writer."""

    def __init__(self, nquads: MemberFile, jsonld: IO[bytes]) -> None:
        self._nquads, self._jsonld = nquads, jsonld
        self._blocks: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not data:  # CUT
            self._shard()
        else:
            self._blocks.append(data)

    def _shard(self) -> None:
        if not self._blocks:
            return
        shard = b"".join(self._blocks)
        self._blocks = []
        name = key(shard)
        if not self._nquads.reuse(name):
            self._nquads.add(name, shard)
        self._jsonld.write(f"{name} {len(shard)}\n".encode())
        self._jsonld.write(shard)

    def close(self) -> None:
        self._shard()
        self._nquads.close()
        self._jsonld.close()


class DumpWriter:
    """The dumps of a release in ``folder``, streamed while the build goes on; ``previous``:
    the previous release's dumps by extension, whose members are copied when unchanged."""

    def __init__(
        self, folder: Path, *, level: int = LEVEL, previous: dict[str, Previous] | None = None
    ) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.level = folder, level
        self.previous = previous or {}
        self.union = folder / ".union.nt"
        sort = ["sort", "-u", "-S", SORT_MEMORY, "-T", str(folder), "-o", str(self.union)]
        jsonld = [sys.executable, "-m", jsonld_dump.__name__, str(folder), str(level)]
        self._sort = _start(sort, env={**os.environ, "LC_ALL": "C"})
        self._jsonld = _start(jsonld, stdout=subprocess.PIPE)
        before = self.previous.get("jsonld", Previous())
        said = {
            "previous": str(before.path) if before.path else None,
            "members": [(name, *where) for name, where in before.index.items()],
        }
        _stdin(self._jsonld).write(json.dumps(said).encode() + b"\n")
        self._nquads = MemberFile(folder / dump_name("nq"), level, self.previous.get("nq"))
        self._feeders = {
            "sort": Feeder(_stdin(self._sort)),
            "graphs": Feeder(_Shards(self._nquads, _stdin(self._jsonld))),
        }
        self._open = set(self._feeders)
        self.spliced = b""  # a line read into the union in its sorted place: see .union

    def write(self, nquads: bytes, triples: bytes, cuts: Sequence[int] = (0,)) -> None:
        """Add quads (whole graphs, in order; a shard begins at each offset of ``cuts``) and
        the same statements as N-Triples."""
        self._feeders["sort"].write(triples)
        self.write_graphs(nquads, cuts)

    def add_to_union(self, triples: bytes) -> None:
        """Add statements to the union only (their graph is written by :meth:`write_graphs`)."""
        self._feeders["sort"].write(triples)

    def write_graphs(self, nquads: bytes, cuts: Sequence[int] = (0,)) -> None:
        """Add quads to the named-graph dumps only (their triples are in the union already)."""
        for block in cut(nquads, cuts):
            self._feeders["graphs"].write(block)

    def close_union(self) -> int:
        """End the union's input and wait for ``sort``: the distinct triples it holds."""
        self._close("sort")
        return count_lines(self.sorted_union())

    def close(self) -> None:
        """End the streams: the N-Quads dump is completed, the children complete theirs."""
        for name in sorted(self._open):
            self._close(name)

    def _close(self, name: str) -> None:
        self._feeders[name].close()
        self._open.discard(name)

    def nquads(self) -> tuple[Written, list[Member]]:
        """The N-Quads dump, once written."""
        self._feeders["graphs"].join()
        return self._nquads.written()

    def jsonld(self) -> tuple[Written, list[Member]]:
        """The JSON-LD dump, once its writer is done."""
        self._feeders["graphs"].join()
        assert self._jsonld.stdout is not None
        with self._jsonld.stdout as stdout:
            out = stdout.read()
        self._jsonld.wait()
        _check(self._jsonld, "the JSON-LD writer")
        (name, size, sha256, lines), members = json.loads(out)
        return (name, size, sha256, lines), [tuple(m) for m in members]

    def sorted_union(self) -> Path:
        """The sorted union of the graphs as N-Triples, once ``sort`` is done."""
        self._feeders["sort"].join()
        self._sort.wait()
        _check(self._sort, "sort")
        return self.union

    def abort(self) -> None:
        """Stop the children and the feeders; the caller removes the folder."""
        for child in (self._sort, self._jsonld):
            if child.poll() is None:
                child.kill()
            child.wait()
        for feeder in self._feeders.values():
            feeder.close()
            with contextlib.suppress(Exception):
                feeder.join()
        self._nquads.abort()
        for pipe in (self._sort.stdin, self._jsonld.stdin, self._jsonld.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def _start(command: list[str], **options: Any) -> subprocess.Popen[bytes]:
    """A child in a process group of its own: Ctrl-C at the terminal reaches the build,
    which stops it (:meth:`DumpWriter.abort`), not the child, which printed a traceback."""
    return subprocess.Popen(command, stdin=subprocess.PIPE, process_group=0, **options)


def write_dumps(
    streams: DumpWriter, pool: Pool | None, meanwhile: Callable[[], None] | None = None
) -> list[Dump]:
    """Complete every dump once ``streams`` is closed: Turtle and N-Triples in ``pool``.

    ``meanwhile`` runs once those are queued, before waiting for them: what it queues in the
    pool comes after the Turtle dump, the longest task, instead of delaying it.
    """
    folder, level = streams.folder, streams.level
    union = streams.sorted_union()
    results = {
        ext: _submit(
            pool,
            write_union,
            ext,
            union,
            streams.spliced,
            folder / dump_name(ext),
            level,
            streams.previous.get(ext, Previous()),
        )
        for ext in ("ttl", "nt")
    }
    if meanwhile is not None:
        meanwhile()
    written = [streams.nquads(), results["ttl"].get(), results["nt"].get(), streams.jsonld()]
    union.unlink()
    return [
        Dump(name, BY_EXTENSION[name.split(".")[1]], size, sha, lines, tuple(members))
        for (name, size, sha, lines), members in written
    ]


def _stdin(child: subprocess.Popen[bytes]) -> IO[bytes]:
    assert child.stdin is not None
    return child.stdin


def _check(child: subprocess.Popen[bytes], name: str) -> None:
    if child.returncode != 0:
        raise OSError(f"{name} failed with exit code {child.returncode}")


class _Ready:
    """A value computed in this process, read like a pool's AsyncResult."""

    def __init__(self, value: Any) -> None:
        self._value = value

    def get(self) -> Any:
        return self._value


def _submit(pool: Pool | None, fn: Any, *args: Any) -> Any:
    """``fn(*args)`` in ``pool``, or here and now without one; ``.get()`` gives the result."""
    return pool.apply_async(fn, args) if pool is not None else _Ready(fn(*args))
