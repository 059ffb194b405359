"""The build cache: what parsing and converting each document gave, kept between builds.

It lives in the output folder (``OUT/.cache/build.sqlite``), beside the releases and outside
every one of them (a release is immutable; the cache is not). Two tables matter:

- ``scans``: per file of the last build, the sha256 of its bytes, what parsing it gave
  (:class:`~linkeddata.build.pipeline.Scanned`) and its stamp (size, times and inode, taken
  before it was read): a file whose bytes are unchanged is not parsed again, one whose stamp
  is unchanged is not even read (see :mod:`.incremental`), and the table says which files were
  changed, added or removed since;
- ``pieces``: per converted document (:class:`~linkeddata.build.pipeline.Piece`), under a key
  that hashes everything its conversion read (:meth:`Inputs.fingerprint`, the file's path and
  bytes, and the documents its replies resolve to): a document whose key is known is not
  converted again. Its search facts are kept apart (``facts``, NULL if it has none): a
  build that patches the search index reads only those of the documents that changed.

What every document's conversion reads besides its own file (:class:`Inputs`: the authority
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

import functools
import hashlib
import json
import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .. import __version__
from ..errors import BuildError
from ..ontology import CONCEPTS_FILE, ONTOLOGY_FILES, artefacts
from .members import Member
from .pipeline import Packed, Piece, Scanned

FOLDER = ".cache"
FILE = "build.sqlite"
TABLES = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scans (
    source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, data BLOB, stamp TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pieces (key TEXT PRIMARY KEY, data BLOB NOT NULL, facts BLOB);
"""
SCHEMA = "4"  # of the tables and of what is pickled in them: another is discarded


@dataclass(frozen=True)
class Inputs:
    """What converting any document reads besides its own file."""

    converter: str
    code: str
    """sha256 of the package's Python files: a converter changed without a new version number
    (a checkout being worked on) converts everything again."""
    base: str
    max_record_bytes: int
    authority: str
    """sha256 of the authority file ("" without one)."""
    artefacts: tuple[tuple[str, str], ...]
    """(file name, sha256) of the ontology, concept and shapes files."""

    @classmethod
    def of(cls, base: str, max_record_bytes: int, authority: Path) -> Inputs:
        """The inputs of a build with ``base`` whose authority file is at ``authority``."""
        found = authority.read_bytes() if authority.exists() else None
        return cls(
            converter=__version__,
            code=_code(),
            base=base,
            max_record_bytes=max_record_bytes,
            authority=hashlib.sha256(found).hexdigest() if found is not None else "",
            artefacts=tuple(
                (f.name, hashlib.sha256(f.read_bytes()).hexdigest()) for f in artefacts()
            ),
        )

    def fingerprint(self) -> str:
        """A hash of all of it: part of every document's key (hashed once: ``asdict`` and
        JSON for every document cost a twentieth of a build's CPU)."""
        return _fingerprint(self)

    def changes(self, before: Inputs) -> list[str]:
        """What differs from ``before``, as the reasons for a full build."""
        found = []
        if before.authority != self.authority:
            found.append("the authority file changed")
        mine, theirs = dict(self.artefacts), dict(before.artefacts)
        for name in sorted(mine.keys() | theirs.keys()):
            if mine.get(name) != theirs.get(name):
                found.append(f"{_artefact_kind(name)} ({name}) changed")
        if before.base != self.base:
            found.append(f"the base IRI changed (from {before.base} to {self.base})")
        if before.converter != self.converter:
            found.append(f"the converter changed (from {before.converter} to {self.converter})")
        elif before.code != self.code:
            found.append("the converter's code changed")
        if before.max_record_bytes != self.max_record_bytes:
            found.append("max_record_bytes changed")
        return found


@functools.lru_cache(maxsize=8)
def _fingerprint(inputs: Inputs) -> str:
    return hashlib.sha256(json.dumps(asdict(inputs), sort_keys=True).encode()).hexdigest()


def _code() -> str:
    """sha256 over the names and bytes of the package's Python files."""
    package = Path(__file__).resolve().parent.parent
    sha = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        data = path.read_bytes()
        sha.update(f"{path.relative_to(package).as_posix()}\0{len(data)}\0".encode())
        sha.update(data)
    return sha.hexdigest()


def _artefact_kind(name: str) -> str:
    if name in ONTOLOGY_FILES:
        return "the ontology"
    return "the concept schemes" if name == CONCEPTS_FILE else "the shapes"


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
                for table in ("scans", "pieces", "meta"):  # executescript would commit
                    cache._db.execute(f"DROP TABLE {table}")
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

    def put_packed(self, key: str, packed: Packed) -> None:
        """Keep a piece that a worker pickled (:class:`~linkeddata.build.pipeline.Packed`)."""
        facts = packed.facts or None
        self._db.execute(
            "INSERT OR REPLACE INTO pieces VALUES (?, ?, ?)", (key, packed.data, facts)
        )

    def keep_only(self, keys: Iterator[str] | set[str]) -> None:
        """Forget every piece but those of ``keys`` (the documents of this build)."""
        self._db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
        self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in keys))
        self._db.execute("DELETE FROM pieces WHERE key NOT IN (SELECT key FROM used)")
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
