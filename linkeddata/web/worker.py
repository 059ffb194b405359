"""The gunicorn worker of ``linkeddata serve``: an event loop running the front
(:mod:`linkeddata.web.front`) on the listening sockets, and a pool of threads for the app.

gunicorn's arbiter still forks the workers, restarts a dead one and forwards signals; each
worker opens its own app (and store) after the fork. On SIGTERM, SIGINT (Ctrl-C reaches every
process of the terminal's group) or SIGQUIT a worker stops taking connections, gives the
answers under way :data:`STOP_GRACE` seconds, stops its query processes (a thread waiting on
one is then released at once) and exits at once (:func:`exit_now`): well within the
arbiter's patience, so no worker is ever killed.

A stop signal may come at any moment, and often twice: Ctrl-C reaches a worker, then the
arbiter sends it SIGQUIT. So the worker keeps its own handler and wakeup pipe (gunicorn's,
open until the process ends) for its whole life instead of the event loop's
(``loop.add_signal_handler``): closing the loop closes that loop's wakeup socket before it
puts back the default handlers, and a signal in between printed a traceback (a write to a
closed wakeup fd), after it raised KeyboardInterrupt or killed the worker by SIGQUIT.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import signal
import sys
import threading
from collections.abc import Callable
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

    _stopping: Callable[[], object] | None = None
    """Tells the running loop to stop (set while it runs)."""

    def init_signals(self) -> None:
        """gunicorn's, but the stop signals first and never their default in between (which
        kills: gunicorn resets every signal before setting its handlers)."""
        for signum in STOP_SIGNALS:  # kept until the process ends: no default ever comes back
            signal.signal(signum, self._stop_signal)
            signal.siginterrupt(signum, False)  # as gunicorn's: the app's calls are not disturbed
        for signum in set(self.SIGNALS) - set(STOP_SIGNALS):  # the arbiter's, inherited
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGWINCH, self.handle_winch)
        signal.signal(signal.SIGUSR1, self.handle_usr1)
        signal.signal(signal.SIGABRT, self.handle_abort)
        signal.siginterrupt(signal.SIGUSR1, False)
        signal.set_wakeup_fd(self.PIPE[1], warn_on_full_buffer=False)  # the pipe lives on

    def _stop_signal(self, signum: int, frame: object) -> None:
        """Stop serving; run by Python on the main thread, after the wakeup pipe woke it."""
        self.alive = False
        if not self.booted:  # still opening the app: no answer, no query process to wait for
            os._exit(0)  # not exit_now: a flush here could re-enter a write this interrupted
        stopping = self._stopping
        if stopping is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: ending anyway
                stopping()

    def run(self) -> None:
        asyncio.run(self._serve())
        self.log.info("Worker exiting (pid: %s)", self.pid)
        exit_now(0)

    async def _serve(self) -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        loop.add_reader(self.PIPE[0], _drain, self.PIPE[0])  # the signal wakes the loop
        self._stopping = functools.partial(loop.call_soon_threadsafe, stop.set)
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
            self._stopping = None
            loop.remove_reader(self.PIPE[0])


def _drain(fd: int) -> None:
    """Empty the wakeup pipe (the signal's handler has its own work)."""
    with contextlib.suppress(BlockingIOError):
        while os.read(fd, 4096):
            pass


def exit_now(code: int) -> None:
    """End the process once its work is done and its children are stopped, without the
    interpreter's teardown: freeing the module graphs of rdflib, pySHACL and Flask takes
    up to a second on a busy machine, and a server must stop within two."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
