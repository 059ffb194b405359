"""No page costs more than a few milliseconds (SPARQL and search, which are queries, aside) on a
release of thousands of documents.

Every route of the app (read from its url_map, so that a new route cannot be forgotten) gets 32
parallel requests on a real server, cold: the first requests of a release are the ones an
attacker would send. Meanwhile a probe asks for a cheap page; it must stay fast, the burst must
end soon and the server's memory must stay bounded. The validation report, the whole graphs,
the ontology, the shapes and the listings were the costly pages (seconds each, a gigabyte of
RSS for 16 of them at 5,000 documents).

Run with ``-s`` to see the timings per route (docs/benchmarks.md records them).
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import re
import shutil
import statistics
import threading
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from live import BROWSER_ACCEPT, DOCUMENTS, LiveServer, fetch, serve
from synthetic import bench_generator

from linkeddata import __version__
from linkeddata.build.builder import Build
from linkeddata.sparql import canned
from linkeddata.web import create_app

pytestmark = [pytest.mark.live, pytest.mark.slow]

RECORDS = 2_000
PARALLEL = 32
PROBE = "/healthz"
CPU_MS = 15.0
SEARCH_CPU_MS = 40.0
"""A search is a query, like SPARQL: its cost grows with its matches (ranking the first 2,000
of a word nearly every document holds, fifty of them highlighted, is about 25 ms here), and
its own time limit bounds it (linkeddata.search.index.BUDGET). It is measured here all the
same, so that it cannot grow unnoticed, and the probe below must stay fast meanwhile."""
SEARCH_ROUTES = {"/search", "/search.<ext>"}
"""The server's CPU time per request of any route, on average over a burst: a few ms, and
the gunicorn worker's own share (measured as CPU time, because wall time on a shared machine
measures the neighbours)."""
PROBE_P99_MS = 1000.0
"""A cheap page answers within this while 32 requests hammer any route (it waits behind
them in the worker's queue; it waited 18 s behind the validation report)."""
RSS_GROWTH_MIB = 200.0
"""The server's processes grow by at most this much over the whole run."""
REQUEST_TIMEOUT = 30.0
PAGE, TICKS, MiB = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK"), 1 << 20

HTML = {"Accept": BROWSER_ACCEPT}
RDF_EXTENSIONS = ("ttl", "jsonld", "nt", "nq", "trig", "rdf")
Sample = tuple[str, Mapping[str, str]]


def each_format(path: str) -> list[Sample]:
    """``path`` as a browser asks for it, then in every RDF format by extension."""
    return [(path, HTML), *((f"{path}.{ext}", {}) for ext in RDF_EXTENSIONS)]


def samples(genid: str) -> dict[str, list[Sample]]:
    """The costliest requests known for each route that has variables in its path."""
    software = f"/doc/software/linkeddata-{__version__}"
    example = sorted(canned.load())[0]
    return {
        "/static/<path:filename>": [("/static/site.css", {})],
        "/id/<path:path>": [("/id/document/900000", {}), ("/id/report/validation?a=b", {})],
        # the converter and stubs are named in every document graph, Pyongyang linked from most
        "/doc/<path:path>": [
            *each_format(software),
            *each_format("/doc/org/aprf"),
            *each_format("/doc/place/moscow"),
            ("/doc/place/pyongyang", HTML),
            ("/doc/place/pyongyang?role=mentioned&page=20", HTML),
            ("/doc/document/900000", HTML),
            ("/doc/document/900001.bib", {}),
        ],
        "/doc/report/validation": [
            ("/doc/report/validation", HTML),
            ("/doc/report/validation?page=2", HTML),
            ("/doc/report/validation", {}),
            ("/doc/report/validation", {"Range": "bytes=100000-300000"}),
        ],
        "/doc/report/validation.<ext>": each_format("/doc/report/validation")[1:],
        "/graph/report": [("/graph/report?page=3", HTML), ("/graph/report", {})],
        "/graph/report.<ext>": each_format("/graph/report")[1:],
        "/graph/<path:path>": [
            *each_format("/graph/shapes"),
            *each_format("/graph/concepts"),
            ("/graph/authorities", HTML),
            ("/graph/document/900000", HTML),
        ],
        "/.well-known/genid/<name>": [(f"/.well-known/genid/{genid}", HTML)],
        "/.well-known/void.<ext>": [(f"/.well-known/void.{e}", {}) for e in RDF_EXTENSIONS],
        "/ontology.<ext>": [(f"/ontology.{e}", {}) for e in RDF_EXTENSIONS],
        "/shapes.<ext>": [(f"/shapes.{e}", {}) for e in RDF_EXTENSIONS],
        "/list/<kind>": [
            (f"/list/{kind}?limit=1000", HTML)
            for kind in ("documents", "persons", "organisations", "places", "concepts")
        ]
        + [("/list/documents?after=901000&limit=1000", HTML)],
        "/dumps/<name>": [
            ("/dumps/dataset.nq.gz", {"Range": "bytes=0-65535"}),
            ("/dumps/dataset.ttl.gz", {"Range": "bytes=1000-"}),
        ],
        # the commonest words, a short prefix, a whole facet listed, every result on one page
        "/search.<ext>": [
            ("/search.json?q=the&limit=50", {}),
            ("/search.json?q=tel*&sort=date", {}),
            ("/search.html?q=korea&more=person", HTML),
            ("/search.json?year=1967&more=place&page=3", {}),
        ],
        "/sitemap-<int:number>.xml": [("/sitemap-1.xml", {})],
        # running a query is SPARQL's own business (its limits and budgets): its text here
        "/sparql/queries/<name>": [(f"/sparql/queries/{example}.rq", {})],
    }


def routes(out: Path, genid: str) -> dict[str, list[Sample]]:
    """Every route of the app with the requests that exercise it; a route without variables
    is asked for as it is, by a browser and by default."""
    app = create_app(out)
    try:
        rules = sorted({rule.rule for rule in app.url_map.iter_rules()})
    finally:
        app.extensions["linkeddata.sparql"].close()
    known = samples(genid)
    plain = {rule: [(rule, HTML), (rule, {})] for rule in rules if "<" not in rule}
    missing = [rule for rule in rules if rule not in known and rule not in plain]
    assert not set(known) - set(rules), f"samples of no route: {set(known) - set(rules)}"
    assert not missing, f"routes with no sample request here, add them to samples(): {missing}"
    return {rule: known.get(rule) or plain[rule] for rule in rules}


# --- the release and the server ---------------------------------------------------------------


def generate(out_dir: Path) -> None:
    """``bench/generate.py``: ``RECORDS`` synthetic records and the authority file."""
    bench_generator().generate(RECORDS, out_dir, authorities=DOCUMENTS / "authorities.ttl")
    shutil.copyfile(DOCUMENTS / "linkeddata.toml", out_dir / "linkeddata.toml")


def first_genid(out: Path) -> str:
    """The name of a skolemised blank node of the release (a shape's, say)."""
    with gzip.open(out / "dumps" / "dataset.nq.gz", "rt", encoding="utf-8") as dump:
        for line in dump:
            found = re.search(r"/\.well-known/genid/([^>]+)>", line)
            if found:
                return found.group(1)
    raise AssertionError("no skolemised blank node in the release")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    documents = tmp_path_factory.mktemp("synthetic")
    out = tmp_path_factory.mktemp("release")
    generate(documents)
    result = Build(documents, out, workers=os.cpu_count() or 1).run()
    assert result.published
    with serve(documents, out, tmp_path_factory.mktemp("serve-log")) as live:
        yield live


# --- measuring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Usage:
    """What a process tree holds and has spent: resident memory (MiB), CPU time (s)."""

    rss_mib: float
    cpu_s: float

    @classmethod
    def of(cls, pid: int) -> Usage:
        """The usage of ``pid`` and all its descendants."""
        children: dict[int, list[int]] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                children.setdefault(int(fields[1]), []).append(int(entry.name))
        pages = ticks = 0
        todo = [pid]
        while todo:
            current = todo.pop()
            todo.extend(children.get(current, ()))
            try:
                fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
            pages += int(fields[21])  # rss
        return cls(pages * PAGE / MiB, ticks / TICKS)


@dataclass
class Burst:
    """What one route's burst measured."""

    rule: str
    statuses: list[int]
    first_ms: float
    """The slowest of the requests asked for one by one, before the burst."""
    median_ms: float
    during: tuple[float, float]
    """When the burst began and ended (monotonic seconds)."""
    cpu_ms: float
    """The server's CPU time per request of the burst."""
    rss_mib: float
    """The server's peak resident memory during the burst."""
    probe_p99_ms: float = 0.0

    @property
    def burst_s(self) -> float:
        return self.during[1] - self.during[0]

    def probed(self, probes: list[tuple[float, float]]) -> None:
        """Take the p99 of the probes that began during the burst."""
        begin, end = self.during
        ordered = sorted(ms for at, ms in probes if begin <= at <= end) or [0.0]
        self.probe_p99_ms = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]

    def row(self) -> str:
        return (
            f"| `{self.rule}` | {self.first_ms:,.1f} | {self.cpu_ms:,.1f} | "
            f"{self.median_ms:,.1f} | {self.burst_s:,.2f} | {self.probe_p99_ms:,.1f} | "
            f"{self.rss_mib:,.0f} |"
        )


def timed(url: str, headers: Mapping[str, str]) -> tuple[int, float]:
    """The status (0: no answer in time) and milliseconds of one request."""
    start = time.perf_counter()
    try:
        status = fetch(url, headers=headers, timeout=REQUEST_TIMEOUT).status
    except OSError:
        status = 0
    return status, (time.perf_counter() - start) * 1000


class Probe:
    """A process asking for the cheap page over and over, apart from the test's own threads
    (their GIL would slow the probe down, not the server); latencies by monotonic time."""

    def __init__(self, url: str) -> None:
        context = multiprocessing.get_context("fork")
        self._stop = context.Event()
        self._results, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=self._run, args=(url, self._stop, sender))
        self._process.start()

    @staticmethod
    def _run(url: str, stop: Any, sender: Connection) -> None:
        seen: list[tuple[float, float]] = []
        while not stop.is_set():
            seen.append((time.monotonic(), timed(url, {})[1]))
            time.sleep(0.01)
        sender.send(seen)

    def stop(self) -> list[tuple[float, float]]:
        self._stop.set()
        seen: list[tuple[float, float]] = self._results.recv()
        self._process.join()
        return seen


def burst(server: LiveServer, rule: str, requests: list[Sample]) -> Burst:
    """Each request once (what is cached per release or process is read or rendered), then
    ``PARALLEL`` at once cycling through them, the server's memory sampled meanwhile."""
    first = max(timed(server.url + path, headers)[1] for path, headers in requests)
    before = Usage.of(server.process.pid)
    peak = [before.rss_mib]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            peak.append(Usage.of(server.process.pid).rss_mib)

    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.monotonic()
    try:
        with ThreadPoolExecutor(PARALLEL) as pool:
            jobs = [
                pool.submit(timed, server.url + path, headers)
                for path, headers in (requests[i % len(requests)] for i in range(PARALLEL))
            ]
            answers = [job.result() for job in jobs]
    finally:
        end = time.monotonic()
        done.set()
        sampler.join()
    spent = Usage.of(server.process.pid).cpu_s - before.cpu_s
    return Burst(
        rule,
        [status for status, _ in answers],
        first,
        statistics.median(ms for _, ms in answers),
        (start, end),
        spent * 1000 / PARALLEL,
        max(peak),
    )


def settle(server: LiveServer) -> None:
    """Wait until the probe is fast again (a slow route's queue drained), at most a minute."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and timed(server.url + PROBE, {})[1] > 50:
        time.sleep(0.2)


def test_every_route_stays_cheap_under_parallel_requests(server: LiveServer) -> None:
    every = routes(server.out, first_genid(server.out))
    baseline = Usage.of(server.process.pid).rss_mib
    results = []
    probe = Probe(server.url + PROBE)
    try:
        for rule, requests in every.items():
            results.append(burst(server, rule, requests))
            settle(server)
    finally:
        probes = probe.stop()
    for result in results:
        result.probed(probes)
    table = "\n".join(
        [
            f"server RSS before: {baseline:,.0f} MiB",
            "| route | first ms | server CPU ms | median ms | burst s | probe p99 ms | RSS MiB |",
            "|---|---:|---:|---:|---:|---:|---:|",
            *(r.row() for r in results),
        ]
    )
    print(f"\n{RECORDS} synthetic documents, {PARALLEL} parallel requests per route\n{table}")
    failed = [r.rule for r in results if any(s >= 500 or s == 0 for s in r.statuses)]
    assert not failed, f"5xx or no answer on {failed}\n{table}"
    costly = [
        r.rule for r in results if r.cpu_ms > (SEARCH_CPU_MS if r.rule in SEARCH_ROUTES else CPU_MS)
    ]
    assert not costly, (
        f"pages costing more than {CPU_MS} ms of CPU (searches {SEARCH_CPU_MS}): {costly}\n{table}"
    )
    starved = [r.rule for r in results if r.probe_p99_ms > PROBE_P99_MS]
    assert not starved, f"a cheap page was slow while these were asked for: {starved}\n{table}"
    grown = max(r.rss_mib for r in results) - baseline
    assert grown <= RSS_GROWTH_MIB, f"the server grew by {grown:,.0f} MiB\n{table}"
