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
import io
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.pool import Pool
from pathlib import Path
from typing import IO, Any, cast

import pyoxigraph as ox

from ..formats import BY_EXTENSION, BY_NAME, Format
from ..release.layout import dump_name
from ..vocab import PREFIXES
from .union import BLOCK, Spliced, count_lines

PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
LEVEL = 3
SORT_MEMORY = "256M"  # sort's buffer; larger unions are merged from temporary files

Written = tuple[str, int, str, int]  # name, size, sha256, lines: what another process sends


@dataclass(frozen=True)
class Dump:
    """A written dump: file name, format, byte size and sha256 of the compressed file, and the
    statements it holds (its lines, in the line-based formats)."""

    name: str
    format: Format
    size: int
    sha256: str
    statements: int


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
        self._nquads = _Gzipped(folder / dump_name("nq"), level)
        self._feeders = {
            "sort": Feeder(_stdin(self._sort)),
            "jsonld": Feeder(_stdin(self._jsonld)),
            "nq": Feeder(self._nquads),
        }
        self._open = set(self._feeders)
        self.spliced = b""  # a line read into the union in its sorted place: see .union

    def write(self, nquads: bytes, triples: bytes) -> None:
        """Add quads (whole graphs, in order) and the same statements as N-Triples."""
        self._feeders["sort"].write(triples)
        self._feeders["jsonld"].write(nquads)
        self._feeders["nq"].write(nquads)

    def add_to_union(self, triples: bytes) -> None:
        """Add statements to the union only (their graph is written by :meth:`write_graphs`)."""
        self._feeders["sort"].write(triples)

    def write_graphs(self, nquads: bytes) -> None:
        """Add quads to the named-graph dumps only (their triples are in the union already)."""
        self._feeders["jsonld"].write(nquads)
        self._feeders["nq"].write(nquads)

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
        name, size, sha256, lines = json.loads(out)
        return name, size, sha256, lines

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
    ttl = _submit(pool, write_union, "ttl", union, streams.spliced, folder, level)
    nt = _submit(pool, write_union, "nt", union, streams.spliced, folder, level)
    if meanwhile is not None:
        meanwhile()
    written = [streams.nquads(), ttl.get(), nt.get(), streams.jsonld()]
    union.unlink()
    return [
        Dump(name, BY_EXTENSION[name.split(".")[1]], size, sha, lines)
        for name, size, sha, lines in written
    ]


def write_serialised(ext: str, source: IO[bytes], folder: Path, level: int) -> Written:
    """Parse N-Quads (``source``) and write them as the dump for ``ext``."""
    parsed = ox.parse(source, format=BY_NAME["nquads"].rdf)
    with _Gzipped(folder / dump_name(ext), level) as out:
        # Oxigraph only calls write and flush, but its stubs ask for a whole IO[bytes]
        ox.serialize(parsed, cast(IO[bytes], out), BY_EXTENSION[ext].rdf, prefixes=PREFIX_IRIS)
    return out.written()


def write_union(ext: str, union: Path, spliced: bytes, folder: Path, level: int) -> Written:
    """The dump for ``ext`` of the sorted union (N-Triples), with the ``spliced`` line in it:
    compressed as it is for N-Triples, written by Oxigraph for the other formats."""
    with (
        _Gzipped(folder / dump_name(ext), level) as out,
        io.BufferedReader(Spliced(union, spliced), BLOCK) as source,
    ):
        if ext == "nt":
            shutil.copyfileobj(source, out, BLOCK)
        else:
            parsed = ox.parse(source, format=BY_NAME["ntriples"].rdf)
            ox.serialize(parsed, cast(IO[bytes], out), BY_EXTENSION[ext].rdf, prefixes=PREFIX_IRIS)
    return out.written()


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
        self._lines = 0
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
        self._lines += data.count(b"\n")
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
        return self.target.name, self.target.stat().st_size, _sha256(self.target), self._lines

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

    Prints what was written (name, size, sha256, lines) as JSON; a failure is one line on
    standard error (the build names the writer that failed), not a traceback.
    """
    try:
        written = write_serialised(ext, sys.stdin.buffer, Path(folder), int(level))
    except Exception as error:
        sys.exit(f"error: the {ext} dump: {type(error).__name__}: {error}")
    print(json.dumps(written))


if __name__ == "__main__":
    _main(*sys.argv[1:])
