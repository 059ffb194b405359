"""Dereferencing side by side: the server (its per-release cache cold, then warm), nginx serving
the static export in front of it, and Oxigraph server answering Graph Store Protocol GETs for
the same named graphs; Turtle, JSON-LD, HTML and 304s; printed as Markdown. HEAD is
measured by ``head_load.py`` (asyncio): wrk reads a HEAD answer's Content-Length as a body to
wait for, so every connection would hang until its timeout.

Usage::

    python bench/serve_bench.py --docs 3000 [--workdir bench/out] [--duration 5]
        [--connections 16] [--workers 2] [--oxigraph PATH] [--no-export]
        [--warm-docs N] [--before SOURCE_TREE]

``--no-export`` leaves nginx out (an export of 100,000 documents takes hours on 2 cores);
``--warm-docs N``: the warm rows ask for a random sample of N documents, all warmed up first
(at 100,000 documents a warm-up of every document would take most of an hour);
``--before SRC``: the same rows first for the server running the code of the source tree SRC
(``git archive COMMIT | tar -x -C SRC``), on the same release, in the same run.

Reuses the collection and release of ``http_bench.py`` (built when missing), writes the export
into ``WORKDIR/export-N`` (timed), and runs Oxigraph server read-only on the release's own
store (the same engine and version as pyoxigraph: ``pip install oxigraph`` gives the binary,
e.g. in a venv under bench/out). Random document paths come from the same wrk Lua script as
``http_bench.py``; 304s send each document's ETag (computed as the server computes it). The
report is printed and saved as ``WORKDIR/serve-N.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import http_bench as hb
from head_load import head_load

sys.path.insert(0, str(hb.REPO))
from linkeddata.web.http_cache import etag

# Requests with their own method or header per path: lines "METHOD<TAB>path<TAB>If-None-Match".
LUA = r"""
local lines = {}
local counter = 0
function setup(thread) counter = counter + 1; thread:set("seed", counter) end
function init(args)
  for line in io.lines(args[1]) do
    local method, path, tag = line:match("([^\t]*)\t([^\t]*)\t?(.*)")
    lines[#lines + 1] = {method, path, tag}
  end
  math.randomseed(os.time() * 100 + (seed or 0))
end
function request()
  local l = lines[math.random(#lines)]
  local headers = {}  -- a table given to wrk.format replaces wrk.headers: copy -H's in
  for name, value in pairs(wrk.headers) do headers[name] = value end
  if l[3] ~= "" then headers["If-None-Match"] = l[3] end
  return wrk.format(l[1], l[2], headers)
end
""" + hb.LUA[hb.LUA.index("function done") :]


@dataclass(frozen=True)
class Target:
    """One server measured, and its static-file yardstick (None: its own static file)."""

    name: str
    url: str
    static: str | None


@dataclass(frozen=True)
class Row:
    target: str
    route: str
    rate: float
    p50: float
    p99: float
    errors: int
    bad: int


def wrk(url: str, lines: list[str], accept: str | None, args: argparse.Namespace) -> Row:
    """Run wrk once on random lines (method, path, ETag); the row of its figures."""
    script = args.workdir / "serve-random.lua"
    script.write_text(LUA, encoding="utf-8")
    paths = args.workdir / "serve-lines.txt"
    paths.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmd = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration:g}s"]
    cmd += ["--timeout", "10s", "-s", str(script)]
    if accept:
        cmd += ["-H", f"Accept: {accept}"]
    summary = hb.run_wrk([*cmd, f"{url}/", "--", str(paths)])
    seconds = summary["duration_us"] / 1e6
    errors = sum(summary[k] for k in ("connect", "read", "write", "timeout"))
    rate = summary["requests"] / seconds
    p50, p99 = summary["p50_us"] / 1000, summary["p99_us"] / 1000
    return Row("", "", rate, p50, p99, errors, summary["status"])


@contextmanager
def process(
    cmd: list[str], log: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as sink:
        proc = subprocess.Popen(
            cmd, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True, env=env
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_port(port: int, seconds: float = 60) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), 1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


def measure(args: argparse.Namespace) -> str:
    workdir: Path = args.workdir
    docs, _ = hb.collection(workdir, args.docs, args.seed)
    out = workdir / f"release-{args.docs}"
    hb.ensure_release(docs, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    base, release_id = manifest["base"], manifest["release"]
    ids = hb.document_ids(out)
    doc_paths = [f"/doc/document/{i}" for i in ids]
    rows: list[Row] = []
    notes: list[str] = []
    servers = [("server", hb.linkeddata_command(), None)]
    if args.before:
        command = [sys.executable, "-m", "linkeddata"]
        servers.insert(0, (f"server before ({args.before.name})", command, args.before))
    for label, command, source in servers:
        rows += serve_rows(
            label, command, source, docs, out, doc_paths, base, release_id, args, notes
        )
    if args.oxigraph:
        store = (out / "store").resolve()
        oxi_port = hb.free_port()
        oxi = [args.oxigraph, "serve-read-only", "--location", str(store)]
        oxi += ["--bind", f"127.0.0.1:{oxi_port}"]
        with process(oxi, workdir / "serve-bench-oxigraph.log"):
            wait_port(oxi_port)
            graphs = [f"GET\t/store?graph={base}graph/document/{i}\t" for i in ids]
            for name, accept in (("Turtle", "text/turtle"), ("JSON-LD", "application/ld+json")):
                row = wrk(f"http://127.0.0.1:{oxi_port}", graphs, accept, args)
                rows.append(Row("Oxigraph server (GSP GET)", name, *_figures(row)))
    return report(rows, notes, args)


def serve_rows(
    label: str,
    command: list[str],
    source: Path | None,
    docs: Path,
    out: Path,
    doc_paths: list[str],
    base: str,
    release_id: str,
    args: argparse.Namespace,
    notes: list[str],
) -> list[Row]:
    """One server's rows: cold, then (after a warm-up) warm, then nginx on its export."""
    import os

    workdir: Path = args.workdir
    rows: list[Row] = []
    port, nginx_port = hb.free_port(), hb.free_port()
    serve = [*command, "serve", str(docs), "--out", str(out)]
    serve += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    flask = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(source)} if source else None
    log = workdir / f"serve-bench-server{'-before' if source else ''}.log"
    with process(serve, log, env) as server:
        sampler = hb.MemorySampler(server.pid)
        sampler.start()
        try:
            hb.wait_healthy(flask, server, 300)
            working = doc_paths
            if args.warm_docs and args.warm_docs < len(doc_paths):
                working = random.Random(args.seed).sample(doc_paths, args.warm_docs)
            rows += measure_target(
                Target(f"{label}, cold", flask, "/static/site.css"),
                doc_paths,
                base,
                release_id,
                args,
            )
            notes.append(f"{label}: " + warm(flask, working))
            rows += measure_target(
                Target(f"{label}, warm", flask, "/static/site.css"), working, base, release_id, args
            )
        finally:
            sampler.stop()
        rss, pss = sampler.peak()
        notes.append(
            f"{label}: peak RSS of the server's process tree {rss / hb.MiB:,.0f} MiB "
            f"(PSS {pss / hb.MiB:,.0f} MiB), {sampler.processes} processes"
        )
        if args.no_export or source:
            return rows
        export = workdir / f"export-{args.docs}"
        notes.append(export_once(export, out, release_id, port, nginx_port, args))
        nginx = ["/usr/sbin/nginx", "-p", str(export), "-c", "nginx.conf", "-e", "logs/error.log"]
        nginx += ["-g", "daemon off;"]
        with process(nginx, workdir / "serve-bench-nginx.log"):
            wait_port(nginx_port)
            target = Target("nginx, static export", f"http://127.0.0.1:{nginx_port}", None)
            rows += measure_target(target, doc_paths, base, release_id, args)
    return rows


def warm(url: str, doc_paths: list[str], rounds: int = 1) -> str:
    """Ask every document in every measured format ``rounds`` times, from 16 threads, each
    request on a new connection (once: a server whose workers each keep their own bodies then
    has about half of them in the worker a request reaches; one whose workers share them, all)."""
    from concurrent.futures import ThreadPoolExecutor

    jobs = [(p, a) for p in doc_paths for a in (hb.TURTLE, hb.JSONLD, "text/html")] * rounds
    start = time.perf_counter()
    with ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(lambda job: hb.get(url + job[0], job[1])[0], jobs))
    took = time.perf_counter() - start
    bad = sum(1 for status in statuses if status != 200)
    return (
        f"warm-up before the warm rows: {len(doc_paths):,} documents, {len(jobs):,} requests in "
        f"{took:.0f} s ({bad} not 200)"
    )


def export_once(
    export: Path, out: Path, release_id: str, port: int, nginx_port: int, args: argparse.Namespace
) -> str:
    """Export the release (timed), or with ``--reuse-export`` keep an export of the same
    release and only rewrite its ``nginx.conf`` for this run's ports."""
    from linkeddata.web.nginx_conf import configuration
    from linkeddata.web.releases import Releases

    conf = export / "nginx.conf"
    if args.reuse_export and conf.exists() and release_id in conf.read_text(encoding="utf-8"):
        upstream, listen = f"127.0.0.1:{port}", f"127.0.0.1:{nginx_port}"
        with Releases(out).held() as published:
            text = configuration(
                published, upstream=upstream, listen=listen, folder=export.resolve()
            )
        conf.write_text(text, encoding="utf-8")
        return f"export of release {release_id} reused from an earlier run"
    start = time.perf_counter()
    cmd = [*hb.linkeddata_command(), "export-static", str(export), "--out", str(out)]
    cmd += ["--upstream", f"127.0.0.1:{port}", "--listen", f"127.0.0.1:{nginx_port}"]
    cmd += ["--workers", str(args.export_workers)]
    subprocess.run(cmd, check=True)
    took = time.perf_counter() - start
    files = [f for f in (export / "files").rglob("*") if f.is_file()]
    size = sum(f.stat().st_size for f in files)
    return f"`{' '.join(cmd[1:])}`: {took:.0f} s, {len(files):,} files, {size / hb.MiB:,.0f} MiB"


def _figures(row: Row) -> tuple[float, float, float, int, int]:
    return row.rate, row.p50, row.p99, row.errors, row.bad


def measure_target(
    target: Target, doc_paths: list[str], base: str, release_id: str, args: argparse.Namespace
) -> list[Row]:
    print(f"measuring {target.name}", file=sys.stderr)
    rows = []
    if target.static:
        static = wrk(target.url, [f"GET\t{target.static}\t"], None, args)
        rows.append(Row(target.name, "static file (`/static/site.css`)", *_figures(static)))
    else:  # nginx: a pre-rendered file of the export, fixed path (its static-file yardstick)
        fixed = wrk(target.url, [f"GET\t{doc_paths[0]}.ttl\t"], None, args)
        rows.append(Row(target.name, "static file (one `.ttl` of the export)", *_figures(fixed)))
    routes = [
        ("random documents as Turtle", "text/turtle", "GET", None),
        ("random documents as JSON-LD", "application/ld+json", "GET", None),
        ("random documents as HTML", "text/html", "GET", None),
        ("random documents as Turtle, 304", "text/turtle", "GET", "turtle"),
    ]
    for name, accept, method, conditional in routes:
        lines = []
        for path in doc_paths:
            iri = f"{base}id/{path.removeprefix('/doc/')}"
            tag = etag(release_id, iri, conditional) if conditional else ""
            lines.append(f"{method}\t{path}\t{tag}")
        rows.append(Row(target.name, name, *_figures(wrk(target.url, lines, accept, args))))
    for name, conditional in (("HEAD", False), ("HEAD, 304", True)):
        pairs = []
        for path in doc_paths:
            iri = f"{base}id/{path.removeprefix('/doc/')}"
            pairs.append((path, etag(release_id, iri, "turtle") if conditional else ""))
        got = head_load(target.url, pairs, "text/turtle", args.duration, args.connections)
        route = f"random documents as Turtle, {name} (asyncio client)"
        rows.append(Row(target.name, route, got.rate, got.p50_ms, got.p99_ms, got.errors, got.bad))
    return rows


def report(rows: list[Row], notes: list[str], args: argparse.Namespace) -> str:
    out = [
        f"## Dereferencing side by side: {args.docs:,} documents",
        "",
        f"wrk {args.threads} threads, {args.connections} connections, {args.duration:g} s per "
        f"route, no warm-up (the server's cold row is its first pass over the documents); "
        f"server: {args.workers} workers; nginx: 2 workers. Measured under load from other "
        f"processes (load average {hb.load_average()}).",
        "",
        "| server | route | requests/s | p50 | p99 | errors | non-2xx/3xx | vs its static file |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    yardstick: dict[str, float] = {}
    for row in rows:
        yardstick.setdefault(row.target, row.rate)
        ratio = row.rate / yardstick[row.target] if yardstick[row.target] else 0
        out.append(
            f"| {row.target} | {row.route} | {row.rate:,.0f} | {row.p50:.1f} ms | "
            f"{row.p99:.1f} ms | {row.errors} | {row.bad} | {100 * ratio:.0f} % |"
        )
    out += ["", *notes, "", f"Machine: {hb.wrk_version()}."]
    return "\n".join(out) + "\n"


def terminate(signum: int, _frame: object) -> None:
    """SIGTERM or Ctrl-C: leave through the ``finally`` blocks, which stop the servers."""
    raise SystemExit(128 + signum)


def main() -> int:
    signal.signal(signal.SIGTERM, terminate)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=hb.positive, default=3000)
    parser.add_argument("--workdir", type=Path, default=hb.REPO / "bench" / "out")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--connections", type=hb.positive, default=16)
    parser.add_argument("--threads", type=hb.positive, default=2)
    parser.add_argument("--workers", type=hb.positive, default=2)
    parser.add_argument("--export-workers", type=hb.positive, default=2)
    parser.add_argument("--reuse-export", action="store_true", help="keep an export of the release")
    parser.add_argument("--no-export", action="store_true", help="no static export, no nginx")
    parser.add_argument("--warm-docs", type=int, default=0, help="warm rows: a random sample")
    parser.add_argument("--before", type=Path, help="also serve with the code of this source tree")
    parser.add_argument("--oxigraph", default=shutil.which("oxigraph"), help="oxigraph binary")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    text = measure(args)
    (args.workdir / f"serve-{args.docs}.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
