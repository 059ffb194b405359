"""pyoxigraph's query results are bound to the thread that made them.

A ``QuerySolutions``, ``QueryTriples`` or the iterator of ``quads_for_pattern`` may only be
freed on its own thread: freed on another, PyO3 reports "unsendable ... dropped on another
thread" and leaks it (with the store snapshot it reads). Reference counting frees one at once,
on its thread; the cyclic collector frees whatever is in a reference cycle on whichever thread
runs it (in the server, any of a worker's answering threads or its event loop). So a result
must never be reachable from a cycle. The usual way one gets there: an error raised while the
result is read leaves with a traceback whose frames keep their locals (the result, the
generator reading it), and the error is kept where its own traceback reaches it again (an
``except ... as error`` that stores it, a test's ``pytest.raises``).

Hence, in this package: a result is read where it is made, in full (``list(store.query(...))``:
a value on the stack, which an error leaving the frame drops), or, when it must be streamed
under a cap, inside :func:`frames_cleared`.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Iterator


@contextlib.contextmanager
def frames_cleared() -> Iterator[None]:
    """Clear the locals of the finished frames that an error leaving the block went through,
    so that the results they read are freed now, on this thread. The frame running the
    ``with`` is not cleared: it must hold no result itself (pass the result to a function)."""
    try:
        yield
    except BaseException as error:
        traceback.clear_frames(error.__traceback__)
        raise
