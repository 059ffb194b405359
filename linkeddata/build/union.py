"""The sorted union of the graphs (``sort -u`` output under ``LC_ALL=C``), read with one more
line in its sorted place.

The dataset description states how many distinct triples the merged default graph holds
(``void:triples``), and that statement is itself one of them. So the description's other
statements go into the union first; once ``sort`` is done its lines are counted, and the
counting statement, which no other graph makes, is read into the union in its place while the
Turtle and N-Triples dumps are written: the 1 GB union is never rewritten for one line.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "union.nt"
>>> _ = path.write_bytes(b"<a> <p> 1 .\\n<c> <p> 3 .\\n")
>>> count_lines(path)
2
>>> with Spliced(path, b"<b> <p> 2 .\\n") as spliced:
...     spliced.read()
b'<a> <p> 1 .\\n<b> <p> 2 .\\n<c> <p> 3 .\\n'
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .members import UNION_SHARD, boundary

BLOCK = 1 << 20


def count_lines(path: Path) -> int:
    """The lines of ``path`` (its statements, in a line-based RDF format)."""
    with open(path, "rb") as data:
        return sum(block.count(b"\n") for block in iter(lambda: data.read(BLOCK), b""))


def insertion_point(data: IO[bytes], line: bytes) -> int:
    """The offset of the first line of the sorted ``data`` that is not below ``line``.

    Lines compare as ``sort`` compares them in the C locale: bytewise, a prefix first. A
    binary search over byte offsets: each probe reads one line.

    >>> data = io.BytesIO(b"a\\nc\\ne\\n")
    >>> [insertion_point(data, key) for key in (b"0\\n", b"b\\n", b"c\\n", b"d\\n", b"z\\n")]
    [0, 2, 2, 4, 6]
    """
    key = line.rstrip(b"\n")
    size = data.seek(0, io.SEEK_END)

    def next_line(offset: int) -> int:
        """The start of the first line at or after ``offset``, where ``data`` is left."""
        if offset == 0:
            data.seek(0)  # the caller reads the line from here
            return 0
        data.seek(offset - 1)
        data.readline()
        return data.tell()

    low, high = 0, size
    while low < high:
        middle = (low + high) // 2
        start = next_line(middle)
        if start >= size or data.readline().rstrip(b"\n") >= key:
            high = middle
        else:
            low = middle + 1
    return next_line(low)


class Spliced(io.RawIOBase):
    """The file at ``path`` read with ``line`` inserted at its sorted place."""

    def __init__(self, path: Path, line: bytes) -> None:
        super().__init__()
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._head = insertion_point(self._file, line) if line else 0
        self._file.seek(0)
        self._line = line

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head > 0:
            n = self._file.readinto(view[: min(len(view), self._head)])
            self._head -= n
            return n
        if self._line:
            n = min(len(view), len(self._line))
            view[:n], self._line = self._line[:n], self._line[n:]
            return n
        return self._file.readinto(view)

    def close(self) -> None:
        self._file.close()
        super().close()


def shards(source: IO[bytes]) -> Iterator[bytes]:
    """The sorted N-Triples of ``source`` in shards, each ending before a subject at a
    boundary (:func:`~.members.boundary`): a subject's statements are never split, and a
    changed statement changes its own shard only."""
    lines: list[bytes] = []
    last = b""
    for line in source:
        subject = line[: line.find(b" ")]
        if subject != last:
            if lines and boundary(subject, UNION_SHARD):
                yield b"".join(lines)
                lines = []
            last = subject
        lines.append(line)
    if lines:
        yield b"".join(lines)
