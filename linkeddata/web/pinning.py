"""A request's hold on its release: taken at its first use, given back when the answer,
body included, is done (:class:`Pinning`, WSGI middleware), so that one answer comes from one
release (see :mod:`.releases`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import request
from werkzeug.wsgi import ClosingIterator

from .published import Published
from .releases import Releases

PIN = "linkeddata.release"
"""The WSGI environ key of a request's :class:`Pin`."""


class Pin:
    """The release of one request: taken at its first use, given back when the answer is done."""

    def __init__(self, releases: Releases) -> None:
        self._releases = releases
        self._published: Published | None = None

    def get(self) -> Published:
        if self._published is None:
            self._published = self._releases.acquire()
        return self._published

    def close(self) -> None:
        published, self._published = self._published, None
        if published is not None:
            self._releases.release(published)


def published() -> Published:
    """The release of the current request (the same one however often it is asked for)."""
    pin: Pin = request.environ[PIN]
    return pin.get()


class Pinning:
    """WSGI middleware: a :class:`Pin` per request, given back when the body is closed.

    A file answer (a dump or report file handed to the server's ``wsgi.file_wrapper``) is
    already open: the release is given back at once, and the file stays readable even if
    its release is then removed; the server's sendfile path still sees the wrapper."""

    def __init__(self, app: Callable[..., Any], releases: Releases) -> None:
        self.app = app
        self.releases = releases

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        pin = environ[PIN] = Pin(self.releases)
        try:
            body = self.app(environ, start_response)
        except BaseException:
            pin.close()
            raise
        wrapper = environ.get("wsgi.file_wrapper")
        if isinstance(wrapper, type) and isinstance(body, wrapper):
            pin.close()
            return body
        return ClosingIterator(body, pin.close)
