"""HEAD requests under load, which wrk cannot measure (it reads a HEAD answer's
Content-Length as a body to wait for): ``connections`` keep-alive connections, each sending
the next request once the previous answer's header is in; requests/s, p50 and p99.

The client is asyncio in one process, so it shares the CPU with the server like wrk does (it
costs more per request than wrk: compare the server's HEAD row with its GET rows measured by
wrk only as an upper bound of the client's own cost).
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Figures:
    rate: float
    p50_ms: float
    p99_ms: float
    errors: int
    bad: int


async def _connection(
    host: str, port: int, lines: list[tuple[str, str]], accept: str, until: float, out: list[float]
) -> tuple[int, int]:
    """One connection's HEAD requests until ``until``; (errors, non-2xx/3xx answers)."""
    errors = bad = 0
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.monotonic() < until:
            path, tag = random.choice(lines)
            extra = f"If-None-Match: {tag}\r\n" if tag else ""
            request = f"HEAD {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: {accept}\r\n"
            start = time.perf_counter()
            writer.write(f"{request}{extra}\r\n".encode())
            try:
                header = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            out.append(time.perf_counter() - start)
            status = int(header.split(b" ", 2)[1])
            bad += status >= 400
    finally:
        writer.close()
    return errors, bad


async def _run(
    host: str, port: int, lines: list[tuple[str, str]], accept: str, seconds: float, n: int
) -> Figures:
    latencies: list[float] = []
    until = time.monotonic() + seconds
    start = time.perf_counter()
    jobs = [_connection(host, port, lines, accept, until, latencies) for _ in range(n)]
    results = await asyncio.gather(*jobs)
    took = time.perf_counter() - start
    ms = sorted(1000 * x for x in latencies)
    p99 = ms[min(len(ms) - 1, int(0.99 * len(ms)))] if ms else 0.0
    return Figures(
        len(ms) / took,
        statistics.median(ms) if ms else 0.0,
        p99,
        sum(e for e, _ in results),
        sum(b for _, b in results),
    )


def head_load(
    url: str, lines: list[tuple[str, str]], accept: str, seconds: float, connections: int
) -> Figures:
    """HEAD of random ``(path, If-None-Match or "")`` lines at ``url`` (http://host:port)."""
    host, _, port = url.removeprefix("http://").rstrip("/").partition(":")
    return asyncio.run(_run(host, int(port), lines, accept, seconds, connections))
