"""The releases a server process answers from: the current one, and the old ones that requests
still use.

A build switches ``OUT/current`` atomically (:mod:`linkeddata.release.switch`). Each request
pins one release for its whole life (:mod:`.pinning`): the first look at the release reads
the link (one ``readlink``) and, if a build has switched it, opens the new release, which the
requests that begin from then on get. A request that began on the old release ends on it,
body included: its ETags, its body and its headers come from one release, never two. The old
release is closed once its last request is answered; meanwhile the process holds it
(:mod:`linkeddata.release.in_use`), so no build removes its files. A process that answers no
request still moves on: :meth:`Releases.watch` looks at the link every few seconds, so that
an idle server lets go of a superseded release and the next build can remove it. A new
release that cannot be opened is logged, and the old one served until it can.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import ReleaseError
from ..release.in_use import hold
from ..release.layout import Release
from .published import Published, open_release

log = logging.getLogger("linkeddata.web")
RETRY_SECONDS = 5.0
"""How long a release that failed to open is left alone before it is tried again."""
LOOKS = 3
"""Reads of the link while builds remove the releases it names."""
WATCH_SECONDS = 2.0
"""How often a server process looks at the link without a request."""


Closed = Callable[[Release], None]


class Releases:
    """The releases of an output folder that this process has open: the current one, and
    each older one until its last request is answered (``closed`` is then told); ``shared``:
    a folder for the bodies shared with the server's other processes, or None."""

    def __init__(
        self, out: Path, closed: Iterable[Closed] = (), shared: Path | None = None
    ) -> None:
        self.out = out
        self.closed = list(closed)
        self.shared = shared
        self._lock = threading.Lock()
        self._target: str | None = None
        self._current: Published | None = None
        self._users: dict[int, int] = {}  # id of a Published -> requests using it
        self._retired: dict[int, Published] = {}
        self._failed: tuple[str, float] | None = None  # a target that failed to open, when

    def acquire(self) -> Published:
        """The current release, for one request, until :meth:`release`. OSError or
        ReleaseError if there is none that can be opened."""
        retired = None
        with self._lock:  # the link read under it: a thread that read it before a switch
            target = os.readlink(self.out / "current")  # must not switch back after it
            if target != self._target or self._current is None:
                retired = self._switch(target)
            published = self._current
            assert published is not None
            self._users[id(published)] = self._users.get(id(published), 0) + 1
        if retired is not None:
            self._close(retired)
        return published

    @contextlib.contextmanager
    def held(self) -> Iterator[Published]:
        """The current release, held for the ``with`` block (a tool's or a test's)."""
        published = self.acquire()
        try:
            yield published
        finally:
            self.release(published)

    def release(self, published: Published) -> None:
        """A request is done with ``published``; the last one closes an old release."""
        with self._lock:
            left = self._users[id(published)] - 1
            if left:
                self._users[id(published)] = left
                return
            del self._users[id(published)]
            if published is self._current or self._retired.pop(id(published), None) is None:
                return
        self._close(published)

    def refresh(self) -> None:
        """Move to the release the link names if a build switched it, without a request;
        the old release is closed now if no request uses it, else after its last one.
        Nothing happens before a first release is opened (nothing is held then)."""
        retired = None
        with self._lock:
            if self._current is None:
                return
            try:
                target = os.readlink(self.out / "current")
            except OSError:
                return  # no link at this instant: the requests will say so
            if target != self._target:
                retired = self._switch(target)
        if retired is not None:
            self._close(retired)

    def watch(self, stop: threading.Event, every: float = WATCH_SECONDS) -> threading.Thread:
        """A daemon thread that calls :meth:`refresh` every ``every`` seconds until ``stop``
        is set: an idle process holds no release that a build has superseded for longer."""

        def loop() -> None:
            while not stop.wait(every):
                try:
                    self.refresh()
                except Exception:  # the next look, or the next request, tries again
                    log.exception("looking for a new release failed")

        thread = threading.Thread(target=loop, name="linkeddata-releases", daemon=True)
        thread.start()
        return thread

    def _switch(self, target: str) -> Published | None:
        """Open the release ``target`` names (under the lock) and make it current; the old
        release if nobody uses it (the caller closes it)."""
        if self._current is not None and self._failed is not None:
            name, when = self._failed
            if name == target and time.monotonic() - when < RETRY_SECONDS:
                return None
        try:
            opened = self._open(target)
        except (OSError, ReleaseError) as error:
            if self._current is None:
                raise
            self._failed = (target, time.monotonic())
            serving = self._current.release_id
            log.warning("cannot open the release %s (%s); serving %s", target, error, serving)
            return None
        self._failed = None
        old, self._current, self._target = self._current, opened, target
        if old is None:
            return None
        if self._users.get(id(old)):
            self._retired[id(old)] = old
            return None
        return old

    def _open(self, target: str) -> Published:
        """The release ``target`` names, held; if a build removed it meanwhile, the one the
        link names now."""
        for _ in range(LOOKS):
            folder = (self.out / target).resolve()
            held = hold(folder)
            if held is not None:
                return open_release(folder, held, self.shared)
            target = os.readlink(self.out / "current")
        raise ReleaseError(f"{self.out}: the current release was removed while it was opened")

    def _close(self, published: Published) -> None:
        published.close()
        for tell in self.closed:
            tell(published.release)
