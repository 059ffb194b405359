"""The files of a collection: which are records, and reading one without leaving the folder.

A record is a ``*.txt`` file below the collection folder (hidden files and folders skipped;
symbolic links to folders are not followed). A record file is read only if it is a regular
file within the collection and within the size limit (``max_record_bytes``); anything else is
a :class:`~linkeddata.errors.RecordError` naming the file, and the rest of the collection is
built. A symbolic link to a file *inside* the collection is followed (its target is read, as
the collection's own file); one leading *outside* it (to ``/etc/passwd``, say) is refused,
so a build publishes nothing from beyond its folder. A record whose text would be too long
as written in a statement (escaped: a control character takes six bytes) is refused too.

>>> import tempfile
>>> root = Path(tempfile.mkdtemp())
>>> (root / "outside.txt").symlink_to("/etc/hostname")
>>> read_record_file(root, root / "outside.txt", 1024)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
linkeddata.errors.RecordError: outside.txt: a symbolic link to a file outside the coll...
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pyoxigraph as ox

from ..errors import BuildError, RecordError
from ..settings import MAX_RECORD_BYTES

AUTHORITY_FILE = "authorities.ttl"  # beside the records: the curated entities they link to


def find_records(root: Path) -> list[Path]:
    """Every ``*.txt`` file below ``root`` (hidden files and folders skipped), in a stable order.

    Walked with ``os.scandir``: pathlib's ``rglob`` and ``relative_to`` took four times as long
    (40 µs a file). Symbolic links to folders are not followed, as ``rglob`` did not.
    """
    if not root.is_dir():
        problem = "not a folder" if root.exists() else "no such folder"
        raise BuildError(f"{root}: {problem}: give the folder of the record files")
    found: list[tuple[str, str]] = []
    _walk(str(root), "", found)
    return [Path(path) for _, path in sorted(found)]


def _walk(folder: str, relative: str, found: list[tuple[str, str]]) -> None:
    """Add (relative POSIX path, path) of the record files below ``folder`` to ``found``."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                _walk(entry.path, f"{relative}{entry.name}/", found)
            elif entry.name.endswith(".txt") and entry.is_file():
                found.append((relative + entry.name, entry.path))


def read_record_file(root: Path, path: Path, limit: int) -> bytes:
    """The bytes of the record file ``path`` (found below ``root``), at most ``limit`` of them.

    The walk does not enter linked folders, so only the file itself can be a link: it is
    opened without following one, and a link is followed only once its target is known to
    be inside ``root``. A file over ``limit`` is refused from its size, before it is read.
    """
    source = path.relative_to(root).as_posix()
    try:
        try:
            fd = _open(path)
        except OSError as exc:
            if exc.errno != errno.ELOOP:  # ELOOP: the file is a symbolic link
                raise
            target = Path(os.path.realpath(path))
            if not target.is_relative_to(os.path.realpath(root)):
                raise RecordError(
                    "a symbolic link to a file outside the collection: not read", source
                ) from None
            fd = _open(target)
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise RecordError("not a regular file: not read", source)
            data = b"" if info.st_size > limit else file.read(limit + 1)
    except OSError as exc:
        raise RecordError(f"cannot read the file ({exc.strerror or exc})", source) from None
    if info.st_size > limit or len(data) > limit:  # or it grew while read
        raise RecordError(
            f"{_size(max(info.st_size, len(data)))}, over the limit of {_size(limit)} a record "
            "(max_record_bytes in linkeddata.toml): not read",
            source,
        )
    if len(data) > MAX_RECORD_BYTES // _WIDEST_ESCAPE and _written(data) > MAX_RECORD_BYTES:
        raise RecordError(
            f"{_size(_written(data))} as written in RDF (control characters escaped), over "
            f"the {_size(MAX_RECORD_BYTES)} a statement may hold: not read",
            source,
        )
    return data


_WIDEST_ESCAPE = len("\\u0001")  # the most bytes a character takes, escaped: a shorter text fits


def _written(data: bytes) -> int:
    """The bytes of ``data``'s text as a literal in N-Triples, escaped as the dumps write it."""
    return len(str(ox.Literal(data.decode("utf-8", "replace"))).encode())


def _open(path: Path | str) -> int:
    """Open for reading; a link is not followed, and a FIFO does not block until written."""
    return os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)


def _size(n: int) -> str:
    """
    >>> _size(5 * 1024 * 1024), _size(17_830_033), _size(2048)
    ('5 MiB', '17.0 MiB', '2048 bytes')
    """
    if n < 1024 * 1024:
        return f"{n} bytes"
    mib = n / (1024 * 1024)
    return f"{mib:g} MiB" if mib == int(mib) else f"{mib:.1f} MiB"


def stamp(path: Path) -> tuple[str, int] | None:
    """What changes whenever a regular file's bytes change (its size, modification and change
    times, inode and device, as a string), and its modification time in ns; None for
    anything else (a link is always read: its target may change).

    A write sets both times; setting the modification time back (``touch -d``) sets the
    change time, which cannot be set back."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    found = f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}:{info.st_dev}"
    return found, info.st_mtime_ns
