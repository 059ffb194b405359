"""Pass 1 of a build, in a worker process: a chunk of files read and parsed.

:func:`scan_chunk` returns only what the collection-wide registry index and the triage need;
the records themselves are pickled into a spool file beside the build: pickling and
unpickling a record costs a third of parsing it again, and the main process never holds them.
"""

from __future__ import annotations

import hashlib
import pickle
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import RecordError
from ..mapping.registry import registry_numbers
from ..parser import parse_record
from ..record import Located, Record
from .collection import read_record_file

Spooled = tuple[str, str, Record]  # source, sha256 of the file, record


@dataclass
class Scanned:
    """A file read and parsed in pass 1: its id and registry numbers, or why it is unreadable."""

    source: str
    id: Located[str] | None = None
    registry_numbers: tuple[str, ...] = ()
    replies: tuple[str, ...] = ()  # the registry numbers it replies to, looked up in pass 2
    sha256: str | None = None  # of the bytes parsed
    error: tuple[int, str] | None = None  # (line, message): a RecordError does not unpickle
    seconds: float = 0.0


def read_and_parse(root: Path, path: Path, limit: int) -> tuple[Scanned, Spooled | None]:
    """Read ``path`` (inside ``root``, at most ``limit`` bytes) and parse it; a file that
    cannot be read or parsed becomes ``Scanned.error``."""
    start = time.perf_counter()
    source = path.relative_to(root).as_posix()
    scanned = Scanned(source)
    spooled = None
    try:
        data = read_record_file(root, path, limit)
        record = parse_record(data, source, default_id=path.stem)
    except RecordError as exc:
        scanned.error = (exc.location.line, exc.message)
    else:
        scanned.sha256 = hashlib.sha256(data).hexdigest()
        spooled = (source, scanned.sha256, record)
        scanned.id = record.id
        scanned.registry_numbers = registry_numbers(record)
        scanned.replies = tuple(dict.fromkeys(n.value for n in record.reply_to))
    scanned.seconds = time.perf_counter() - start
    return scanned, spooled


def scan_chunk(root: Path, paths: Sequence[Path], spool: Path, limit: int) -> list[Scanned]:
    """Pass 1 over a chunk: parse every file, spool the records, return the summaries."""
    done = [read_and_parse(root, path, limit) for path in paths]
    records = [spooled for _, spooled in done if spooled is not None]
    spool.write_bytes(pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL))
    return [scanned for scanned, _ in done]
