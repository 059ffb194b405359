"""One opened release: its folder, manifest, store, search index and the bodies rendered
for it (:class:`Published`), as a server process answers from it.

Which release a request gets, and when an old one is closed, is :mod:`.releases`'s; the
request's hold on it is :mod:`.pinning`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from ..release.in_use import Held
from ..release.layout import DEFAULT_GRAPH, Manifest, Release
from ..search.index import SearchIndex
from ..store import Store
from ..store.oxigraph import open_read_only
from .prebuilt import Prebuilt
from .rendered import BUDGET, Rendered
from .shared_cache import SharedCache

BEHIND_SHARED = 64 << 20
"""Bytes of bodies a worker keeps in memory when the workers share a file (a body read from
the file costs tens of microseconds: the memory need only hold the most asked for)."""


@dataclass(frozen=True)
class Published:
    """One opened release: its folder, manifest, store and search index, and the bodies
    rendered for it."""

    release: Release
    manifest: Manifest
    store: Store
    search: SearchIndex
    rendered: Rendered = field(default_factory=Rendered, compare=False)
    held: Held | None = field(default=None, compare=False, repr=False)

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

    def close(self) -> None:
        """Let go of the store, the index and the folder (no request may use them after)."""
        self.store.close()
        self.search.close()
        self.rendered.close()
        if self.held is not None:
            self.held.release()


def open_release(folder: Path, held: Held | None = None, shared: Path | None = None) -> Published:
    """Open the release in ``folder`` (a folder of ``OUT/releases``) read-only; ``held``: the
    lock on it, released with the release (or now, if it cannot be opened); ``shared``: the
    folder of the bodies shared by the server's processes (:mod:`.shared_cache`), if any."""
    try:
        release = Release(folder)
        # The per-file account (most of the manifest: 200 MiB of objects per worker at
        # 100,000 documents) is the build's; no answer of the server uses it.
        manifest = replace(release.read_manifest(), files=())
        merged = manifest.default_graph == DEFAULT_GRAPH
        store = open_read_only(release.store, merged=merged)
        kept = _shared(shared, folder.name)
        prebuilt = Prebuilt(release.bodies) if release.bodies.is_file() else None
        rendered = Rendered(BEHIND_SHARED if kept else BUDGET, shared=kept, prebuilt=prebuilt)
        search = SearchIndex(release.search)
        return Published(release, manifest, store, search, rendered, held=held)
    except BaseException:
        if held is not None:
            held.release()
        raise


def _shared(folder: Path | None, name: str) -> SharedCache | None:
    """The shared bodies of the release folder ``name`` (a name of ``OUT/releases``)."""
    if folder is None or not name or name.startswith(".") or "/" in name:
        return None
    return SharedCache(folder / f"{name}.sqlite")
