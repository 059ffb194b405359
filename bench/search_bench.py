"""How fast ``/search`` answers: a mix of searches and faceted queries, drawn from the index.

Rare words are in at most 0.1 % of the documents (or, if there are none, the 50 rarest),
frequent ones in more than 5 %.

Usage::

    python bench/search_bench.py --docs 100000 [--workdir bench/out] [--out RELEASE]
        [--seed 42] [--per-class 40] [--workers 1] [--engine-only]

1. Uses the collection ``WORKDIR/docs-N-seedS`` and the release ``WORKDIR/release-N`` (or
   ``--out``), generating and building them like ``http_bench.py`` when missing or stale.
2. Draws ``--per-class`` queries of each class from the release's search index (words by how
   many documents hold them, phrases from titles, prefixes, facet values by frequency), with
   the seed, so that runs compare.
3. Times every query three times: in this process, on :class:`linkeddata.search.index.
   SearchIndex` (the engine), and through ``linkeddata serve`` (gunicorn, ``--workers``) over
   one keep-alive connection, as JSON, then as HTML from a newly started server (each
   searches afresh), the whole body read (what a client waits for).
4. Prints a Markdown report (per class: p50, p95, max; then over all), also saved as
   ``WORKDIR/search-N.md``. The goal is p95 <= 100 ms.

``--engine-only`` skips step 3's server and uses the release as it is (never builds it): to
compare the engine of two revisions on one release, run it with each one's code first on
``PYTHONPATH``, one after the other.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shlex
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import build_bench
import http_bench

from linkeddata.release.layout import Release
from linkeddata.search.index import SearchIndex

try:
    from linkeddata.search.results import Search
except ImportError:  # a revision from before the split of index.py (search_against.py)
    from linkeddata.search.index import Search  # type: ignore[attr-defined, no-redef]
from linkeddata.web.search_urls import query_string

Query = tuple[str, Search]


def vocabulary(db: sqlite3.Connection) -> list[tuple[str, int]]:
    """(word, documents holding it) of the text columns, without facet tokens and numbers."""
    db.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, 'text', 'row')")
    found = db.execute("SELECT term, doc FROM temp.words WHERE length(term) >= 3")
    return [(t, n) for t, n in found if t.isalpha()]


def draw(index: Path, n: int, seed: int) -> list[Query]:
    """``n`` queries of each class, the same for the same index and seed."""
    rng = random.Random(seed)
    db = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
    documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    words = vocabulary(db)
    everything = [w for w, _ in words]  # the classes of a small collection may be empty
    rarest = [w for w, _ in sorted(words, key=lambda w: w[1])[:50]]
    rare = [w for w, d in words if d <= documents // 1000] or rarest
    medium = [w for w, d in words if documents // 1000 < d <= documents // 20] or everything
    frequent = [w for w, d in words if d > documents // 20] or everything
    # SQLite's random() has no seed: the titles are sampled here, so that runs draw alike
    titles = [t for (t,) in db.execute("SELECT title FROM documents ORDER BY id")]
    titles = rng.sample(titles, min(5000, len(titles)))
    least = max(1, min(10, documents // 100))
    values = list(
        db.execute("SELECT facet, key, count FROM facet_values WHERE count >= ?", (least,))
    )
    by_facet: dict[str, list[str]] = {}
    for facet, key, _count in values:
        by_facet.setdefault(facet, []).append(key)
    cjk = "조선로동당중앙위원회합성문서中华人民共和国外交部合成文件"

    def filters() -> tuple[tuple[str, str], ...]:
        chosen = rng.sample(sorted(by_facet), k=rng.choice((1, 2)))
        return tuple((f, rng.choice(by_facet[f])) for f in chosen)

    def phrase() -> str:
        tokens = [w for w in rng.choice(titles).split() if w.isalpha()]
        start = rng.randrange(max(len(tokens) - 1, 1))
        return '"' + " ".join(tokens[start : start + 2]) + '"'

    def prefix() -> str:
        return rng.choice([w for w in medium + frequent if len(w) >= 5])[:4] + "*"

    def piece() -> str:
        start = rng.randrange(len(cjk) - 3)
        return cjk[start : start + rng.choice((2, 3))]

    classes: dict[str, Callable[[], Search]] = {
        "rare word": lambda: Search(rng.choice(rare)),
        "common word": lambda: Search(rng.choice(medium)),
        "frequent word": lambda: Search(rng.choice(frequent)),
        "two words": lambda: Search(f"{rng.choice(medium)} {rng.choice(frequent)}"),
        "phrase": lambda: Search(phrase()),
        "prefix": lambda: Search(prefix()),
        "CJK": lambda: Search(piece()),
        "facets only": lambda: Search(filters=filters()),
        "word + facets": lambda: Search(rng.choice(medium + frequent), filters()),
        "browse by date": lambda: Search(offset=20 * rng.randrange(50)),
    }
    return [(name, make()) for name, make in classes.items() for _ in range(n)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def row(name: str, seconds: list[float]) -> str:
    figures = (statistics.median(seconds), percentile(seconds, 0.95), max(seconds))
    return f"| {name} | {len(seconds)} | " + " | ".join(f"{f * 1000:.1f}" for f in figures) + " |"


def serve(
    args: argparse.Namespace,
    docs: Path,
    out: Path,
    queries: list[Query],
    timings: dict[str, dict[str, list[float]]],
    errors: list[str],
) -> list[str]:
    """Time ``queries`` through ``linkeddata serve``, as JSON and HTML; the server's command."""
    port = http_bench.free_port()
    cmd = [*http_bench.linkeddata_command(), "serve", str(docs), "--out", str(out)]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    for accept, fmt in (("application/json", "JSON"), ("text/html", "HTML")):
        log = args.workdir / f"search-{args.docs}-{fmt}-server.log"
        # a server of its own for each format: the answers a server keeps (linkeddata.search.
        # recent) of the one would answer the other's searches without searching
        with http_bench.running_server(cmd, log) as server:
            http_bench.wait_healthy(f"http://127.0.0.1:{port}", server, 600)
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.request("GET", "/search", headers={"Accept": accept})  # warm-up
            connection.getresponse().read()
            for name, search in queries:
                path = "/search?" + query_string(search)
                start = time.perf_counter()
                connection.request("GET", path, headers={"Accept": accept})
                response = connection.getresponse()
                response.read()
                timings[fmt].setdefault(name, []).append(time.perf_counter() - start)
                if response.status != 200:
                    errors.append(f"{response.status} {path}")
    return cmd


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--workdir", type=Path, default=Path("bench/out"))
    parser.add_argument("--out", type=Path, help="the release folder (default WORKDIR/release-N)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--per-class", type=int, default=40)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--engine-only",
        action="store_true",
        help="time the engine only, on the release as it is (never built)",
    )
    args = parser.parse_args()
    docs, _how = http_bench.collection(args.workdir, args.docs, args.seed)
    out = args.out or args.workdir / f"release-{args.docs}"
    built = "used as it is" if args.engine_only else http_bench.ensure_release(docs, out)
    release = Release((out / "current").resolve())
    queries = draw(release.search, args.per_class, args.seed)

    load = os.getloadavg()
    engine = SearchIndex(release.search)
    start = time.perf_counter()
    engine.search(Search())
    first = time.perf_counter() - start
    timings: dict[str, dict[str, list[float]]] = {"engine": {}}
    if not args.engine_only:
        timings |= {"JSON": {}, "HTML": {}}
    for name, search in queries:
        start = time.perf_counter()
        engine.search(search)
        timings["engine"].setdefault(name, []).append(time.perf_counter() - start)

    errors: list[str] = []
    cmd = [] if args.engine_only else serve(args, docs, out, queries, timings, errors)
    lines = [
        f"## Search benchmark: {args.docs:,} synthetic documents",
        "",
        f"Load average before: {load[0]:.2f}, after: {os.getloadavg()[0]:.2f}"
        f" ({os.cpu_count()} cores).",
        "",
        f"Release: {built}; index {release.search.stat().st_size / 2**20:,.0f} MiB; first "
        f"search of a process (reads the facets): {first * 1000:,.0f} ms.",
        "",
    ]
    for system, classes in timings.items():
        lines += [f"### {system}", "", "| class | queries | p50 ms | p95 ms | max ms |"]
        lines += ["|---|---:|---:|---:|---:|"]
        lines += [row(name, seconds) for name, seconds in classes.items()]
        lines += [row("**all**", [s for seconds in classes.values() for s in seconds]), ""]
    lines += [f"Errors: {len(errors)}", *errors[:10], "", f"Machine: {build_bench.machine()}"]
    lines += [f"Command: `{shlex.join(sys.argv)}`"]
    lines += [f"Server: `{shlex.join(cmd)}`"] if cmd else ["Engine only (no server)."]
    examples = [f"{n}: `{query_string(s)}`" for n, s in queries[:: args.per_class]]
    lines += ["", "First query of each class: " + "; ".join(examples)]
    text = "\n".join(lines)
    print(text)
    (args.workdir / f"search-{args.docs}.md").write_text(text + "\n", encoding="utf-8")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
