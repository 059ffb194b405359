"""Dumps written as concatenated gzip members, one per shard, so that a build copies the
members of the previous release whose content did not change instead of compressing (and
serialising) them again.

A gzip file may hold several members one after the other; decompressed, it is their contents
one after the other (RFC 1952, 2.2), so a reader sees one stream. A shard's member is the
same bytes whichever build writes it (gzip with a zero timestamp, the same level), so a
release whose members were copied is byte-identical to one whose members were all compressed
by a full build.

Shards are **content-defined**: a shard ends before a unit (a document's graph in the
named-graph dumps, a subject in the sorted union) whose name hashes to a boundary
(:func:`boundary`), so that adding or removing a unit changes its own shard only, not the
ones after it (a cut at every Nth unit would shift every later shard). Each member is known
by a key, the sha256 of its content before compression (with what else its bytes depend on);
:class:`Previous` finds a member with the same key in the previous release's file.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

SHARD = 64
"""Documents per shard of the named-graph dumps, on average."""
UNION_SHARD = 512
"""Subjects per shard of the sorted union (N-Triples, Turtle), on average."""
Member = tuple[str, int, int, int]  # key, offset, length, lines: a member of a written dump
Index = dict[str, tuple[int, int, int]]  # key -> offset, length, lines


def boundary(name: bytes, every: int) -> bool:
    """Whether a shard begins at the unit named ``name``: one unit in ``every``, by content."""
    return zlib.crc32(name) % every == 0


def key(content: bytes) -> str:
    """The key of a member holding ``content`` (a writer whose member also depends on its
    place appends that to it)."""
    return hashlib.sha256(content).hexdigest()


@dataclass
class Previous:
    """The members of the previous release's dump file ``path`` (None: no previous one)."""

    path: Path | None = None
    index: Index = field(default_factory=dict)

    @classmethod
    def of(cls, path: Path | None, members: list[Member] | None) -> Previous:
        if path is None or members is None or not path.is_file():
            return cls()
        return cls(path, {k: (offset, length, lines) for k, offset, length, lines in members})

    def get(self, name: str) -> tuple[bytes, int] | None:
        """The compressed bytes and lines of the member keyed ``name``, if the previous file
        has it."""
        found = self.index.get(name)
        if found is None or self.path is None:
            return None
        offset, length, lines = found
        with open(self.path, "rb") as data:
            data.seek(offset)
            member = data.read(length)
        return (member, lines) if len(member) == length else None


class MemberFile:
    """A dump written member by member into a hidden temp file, renamed over ``target`` only
    when complete (:meth:`close`)."""

    def __init__(self, target: Path, level: int, previous: Previous | None = None) -> None:
        self.target, self.level = target, level
        self.previous = previous or Previous()
        self.members: list[Member] = []
        self.reused = 0
        self.lines = 0
        self._partial = target.with_name(f".{target.name}.partial")
        self._raw = open(self._partial, "wb")  # noqa: SIM115 - closed by close or abort
        self._offset = 0

    def __enter__(self) -> MemberFile:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()

    def reuse(self, name: str) -> bool:
        """Copy the previous file's member keyed ``name``, if it has one."""
        found = self.previous.get(name)
        if found is None:
            return False
        member, lines = found
        self._append(name, member, lines)
        self.reused += 1
        return True

    def add(self, name: str, content: bytes) -> None:
        """Compress ``content`` as the member keyed ``name``."""
        self._append(name, gzip.compress(content, self.level, mtime=0), content.count(b"\n"))

    def _append(self, name: str, member: bytes, lines: int) -> None:
        self._raw.write(member)
        self.members.append((name, self._offset, len(member), lines))
        self._offset += len(member)
        self.lines += lines

    def close(self) -> None:
        """Complete the file and move it into place."""
        self._raw.close()
        os.replace(self._partial, self.target)

    def abort(self) -> None:
        self._raw.close()
        self._partial.unlink(missing_ok=True)

    def written(self) -> tuple[tuple[str, int, str, int], list[Member]]:
        """(name, size, sha256, lines) of the completed file, and its members."""
        sha = hashlib.sha256()
        with open(self.target, "rb") as data:
            for block in iter(lambda: data.read(1 << 20), b""):
                sha.update(block)
        return (self.target.name, self.target.stat().st_size, sha.hexdigest(), self.lines), list(
            self.members
        )
