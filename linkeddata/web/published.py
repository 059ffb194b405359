"""The release a server process answers from: its store, manifest, base IRI and build time.

A build switches ``OUT/current`` atomically; each request checks the link (one ``readlink``)
and a new release is opened before it is used, so a rebuild while serving loses no request
and never mixes two releases in one response.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..store import Store, open_store


@dataclass(frozen=True)
class Published:
    """One opened release."""

    store: Store
    manifest: dict[str, Any]
    folder: Path | None = None

    @property
    def base(self) -> str:
        return str(self.manifest["base"])

    @property
    def release_id(self) -> str:
        return str(self.manifest["release"])

    @property
    def built(self) -> datetime:
        moment = datetime.fromisoformat(self.manifest["built"])
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    @property
    def licence(self) -> str | None:
        """The licence IRI the release was built with (the manifest's ``dataset`` settings),
        or None: no licence was given, and none is claimed."""
        return (self.manifest.get("dataset") or {}).get("licence")

    @property
    def dumps(self) -> list[dict[str, Any]]:
        return list(self.manifest.get("dumps", []))

    def dump_path(self, name: str) -> Path | None:
        """The file of a listed dump (never any other path)."""
        if self.folder is None or name not in {d["name"] for d in self.dumps}:
            return None
        return self.folder / "dumps" / name


def open_release(folder: Path) -> Published:
    """Open the release in ``folder`` (a folder of ``OUT/releases``) read-only."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return Published(open_store("oxigraph", folder / "store"), manifest, folder)


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


class Fixed:
    """Always the same release (tests, and stores that are not release folders)."""

    def __init__(self, published: Published) -> None:
        self._published = published

    def current(self) -> Published:
        return self._published
