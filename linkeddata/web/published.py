"""The release a server process answers from: its store, manifest, base IRI and build time.

A build switches ``OUT/current`` atomically; each request checks the link (one ``readlink``)
and a new release is opened before it is used, so a rebuild while serving loses no request
and never mixes two releases in one response.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..release.layout import Manifest, Release
from ..search.index import SearchIndex
from ..store import Store, open_store
from .rendered import Rendered


@dataclass(frozen=True)
class Published:
    """One opened release: its folder, manifest, store and search index, and the bodies
    rendered for it."""

    release: Release
    manifest: Manifest
    store: Store
    search: SearchIndex
    rendered: Rendered = field(default_factory=Rendered, compare=False)

    @property
    def base(self) -> str:
        return self.manifest.base

    @property
    def release_id(self) -> str:
        return self.manifest.release

    @property
    def built(self) -> datetime:
        return self.manifest.built

    @property
    def licence(self) -> str | None:
        """The licence IRI the release was built with (the manifest's dataset settings), or
        None: no licence was given, and none is claimed."""
        licence = self.manifest.dataset.get("licence")
        return str(licence) if licence else None

    def dump_path(self, name: str) -> Path | None:
        """The file of a listed dump (never any other path)."""
        return self.release.listed_dump(self.manifest, name)


def open_release(folder: Path) -> Published:
    """Open the release in ``folder`` (a folder of ``OUT/releases``) read-only."""
    release = Release(folder)
    manifest = release.read_manifest()
    store = open_store("oxigraph", release.store)
    return Published(release, manifest, store, SearchIndex(release.search))


class Releases:
    """The current release of an output folder, reopened when a build switches it."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self._lock = threading.Lock()
        self._target: str | None = None
        self._published: Published | None = None

    def current(self) -> Published:
        target = os.readlink(self.out / "current")
        if target != self._target or self._published is None:
            with self._lock:
                if target != self._target or self._published is None:
                    self._published = open_release((self.out / target).resolve())
                    self._target = target
        return self._published
