"""The gunicorn worker of ``linkeddata serve``: an event loop running the front
(:mod:`linkeddata.web.front`) on the listening sockets, and a pool of threads for the app.

gunicorn's arbiter still forks the workers, restarts a dead one and forwards signals; each
worker opens its own app (and store) after the fork. On SIGTERM, SIGINT (Ctrl-C reaches every
process of the terminal's group) or SIGQUIT a worker stops taking connections, gives the
answers under way :data:`STOP_GRACE` seconds, stops its query processes (a thread waiting on
one is then released at once) and exits at once (:func:`exit_now`): well within the
arbiter's patience, so no worker is ever killed.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import signal
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from gunicorn.workers.base import Worker as BaseWorker

from . import MAX_BODY
from .clients import Turns
from .front import Front
from .handoff import answer

STOP_GRACE = 0.8
HEARTBEAT = 1.0
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT)


class Worker(BaseWorker):  # type: ignore[misc]  # gunicorn has no types: base is Any
    """One worker process: the front on an event loop, the app in ``cfg.threads`` threads."""

    def run(self) -> None:
        asyncio.run(self._serve())
        self.log.info("Worker exiting (pid: %s)", self.pid)
        exit_now(0)

    async def _serve(self) -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for signum in STOP_SIGNALS:
            loop.add_signal_handler(signum, stop.set)
        pool = ThreadPoolExecutor(self.cfg.threads, thread_name_prefix="linkeddata-answer")
        turns = Turns(pool, self.cfg.threads)
        watching = threading.Event()  # an idle worker lets go of a superseded release
        self.wsgi.extensions["linkeddata"].watch(watching)
        front = Front(self.app.settings, self.cfg, functools.partial(answer, self), turns, MAX_BODY)
        servers = [
            await asyncio.start_server(front.handle, sock=listener.sock, backlog=self.cfg.backlog)
            for listener in self.sockets
        ]
        try:
            while self.alive and not stop.is_set() and os.getppid() == self.ppid:
                self.notify()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), HEARTBEAT)
        finally:
            for server in servers:
                server.close()
            await front.finish(STOP_GRACE)
            watching.set()
            self.wsgi.extensions["linkeddata.sparql"].close()  # the query processes, now
            pool.shutdown(wait=False, cancel_futures=True)


def exit_now(code: int) -> None:
    """End the process once its work is done and its children are stopped, without the
    interpreter's teardown: freeing the module graphs of rdflib, pySHACL and Flask takes
    up to a second on a busy machine, and a server must stop within two."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
