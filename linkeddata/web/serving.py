"""``linkeddata serve``: where the release for a base lives, whether it must be rebuilt, the
listening socket and the server.

The server is gunicorn's arbiter with the worker of :mod:`linkeddata.web.worker` (an event
loop reads whole requests under deadlines, threads answer them: docs/security.md says why).
The socket is bound before anything is built, so a port in use is told at once. Each worker
builds its own Flask app and opens the store read-only after the fork: an Oxigraph handle
must never cross a fork.
"""

from __future__ import annotations

import errno
import os
import re
import socket
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from gunicorn.app.base import BaseApplication
from gunicorn.arbiter import Arbiter
from gunicorn.sock import TCP6Socket, TCPSocket

from .. import __version__
from ..build.collection import AUTHORITY_FILE, find_records
from ..errors import ReleaseError, ServeError
from ..ontology import digest
from ..release.layout import DEFAULT_GRAPH
from ..release.switch import current
from ..settings import ServeSettings, Settings

GRACEFUL_SECONDS = 5  # a worker stops in about one; the arbiter kills one that hangs
BACKLOG = 2048
WORKER = "linkeddata.web.worker.Worker"


def release_folder(out: Path, base: str) -> Path:
    """Where the release for ``base`` lives: ``out``, unless ``out`` holds a release built
    for another base; then ``out/HOST-PORT[-PATH]`` of ``base``, so that serving another
    base never replaces a release."""
    release = current(out)
    if release is None:
        return out
    try:
        built = release.read_manifest().base
    except ReleaseError:
        return out
    return out if built == base else out / base_folder(base)


def base_folder(base: str) -> str:
    """The folder name of ``base``: ``http://127.0.0.1:8080/`` is ``127.0.0.1-8080``,
    ``https://example.org/data/`` is ``example.org-443-data``."""
    parts = urlsplit(base)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    name = "-".join([parts.hostname or "", str(port), *filter(None, parts.path.split("/"))])
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def listen(host: str, port: int) -> socket.socket:
    """The server's listening socket, bound now (before any build)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=BACKLOG)
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else str(error)
        hint = " (another server?)" if error.errno == errno.EADDRINUSE else ""
        raise ServeError(f"cannot listen on {host}:{port}: {reason.lower()}{hint}") from None


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
    """gunicorn, configured from Python, with an app factory called in each worker, on a
    socket bound by :func:`listen`; ``settings`` has the front's deadlines and caps."""

    def __init__(
        self,
        factory: Callable[[], Any],
        listener: socket.socket,
        settings: ServeSettings,
    ) -> None:
        self.factory = factory
        self.listener = listener
        self.settings = settings
        self.options = options(settings.workers)
        super().__init__()

    def run(self) -> int:
        """Serve until stopped; the exit status."""
        arbiter = Arbiter(self)
        kind = TCP6Socket if self.listener.family == socket.AF_INET6 else TCPSocket
        address = self.listener.getsockname()[:2]
        arbiter.LISTENERS = [kind(address, self.cfg, arbiter.log, fd=self.listener.detach())]
        try:
            arbiter.run()
        except SystemExit as stop:  # how gunicorn's arbiter ends
            return stop.code if isinstance(stop.code, int) else 1
        return 0

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return self.factory()


def options(workers: int, threads: int = 8) -> dict[str, Any]:
    """gunicorn settings: the front's workers, access log on stdout, bounded requests."""
    return {
        "workers": workers,
        "worker_class": WORKER,
        "threads": threads,
        "worker_connections": 1000,
        "backlog": BACKLOG,
        "accesslog": "-",
        "errorlog": "-",
        "graceful_timeout": GRACEFUL_SECONDS,
        "timeout": 60,
        "limit_request_line": 8190,
        "limit_request_fields": 100,
        "preload_app": False,
        "control_socket_disable": True,  # no control socket written under the user's home
        # A request never sets SCRIPT_NAME (gunicorn takes it from a peer on 127.0.0.1 by
        # default): the mount point is in every link, so only the environment may set it.
        "forwarder_headers": "",
    }
