"""Benchmark the HTTP server with wrk, route by route, and print the result as Markdown.

Usage::

    python bench/http_bench.py --docs 10000 [--workdir bench/out] [--duration 10]
        [--connections 16] [--workers 2] [--warmup 2] [--rounds 1]

Reuses the synthetic collection ``WORKDIR/docs-N-seedS`` (generated with ``generate.py``
when missing) and the release ``WORKDIR/release-N`` (built when missing or stale), starts
``linkeddata serve`` on a free port of 127.0.0.1 and measures, one route after the other
and each after a short warm-up: the static file, one fixed document, random documents as
Turtle, JSON-LD and HTML, and random places and persons as Turtle. Random paths come from a
wrk Lua script. The server's memory (summed over the gunicorn master and its workers) is
sampled from ``/proc`` throughout. The report is printed and saved as ``WORKDIR/http-N.md``.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import build_bench

REPO = build_bench.REPO
MiB = build_bench.MiB
PAGE = os.sysconf("SC_PAGE_SIZE")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
HOST = "127.0.0.1"
MARK = "WRK_RESULT "
ENTITY_KINDS = ("places", "persons")
LISTING_LIMIT = 1000  # the store's largest page
STOP_SECONDS = 20  # gunicorn's graceful timeout is 10 s
TURTLE, JSONLD = "text/turtle", "application/ld+json"
GOAL_RATIO, GOAL_P99_MS, GOAL_RSS = 0.5, 50.0, 1024 * MiB  # docs/performance.md, 100,000 docs

# One path per request, drawn at random from a file of paths (one per line); the summary is
# printed as one JSON line so that no wrk text output has to be parsed.
LUA = r"""
local paths = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() * 100 + (seed or 0))
end

function request()
  return wrk.format(nil, paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%s{"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, "max_us": %d}\n',
    "MARK", summary.requests, summary.duration, summary.bytes, e.connect, e.read,
    e.write, e.status, e.timeout, latency:percentile(50), latency:percentile(99), latency.max))
end
""".replace('"MARK"', json.dumps(MARK))


@dataclass(frozen=True)
class Route:
    """One measured route: a fixed path or paths drawn at random, with an Accept header."""

    slug: str  # names the file of paths given to wrk
    name: str
    paths: list[str]
    accept: str | None = None


@dataclass(frozen=True)
class Result:
    """What wrk measured of one route, and the server's memory meanwhile."""

    route: Route
    command: list[str]
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int  # connect, read, write and timeout errors
    non_2xx: int  # responses with a status of 400 or more (wrk counts 3xx as fine)
    peak_rss: int  # bytes, summed over the server's processes
    cpu_seconds: float  # user + system time of the server's processes while measured
    content_type: str

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0

    @property
    def cpu_ms(self) -> float:
        """Server CPU per request: steadier than throughput on a shared machine."""
        return 1000 * self.cpu_seconds / self.requests if self.requests else 0.0


@dataclass(frozen=True)
class Summary:
    """One route over every round: medians, sums of errors, the largest memory."""

    results: list[Result]
    ratios: list[float]  # requests/s over the static file's, round by round

    @property
    def first(self) -> Result:
        return self.results[0]

    def median(self, measure: str) -> float:
        return statistics.median(getattr(r, measure) for r in self.results)


@dataclass
class MemorySampler:
    """Samples the summed RSS and PSS of a process tree from /proc in a background thread."""

    root: int
    interval: float = 0.2
    samples: list[tuple[float, int, int]] = field(default_factory=list)  # (time, rss, pss)
    processes: int = 0
    _done: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        while not self._done.wait(self.interval):
            pids = build_bench.tree_pids(self.root)
            self.processes = max(self.processes, len(pids))
            rss, pss = memory(pids)
            self.samples.append((time.monotonic(), rss, pss))

    def peak(self, since: float = 0.0, until: float = float("inf")) -> tuple[int, int]:
        """The largest summed RSS and PSS sampled between two ``time.monotonic()`` values."""
        window = [(rss, pss) for moment, rss, pss in self.samples if since <= moment <= until]
        return max((r for r, _ in window), default=0), max((p for _, p in window), default=0)


def cpu_seconds(pids: set[int]) -> float:
    """User + system CPU time consumed so far by ``pids`` (from ``/proc/PID/stat``)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
    return ticks / CLOCK_TICKS


def load_average() -> str:
    """The 1-, 5- and 15-minute load averages (other work on the machine shows there)."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def memory(pids: set[int]) -> tuple[int, int]:
    """Summed RSS (shared pages once per process) and PSS (shared pages split) in bytes."""
    rss = pss = 0
    for pid in pids:
        try:
            rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except (OSError, IndexError, ValueError):
            continue
        found = re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
        pss += int(found.group(1)) * 1024 if found else 0
    return rss, pss


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def linkeddata_command() -> list[str]:
    """The venv's ``linkeddata`` script next to this Python, else ``python -m linkeddata``."""
    script = Path(sys.executable).with_name("linkeddata")
    return [str(script)] if script.exists() else [sys.executable, "-m", "linkeddata"]


def collection(workdir: Path, n: int, seed: int) -> tuple[Path, str]:
    """The cached collection, used as it is (copying the authority file would make the
    release stale), or a new one generated like ``build_bench.py`` does."""
    docs = workdir / f"docs-{n}-seed{seed}"
    if docs.exists():
        return docs, "cached"
    authorities = REPO / "documents" / "authorities.ttl"
    return build_bench.collection(workdir, n, seed, authorities if authorities.exists() else None)


def ensure_release(docs: Path, out: Path) -> str:
    """Build ``out`` when ``linkeddata serve`` would (missing or stale); says what was done."""
    from linkeddata.settings import load_settings
    from linkeddata.web.serving import stale_reason

    reason = stale_reason(docs, out, load_settings(docs))
    if reason is None:
        return "current"
    cmd = [*linkeddata_command(), "build", str(docs), "--out", str(out)]
    print(f"release {out}: {reason}\n$ {shlex.join(cmd)}", file=sys.stderr)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=sys.stderr, check=True)
    return f"built in {time.perf_counter() - start:.0f} s ({reason})"


def get(url: str, accept: str | None = None, timeout: float = 30) -> tuple[int, str, bytes]:
    """Status, Content-Type and body of one GET (errors answer with their status)."""
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def wait_healthy(base: str, server: subprocess.Popen[bytes], timeout: float) -> float:
    """Poll ``/healthz`` until it answers 200; returns the seconds it took."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with code {server.returncode}")
        try:
            if get(f"{base}/healthz", timeout=2)[0] == 200:
                return time.monotonic() - start
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not answer /healthz within {timeout:.0f} s")


@contextmanager
def running_server(cmd: list[str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Start the server (access log to ``log``) and stop it with SIGTERM, whatever happens."""
    with log.open("wb") as sink:
        server = subprocess.Popen(
            cmd, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield server
        finally:
            stop(server)


def stop(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM (gunicorn's graceful stop), SIGKILL if it is still running after a while."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        print("the server ignored SIGTERM: killing it", file=sys.stderr)
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def document_ids(release: Path) -> list[str]:
    """The published documents' ids from the manifest, else the generator's 900000, ..."""
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    files = manifest.get("files", [])
    ids = [
        str(f["id"])
        for f in files
        if f.get("kind") == "document" and f.get("status") == "published" and f.get("id")
    ]
    return ids or [str(900_000 + i) for i in range(len(files))]


def entity_paths(base: str, kind: str) -> list[str]:
    """Every ``/doc/...`` path of one kind, from the server's ``/list/{kind}`` pages."""
    paths: list[str] = []
    page: str | None = f"/list/{kind}?limit={LISTING_LIMIT}"
    while page is not None:
        status, _, body = get(base + page)
        if status != 200:
            raise RuntimeError(f"{page} answered {status}")
        text = body.decode("utf-8")
        paths += re.findall(rf'href="(/doc/{kind.removesuffix("s")}/[^"?#]+)"', text)
        following = re.search(rf'href="(/list/{kind}\?after=[^"]+)"', text)
        page = html.unescape(following.group(1)) if following else None
    return list(dict.fromkeys(paths))


def routes(base: str, release: Path) -> list[Route]:
    """The six measured routes; the static-file one comes first (the others' yardstick)."""
    docs = [f"/doc/document/{key}" for key in document_ids(release)]
    entities = [path for kind in ENTITY_KINDS for path in entity_paths(base, kind)]
    return [
        Route("static", "static file through Flask (`/static/site.css`)", ["/static/site.css"]),
        Route("fixed", f"one fixed document as Turtle (`{docs[0]}`)", docs[:1], TURTLE),
        Route("documents", f"random documents as Turtle ({len(docs):,})", docs, TURTLE),
        Route("documents", f"random documents as JSON-LD ({len(docs):,})", docs, JSONLD),
        Route("documents", f"random documents as HTML ({len(docs):,})", docs, "text/html"),
        Route(
            "entities",
            f"random places and persons as Turtle ({len(entities):,})",
            entities,
            TURTLE,
        ),
    ]


def wrk_command(
    route: Route, base: str, script: Path, paths: Path, args: argparse.Namespace, seconds: float
) -> list[str]:
    """The wrk command line of one route."""
    cmd = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{seconds:g}s"]
    cmd += ["--timeout", "10s", "-s", str(script)]
    if route.accept:
        cmd += ["-H", f"Accept: {route.accept}"]
    return [*cmd, f"{base}/", "--", str(paths)]


def run_wrk(cmd: list[str]) -> dict[str, Any]:
    """Run wrk and return the summary its Lua ``done`` printed."""
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        if line.startswith(MARK):
            return dict(json.loads(line.removeprefix(MARK)))
    raise RuntimeError(f"wrk failed ({done.returncode}): {done.stderr.strip() or done.stdout}")


def measure(
    route: Route, base: str, workdir: Path, args: argparse.Namespace, sampler: MemorySampler
) -> Result:
    """Probe one route, warm it up, then measure it."""
    status, content_type, _ = get(base + route.paths[0], route.accept)
    if status != 200:
        raise RuntimeError(f"{route.paths[0]} answered {status}")
    script = workdir / "http-random.lua"
    paths = workdir / f"http-paths-{route.slug}.txt"  # kept: the commands can be rerun
    paths.write_text("\n".join(route.paths) + "\n", encoding="utf-8")
    if args.warmup > 0:
        run_wrk(wrk_command(route, base, script, paths, args, args.warmup))
    cmd = wrk_command(route, base, script, paths, args, args.duration)
    pids = build_bench.tree_pids(sampler.root)
    start, cpu = time.monotonic(), cpu_seconds(pids)
    summary = run_wrk(cmd)
    cpu = cpu_seconds(pids) - cpu
    rss, _ = sampler.peak(start, time.monotonic())
    errors = sum(summary[k] for k in ("connect", "read", "write", "timeout"))
    return Result(
        route,
        cmd,
        summary["requests"],
        summary["duration_us"] / 1e6,
        summary["p50_us"] / 1000,
        summary["p99_us"] / 1000,
        errors,
        summary["status"],
        rss,
        cpu,
        content_type.split(";")[0],
    )


def measure_all(
    measured: list[Route],
    base: str,
    workdir: Path,
    args: argparse.Namespace,
    sampler: MemorySampler,
    round_number: int,
) -> list[Result]:
    """One round: every route, in order."""
    results = []
    for route in measured:
        print(f"round {round_number}: measuring {route.name}", file=sys.stderr)
        results.append(measure(route, base, workdir, args, sampler))
    return results


def summarise(rounds: list[list[Result]]) -> list[Summary]:
    """Per route (the static file first), the results of every round and their ratios."""
    per_route = list(zip(*rounds, strict=True))
    static = per_route[0]
    return [
        Summary(
            list(results),
            [r.rate / s.rate if s.rate else 0.0 for r, s in zip(results, static, strict=True)],
        )
        for results in per_route
    ]


def table(summaries: list[Summary]) -> list[str]:
    """The Markdown table of the measured routes (medians over the rounds)."""
    lines = [
        "| route | content type | requests/s | p50 | p99 | errors | non-2xx/3xx | "
        "vs static file | server CPU per request | peak RSS |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in summaries:
        rates = [r.rate for r in s.results]
        rate = f"{statistics.median(rates):,.0f}"
        if len(rates) > 1:
            rate += f" ({min(rates):,.0f}-{max(rates):,.0f})"
        errors = sum(r.errors for r in s.results)
        non_2xx = sum(r.non_2xx for r in s.results)
        rss = max(r.peak_rss for r in s.results)
        lines.append(
            f"| {s.first.route.name} | {s.first.content_type} | {rate} | "
            f"{s.median('p50_ms'):.1f} ms | {s.median('p99_ms'):.1f} ms | {errors:,} | "
            f"{non_2xx:,} | {100 * statistics.median(s.ratios):.0f} % | "
            f"{s.median('cpu_ms'):.2f} ms | {rss / MiB:,.0f} MiB |"
        )
    return lines


def goals(summaries: list[Summary], rss: int) -> str:
    """How the dereferencing routes (every ``/doc/`` one) compare with the project's goals."""
    deref = [s for s in summaries if s.first.route.paths[0].startswith("/doc/")]
    ratios = {s.first.route.name: statistics.median(s.ratios) for s in deref}
    p99s = {s.first.route.name: s.median("p99_ms") for s in deref}
    low, high = min(ratios, key=ratios.__getitem__), max(p99s, key=p99s.__getitem__)
    met_ratio = sum(r >= GOAL_RATIO for r in ratios.values())
    met_p99 = sum(p <= GOAL_P99_MS for p in p99s.values())
    return (
        f"Goals of docs/performance.md (stated for 100,000 documents): dereferencing >= "
        f"{GOAL_RATIO:.0%} of the static file's requests/s: {met_ratio} of {len(deref)} routes "
        f"(lowest {ratios[low]:.0%}, {low}); p99 <= {GOAL_P99_MS:g} ms: {met_p99} of "
        f"{len(deref)} (highest {p99s[high]:.1f} ms, {high}); server RSS <= 1 GB: "
        f"{'met' if rss <= GOAL_RSS else 'not met'} ({rss / MiB:,.0f} MiB)."
    )


def server_threads() -> int:
    """Threads per gunicorn worker, as ``linkeddata serve`` configures them."""
    from linkeddata.web.serving import options

    return int(options(1).get("threads", 1))


def wrk_version() -> str:
    done = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    lines = (done.stdout or done.stderr).splitlines()
    return lines[0].split(" Copyright")[0].strip() if lines else "wrk"


def report(
    args: argparse.Namespace,
    summaries: list[Summary],
    sampler: MemorySampler,
    server_cmd: list[str],
    notes: list[str],
) -> str:
    """The whole Markdown report."""
    rss, pss = sampler.peak()
    lines = [
        f"## HTTP benchmark: {args.docs:,} synthetic documents",
        "",
        f"gunicorn, the event-driven front, {args.workers} worker(s) x {server_threads()} "
        "threads; "
        f"wrk {args.threads} threads, "
        f"{args.connections} connections, {args.duration:g} s per route after {args.warmup:g} s "
        f"of warm-up; the routes measured one after the other, {args.rounds} round(s), in one "
        "run of one server (figures are medians over the rounds, with the range of "
        "requests/s). wrk runs on the same machine as the server. Server CPU per request is "
        "the user + system time of the gunicorn processes during the measurement divided by "
        "the requests.",
        "",
        *table(summaries),
        "",
        f"Server peak memory over the whole run ({sampler.processes} processes: gunicorn master "
        f"and workers, sampled from /proc every {sampler.interval:g} s): RSS summed "
        f"{rss / MiB:,.0f} MiB (shared pages counted once per process: an upper bound), "
        f"PSS summed {pss / MiB:,.0f} MiB.",
        "",
        goals(summaries, rss),
        "",
        *notes,
        "",
        f"Machine: {build_bench.machine()}; {wrk_version()}.",
        "",
        "Commands:",
        "",
        "```sh",
        f"{shlex.join([sys.executable, *sys.argv])}",
        f"{shlex.join(server_cmd)}",
        *(shlex.join(s.first.command) for s in summaries),
        "```",
        "",
    ]
    return "\n".join(lines)


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=positive, default=10_000, help="number of documents")
    parser.add_argument("--workdir", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--seed", type=int, default=42, help="generator seed (default 42)")
    parser.add_argument("--duration", type=float, default=10, help="seconds per route")
    parser.add_argument("--warmup", type=float, default=2, help="warm-up seconds per route")
    parser.add_argument("--connections", type=positive, default=16, help="wrk connections")
    parser.add_argument("--threads", type=positive, default=2, help="wrk threads")
    parser.add_argument("--workers", type=positive, default=2, help="gunicorn worker processes")
    parser.add_argument("--rounds", type=positive, default=1, help="times every route is measured")
    parser.add_argument("--start-timeout", type=float, default=120, help="seconds for /healthz")
    return parser.parse_args(argv)


def terminate(signum: int, _frame: FrameType | None) -> None:
    """SIGTERM to the benchmark unwinds it, so that the server is stopped too."""
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: 0, 1 when something failed, 2 without wrk."""
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (Debian: apt-get install wrk)", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, terminate)
    try:
        text = run(args)
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(text)
    return 0


def run(args: argparse.Namespace) -> str:
    """Prepare, serve, measure; returns the report, also saved as ``WORKDIR/http-N.md``."""
    workdir = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    docs, how = collection(workdir, args.docs, args.seed)
    release = workdir / f"release-{args.docs}"
    built = ensure_release(docs, release)
    (workdir / "http-random.lua").write_text(LUA, encoding="utf-8")
    port = free_port()
    base = f"http://{HOST}:{port}"
    cmd = [*linkeddata_command(), "serve", str(docs), "--out", str(release)]
    cmd += ["--host", HOST, "--port", str(port), "--workers", str(args.workers)]
    print(f"$ {shlex.join(cmd)}", file=sys.stderr)
    log = workdir / f"http-{args.docs}-server.log"
    with running_server(cmd, log) as server:
        sampler = MemorySampler(server.pid)
        sampler.start()
        try:
            ready = wait_healthy(base, server, args.start_timeout)
            load = load_average()
            measured = routes(base, release)
            rounds = [
                measure_all(measured, base, workdir, args, sampler, n + 1)
                for n in range(args.rounds)
            ]
        finally:
            sampler.stop()
    notes = [
        f"Collection: {docs} ({how}); release: {release} ({built}); "
        f"/healthz answered {ready:.1f} s after start; server log: {log}. "
        f"Load average before measuring: {load}; after: {load_average()}."
    ]
    text = report(args, summarise(rounds), sampler, cmd, notes)
    (workdir / f"http-{args.docs}.md").write_text(text, encoding="utf-8")
    return text


if __name__ == "__main__":
    sys.exit(main())
