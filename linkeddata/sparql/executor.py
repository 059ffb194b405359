"""Queries run in child processes, so a deadline can really stop them.

Neither pyoxigraph nor rdflib can be interrupted: a Python signal handler waits until Rust
returns, and cooperative cancellation leaks (Fuseki's has run hours past its limit). So each
:class:`Executor` owns one child process (``python -m linkeddata.sparql.executor``) that opens
the store once and answers one :class:`~linkeddata.sparql.engine.Job` at a time. At the
deadline the parent kills the child with SIGKILL, which stops the work whatever it is doing,
and starts a fresh one; if the child dies (a crash in the engine, the memory cap), only that
query fails.

The child also protects the machine on its own, before it reads any query:

* it moves into new user and network namespaces (Linux ``unshare``), where no interface but
  a downed loopback exists: even a query that slipped past the guard could not connect;
* it caps its address space (``RLIMIT_AS``) at what the open store uses plus the per-query
  memory allowance, so a runaway query fails with an allocation error instead of taking
  the machine's memory;
* it runs queries on a thread with a stack deep enough for the engines' recursion over any
  query that fits the size cap (:data:`QUERY_STACK`).

Messages are length-prefixed pickles on the child's stdin and stdout, between two processes
of this package only.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import pickle
import resource
import select
import struct
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .. import errors
from .engine import Answer, Job, Settings, timed_out

log = logging.getLogger("linkeddata.sparql")
HEADER = struct.Struct(">I")
START_SECONDS = 120.0  # opening a store; an rdflib load of a large dump takes a while
FOREVER = float("inf")
QUERY_STACK = 256 << 20
"""Stack of the thread that runs queries. The engines recurse over a query's tree: on the
usual 8 MiB, Oxigraph 0.5.13 overflows at about 840 nested ``FILTER EXISTS {``, 950 nested
function calls or 2,600 ``MINUS``; with 256 MiB no query within the size cap reaches the end
of it (docs/sparql.md). The guard refuses far smaller ones (:mod:`linkeddata.sparql.bounds`);
this is the margin behind it. Only the pages a query touches take memory."""
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


@dataclass(frozen=True)
class Config:
    """What a child needs: the engine, the store (or dump) path, settings and the memory cap."""

    engine: str
    path: str
    settings: Settings
    memory_limit: int | None = None
    """Bytes a query may allocate on top of the opened store; None: no cap."""
    isolate: bool = True
    backend: str | None = None
    """The SPARQL endpoint of the remote engine (which needs the network: not isolated)."""


@dataclass
class Executor:
    """One child process answering jobs one at a time; not thread-safe (a slot owns it)."""

    config: Config
    _child: subprocess.Popen[bytes] | None = field(default=None, init=False)
    _ready: bool = field(default=False, init=False)
    isolated: bool | None = field(default=None, init=False)

    def run(self, job: Job, timeout: float) -> Answer:
        """Answer ``job`` within ``timeout`` seconds, or kill the work and raise QueryTimeout."""
        child = self._started()
        deadline = time.monotonic() + timeout
        try:
            _send(child.stdin, job)
            reply = _receive(child.stdout, deadline)
        except TimeoutError:
            self.stop()
            self.start()  # the next query finds a fresh process
            raise timed_out(timeout) from None
        except (OSError, EOFError, pickle.UnpicklingError) as error:
            code = self.stop()
            log.error("query engine process died (exit %s) on: %.300r", code, job.query)
            raise errors.EngineFailure(
                "The query engine stopped while answering this query (it may need more "
                "memory than this endpoint allows). Other queries are not affected."
            ) from error
        kind, value = reply
        if kind == "ok":
            answer: Answer = value
            return answer
        name, message = value
        raise getattr(errors, name, errors.EngineFailure)(message)

    def start(self) -> None:
        """Start the child now (it opens the store while nobody waits for it)."""
        if self._child is None:
            self._child = subprocess.Popen(
                [sys.executable, "-m", "linkeddata.sparql.executor"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                close_fds=True,
                process_group=0,  # Ctrl-C is for the server, which stops its children itself
            )
            self._ready = False
            _send(self._child.stdin, self.config)

    def stop(self) -> int | None:
        """Kill the child (SIGKILL: the work stops now) and reap it; its exit code."""
        child, self._child = self._child, None
        if child is None:
            return None
        with contextlib.suppress(ProcessLookupError):
            child.kill()
        for stream in (child.stdin, child.stdout):
            with contextlib.suppress(OSError):
                if stream is not None:
                    stream.close()
        return child.wait()

    def ready(self) -> None:
        """Start the child if needed and wait until its store is open."""
        self._started()

    @property
    def pid(self) -> int | None:
        return self._child.pid if self._child is not None else None

    def _started(self) -> subprocess.Popen[bytes]:
        self.start()
        assert self._child is not None
        if not self._ready:
            try:
                kind, value = _receive(self._child.stdout, time.monotonic() + START_SECONDS)
            except (TimeoutError, OSError, EOFError) as error:
                self.stop()
                raise errors.EngineFailure("The query engine could not start.") from error
            if kind != "ready":
                self.stop()
                log.error("query engine did not start: %s", value)
                raise errors.EngineFailure("The query engine could not open the store.")
            self.isolated = bool(value)
            if not self.isolated and self.config.isolate:  # fail closed: no sandbox, no query
                self.stop()
                log.error("query processes cannot leave the network (unshare refused)")
                raise errors.EngineFailure(
                    "Queries are disabled: this machine does not let the query process leave "
                    "the network (the server's operator can allow it with --no-query-sandbox)."
                )
            self._ready = True
        return self._child


def _send(stream: IO[bytes] | None, message: Any) -> None:
    if stream is None:
        raise OSError("no pipe to the query process")
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes] | None, deadline: float) -> Any:
    """One message from ``stream``, or TimeoutError at ``deadline``."""
    if stream is None:
        raise OSError("no pipe from the query process")
    fd = stream.fileno()
    size = HEADER.unpack(_read(fd, HEADER.size, deadline))[0]
    return pickle.loads(_read(fd, size, deadline))


def _read(fd: int, size: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    while size:
        remaining = None if deadline == FOREVER else deadline - time.monotonic()
        if remaining is not None and remaining <= 0:
            raise TimeoutError
        if not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError("the query process closed its pipe")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _isolate() -> bool:
    """Leave the machine's network: new user and network namespaces (before any thread)."""
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0)


def _watch_parent(interval: float = 0.5) -> None:
    """Exit when the server process is gone: a query must not run on, orphaned, past its
    deadline (a killed worker cannot kill its child first)."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _cap_memory(allowance: int) -> None:
    """Cap the address space at what is mapped now plus ``allowance`` bytes."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (mapped + allowance, mapped + allowance))


def main() -> None:
    """The child: read the config, open the engine, then answer jobs until stdin closes."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but messages may reach the pipe
    config: Config = _receive(stdin, time.monotonic() + START_SECONDS)
    isolated = _isolate() if config.isolate else False
    _watch_parent()
    from .engine import Engine
    from .engines import open_engine
    from .remote import RemoteEngine

    try:
        engine: Engine
        if config.backend is not None:
            engine = RemoteEngine(config.backend, Path(config.path), config.settings)
        else:
            engine = open_engine(config.engine, Path(config.path), config.settings)
    except Exception as error:
        _send(stdout, ("failed", f"{type(error).__name__}: {error}"))
        return
    threading.stack_size(QUERY_STACK)  # mapped now, so within the memory cap set below
    worker = threading.Thread(target=_answer, args=(engine, stdin, stdout), name="queries")
    worker.start()
    threading.stack_size(0)
    if config.memory_limit is not None:
        _cap_memory(config.memory_limit)
    _send(stdout, ("ready", isolated))
    worker.join()


def _answer(engine: Any, stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """Answer jobs until stdin closes, on a thread with :data:`QUERY_STACK` of stack."""
    while True:
        try:
            job: Job = _receive(stdin, FOREVER)
        except EOFError:
            return
        try:
            reply: tuple[str, Any] = ("ok", engine.answer(job))
        except errors.QueryError as error:
            reply = ("error", (type(error).__name__, error.description))
        except MemoryError:
            reply = ("error", ("EngineFailure", "The query needed more memory than allowed."))
        except RecursionError:  # an engine that reads or runs the query recursively (rdflib)
            reply = ("error", ("QueryRefused", "The query nests too deeply for the engine."))
        except Exception:
            traceback.print_exc()
            reply = ("error", ("EngineFailure", "The query engine failed on this query."))
        _send(stdout, reply)


if __name__ == "__main__":
    main()
