"""The collection-wide graphs of a build (ontology, concepts, shapes, authority file, stubs,
validation report, dataset description) by digest, kept for the next build's store patch.

The release writer passes every such graph's N-Quads here as it writes them (in the same order
every time for the same content): :class:`GraphDigests` hashes each graph's lines and writes
them into the build cache's folder under their digest (``OUT/.cache/graphs/<sha256>.nq``).
The next incremental build (:mod:`.store_checkpoint`) leaves a graph whose digest did not
change alone, without reading it, and compares a changed one with the previous lines read
from that file instead of from the store: at 100,000 documents the validation report is a
million quads, which take minutes to read back from the store and seconds from the file.
The files are named by their content, so one left by a build that was killed is never
mistaken for another's; those that the last build did not write are removed when it is done.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import BinaryIO

PARTIAL = ".partial"


class GraphDigests:
    """sha256 of each collection-wide graph's N-Quads, and their lines in ``folder``."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._hashes: dict[str, hashlib._Hash] = {}
        self._files: dict[str, tuple[Path, BinaryIO]] = {}
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            for left in folder.glob(f"*{PARTIAL}"):  # a killed build's (builds take turns)
                left.unlink()

    def add(self, data: bytes) -> list[tuple[str, bytes]]:
        """Hash (and keep) N-Quads of named graphs; the blocks of ``data`` by graph."""
        blocks = _by_graph(data)
        for name, block in blocks:
            self._hashes.setdefault(name, hashlib.sha256()).update(block)
            if self.folder is not None:
                if name not in self._files:
                    path = self.folder / f"{len(self._files)}{PARTIAL}"
                    self._files[name] = (path, open(path, "wb"))  # noqa: SIM115 - closed by keep
                self._files[name][1].write(block)
        return blocks

    def hexdigests(self) -> dict[str, str]:
        return {name: h.hexdigest() for name, h in self._hashes.items()}

    def previous(self, digest: str) -> list[bytes] | None:
        """The lines of the graph whose digest was ``digest``, if its file is kept."""
        if self.folder is None:
            return None
        path = self.folder / f"{digest}.nq"
        return path.read_bytes().splitlines(keepends=True) if path.is_file() else None

    def keep(self) -> None:
        """Name this build's files by their digests and remove every other (the build cache
        now describes this build)."""
        digests = self.hexdigests()
        for name, (path, file) in self._files.items():
            file.close()
            os.replace(path, path.with_name(f"{digests[name]}.nq"))
        self._files = {}
        if self.folder is not None:
            wanted = {f"{d}.nq" for d in digests.values()}
            for path in self.folder.iterdir():
                if path.name not in wanted:
                    path.unlink()

    def discard(self) -> None:
        """Remove this build's files (it failed): the kept ones stay as they were."""
        for path, file in self._files.values():
            file.close()
            path.unlink(missing_ok=True)
        self._files = {}


def _by_graph(data: bytes) -> list[tuple[str, bytes]]:
    """The lines of ``data`` by graph: one block when they all name the graph of the first
    (what the writer passes: a graph at a time), else a block per line."""
    if not data:
        return []
    first = data[: data.index(b"\n") + 1]
    name = graph_of(first)
    if data.count(f" <{name}> .\n".encode()) == data.count(b"\n"):
        return [(name, data)]
    return [(graph_of(line), line) for line in data.splitlines(keepends=True)]


def graph_of(line: bytes) -> str:
    """The graph of an N-Quads line: its last term, an IRI (``... <graph> .``; a literal's
    `` <`` comes before it)."""
    return line[line.rindex(b" <") + 2 : line.rindex(b">")].decode()
