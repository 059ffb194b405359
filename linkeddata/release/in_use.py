"""Which releases are in use: a shared ``flock`` on the release folder, held by every process
that reads it, and an exclusive one taken by the build before it removes a release.

A server process opens its store and search index, and hands out its dumps, from the folder
of one release while a new one is switched in; it must keep that folder until its last request
on it is answered. So each server process holds a shared lock on the folder (an ``flock`` of
the folder itself: no file is added to a release, and a read-only release can be locked) for
as long as it has the release open, and :mod:`.switch` removes an old release only once it
gets an exclusive lock on it, without waiting: a release that some process holds is skipped,
and removed by a later build once nobody holds it.

Locks are released by the kernel when their process ends, however it ends (a killed server
holds nothing), and they are not inherited by child processes (``O_CLOEXEC``).

The remover renames the folder out of ``releases/`` while it holds the exclusive lock, so a
process that opened the folder just before can tell, once it has its shared lock, that the
folder under that name is no longer the one it locked, and looks for the current release again.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

ATTEMPTS = 50
PAUSE = 0.01
"""Seconds between two attempts at a shared lock while a remover holds the folder (it holds
it for one rename)."""


class Held:
    """A shared lock on a release folder, until :meth:`release`."""

    def __init__(self, folder: Path, fd: int) -> None:
        self.folder = folder
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor releases the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def hold(folder: Path) -> Held | None:
    """A shared lock on the release ``folder``; None if it is gone (removed, or being removed):
    the caller then looks for the current release again. OSError if it cannot be opened for
    another reason."""
    for _ in range(ATTEMPTS):
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except FileNotFoundError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:  # a build is removing it, or has just looked whether it may
            os.close(fd)
            time.sleep(PAUSE)
            continue
        except BaseException:
            os.close(fd)
            raise
        if _same(fd, folder):
            return Held(folder, fd)
        os.close(fd)  # renamed away while we waited: not a release any more
        return None
    return None


@contextlib.contextmanager
def claimed(folder: Path) -> Iterator[bool]:
    """Whether nobody holds ``folder``: if so, an exclusive lock on it for the block (other
    processes then cannot take it up until the block ends); never waits."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except FileNotFoundError:
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def in_use(folder: Path) -> bool:
    """Whether a process holds ``folder`` now (a snapshot: it may take it up right after)."""
    with claimed(folder) as free:
        return folder.is_dir() and not free


def _same(fd: int, folder: Path) -> bool:
    """Whether ``folder`` still names the directory open as ``fd``."""
    try:
        named = os.stat(folder)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)
