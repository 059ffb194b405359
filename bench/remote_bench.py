"""The SPARQL endpoint on Virtuoso against Virtuoso queried directly, the embedded store and
rdflib, on the query mix of ``sparql_bench.py``, in one run.

Usage::

    python bench/remote_bench.py --out RELEASE --docs DOCS [--repeat 5] [--rdflib-repeat 3]
        [--warmup 1] [--workers 2] [--virtuoso-memory 2048] [--virtuoso-vector-size 1000]
        [--compare-vector-size 10000] [--skip-rdflib] [--skip-embedded]
        [--only-rdflib [--queries-after FILE]]

Five systems, the same queries with the same parameter values in the same order:

1. ``virtuoso``: Virtuoso's own ``/sparql`` over HTTP (one keep-alive connection, GET,
   SPARQL JSON or N-Triples, body read), with ``default-graph-uri`` the merge graph the
   loader wrote, which is what the endpoint sends it;
2. ``endpoint-virtuoso``: ``linkeddata serve --sparql-backend`` that Virtuoso, queried the
   same way; the two alternate query by query;
3. ``endpoint``: ``linkeddata serve`` on the embedded store (a second server, afterwards);
4. ``bare``: bare pyoxigraph on the release's store, alternating with 3;
5. ``rdflib``: an rdflib Memory store loaded from the N-Quads dump, last.

``--only-rdflib`` runs 5 alone (the same parameter values), to overlap rdflib's long load with
a run of the others (``--skip-rdflib``): with ``--queries-after FILE`` its queries wait until
FILE exists, so that they run alone.

With ``--compare-vector-size N``, Virtuoso's own ``/sparql`` is also run with its vector size
(rows per batch of its vectored execution, ``dc_batch_sz``) switched between the configured one
and ``N`` before every query, alternating, in a table of its own.

Virtuoso (Debian's ``virtuoso-t``) is started here with a temporary database on free ports
(``tests/engines.py``), loaded with ``linkeddata load --to isql://...`` (timed), and killed at
the end; its database's size on disk and its peak resident memory are reported, with the load
average sampled before every query and rdflib's memory. The release is only read: the script
stops before starting anything when ``linkeddata serve`` would rebuild it. The report
(Markdown) and the raw figures (JSON) go to ``bench/out/``.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Any

import build_bench
import http_bench
import sparql_bench
from sparql_bench import MIX, Answer, Bare, Endpoint, Rdflib, Runs, choose_parameters, measure

sys.path.insert(0, str(build_bench.REPO / "tests"))
from engines import VECTOR_SIZE, virtuoso

from linkeddata.sparql.remote import MERGE_GRAPH

SYSTEMS = {
    "virtuoso": "Virtuoso /sparql, directly",
    "endpoint-virtuoso": "endpoint on Virtuoso",
    "endpoint": "endpoint, embedded store",
    "bare": "bare pyoxigraph",
    "rdflib": "rdflib Memory",
}


def timed_get(connection: Any, path: str, construct: bool) -> tuple[float, Answer]:
    """One GET on a kept-alive connection: seconds and the answer."""
    headers = {"Accept": sparql_bench.N_TRIPLES if construct else sparql_bench.SPARQL_JSON}
    start = time.perf_counter()
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    seconds = time.perf_counter() - start
    if response.status != 200:
        raise RuntimeError(f"GET {path[:80]} answered {response.status}: {body[:300]!r}")
    parse = sparql_bench.ntriples_rows if construct else sparql_bench.json_rows
    return seconds, Answer(lambda: parse(body))


def serve(args: argparse.Namespace, base: str, extra: list[str], log: Path) -> Any:
    port = http_bench.free_port()
    cmd = [*http_bench.linkeddata_command(), "serve", str(args.docs), "--out", str(args.out)]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--base", base]
    cmd += ["--workers", str(args.workers), *extra]
    return port, cmd, http_bench.running_server(cmd, log)


LOADS: list[str] = []
"""The load average before each query of the run (1, 5 and 15 minutes)."""


def disk(folder: Path) -> int:
    """Bytes of Virtuoso's database files (database, temporary database, transaction log)."""
    return sum(f.stat().st_size for f in folder.glob("virtuoso*") if f.suffix in (".db", ".trx"))


def peak_rss(pid: int) -> int:
    """A process's peak resident memory (VmHWM) in bytes, 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def vector_size(engine: Any, size: int) -> None:
    """Set Virtuoso's vector size (what its ini's ``VectorSize`` sets at start) at run time."""
    parts = urllib.parse.urlsplit(engine.load_to)
    subprocess.run(
        ["isql-vt", f"{parts.hostname}:{parts.port}", "dba", "dba", "VERBOSE=OFF", "BANNER=OFF"],
        input=f"__dbf_set ('dc_batch_sz', {size});\n",
        capture_output=True,
        text=True,
        check=True,
    )


def run_pair(
    args: argparse.Namespace,
    parameters: dict[str, list[dict[str, str]]],
    results: dict[str, dict[str, Runs]],
    first: tuple[str, Any],
    second: tuple[str, Any],
) -> None:
    for query in MIX:
        print(f"{first[0]} + {second[0]}: {query.key}", file=sys.stderr)
        LOADS.append(http_bench.load_average())
        systems = [
            (first[0], lambda text, q=query: first[1](text, q.construct)),
            (second[0], lambda text, q=query: second[1](text, q.construct)),
        ]
        measure(query, parameters[query.parameter], systems, args.warmup, args.repeat, results)


def run(args: argparse.Namespace) -> str:
    args.results.mkdir(parents=True, exist_ok=True)
    release = sparql_bench.read_release(args.out)
    stale = None if args.only_rdflib else sparql_bench.stale_reason(args.docs, release)
    if stale:  # serve would rebuild it, writing into a release that may be shared
        raise SystemExit(f"`linkeddata serve` would rebuild {args.out} ({stale}): build it first")
    info: dict[str, Any] = {"load_before": http_bench.load_average(), "commands": []}
    bare = Bare(release.current / "store")
    parameters = choose_parameters(bare, max(args.repeat, args.rdflib_repeat, 1))
    results: dict[str, dict[str, Runs]] = {}
    stamp = time.strftime("%Y%m%dT%H%M%S")
    if args.only_rdflib:
        rdflib(args, release, parameters, results, info)
        return save(args, release, results, info, stamp)
    with tempfile.TemporaryDirectory(prefix="remote-bench-") as scratch:
        folder = Path(scratch)
        with virtuoso(
            folder,
            release.current,
            args.timeout,
            args.virtuoso_memory,
            args.virtuoso_vector_size,
        ) as engine:
            load = [*http_bench.linkeddata_command(), "load", "--out", str(args.out)]
            load += ["--to", engine.load_to]
            info["commands"].append(shlex.join(load))
            started = time.perf_counter()
            done = subprocess.run(load, capture_output=True, text=True, check=True)
            info["virtuoso_load"] = (time.perf_counter() - started, done.stderr.strip())
            info["virtuoso_disk_loaded"] = disk(folder)
            info["virtuoso_rss_loaded"] = peak_rss(engine.process.pid)
            parts = urllib.parse.urlsplit(engine.query_url)
            direct = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=300)

            def on_virtuoso(text: str, construct: bool) -> tuple[float, Answer]:
                path = "/sparql?" + urllib.parse.urlencode(
                    {"query": text, "default-graph-uri": MERGE_GRAPH}
                )
                return timed_get(direct, path, construct)

            log = args.results / "remote-bench-virtuoso-serve.log"
            port, cmd, server = serve(
                args, release.base, ["--sparql-backend", engine.query_url], log
            )
            info["commands"].append(shlex.join(cmd))
            with server as process:
                http_bench.wait_healthy(f"http://127.0.0.1:{port}", process, 120)
                endpoint = Endpoint(port)
                run_pair(
                    args,
                    parameters,
                    results,
                    ("virtuoso", on_virtuoso),
                    ("endpoint-virtuoso", endpoint.run),
                )
                endpoint.close()
            if args.compare_vector_size:
                sizes = (args.virtuoso_vector_size, args.compare_vector_size)

                def sized(size: int) -> Any:
                    def go(text: str, construct: bool) -> tuple[float, Answer]:
                        vector_size(engine, size)
                        return on_virtuoso(text, construct)

                    return go

                first, second = ((f"vector size {n:,}", sized(n)) for n in sizes)
                run_pair(args, parameters, info.setdefault("compared", {}), first, second)
                vector_size(engine, args.virtuoso_vector_size)
            direct.close()
            info["virtuoso_disk"] = disk(folder)
            info["virtuoso_rss"] = peak_rss(engine.process.pid)
    save(args, release, results, info, stamp)  # each phase saved: a long run may be cut short
    if not args.skip_embedded:
        embedded(args, release, bare, parameters, results, info)
        save(args, release, results, info, stamp)
    if not args.skip_rdflib:
        rdflib(args, release, parameters, results, info)
    return save(args, release, results, info, stamp)


def rdflib(
    args: argparse.Namespace,
    release: Any,
    parameters: dict[str, list[dict[str, str]]],
    results: dict[str, dict[str, Runs]],
    info: dict[str, Any],
) -> None:
    """rdflib loaded from the N-Quads dump, then the mix (after ``--queries-after``)."""
    rdf = Rdflib(release.current / "dumps" / "dataset.nq.gz")
    info["rdflib_load"] = rdf.load_seconds
    info["rdflib_memory"] = (rdf.rss_after - rdf.rss_before, rdf.max_rss)
    while args.queries_after and not args.queries_after.exists():
        time.sleep(5)
    for query in MIX:
        print(f"rdflib: {query.key}", file=sys.stderr)
        LOADS.append(http_bench.load_average())
        measure(
            query,
            parameters[query.parameter],
            [("rdflib", rdf.run)],
            min(args.warmup, 1),
            args.rdflib_repeat,
            results,
        )


def save(
    args: argparse.Namespace,
    release: Any,
    results: dict[str, dict[str, Runs]],
    info: dict[str, Any],
    stamp: str,
) -> str:
    """Write the report and the raw figures of what has run so far; the report."""
    info["load_after"] = http_bench.load_average()
    info["load_samples"] = LOADS
    text = report(args, release, results, info)
    (args.results / f"remote-bench-{stamp}.md").write_text(text, encoding="utf-8")
    raw = {q: {s: r.as_json() for s, r in by.items()} for q, by in results.items()}
    compared = {
        q: {s: r.as_json() for s, r in by.items()} for q, by in info.get("compared", {}).items()
    }
    (args.results / f"remote-bench-{stamp}.json").write_text(
        json.dumps({"results": raw, "info": {**info, "compared": compared}}, indent=1),
        encoding="utf-8",
    )
    return text


def embedded(
    args: argparse.Namespace,
    release: Any,
    bare: Bare,
    parameters: dict[str, list[dict[str, str]]],
    results: dict[str, dict[str, Runs]],
    info: dict[str, Any],
) -> None:
    """The endpoint on the embedded store, alternating with bare pyoxigraph."""
    log = args.results / "remote-bench-embedded-serve.log"
    port, cmd, server = serve(args, release.base, [], log)
    info["commands"].append(shlex.join(cmd))
    with server as process:
        http_bench.wait_healthy(f"http://127.0.0.1:{port}", process, 120)
        endpoint = Endpoint(port)

        def on_bare(text: str, construct: bool) -> tuple[float, Answer]:
            return bare.run(text)

        run_pair(args, parameters, results, ("endpoint", endpoint.run), ("bare", on_bare))
        endpoint.close()


def rows_agree(by_system: dict[str, Runs]) -> str:
    """Whether every system returned as many rows for each parameter value (rdflib runs fewer
    of them: the values it ran); the systems that differ, where some do."""
    differ = []
    for index in set().union(*(runs.rows for runs in by_system.values())):
        counts = {key: runs.rows[index] for key, runs in by_system.items() if index in runs.rows}
        if len({tuple(sorted(c)) for c in counts.values()}) > 1:
            differ.append(
                f"value {index}: " + ", ".join(f"{k} {sorted(c)}" for k, c in counts.items())
            )
    return "yes" if not differ else "NO: " + "; ".join(differ)


def report(
    args: argparse.Namespace,
    release: Any,
    results: dict[str, dict[str, Runs]],
    info: dict[str, Any],
) -> str:
    present = [s for s in SYSTEMS if any(s in by for by in results.values())]
    head = "| query | " + " | ".join(SYSTEMS[s] for s in present)
    head += " | endpoint-virtuoso / virtuoso | rdflib / endpoint-virtuoso | rows agree |"
    lines = [
        f"## Remote engine benchmark: {release.documents:,} documents",
        "",
        f"Medians of {args.repeat} timed runs (rdflib {args.rdflib_repeat}) after {args.warmup} "
        "warm-up run(s), in ms.",
        "",
        head,
        "|" + "---|" * (len(present) + 4),
    ]
    medians: dict[str, list[float]] = {s: [] for s in present}
    for query in MIX:
        by = results.get(query.key, {})
        cells = []
        for s in present:
            m = by[s].median if s in by and by[s].seconds else None
            cells.append(sparql_bench.ms(m))
            if m is not None:
                medians[s].append(m)
        ratio = sparql_bench.ratio(
            by.get("endpoint-virtuoso", Runs()).median if "endpoint-virtuoso" in by else None,
            by.get("virtuoso", Runs()).median if "virtuoso" in by else None,
        )
        speed = sparql_bench.ratio(
            by["rdflib"].median if "rdflib" in by else None,
            by["endpoint-virtuoso"].median if "endpoint-virtuoso" in by else None,
        )
        lines.append(
            f"| {query.key} | " + " | ".join(cells) + f" | {ratio} | {speed} | {rows_agree(by)} |"
        )
    mix = {s: statistics.median(v) for s, v in medians.items() if v}
    lines.append(
        "| **mix median** | "
        + " | ".join(sparql_bench.ms(mix.get(s)) for s in present)
        + f" | {sparql_bench.ratio(mix.get('endpoint-virtuoso'), mix.get('virtuoso'))}"
        + f" | {sparql_bench.ratio(mix.get('rdflib'), mix.get('endpoint-virtuoso'))} | |"
    )
    if "compared" in info:
        lines += ["", *compared(info["compared"])]
    seconds, said = info.get("virtuoso_load", (0.0, "not run"))
    gib = 1024**3
    ones = [float(sample.split()[0]) for sample in info["load_samples"] if sample != "unknown"]
    rdflib_memory = info.get("rdflib_memory", (0, 0))
    lines += [
        "",
        f"Virtuoso load (`linkeddata load --to isql://...`): {seconds:.1f} s ({said}); "
        f"{args.virtuoso_memory:,} MiB of memory, vector size {args.virtuoso_vector_size:,}.",
        f"Virtuoso's database on disk: {info.get('virtuoso_disk_loaded', 0) / gib:.2f} GiB "
        f"after the load, {info.get('virtuoso_disk', 0) / gib:.2f} GiB at the end; its peak "
        f"RSS {info.get('virtuoso_rss_loaded', 0) / gib:.2f} GiB after the load, "
        f"{info.get('virtuoso_rss', 0) / gib:.2f} GiB at the end.",
        f"rdflib load: {info.get('rdflib_load', 0):.1f} s, +{rdflib_memory[0] / gib:.1f} GiB "
        f"(peak RSS of the benchmark process {rdflib_memory[1] / gib:.1f} GiB).",
        f"Machine: {build_bench.machine()}; load average before {info['load_before']}, after "
        f"{info['load_after']}, 1-minute load before each query "
        + (f"{min(ones):.1f}-{max(ones):.1f}" if ones else "unknown")
        + ": measured under load from other processes.",
        "",
        "```sh",
        shlex.join([sys.executable, *sys.argv]),
        *info["commands"],
        "```",
    ]
    return "\n".join(lines)


def compared(results: dict[str, dict[str, Runs]]) -> list[str]:
    """The table of Virtuoso's own /sparql at two vector sizes."""
    names = list(next(iter(results.values())))
    lines = [
        "Virtuoso's own /sparql at two vector sizes, alternating query by query (ms):",
        "",
        "| query | " + " | ".join(names) + " | ratio |",
        "|---|---|---|---|",
    ]
    for query, by in results.items():
        first, second = (by[name].median for name in names)
        lines.append(
            f"| {query} | {sparql_bench.ms(first)} | {sparql_bench.ms(second)} "
            f"| {sparql_bench.ratio(second, first)} |"
        )
    return lines


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="an existing build (release)")
    parser.add_argument("--docs", type=Path, required=True, help="its collection, for serve")
    parser.add_argument("--repeat", type=http_bench.positive, default=5)
    parser.add_argument("--rdflib-repeat", type=http_bench.positive, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--workers", type=http_bench.positive, default=2)
    parser.add_argument("--timeout", type=float, default=60, help="Virtuoso's query limit (s)")
    parser.add_argument("--virtuoso-memory", type=int, default=2048, help="its buffers (MiB)")
    parser.add_argument(
        "--virtuoso-vector-size",
        type=http_bench.positive,
        default=VECTOR_SIZE,
        help="rows per batch of Virtuoso's vectored execution (its ini's VectorSize)",
    )
    parser.add_argument(
        "--compare-vector-size",
        type=http_bench.positive,
        help="also time Virtuoso's /sparql with this vector size, alternating",
    )
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--skip-embedded", action="store_true")
    parser.add_argument("--only-rdflib", action="store_true")
    parser.add_argument("--queries-after", type=Path, help="with --only-rdflib: wait for FILE")
    parser.add_argument("--results", type=Path, default=build_bench.REPO / "bench" / "out")
    return parser.parse_args(argv)


if __name__ == "__main__":
    print(run(parse_args(None)))
