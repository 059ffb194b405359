"""``linkeddata serve``: build the release when it is missing or stale, then serve it.

The WSGI server is gunicorn with threaded workers (a slow client ties up one thread, not a
worker). Each worker builds its own Flask app and opens the store read-only after the fork:
an Oxigraph handle must never cross a fork. SIGTERM stops gunicorn gracefully.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from gunicorn.app.base import BaseApplication

from .. import __version__
from ..build.builder import AUTHORITY_FILE, find_records
from ..errors import ReleaseError
from ..ontology import digest
from ..release.layout import DEFAULT_GRAPH
from ..release.switch import current
from ..settings import Settings

GRACEFUL_SECONDS = 10


def stale_reason(documents: Path, out: Path, settings: Settings) -> str | None:
    """Why the release in ``out`` must be rebuilt before serving with ``settings``, or None if
    it is current (the serving settings do not change what a build writes; the others do)."""
    release = current(out)
    if release is None:
        return "no release yet"
    try:
        built = release.read_manifest()
    except ReleaseError:
        return "unreadable manifest"
    if built.base != settings.base:
        return f"built for base {built.base}, serving {settings.base}"
    if built.dataset != settings.dataset.to_json():
        return "built with other dataset settings"
    if built.converter != __version__:
        return f"built by linkeddata {built.converter}"
    if built.artefacts != digest():
        return "built with other ontology, concept or shapes files"
    if built.default_graph != DEFAULT_GRAPH:
        return "built without the merged default graph"
    if not release.search.is_file():
        return "built without the search index"
    built_at = release.manifest_file.stat().st_mtime
    newer = [p for p in _sources(documents) if p.stat().st_mtime > built_at]
    if newer:
        return f"{len(newer)} source file(s) changed, e.g. {newer[0]}"
    return None


def _sources(documents: Path) -> Iterable[Path]:
    yield from find_records(documents)
    authority = documents / AUTHORITY_FILE
    if authority.exists():
        yield authority


class Server(BaseApplication):  # type: ignore[misc]  # gunicorn has no types: base is Any
    """gunicorn, configured from Python, with an app factory called in each worker."""

    def __init__(self, factory: Callable[[], Any], options: dict[str, Any]) -> None:
        self.factory = factory
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.factory()


def options(host: str, port: int, workers: int, threads: int = 8) -> dict[str, Any]:
    """gunicorn settings: threaded workers, access log on stdout, bounded requests."""
    return {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "accesslog": "-",
        "errorlog": "-",
        "graceful_timeout": GRACEFUL_SECONDS,
        "timeout": 60,
        "keepalive": 5,
        "limit_request_line": 8190,
        "limit_request_fields": 100,
        "preload_app": False,
        "control_socket_disable": True,  # no control socket written under the user's home
    }
