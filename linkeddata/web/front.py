"""The event-driven front of ``linkeddata serve``: whole requests in, under deadlines, before
any thread is spent on them.

A threaded server lends a thread to each connection while it reads the request, so sixteen
clients that send half a header hold every thread (docs/security.md, "Slow and hostile
clients"). Here one event loop per worker process reads every connection, and a request
reaches a worker thread (:mod:`linkeddata.web.handoff`) only once its header and body are
complete; its answer goes back through the loop. Per connection:

* the header must arrive within ``header_timeout`` of its first byte and the body within
  ``body_timeout`` after it (408 and the connection closed otherwise); bodies over
  ``max_body`` bytes are refused (413) before they are read;
* a connection waits at most ``idle_timeout`` for a request, and a client that takes nothing
  of an answer for that long is dropped. The next request on a connection is read only once
  the answers before it have left this machine, so a client that pipelines requests and never
  reads costs one answer, not thousands;
* one client address holds at most ``max_connections_per_client`` connections of this
  process, which holds at most gunicorn's ``worker_connections`` (503 beyond either), and
  waiting requests get the threads one address at a time (:mod:`linkeddata.web.clients`).

Requests are framed by :mod:`linkeddata.web.framing` (gunicorn's HTTP/1.1 parser).
"""

from __future__ import annotations

import asyncio
import fcntl
import functools
import os
import socket
import struct
import termios
from collections.abc import Callable
from typing import Any

from ..errors import RequestRefused
from ..settings import ServeSettings
from .clients import Clients, Turns
from .framing import Framing, plain_answer, timed_out
from .handoff import Outlet, Piece, Span

READ_BYTES = 1 << 16
FILE_CHUNK = 1 << 16
HIGH_WATER = 1 << 16  # bytes waiting in a connection's buffer before the writer waits
POLL_SECONDS = (0.001, 0.05)  # first and longest pause while an answer is on its way
RESET = struct.pack("ii", 1, 0)  # SO_LINGER on, for 0 s: close with a reset

Answer = Callable[[bytes, Any, Any, Outlet], bool]
"""Runs in a worker thread: answers the request in the bytes (peer and server addresses
given) on the outlet; whether the connection may carry another request."""


class Front:
    """Every connection of one worker process, from accept to close."""

    def __init__(
        self, settings: ServeSettings, cfg: Any, answer: Answer, turns: Turns, max_body: int
    ) -> None:
        self.settings, self.cfg, self.answer, self.turns = settings, cfg, answer, turns
        self.max_body = max_body
        self.clients = Clients(settings.max_connections_per_client, cfg.worker_connections)
        self.closing = False
        self._busy: dict[asyncio.Task[None], bool] = {}  # connection -> an answer is under way

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection (the callback of :func:`asyncio.start_server`)."""
        task = asyncio.current_task()
        assert task is not None
        address = str(writer.get_extra_info("peername")[0])
        refused = self.clients.admit(address)
        if refused is not None:
            writer.write(
                plain_answer(RequestRefused(503, "Service Unavailable", refused, retry_after=5))
            )
            writer.close()
            return
        self._busy[task] = False
        transport = writer.transport
        transport.set_write_buffer_limits(high=HIGH_WATER)
        stalled = False
        try:
            await self._serve(reader, writer, task, address)
        except RequestRefused as refusal:
            writer.write(plain_answer(refusal))
        except TimeoutError:  # a client that takes nothing of its answer: reset, so that
            stalled = True  # the unsent bytes do not stay queued in the kernel either
            writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, RESET)
        except (OSError, asyncio.CancelledError):
            pass  # the client left, or the worker stops: nobody to tell
        finally:
            del self._busy[task]
            self.clients.leave(address)
            if stalled:
                transport.abort()
            else:
                transport.close()

    async def finish(self, grace: float) -> None:
        """Stop: close idle connections now, give answers under way ``grace`` seconds."""
        self.closing = True
        for task, busy in self._busy.items():
            if not busy:
                task.cancel()
        tasks = list(self._busy)
        if tasks:
            await asyncio.wait(tasks, timeout=grace)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _serve(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        task: asyncio.Task[None],
        address: str,
    ) -> None:
        loop = asyncio.get_running_loop()
        peer, server = writer.get_extra_info("peername"), writer.get_extra_info("sockname")
        pending = b""
        while not self.closing:
            request = await self._request(reader, writer, pending)
            if request is None:
                return
            raw, pending = request
            self._busy[task] = True
            outlet = Outlet(loop, functools.partial(self._send, writer))
            try:
                more = await self.turns.run(address, self.answer, raw, peer, server, outlet)
                await self._send(writer, outlet.rest())
            finally:
                outlet.discard()
            self._busy[task] = False
            if not more:
                return
            arrived = await self._delivered(reader, writer)
            if arrived is None:
                return
            pending += arrived

    async def _request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, pending: bytes
    ) -> tuple[bytes, bytes] | None:
        """The next whole request: its bytes and those read after it (None: the client closed
        or stayed idle)."""
        loop = asyncio.get_running_loop()
        data = pending or await self._read(reader, loop.time() + self.settings.idle_timeout)
        if not data:
            return None
        framing = Framing(self.cfg, self.max_body)
        received = bytearray()
        deadline = loop.time() + self.settings.header_timeout
        while True:
            received += data
            headers_before = framing.headers_done
            framing.feed(data)
            if framing.parser.is_complete:
                break
            if framing.headers_done and not headers_before:
                deadline = loop.time() + self.settings.body_timeout
                if framing.expects_continue:
                    writer.write(Framing.CONTINUE)
            data = await self._read(reader, deadline, late=True)
            if not data:
                return None
        tail = framing.parser.remaining()
        return bytes(received[: len(received) - len(tail)]), tail

    @staticmethod
    async def _read(reader: asyncio.StreamReader, deadline: float, *, late: bool = False) -> bytes:
        """What the client sends next by ``deadline``; past it, nothing (``late``: a 408)."""
        remaining = deadline - asyncio.get_running_loop().time()
        try:
            if remaining <= 0:
                raise TimeoutError
            return await asyncio.wait_for(reader.read(READ_BYTES), remaining)
        except TimeoutError:
            if late:
                raise timed_out() from None
            return b""

    async def _send(self, writer: asyncio.StreamWriter, pieces: list[Piece]) -> None:
        for piece in pieces:
            if isinstance(piece, Span):
                await self._send_file(writer, piece)
            else:
                writer.write(piece)
                await self._drain(writer)

    async def _send_file(self, writer: asyncio.StreamWriter, span: Span) -> None:
        offset, left = span.offset, span.count
        with span.file:
            while left > 0:
                chunk = os.pread(span.file.fileno(), min(FILE_CHUNK, left), offset)
                if not chunk:
                    raise ConnectionAbortedError("the file is shorter than announced")
                writer.write(chunk)
                offset, left = offset + len(chunk), left - len(chunk)
                await self._drain(writer)

    async def _drain(self, writer: asyncio.StreamWriter) -> None:
        """Wait for the buffer to go down; TimeoutError if the client takes nothing of it
        for ``idle_timeout`` seconds."""
        transport = writer.transport
        left = transport.get_write_buffer_size()
        while True:
            try:
                await asyncio.wait_for(writer.drain(), self.settings.idle_timeout)
                return
            except TimeoutError:
                now = transport.get_write_buffer_size()
                if now >= left:
                    raise
                left = now

    async def _delivered(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bytes | None:
        """Wait until everything sent has left this machine (the client has taken it), with
        the same idle deadline; what the client sent meanwhile (None: it closed)."""
        fd = writer.get_extra_info("socket").fileno()
        left = _unsent(writer, fd)
        if not left:
            return b""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settings.idle_timeout
        pause, longest = POLL_SECONDS
        # A request arriving carries the acknowledgement of the answer before it: wake on it.
        arrival = asyncio.ensure_future(reader.read(READ_BYTES))
        try:
            while left:
                if loop.time() >= deadline:
                    if arrival.done() and not arrival.cancelled():
                        arrival.exception()  # seen: the connection closes either way
                    raise TimeoutError
                if arrival.done():
                    await asyncio.sleep(pause)
                else:
                    await asyncio.wait({arrival}, timeout=pause)
                pause = min(2 * pause, longest)
                now = _unsent(writer, fd)
                if now < left:
                    deadline = loop.time() + self.settings.idle_timeout
                left = now
        finally:
            if not arrival.done():
                arrival.cancel()
        if not arrival.done() or arrival.cancelled():
            return b""
        if arrival.exception() is not None:
            return None  # the client reset the connection
        return arrival.result() or None


def _unsent(writer: asyncio.StreamWriter, fd: int) -> int:
    """Bytes of the connection not yet acknowledged by the client: in the transport's buffer
    and in the kernel's send queue (``SIOCOUTQ``, which is ``TIOCOUTQ`` on a TCP socket)."""
    queued = fcntl.ioctl(fd, termios.TIOCOUTQ, b"\0\0\0\0")
    return writer.transport.get_write_buffer_size() + int(struct.unpack("i", queued)[0])
