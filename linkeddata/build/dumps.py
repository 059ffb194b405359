"""Downloadable dumps of a release, written atomically and described by size and sha256.

The dumps are written from the release's N-Quads as the build produces them, never read back
from a store: the on-disk store is several times slower to scan, and the in-memory one returns
quads in a different order on every run. Named-graph formats (N-Quads, JSON-LD) hold every
graph in the order written (documents sorted by file, quads sorted within each); triple formats
(N-Triples, Turtle) hold the union of the graphs, each triple once, sorted by the system
``sort``, which spills to disk instead of holding millions of lines in memory.

:class:`DumpWriter` streams, while documents arrive: it compresses the N-Quads dump, feeds the
triples to ``sort`` and the quads to a JSON-LD writer in a child process (``python -m
linkeddata.build.dumps``), both running beside the build. :func:`write_dumps` then writes the
Turtle and N-Triples dumps from the sorted union, in worker processes: Oxigraph's parser and
writers hold the GIL while they iterate, so threads would take turns.

gzip runs with a zero timestamp, so the same input gives byte-identical dumps, at level 3:
zlib's fastest levels (1-3) all cost about a third of level 6, and 3 compresses best of them
(37 % larger than level 6, 14 % smaller than level 1; see docs/benchmarks.md).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.pool import Pool
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

from ..formats import BY_EXTENSION, Format
from ..vocab import PREFIXES

DUMP_EXTENSIONS = ("nq", "ttl", "nt", "jsonld")
PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
LEVEL = 3
SORT_MEMORY = "256M"  # sort's buffer; larger unions are merged from temporary files

Written = tuple[str, int, str]  # file name, size, sha256: what another process sends back


@dataclass(frozen=True)
class Dump:
    """A written dump: file name, format, byte size and sha256 of the compressed file."""

    name: str
    format: Format
    size: int
    sha256: str


def triples_of(nquads: bytes, graph: str) -> bytes:
    """The lines of one graph's N-Quads without the graph name: N-Triples.

    Every line ends with `` <graph> .``; a literal cannot hold a raw line end, so the pattern
    with its line end only ever matches there.
    """
    return nquads.replace(f" <{graph}> .\n".encode(), b" .\n")


class Feeder:
    """Writes blocks to ``sink`` (then closes it) from a thread of its own.

    A pipe holds 64 KiB: written from the main thread, the slowest reader (the JSON-LD
    writer) set the pace of the whole build. Here up to ``depth`` blocks wait in a queue, and
    the thread writes (or compresses) without the GIL. An error in the thread is raised by the
    next :meth:`write` or by :meth:`join`.
    """

    def __init__(self, sink: IO[bytes] | _Gzipped, depth: int = 16) -> None:
        self._sink = sink
        self._queue: queue.Queue[bytes | None] = queue.Queue(depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="feeder", daemon=True)
        self._thread.start()

    def write(self, data: bytes) -> None:
        self._raise()
        self._queue.put(data)

    def close(self) -> None:
        """Close the sink once the queued blocks are written; :meth:`join` waits for it."""
        self._queue.put(None)

    def join(self) -> None:
        self._thread.join()
        self._raise()

    def _run(self) -> None:
        try:
            while (data := self._queue.get()) is not None:
                self._sink.write(data)
            self._sink.close()
        except BaseException as exc:
            self._error = exc
            while self._queue.get() is not None:  # let the writer go on until it sees the error
                pass

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error


class DumpWriter:
    """The dumps of a release in ``folder``, streamed while the build goes on."""

    def __init__(self, folder: Path, *, level: int = LEVEL) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.level = folder, level
        self.union = folder / ".union.nt"
        sort = ["sort", "-u", "-S", SORT_MEMORY, "-T", str(folder), "-o", str(self.union)]
        jsonld = [sys.executable, "-m", __name__, "jsonld", str(folder), str(level)]
        self._sort = _start(sort, env={**os.environ, "LC_ALL": "C"})
        self._jsonld = _start(jsonld, stdout=subprocess.PIPE)
        self._nquads = _Gzipped(folder / "dataset.nq.gz", level)
        self._feeders = {
            "sort": Feeder(_stdin(self._sort)),
            "jsonld": Feeder(_stdin(self._jsonld)),
            "nq": Feeder(self._nquads),
        }

    def write(self, nquads: bytes, triples: bytes) -> None:
        """Add quads (whole graphs, in order) and the same statements as N-Triples."""
        self._feeders["sort"].write(triples)
        self._feeders["jsonld"].write(nquads)
        self._feeders["nq"].write(nquads)

    def close(self) -> None:
        """End the streams: the N-Quads dump is completed, the children complete theirs."""
        for feeder in self._feeders.values():
            feeder.close()

    def nquads(self) -> Written:
        """The N-Quads dump, once written."""
        self._feeders["nq"].join()
        return self._nquads.written()

    def jsonld(self) -> Written:
        """The JSON-LD dump, once its writer is done."""
        self._feeders["jsonld"].join()
        assert self._jsonld.stdout is not None
        with self._jsonld.stdout as stdout:
            out = stdout.read()
        self._jsonld.wait()
        _check(self._jsonld, "the JSON-LD writer")
        name, size, sha256 = json.loads(out)
        return name, size, sha256

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
    return subprocess.Popen(command, stdin=subprocess.PIPE, **options)


def write_dumps(streams: DumpWriter, pool: Pool | None) -> list[Dump]:
    """Complete every dump once ``streams`` is closed: Turtle and N-Triples in ``pool``."""
    folder, level = streams.folder, streams.level
    union = streams.sorted_union()
    ttl = _submit(pool, write_serialised, "ttl", union, folder, level)
    nt = _submit(pool, write_copy, "nt", union, folder, level)
    written = [streams.nquads(), ttl.get(), nt.get(), streams.jsonld()]
    union.unlink()
    return [Dump(name, BY_EXTENSION[name.split(".")[1]], size, sha) for name, size, sha in written]


def write_serialised(ext: str, source: Path | IO[bytes], folder: Path, level: int) -> Written:
    """Parse N-Quads or N-Triples (``source``) and write them as the dump for ``ext``."""
    if isinstance(source, Path):
        parsed = ox.parse(path=str(source), format=_format_of(source))
    else:
        parsed = ox.parse(source, format=ox.RdfFormat.N_QUADS)
    with _Gzipped(folder / f"dataset.{ext}.gz", level) as out:
        # Oxigraph only calls write and flush, but its stubs ask for a whole IO[bytes]
        ox.serialize(parsed, cast(IO[bytes], out), BY_EXTENSION[ext].oxigraph, prefixes=PREFIX_IRIS)
    return out.written()


def write_copy(ext: str, source: Path, folder: Path, level: int) -> Written:
    """Compress ``source`` as it is into the dump for ``ext``."""
    with _Gzipped(folder / f"dataset.{ext}.gz", level) as out, open(source, "rb") as raw:
        shutil.copyfileobj(raw, out, 1 << 20)
    return out.written()


def _format_of(path: Path) -> ox.RdfFormat:
    return ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.N_TRIPLES


def _stdin(child: subprocess.Popen[bytes]) -> IO[bytes]:
    assert child.stdin is not None
    return child.stdin


def _check(child: subprocess.Popen[bytes], name: str) -> None:
    if child.returncode != 0:
        raise OSError(f"{name} failed with exit code {child.returncode}")


class _Ready:
    """A value computed in this process, read like a pool's AsyncResult."""

    def __init__(self, value: Written) -> None:
        self._value = value

    def get(self) -> Written:
        return self._value


def _submit(pool: Pool | None, fn: Any, *args: Any) -> Any:
    """``fn(*args)`` in ``pool``, or here and now without one; ``.get()`` gives the result."""
    return pool.apply_async(fn, args) if pool is not None else _Ready(fn(*args))


class _Gzipped:
    """A gzip stream into a hidden temp file, renamed over ``target`` only when complete."""

    def __init__(self, target: Path, level: int) -> None:
        self.target = target
        self._partial = target.with_name(f".{target.name}.partial")
        self._raw = open(self._partial, "wb")  # noqa: SIM115 - closed by close or abort
        self._gzip = gzip.GzipFile(
            filename="", mode="wb", fileobj=self._raw, compresslevel=level, mtime=0
        )

    def __enter__(self) -> _Gzipped:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def write(self, data: bytes) -> int:
        return self._gzip.write(data)

    def flush(self) -> None:
        """What Oxigraph's writers call when done (a sync point in the compressed stream)."""
        self._gzip.flush()

    def close(self) -> None:
        """Complete the file and move it into place."""
        self._gzip.close()
        self._raw.close()
        os.replace(self._partial, self.target)

    def written(self) -> Written:
        return self.target.name, self.target.stat().st_size, _sha256(self.target)

    def abort(self) -> None:
        self._gzip.close()
        self._raw.close()
        self._partial.unlink(missing_ok=True)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _main(ext: str, folder: str, level: str) -> None:
    """``python -m linkeddata.build.dumps EXT FOLDER LEVEL``: N-Quads on stdin to the dump for EXT.

    Prints what was written (name, size, sha256) as JSON.
    """
    written = write_serialised(ext, sys.stdin.buffer, Path(folder), int(level))
    print(json.dumps(written))


if __name__ == "__main__":
    _main(*sys.argv[1:])
