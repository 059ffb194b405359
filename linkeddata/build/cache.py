"""The build cache: what parsing and converting each document gave, kept between builds.

It lives in the output folder (``OUT/.cache/build.sqlite``), beside the releases and outside
every one of them (a release is immutable; the cache is not). Two tables matter:

- ``scans``: per file of the last build, the sha256 of its bytes, what parsing it gave
  (:class:`~linkeddata.build.scanning.Scanned`) and its stamp (size, times and inode, taken
  before it was read): a file whose bytes are unchanged is not parsed again, one whose stamp
  is unchanged is not even read (see :mod:`.incremental`), and the table says which files were
  changed, added or removed since;
- ``pieces``: per converted document (:class:`~linkeddata.build.chunks.Piece`), under a key
  that hashes everything its conversion read (:meth:`~.inputs.Inputs.fingerprint`, the
  file's path and bytes, and the documents its replies resolve to): a document whose key is
  known is not converted again. Its search facts are kept apart (``facts``, NULL if it has
  none): a build that patches the search index reads only those of the documents that
  changed;
- ``shards``: per run of consecutive documents (cut as the dumps' shards are, and after
  :data:`~.chunks.CHUNK` documents: :mod:`.shards`), the chunk that the run's pieces
  make, merged (findings, N-Quads, N-Triples, counts, stubs), under a key that hashes the
  pieces' keys: a run whose documents are all unchanged is read as one row instead of a
  piece at a time, and nothing of it is merged again.

What every document's conversion reads besides its own file (:class:`~.inputs.Inputs`: the authority
file, the ontology, concept and shapes files, the converter version, the base IRI, the size
limit) is recorded once: if any of it changed, the cache is emptied and the build is a full
one, which says why (:meth:`BuildCache.open`). The ``meta`` table also names the release
that the last build published (:meth:`BuildCache.release`): only while that release is the
current one are its store and listings patched rather than written again
(:mod:`.store_checkpoint`) and its dumps' unchanged gzip members copied (the table keeps
them: :meth:`BuildCache.members`); the dumps, report and index are written from the pieces
by the same code as in a full build, so the result is the same byte for byte.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields
from pathlib import Path

from ..errors import BuildError
from ..search.facts import Facts
from .chunks import Packed, Piece
from .inputs import Inputs
from .members import Member
from .scanning import Scanned

FOLDER = ".cache"
FILE = "build.sqlite"
TABLES = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scans (
    source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, data BLOB, stamp TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pieces (key TEXT PRIMARY KEY, data BLOB NOT NULL, facts BLOB);
CREATE TABLE IF NOT EXISTS shards (key TEXT PRIMARY KEY, data BLOB NOT NULL);
"""
SCHEMA = "5"  # of the tables and of what is pickled in them: another is discarded


class BuildCache:
    """The cache of one output folder, open for one build (:meth:`open`)."""

    def __init__(self, path: Path, inputs: Inputs) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path, self.inputs = path, inputs
        self._closed = False
        self._db = sqlite3.connect(  # used by one thread at a time (the index's at the end)
            path, isolation_level=None, timeout=60, check_same_thread=False
        )
        self._db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + TABLES)
        self._db.execute("BEGIN IMMEDIATE")  # one build writes it at a time

    @classmethod
    def open(cls, out: Path, inputs: Inputs, *, full: bool = False) -> tuple[BuildCache, str]:
        """The cache of ``out`` and, if it cannot be used, why the build is a full one ("" if
        it can). An unusable cache is emptied: this build fills it again."""
        path = out / FOLDER / FILE
        try:
            cache = cls(path, inputs)
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
            raise BuildError(f"{path}: in use by another build into {out}") from None
        except sqlite3.DatabaseError as error:  # not a database, or a damaged one
            for damaged in path.parent.glob(f"{FILE}*"):
                damaged.unlink()
            cache = cls(path, inputs)
            cache._set("damaged", str(error))
        try:
            reason = cache._reason(full)
            if reason:
                for table in ("scans", "pieces", "shards", "meta"):  # executescript commits
                    cache._db.execute(f"DROP TABLE IF EXISTS {table}")
                for table in TABLES.split(";")[:-1]:  # those of this version
                    cache._db.execute(table)
            cache._set("schema", SCHEMA)
            cache._set("inputs", json.dumps(asdict(inputs)))
        except BaseException:
            cache.close()
            raise
        return cache, reason

    def _reason(self, full: bool) -> str:
        if full:
            return "a full build was asked for (--full)"
        meta = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
        if "damaged" in meta:
            return f"the build cache was unreadable ({meta['damaged']}), so it was replaced"
        if "inputs" not in meta:
            return f"no build cache yet ({self.path})"
        if meta.get("schema") != SCHEMA:
            return "the build cache was written by another version"
        before = json.loads(meta["inputs"])
        if set(before) != {f.name for f in fields(Inputs)}:
            return "the build cache was written by another version"
        before["artefacts"] = tuple(tuple(a) for a in before["artefacts"])
        changes = self.inputs.changes(Inputs(**before))
        return "; ".join(changes) + " since the last build" if changes else ""

    def _set(self, name: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    def release(self) -> str:
        """The release that the last build published from what this cache holds ("" if
        that build published none, or if its record of the release was lost)."""
        found = self._db.execute("SELECT value FROM meta WHERE name = 'release'").fetchone()
        return str(found[0]) if found else ""

    def set_release(
        self,
        name: str,
        graphs: dict[str, str] | None = None,
        members: dict[str, list[Member]] | None = None,
    ) -> None:
        """Record that this build published release ``name`` ("": none), whose
        collection-wide graphs have the sha256 ``graphs`` (:meth:`graphs`) and whose dumps
        are made of ``members`` (:meth:`members`)."""
        self._set("release", name)
        self._set("graphs", json.dumps(graphs or {}, sort_keys=True))
        self._set("members", json.dumps(members or {}, sort_keys=True))

    def members(self) -> dict[str, list[Member]]:
        """The gzip members of each dump of :meth:`release`, by extension (:mod:`.members`)."""
        found = self._db.execute("SELECT value FROM meta WHERE name = 'members'").fetchone()
        said = json.loads(found[0]) if found else {}
        return {ext: [(k, o, n, lines) for k, o, n, lines in found] for ext, found in said.items()}

    def graphs(self) -> dict[str, str]:
        """sha256 of each collection-wide graph of :meth:`release`, as its build wrote them."""
        found = self._db.execute("SELECT value FROM meta WHERE name = 'graphs'").fetchone()
        return dict(json.loads(found[0])) if found else {}

    def scans(self) -> dict[str, tuple[str, str, bool]]:
        """The files of the last build: source -> (sha256, stamp, whether it was parsed)."""
        rows = self._db.execute("SELECT source, sha256, stamp, data IS NOT NULL FROM scans")
        return {source: (sha, stamp, bool(parsed)) for source, sha, stamp, parsed in rows}

    def scanned(self, sources: list[str]) -> dict[str, Scanned]:
        """What parsing each of ``sources`` gave, as the last build recorded it (the sources
        without a parse result, unreadable files, are left out)."""
        found: dict[str, Scanned] = {}
        for start in range(0, len(sources), 500):
            part = sources[start : start + 500]
            marks = ",".join("?" * len(part))
            query = f"SELECT source, data FROM scans WHERE source IN ({marks})"  # only "?"
            for source, data in self._db.execute(query, part):
                if data is not None:
                    found[source] = pickle.loads(data)
        return found

    def scanned_at(self) -> int:
        """When the last build began to read the files (ns since the epoch; 0: unknown)."""
        found = self._db.execute("SELECT value FROM meta WHERE name = 'scanned'").fetchone()
        return int(found[0]) if found else 0

    def save_scans(
        self, scans: Iterable[tuple[str, str, Scanned, str]], kept: set[str], at: int
    ) -> None:
        """Record the files of this build that changed, (source, sha256, scanned, stamp), keep
        those of ``kept`` as they are, forget the others; the files were read from ``at``."""
        self._db.execute("CREATE TEMP TABLE kept (source TEXT PRIMARY KEY)")
        self._db.executemany("INSERT OR IGNORE INTO kept VALUES (?)", ((s,) for s in kept))
        self._db.execute("DELETE FROM scans WHERE source NOT IN (SELECT source FROM kept)")
        self._db.execute("DROP TABLE kept")
        self._db.executemany(
            "INSERT OR REPLACE INTO scans VALUES (?, ?, ?, ?)",
            ((source, sha, pickle.dumps(scanned), stamp) for source, sha, scanned, stamp in scans),
        )
        self._set("scanned", str(at))

    def keys(self) -> set[str]:
        """The keys of every cached piece."""
        return {key for (key,) in self._db.execute("SELECT key FROM pieces")}

    def pieces(self, keys: list[str]) -> dict[str, Piece]:
        """The cached pieces of ``keys`` (every one of them must be cached)."""
        return {key: piece for key, (piece, _) in self._pieces(keys, facts=True).items()}

    def indexed(self, keys: list[str]) -> dict[str, tuple[Piece, bool]]:
        """The cached pieces of ``keys`` without their search facts, and whether they have
        some (whether the document is in the search index)."""
        return self._pieces(keys, facts=False)

    def _pieces(self, keys: list[str], facts: bool) -> dict[str, tuple[Piece, bool]]:
        found: dict[str, tuple[Piece, bool]] = {}
        column = "facts" if facts else "facts IS NOT NULL"
        for start in range(0, len(keys), 500):  # SQLite's limit on parameters is 999 or more
            part = keys[start : start + 500]
            marks = ",".join("?" * len(part))
            query = f"SELECT key, data, {column} FROM pieces WHERE key IN ({marks})"  # "?" only
            for key, data, known in self._db.execute(query, part):
                piece: Piece = pickle.loads(data)
                if facts and known is not None:
                    piece.facts = pickle.loads(known)
                found[key] = (piece, bool(known))
        return found

    def facts(self, keys: list[str]) -> Iterator[Facts]:
        """The search facts of the cached pieces of ``keys``, in that order (each must have
        some)."""
        for start in range(0, len(keys), 500):
            part = keys[start : start + 500]
            marks = ",".join("?" * len(part))
            query = f"SELECT key, facts FROM pieces WHERE key IN ({marks})"  # "?" only
            found = dict(self._db.execute(query, part).fetchall())
            for key in part:
                yield pickle.loads(found[key])

    def put_packed(self, key: str, packed: Packed) -> None:
        """Keep a piece that a worker pickled (:class:`~linkeddata.build.chunks.Packed`)."""
        facts = packed.facts or None
        self._db.execute(
            "INSERT OR REPLACE INTO pieces VALUES (?, ?, ?)", (key, packed.data, facts)
        )

    def shard_keys(self) -> set[str]:
        """The keys of every cached shard (:mod:`.shards`)."""
        return {key for (key,) in self._db.execute("SELECT key FROM shards")}

    def shard(self, key: str) -> bytes:
        """The pickled chunk of the cached shard ``key`` (it must be cached)."""
        found = self._db.execute("SELECT data FROM shards WHERE key = ?", (key,)).fetchone()
        if found is None:
            raise KeyError(key)
        return bytes(found[0])

    def put_shard(self, key: str, data: bytes) -> None:
        """Keep the pickled chunk of a shard."""
        self._db.execute("INSERT OR REPLACE INTO shards VALUES (?, ?)", (key, data))

    def keep_only(self, keys: Iterator[str] | set[str], shards: set[str] | None = None) -> None:
        """Forget every piece but those of ``keys`` (the documents of this build), and every
        shard but those of ``shards``."""
        for table, kept in (("pieces", keys), ("shards", shards or set())):
            self._db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
            self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in kept))
            self._db.execute(f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM used)")
            self._db.execute("DROP TABLE used")

    def commit(self) -> None:
        """Make this build's changes durable and end the cache's use."""
        self._db.execute("COMMIT")
        self.close()

    def close(self) -> None:
        """End without committing (what this build wrote is forgotten); again: nothing."""
        if self._closed:
            return
        self._closed = True
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        self._db.close()
