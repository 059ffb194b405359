"""The thread side of the front (:mod:`linkeddata.web.front`): a whole request, already read,
answered by the WSGI app.

A worker thread parses the request's bytes with gunicorn's own parser and answers through
gunicorn's WSGI response (status line, framing, HEAD and keep-alive as under gunicorn's
threaded worker), written to an :class:`Outlet` instead of a socket. The outlet keeps the
answer for the event loop, which sends it under the idle deadline; a thread never waits on a
slow reader unless one answer outgrows :data:`FLUSH_BYTES` of memory. A file (a dump) is
handed over as a :class:`Span` and read by the loop as the client takes it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from gunicorn.http import RequestParser, wsgi

FLUSH_BYTES = 1 << 20
"""Bytes of one answer kept in memory before the thread waits for the client to take them."""


@dataclass
class Span:
    """Bytes ``offset`` to ``offset + count`` of an open file, to be sent as they are."""

    file: BinaryIO
    offset: int
    count: int


Piece = bytes | Span
Send = Callable[[list[Piece]], Coroutine[Any, Any, None]]


class Outlet:
    """What a worker thread writes an answer to: the pieces, in order, for the event loop.

    ``send`` is the connection's coroutine that writes pieces; it runs in ``loop``.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, send: Send) -> None:
        self._loop = loop
        self._send = send
        self._pieces: list[Piece] = []
        self._size = 0
        self._spans: list[Span] = []

    def sendall(self, data: bytes) -> None:
        self._pieces.append(bytes(data))
        self._size += len(data)
        if self._size >= FLUSH_BYTES:
            self._flush()

    def send(self, data: bytes) -> int:
        """gunicorn sends its ``100 Continue`` this way; the front has sent it already."""
        return len(data)

    def sendfile(self, file: BinaryIO, offset: int = 0, count: int | None = None) -> int:
        """Hand over part of ``file`` (a duplicate: the app closes its own when done)."""
        handle = os.fdopen(os.dup(file.fileno()), "rb")
        if count is None:
            count = os.fstat(handle.fileno()).st_size - offset
        span = Span(handle, offset, count)
        self._spans.append(span)
        self._pieces.append(span)
        return count

    def rest(self) -> list[Piece]:
        """The pieces not yet sent (the loop sends them once the thread is done)."""
        pieces, self._pieces, self._size = self._pieces, [], 0
        return pieces

    def discard(self) -> None:
        """Close every file handed over (a connection that ends before sending them)."""
        for span in self._spans:
            span.file.close()

    def _flush(self) -> None:
        """Send what is kept, waiting until the client has taken it (or is given up on)."""
        sending = self._send(self.rest())
        try:
            asyncio.run_coroutine_threadsafe(sending, self._loop).result()
        except Exception as error:  # the connection is gone, or the loop has stopped
            sending.close()
            raise BrokenPipeError("the client no longer takes the answer") from error


def answer(worker: Any, raw: bytes, peer: Any, server: Any, outlet: Outlet) -> bool:
    """Answer the request in ``raw`` with ``worker``'s app (its config, log and error
    answers are gunicorn's); whether the connection may carry another request."""
    request = response = None
    try:
        request = next(RequestParser(worker.cfg, [raw], peer))
        response, environ = wsgi.create(request, outlet, peer, server, worker.cfg)
        start = datetime.now()
        body = worker.wsgi(environ, response.start_response)
        try:
            if isinstance(body, environ["wsgi.file_wrapper"]):
                response.write_file(body)
            else:
                for chunk in body:
                    response.write(chunk)
            response.close()
        finally:
            worker.log.access(response, request, environ, datetime.now() - start)
            if hasattr(body, "close"):
                body.close()
        return not response.should_close()
    except OSError:  # the client went away or stopped reading: nobody to tell
        return False
    except Exception as error:
        if response is not None and response.headers_sent:
            worker.log.exception("Error while sending an answer")
        else:  # gunicorn's answer: 400 for what its parser refuses, 500 otherwise
            worker.handle_error(request, outlet, peer, error)
        return False
