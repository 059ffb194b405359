"""Atomic publication of a release folder, and the removal of old ones.

A build writes everything into ``OUT/releases/.staging-*``; only when it is complete is the
folder renamed to ``OUT/releases/<id>`` and the ``OUT/current`` symlink swapped to it in one
``rename``. The stable paths that other tools use (``OUT/store``, ``OUT/dumps/...``,
``OUT/report/...``, ``OUT/manifest.json``) are symlinks through ``current``, so a reader sees
either the old release or the new one, never a mixture, and a failed or killed build leaves the
published release untouched. Every file and folder of the release is flushed to disk
(``fsync``) before the switch, and each rename after it is made: after a power loss the
current release is whole, the old one or the new one.

After the switch the newest ``keep`` releases stay (:func:`prune`); an older one is removed
unless it is the current one or a process holds it (:mod:`.in_use`: a server still answering
a request from it), in which case a later build removes it. A release is removed by renaming
it out of the way first (``.pruning-*``), so a removal cut short leaves no half release under a
release's name; what a killed build leaves (``.staging-*``, ``.pruning-*``, ``.current-*``) is
cleared by the next build.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from .in_use import claimed
from .layout import ENTRIES, MANIFEST, Release

STAGING = ".staging-"
PRUNING = ".pruning-"
SWITCHING = ".current-"
log = logging.getLogger("linkeddata.release")


def staging(out: Path) -> Release:
    """A fresh, private release folder to build the next release in (and what killed builds
    left behind, cleared)."""
    releases = out / "releases"
    releases.mkdir(parents=True, exist_ok=True)
    _clear_leftovers(out)
    prefix = f"{STAGING}{os.getpid()}-"
    return Release(Path(tempfile.mkdtemp(prefix=prefix, dir=releases)))


def publish(out: Path, staged: Release, release_id: str, *, keep: int) -> Release:
    """Make the ``staged`` release the current release of ``out``, then keep the newest
    ``keep`` releases (:func:`prune`); return the release where it now is."""
    final = _free_name(out / "releases", release_id)
    _sync_tree(staged.folder)
    os.rename(staged.folder, final)
    _fsync(final.parent)
    link = out / f"{SWITCHING}{os.getpid()}"
    link.unlink(missing_ok=True)
    link.symlink_to(Path("releases") / final.name)
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
    prune(out, keep)
    return Release(final)


def prune(out: Path, keep: int) -> list[str]:
    """Remove the releases of ``out`` but the newest ``keep`` (by the time their manifest was
    written), the current one and those that a process holds; the names removed."""
    if keep < 1:
        raise ValueError(f"keep at least the current release, not {keep}")
    releases = out / "releases"
    serving = _current_name(out)
    done = sorted(
        (p for p in releases.iterdir() if not p.name.startswith(".") and _is_folder(p)),
        key=_published_at,
        reverse=True,
    )
    removed = []
    for old in done[keep:]:
        if old.name == serving:
            continue
        doomed = releases / f"{PRUNING}{os.getpid()}-{old.name}"
        try:
            with claimed(old) as free:
                if not free:
                    log.info("release %s is in use; a later build removes it", old.name)
                    continue
                os.rename(old, doomed)  # under the lock: a server waiting for it sees it gone
        except OSError as error:  # the new release is published: a removal may fail alone
            log.warning("cannot remove the old release %s: %s", old.name, error)
            continue
        shutil.rmtree(doomed, ignore_errors=True)
        removed.append(old.name)
    if removed:
        _fsync(releases)
    return removed


def current(out: Path) -> Release | None:
    """The published release of ``out``, if any."""
    link = out / "current"
    return Release(link.resolve()) if link.exists() else None


def _current_name(out: Path) -> str | None:
    try:
        return Path(os.readlink(out / "current")).name
    except OSError:
        return None


def _free_name(releases: Path, release_id: str) -> Path:
    """``releases/<release_id>``, or ``<release_id>-2``... if a release has that name: two
    builds of the same collection in the same second. The one there may be the one served,
    which must stay whole until the switch."""
    final, n = releases / release_id, 1
    while os.path.lexists(final):
        n += 1
        final = releases / f"{release_id}-{n}"
    return final


def _published_at(folder: Path) -> tuple[float, str]:
    try:
        return os.lstat(folder / MANIFEST).st_mtime, folder.name
    except OSError:
        return os.lstat(folder).st_mtime, folder.name


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _clear_leftovers(out: Path) -> None:
    """Remove what builds killed before the end left: their staging folders, releases they
    were removing, the link they were switching."""
    releases = out / "releases"
    for left in releases.glob(f"{STAGING}*"):
        if not _owner_alive(left):
            shutil.rmtree(left, ignore_errors=True)
    for left in releases.glob(f"{PRUNING}*"):
        if not _owner_alive(left):
            shutil.rmtree(left, ignore_errors=True)
    for left in out.glob(f"{SWITCHING}*"):
        if left.is_symlink() and not _owner_alive(left):
            left.unlink(missing_ok=True)


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


def _owner_alive(path: Path) -> bool:
    """Whether the process named in ``path`` (``.staging-PID-...``) still runs (not us)."""
    try:
        pid = int(path.name.split("-")[1])
        os.kill(pid, 0)
    except (IndexError, ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return pid != os.getpid()
