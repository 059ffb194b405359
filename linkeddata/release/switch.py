"""Atomic publication of a release folder.

A build writes everything into ``OUT/releases/.staging-*``; only when it is complete is the
folder renamed to ``OUT/releases/<id>`` and the ``OUT/current`` symlink swapped to it in one
``rename``. The stable paths that other tools use (``OUT/store``, ``OUT/dumps/...``,
``OUT/report/...``, ``OUT/manifest.json``) are symlinks through ``current``, so a reader sees
either the old release or the new one, never a mixture, and a failed or killed build leaves the
published release untouched. Every file and folder of the release is flushed to disk
(``fsync``) before the switch, and each rename after it is made: after a power loss the
current release is whole, the old one or the new one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .layout import ENTRIES, Release

KEEP = 2


def staging(out: Path) -> Release:
    """A fresh, private release folder to build the next release in."""
    releases = out / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    for stale in releases.glob(".staging-*"):
        if not _owner_alive(stale):
            shutil.rmtree(stale, ignore_errors=True)
    return Release(Path(tempfile.mkdtemp(prefix=f".staging-{os.getpid()}-", dir=releases)))


def publish(out: Path, staged: Release, release_id: str) -> Release:
    """Make the ``staged`` release the current release of ``out``; return it where it now is."""
    final = out / "releases" / release_id
    if final.exists():
        shutil.rmtree(final)
    _sync_tree(staged.folder)
    os.rename(staged.folder, final)
    _fsync(final.parent)
    link = out / f".current-{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(Path("releases") / release_id)
    os.replace(link, out / "current")
    for entry in ENTRIES:
        stable = out / entry
        if not stable.is_symlink():
            if stable.is_dir():
                shutil.rmtree(stable)
            elif stable.exists():
                stable.unlink()
            stable.symlink_to(Path("current") / entry)
    _fsync(out)
    _prune(out / "releases", keep=release_id)
    return Release(final)


def _sync_tree(folder: Path) -> None:
    """Flush every file below ``folder`` to disk, then each folder (its names) after them.

    Symbolic links are not followed (their folder records them)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                _sync_tree(Path(entry.path))
            elif not entry.is_symlink():
                _fsync(entry.path)
    _fsync(folder)


def _fsync(path: Path | str) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current(out: Path) -> Release | None:
    """The published release of ``out``, if any."""
    link = out / "current"
    return Release(link.resolve()) if link.exists() else None


def _prune(releases: Path, keep: str) -> None:
    done = sorted(
        (p for p in releases.iterdir() if not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in [p for p in done if p.name != keep][KEEP - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def _owner_alive(folder: Path) -> bool:
    try:
        pid = int(folder.name.split("-")[1])
        os.kill(pid, 0)
    except (IndexError, ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return pid != os.getpid()
