"""The executor a build's ``--executor`` names: ``local``, ``local:N`` or ``dask://HOST:PORT``
(apart from :mod:`.executors`, which :mod:`.dask_cluster` builds on)."""

from __future__ import annotations

import os

from ..errors import BuildError
from .executors import Executor, LocalExecutor

EXECUTOR_HELP = (
    "Where documents are converted: local (one process per core), local:N (N processes), "
    "or dask://HOST:PORT (a Dask distributed scheduler; see docs/scaling.md)."
)


def parse_executor(spec: str, processes: int | None = None) -> Executor:
    """The executor ``spec`` names (``processes``: ``--workers``, which only ``local`` takes).

    >>> parse_executor("local:3"), parse_executor("local", 3)
    (LocalExecutor(processes=3), LocalExecutor(processes=3))
    >>> parse_executor("local:2", 3)
    Traceback (most recent call last):
    ...
    linkeddata.errors.BuildError: --workers 3 and --executor local:2 disagree: give one of them
    >>> parse_executor("dask://127.0.0.1:8786").address
    'tcp://127.0.0.1:8786'
    >>> parse_executor("spark://x")
    Traceback (most recent call last):
    ...
    linkeddata.errors.BuildError: unknown executor 'spark://x': local, local:N or dask://HOST:PORT
    """
    default = processes or os.cpu_count() or 1
    if spec == "local":
        return LocalExecutor(default)
    kind, _, rest = spec.partition(":")
    if processes is not None and kind == "local":
        raise BuildError(f"--workers {processes} and --executor {spec} disagree: give one of them")
    if processes is not None and kind == "dask":
        raise BuildError(f"--workers counts local processes: {spec} has its own workers")
    if kind == "local" and rest.isdigit() and int(rest) >= 1:
        return LocalExecutor(int(rest))
    if kind == "dask" and rest.startswith("//") and _host_port(rest[2:]):
        try:  # Dask is an optional extra: imported on use
            from .dask_cluster import DaskExecutor
        except ImportError as exc:
            raise BuildError(
                f"{spec}: Dask is not installed ({exc}); pip install 'linkeddata[dask]'"
            ) from None
        return DaskExecutor(f"tcp://{rest[2:]}")
    raise BuildError(f"unknown executor {spec!r}: local, local:N or dask://HOST:PORT")


def _host_port(address: str) -> bool:
    host, _, port = address.rpartition(":")
    return bool(host) and port.isdigit() and 0 < int(port) < 65536
