"""Compare the SPARQL endpoint with bare pyoxigraph and an rdflib Memory store, on one release.

Usage::

    python bench/sparql_bench.py --out RELEASE [--docs DOCS] [--repeat 5] [--rdflib-repeat 3]
        [--warmup 1] [--skip-rdflib] [--skip-endpoint] [--port 0] [--workers 2] [--only KEYS]

Runs the benchmark query mix of docs/performance.md (one document's description, documents of
a place, documents of a range of years, counts per year, documents sharing subjects, title
search, a 2-hop join) on the release ``RELEASE`` (made by ``linkeddata build ... --out
RELEASE``), three ways in one run:

1. bare pyoxigraph: ``Store.read_only(RELEASE/current/store)``, whose default graph the build
   filled with the merge of the named graphs, every answer serialised the way the endpoint
   sends it (SPARQL JSON for SELECT, N-Triples for CONSTRUCT);
2. the endpoint: ``linkeddata serve DOCS --out RELEASE`` on a free port (never started when it
   would rebuild the release), ``GET /sparql?query=...`` over one keep-alive connection, the
   whole body read; bare and endpoint runs alternate, query by query;
3. pyoxigraph in memory (``--skip-memory`` to leave it out): ``Store()`` holding that merged
   default graph (all the mix reads), after the server has stopped, answers serialised as in
   1: the fastest this engine gets on this machine, to tell the engine's share from ours;
4. rdflib: ``Dataset(default_union=True)`` (Memory store) loaded from
   ``RELEASE/current/dumps/dataset.nq.gz``, rows (or triples) fully consumed but not
   serialised.

Every system runs the same queries with the same parameter values in the same order (document
IRIs, places, years and title words drawn from the release before measuring). Per query: the
median of the timed runs per system; the mix median is the median of those medians. Row counts
must agree between the systems (the script exits with 1 otherwise); the rows themselves are
compared too where the answer is fully determined. The Markdown report is printed and saved,
with the raw figures as JSON, in ``bench/out/`` (``--results``).
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import http.client
import json
import os
import re
import resource
import shlex
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from string import Template
from typing import Any

import build_bench
import http_bench

REPO = build_bench.REPO
MiB = build_bench.MiB
GiB = 1024 * MiB
PAGE = os.sysconf("SC_PAGE_SIZE")
HOST = "127.0.0.1"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SPARQL_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
YEARS_PER_RANGE = 3
TITLE_WORDS = (
    *("memorandum", "hanoi", "ciphered", "place 042", "excerpt"),
    *("romanian embassy", "person 1", "urgent", "conversation", "moscow"),
)
GOAL_OVERHEAD, GOAL_SPEEDUP = 1.2, 10.0  # docs/performance.md: SPARQL
SYSTEMS = ("bare", "endpoint", "memory", "rdflib")

PREFIXES = """\
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rico: <https://www.ica.org/standards/RiC/ontology#>
PREFIX schema: <https://schema.org/>
"""


@dataclass(frozen=True)
class Query:
    """One query of the mix: a template over one kind of parameter ($doc, $place...)."""

    key: str
    title: str
    template: str
    parameter: str  # "doc", "place", "years", "word" or "none"
    exact: bool  # the answer is fully determined (no LIMIT without a total ORDER BY)

    @property
    def construct(self) -> bool:
        return self.template.lstrip().startswith("CONSTRUCT")

    def text(self, values: dict[str, str]) -> str:
        return PREFIXES + Template(self.template).substitute(values)


MIX = (
    Query(
        "describe",
        "document description: every statement about one document",
        "CONSTRUCT { <$doc> ?p ?o } WHERE { <$doc> ?p ?o }",
        "doc",
        True,
    ),
    Query(
        "place",
        "filter by place: documents written in a place, with their titles",
        """SELECT ?doc ?title WHERE {
  ?doc schema:locationCreated <$place> ;
       dcterms:title ?title .
} LIMIT 100""",
        "place",
        False,
    ),
    Query(
        "dates",
        f"filter by date: documents of a {YEARS_PER_RANGE}-year range, in date order",
        """SELECT ?doc ?date WHERE {
  ?doc dcterms:created ?date .
  FILTER(STR(?date) >= "$start" && STR(?date) < "$end")
} ORDER BY STR(?date) ?doc LIMIT 100""",
        "years",
        True,
    ),
    Query(
        "per-year",
        "counts per year: documents per year of creation",
        """SELECT ?year (COUNT(?doc) AS ?documents) WHERE {
  ?doc a rico:Record ;
       dcterms:created ?date .
  BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
} GROUP BY ?year ORDER BY ?year""",
        "none",
        True,
    ),
    Query(
        "subjects",
        "subject join: the documents sharing most subjects with one document",
        """SELECT ?other (COUNT(?subject) AS ?shared) WHERE {
  <$doc> dcterms:subject ?subject .
  ?other dcterms:subject ?subject .
  FILTER(?other != <$doc>)
} GROUP BY ?other ORDER BY DESC(?shared) ?other LIMIT 100""",
        "doc",
        True,
    ),
    Query(
        "title",
        "title search: case-insensitive substring of the title",
        """SELECT ?doc ?title WHERE {
  ?doc dcterms:title ?title .
  FILTER(CONTAINS(LCASE(STR(?title)), "$word"))
} LIMIT 100""",
        "word",
        False,
    ),
    Query(
        "two-hop",
        "2-hop join: replies written in a place -> the documents they answer -> where "
        "those were written, counted",
        """SELECT ?origin (COUNT(?doc) AS ?replies) WHERE {
  ?doc schema:locationCreated <$place> ;
       rico:isReplyTo ?original .
  ?original schema:locationCreated ?origin .
} GROUP BY ?origin ORDER BY DESC(?replies) ?origin""",
        "place",
        True,
    ),
)


# --- what an answer contains, whoever produced it ---------------------------------------------


def literal_key(value: str, datatype: str | None, language: str | None) -> str:
    """One literal as text, the same whatever the library (plain literals are xsd:string)."""
    if language:
        return f"{json.dumps(value)}@{language.lower()}"
    if datatype in (None, XSD_STRING):
        return json.dumps(value)
    return f"{json.dumps(value)}^^<{datatype}>"


def json_term(term: dict[str, str] | None) -> str:
    """A term of SPARQL JSON results."""
    if term is None:
        return ""
    if term["type"] == "uri":
        return f"<{term['value']}>"
    if term["type"] == "bnode":
        return "_:"  # blank node labels are not comparable between systems
    return literal_key(term["value"], term.get("datatype"), term.get("xml:lang"))


def oxigraph_term(term: Any) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, pyoxigraph.Literal):
        return literal_key(term.value, term.datatype.value, term.language)
    return "_:"


def rdflib_term(term: Any) -> str:
    import rdflib

    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        return f"<{term}>"
    if isinstance(term, rdflib.Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        return literal_key(str(term), datatype, term.language)
    return "_:"


def json_rows(body: bytes) -> list[tuple[str, ...]]:
    """The rows of SPARQL JSON results, the variables in name order."""
    data = json.loads(body)
    if "boolean" in data:
        return [(str(data["boolean"]).lower(),)]
    names = sorted(data["head"]["vars"])
    return [tuple(json_term(b.get(n)) for n in names) for b in data["results"]["bindings"]]


def ntriples_rows(body: bytes) -> list[tuple[str, ...]]:
    """The triples of an N-Triples answer (``#`` lines, like a truncation notice, skipped)."""
    import pyoxigraph

    return [
        (oxigraph_term(t.subject), oxigraph_term(t.predicate), oxigraph_term(t.object))
        for t in pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES)
    ]


def digest(rows: Iterable[tuple[str, ...]]) -> str:
    """A fingerprint of the rows as a multiset (order ignored)."""
    text = "\n".join(sorted("\t".join(row) for row in rows))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Answer:
    """What one run returned: its rows, read after the clock stopped."""

    rows: Callable[[], list[tuple[str, ...]]]
    server_ms: float | None = None  # the endpoint's Server-Timing, when it sends one
    truncated: bool = False


# --- the three systems --------------------------------------------------------------------------


class Bare:
    """pyoxigraph on the release's store, answers serialised like the endpoint's."""

    key, name = "bare", "bare pyoxigraph"

    def __init__(self, store: Path) -> None:
        import pyoxigraph

        self.ox = pyoxigraph
        start = time.perf_counter()
        self.store = pyoxigraph.Store.read_only(str(store))
        self.open_seconds = time.perf_counter() - start

    def select(self, text: str) -> list[list[Any]]:
        """Rows of a SELECT (for choosing the parameters), values as pyoxigraph terms."""
        solutions = self.store.query(text)
        return [list(solution) for solution in solutions]

    def run(self, text: str) -> tuple[float, Answer]:
        ox = self.ox
        start = time.perf_counter()
        result = self.store.query(text)
        if isinstance(result, ox.QueryTriples):
            body = result.serialize(format=ox.RdfFormat.N_TRIPLES)
            seconds = time.perf_counter() - start
            return seconds, Answer(lambda: ntriples_rows(body))
        if isinstance(result, ox.QuerySolutions):
            body = result.serialize(format=ox.QueryResultsFormat.JSON)
        else:  # QueryBoolean
            body = json.dumps({"head": {}, "boolean": bool(result)}).encode()
        seconds = time.perf_counter() - start
        return seconds, Answer(lambda: json_rows(body))

    def quads(self) -> int:
        """Quads in the named graphs (the default graph's merge left out)."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0][0].value)


class Memory(Bare):
    """pyoxigraph in memory, holding the release's default graph (the merge)."""

    key, name = "memory", "pyoxigraph in memory"

    def __init__(self, store: Path) -> None:
        import pyoxigraph

        self.ox = pyoxigraph
        self.rss_before = current_rss()
        start = time.perf_counter()
        disk = pyoxigraph.Store.read_only(str(store))
        self.store = pyoxigraph.Store()
        merge = pyoxigraph.DefaultGraph()
        self.store.bulk_extend(disk.quads_for_pattern(None, None, None, merge))
        del disk
        self.open_seconds = time.perf_counter() - start
        self.rss_after = current_rss()


class EndpointMissing(RuntimeError):
    """``/sparql`` answered 404: the endpoint is not in this tree."""


class Endpoint:
    """``GET /sparql?query=...`` over one keep-alive connection."""

    key, name = "endpoint", "endpoint (HTTP)"

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection(HOST, port, timeout=300)
        self.reconnects = 0

    def close(self) -> None:
        self.connection.close()

    def run(self, text: str, construct: bool = False) -> tuple[float, Answer]:
        path = "/sparql?" + urllib.parse.urlencode({"query": text})
        headers = {"Accept": N_TRIPLES if construct else SPARQL_JSON}
        for attempt in (1, 2):
            try:
                start = time.perf_counter()
                self.connection.request("GET", path, headers=headers)
                response = self.connection.getresponse()
                body = response.read()
                seconds = time.perf_counter() - start
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # the server closed the idle keep-alive connection: reconnect, time again
                self.connection.close()
                self.reconnects += 1
                if attempt == 2:
                    raise
        if response.status == 404:
            raise EndpointMissing(f"GET /sparql answered 404: {body[:200]!r}")
        if response.status != 200:
            raise RuntimeError(f"GET /sparql answered {response.status}: {body[:500]!r}")
        server_ms = server_timing(response.getheader("Server-Timing"))
        truncated = (response.getheader("SPARQL-Truncated") or "").lower() == "true"
        parse = ntriples_rows if construct else json_rows
        return seconds, Answer(lambda: parse(body), server_ms, truncated)


def server_timing(header: str | None) -> float | None:
    """The summed ``dur=`` of a Server-Timing header, in milliseconds."""
    if not header:
        return None
    durations = [float(d) for d in re.findall(r"dur=([0-9.]+)", header)]
    return sum(durations) if durations else None


class Rdflib:
    """An rdflib Dataset (Memory store), the default graph the union of the named graphs."""

    key, name = "rdflib", "rdflib Memory"

    def __init__(self, dump: Path) -> None:
        import rdflib
        import rdflib.plugins.sparql

        rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # never fetch FROM <...>
        self.rss_before = current_rss()
        start = time.perf_counter()
        self.dataset = rdflib.Dataset(default_union=True)
        with gzip.open(dump, "rb") as source:
            self.dataset.parse(source, format="nquads")
        self.load_seconds = time.perf_counter() - start
        self.rss_after = current_rss()
        self.max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    def run(self, text: str) -> tuple[float, Answer]:
        start = time.perf_counter()
        result = self.dataset.query(text)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = result.graph  # built while querying
            seconds = time.perf_counter() - start
            return seconds, Answer(
                lambda: [(rdflib_term(s), rdflib_term(p), rdflib_term(o)) for s, p, o in graph]
            )
        if result.type == "ASK":
            answer = bool(result.askAnswer)
            seconds = time.perf_counter() - start
            return seconds, Answer(lambda: [(str(answer).lower(),)])
        rows = list(result)
        seconds = time.perf_counter() - start
        names = sorted(str(v) for v in result.vars or [])

        def table() -> list[tuple[str, ...]]:
            return [tuple(rdflib_term(row[n]) for n in names) for row in rows]

        return seconds, Answer(table)


def current_rss() -> int:
    """This process's resident memory in bytes."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


# --- runs and their figures ---------------------------------------------------------------------


@dataclass
class Runs:
    """One system's runs of one query."""

    seconds: list[float] = field(default_factory=list)  # timed runs, in order
    server_ms: list[float] = field(default_factory=list)
    rows: dict[int, set[int]] = field(default_factory=dict)  # parameter index -> row counts
    digests: dict[int, str] = field(default_factory=dict)  # parameter index -> fingerprint
    truncated: int = 0

    def record(self, index: int, answer: Answer, exact: bool) -> None:
        rows = answer.rows()
        self.rows.setdefault(index, set()).add(len(rows))
        if exact and index not in self.digests:
            self.digests[index] = digest(rows)
        self.truncated += answer.truncated

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def as_json(self) -> dict[str, Any]:
        return {
            "seconds": self.seconds,
            "median": self.median if self.seconds else None,
            "server_ms": self.server_ms,
            "rows": {str(i): sorted(n) for i, n in self.rows.items()},
            "digests": {str(i): d for i, d in self.digests.items()},
            "truncated": self.truncated,
        }


def measure(
    query: Query,
    parameters: list[dict[str, str]],
    systems: Sequence[tuple[str, Callable[[str], tuple[float, Answer]]]],
    warmup: int,
    repeat: int,
    results: dict[str, dict[str, Runs]],
) -> None:
    """Warm-up runs then timed runs of one query, the systems alternating run by run.

    Run number ``i`` (warm-up or timed) uses ``parameters[i % len(parameters)]``, for every
    system: the same values in the same order.
    """
    for phase, count in (("warm-up", warmup), ("timed", repeat)):
        for i in range(count):
            index = i % len(parameters)
            text = query.text(parameters[index])
            for key, run in systems:
                seconds, answer = run(text)
                runs = results.setdefault(query.key, {}).setdefault(key, Runs())
                if phase == "timed":
                    runs.seconds.append(seconds)
                    if answer.server_ms is not None:
                        runs.server_ms.append(answer.server_ms)
                runs.record(index, answer, query.exact)


def choose_parameters(bare: Bare, count: int) -> dict[str, list[dict[str, str]]]:
    """Parameter values drawn from the release, evenly spread, ``count`` of each kind."""

    def spread(values: list[Any]) -> list[Any]:
        if len(values) <= count:
            return values
        return [values[(2 * i + 1) * len(values) // (2 * count)] for i in range(count)]

    def column(query: str) -> list[str]:
        return [row[0].value for row in bare.select(PREFIXES + query)]

    docs = column(
        "SELECT DISTINCT ?doc WHERE { ?doc a rico:Record ; dcterms:subject ?s } ORDER BY ?doc"
    ) or column("SELECT ?doc WHERE { ?doc a rico:Record } ORDER BY ?doc")
    places = column(
        "SELECT ?place (COUNT(?doc) AS ?n) WHERE { ?doc schema:locationCreated ?place } "
        f"GROUP BY ?place ORDER BY DESC(?n) ?place LIMIT {count}"
    )
    years = column(
        "SELECT DISTINCT ?year WHERE { ?doc dcterms:created ?date "
        "BIND(SUBSTR(STR(?date), 1, 4) AS ?year) } ORDER BY ?year"
    )
    if not (docs and places and years):
        raise RuntimeError("the release has no documents with a subject, a place and a date")
    starts = spread(years[: max(1, len(years) - YEARS_PER_RANGE + 1)])
    words = [TITLE_WORDS[i % len(TITLE_WORDS)] for i in range(count)]
    return {
        "doc": [{"doc": d} for d in spread(docs)],
        "place": [{"place": p} for p in places],
        "years": [{"start": y, "end": str(int(y) + YEARS_PER_RANGE)} for y in starts],
        "word": [{"word": w} for w in words],
        "none": [{}],
    }


# --- the release and the server -----------------------------------------------------------------


@dataclass(frozen=True)
class Release:
    out: Path
    current: Path  # the release folder itself (OUT/current resolved)
    base: str
    documents: int | None
    quads: int | None = None  # counted in the store

    @property
    def manifest(self) -> Path:
        return self.current / "manifest.json"


def read_release(out: Path) -> Release:
    """Where the release is, its base IRI and size (from the head of a possibly huge manifest)."""
    current = (out / "current").resolve()
    if not (current / "store").is_dir():
        raise RuntimeError(f"no release in {out}: {current}/store is missing")
    with (current / "manifest.json").open("rb") as f:
        head = f.read(1 << 16).decode("utf-8", "replace")
    base = re.search(r'"base":\s*"([^"]+)"', head)
    published = re.search(r'"published":\s*(\d+)', head)
    if base is None or published is None:  # not at the head: read it all
        manifest = json.loads((current / "manifest.json").read_text(encoding="utf-8"))
        documents = manifest.get("documents", {})
        count = documents.get("published") if isinstance(documents, dict) else None
        return Release(out, current, manifest["base"], count)
    return Release(out, current, base.group(1), int(published.group(1)))


STALE_CHECK = """\
import sys
from pathlib import Path
from linkeddata.settings import load_settings
from linkeddata.web.serving import stale_reason
docs = Path(sys.argv[1])
print(stale_reason(docs, Path(sys.argv[2]), load_settings(docs, {"base": sys.argv[3]})) or "")
"""


def stale_reason(docs: Path, release: Release) -> str | None:
    """Why ``linkeddata serve`` would rebuild the release (asked of the served code itself)."""
    done = subprocess.run(
        [sys.executable, "-c", STALE_CHECK, str(docs), str(release.out), release.base],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"its staleness check failed ({tail})"
    return done.stdout.strip() or None


def release_state(release: Release) -> tuple[str, float]:
    """The ``current`` link's target and the manifest's mtime: both change on a rebuild."""
    return os.readlink(release.out / "current"), release.manifest.stat().st_mtime


# --- the report ---------------------------------------------------------------------------------


def ms(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    value = seconds * 1000
    if value < 10:
        return f"{value:.2f} ms"
    if value < 100:
        return f"{value:.1f} ms"
    return f"{value:,.0f} ms"


def ratio(a: float | None, b: float | None) -> str:
    if not (a and b):
        return "-"
    return f"{a / b:.2f}" if a / b < 10 else f"{a / b:,.1f}"


def mix_median(results: dict[str, dict[str, Runs]], key: str) -> float | None:
    medians = [r[key].median for r in results.values() if key in r and r[key].seconds]
    return statistics.median(medians) if len(medians) == len(results) else None


def geometric_mean_ratio(results: dict[str, dict[str, Runs]], a: str, b: str) -> float | None:
    pairs = [(r[a].median, r[b].median) for r in results.values() if a in r and b in r]
    if not pairs or len(pairs) != len(results):
        return None
    return statistics.geometric_mean(x / y for x, y in pairs)


def check_rows(results: dict[str, dict[str, Runs]]) -> tuple[list[str], list[str]]:
    """Row counts that differ (errors) and rows that differ (warnings), query by query."""
    errors, warnings = [], []
    for key, by_system in results.items():
        indices = sorted({i for runs in by_system.values() for i in runs.rows})
        for i in indices:
            counts = {s: sorted(r.rows[i]) for s, r in by_system.items() if i in r.rows}
            if any(len(c) > 1 for c in counts.values()) or len({c[0] for c in counts.values()}) > 1:
                errors.append(f"{key}, parameter #{i}: row counts {counts}")
            digests = {s: r.digests[i] for s, r in by_system.items() if i in r.digests}
            if len(set(digests.values())) > 1:
                warnings.append(f"{key}, parameter #{i}: same count, different rows {digests}")
    return errors, warnings


def row_range(by_system: dict[str, Runs]) -> str:
    counts = sorted({n for runs in by_system.values() for c in runs.rows.values() for n in c})
    if not counts:
        return "-"
    return f"{counts[0]:,}" if counts[0] == counts[-1] else f"{counts[0]:,}-{counts[-1]:,}"


def table(results: dict[str, dict[str, Runs]]) -> list[str]:
    lines = [
        "| query | rows | bare pyoxigraph (+ JSON) | endpoint (HTTP) | endpoint Server-Timing | "
        "pyoxigraph in memory | rdflib Memory | endpoint / bare | rdflib / endpoint | "
        "rdflib / bare | rdflib / in memory |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def med(by: dict[str, Runs], key: str) -> float | None:
        return by[key].median if key in by and by[key].seconds else None

    for query in MIX:
        if query.key not in results:
            continue
        by = results[query.key]
        bare, endpoint, rdf = med(by, "bare"), med(by, "endpoint"), med(by, "rdflib")
        memory = med(by, "memory")
        timing = by.get("endpoint")
        server = (
            f"{statistics.median(timing.server_ms):.2f} ms"
            if timing is not None and timing.server_ms
            else "-"
        )
        lines.append(
            f"| {query.key} | {row_range(by)} | {ms(bare)} | {ms(endpoint)} | {server} | "
            f"{ms(memory)} | {ms(rdf)} | {ratio(endpoint, bare)} | {ratio(rdf, endpoint)} | "
            f"{ratio(rdf, bare)} | {ratio(rdf, memory)} |"
        )
    bare, endpoint, memory, rdf = (mix_median(results, k) for k in SYSTEMS)
    lines.append(
        f"| **mix median** | | **{ms(bare)}** | **{ms(endpoint)}** | | **{ms(memory)}** | "
        f"**{ms(rdf)}** | **{ratio(endpoint, bare)}** | **{ratio(rdf, endpoint)}** | "
        f"**{ratio(rdf, bare)}** | **{ratio(rdf, memory)}** |"
    )
    return lines


def goals(results: dict[str, dict[str, Runs]]) -> str:
    bare, endpoint, memory, rdf = (mix_median(results, k) for k in SYSTEMS)
    parts = []
    if bare and endpoint:
        over = endpoint / bare
        parts.append(
            f"endpoint within {GOAL_OVERHEAD - 1:.0%} of bare pyoxigraph on the mix median: "
            f"{'met' if over <= GOAL_OVERHEAD else 'NOT met'} ({over:.2f}x)"
        )
    if rdf and endpoint:
        speedup = rdf / endpoint
        slow = [
            q.key
            for q in MIX
            if q.key in results
            and {"rdflib", "endpoint"} <= results[q.key].keys()
            and results[q.key]["rdflib"].median / results[q.key]["endpoint"].median < GOAL_SPEEDUP
        ]
        parts.append(
            f"endpoint >= {GOAL_SPEEDUP:g}x faster than rdflib on the mix median: "
            f"{'met' if speedup >= GOAL_SPEEDUP else 'NOT met'} ({speedup:.1f}x; queries under "
            f"{GOAL_SPEEDUP:g}x: {', '.join(slow) or 'none'})"
        )
    elif rdf and bare:
        parts.append(
            f"no endpoint figures; rdflib / bare pyoxigraph on the mix median: {rdf / bare:.1f}x "
            f"(the endpoint would need to stay under {rdf / bare / GOAL_SPEEDUP:.1f}x bare to be "
            f"{GOAL_SPEEDUP:g}x faster than rdflib)"
        )
    if rdf and memory:
        parts.append(
            f"for comparison, pyoxigraph in memory (no endpoint) is {rdf / memory:.1f}x faster "
            "than rdflib on the mix median"
        )
    return "Goals of docs/performance.md: " + ("; ".join(parts) or "nothing to compare") + "."


def describe_parameters(parameters: dict[str, list[dict[str, str]]], base: str) -> list[str]:
    def short(value: str) -> str:
        return value.removeprefix(base)

    lines = []
    for kind in ("doc", "place", "years", "word"):
        if kind == "years":
            values = [f"{p['start']}-{int(p['end']) - 1}" for p in parameters[kind]]
        else:
            values = [" ".join(short(v) for v in p.values()) for p in parameters[kind]]
        lines.append(f"- `${kind}` (run i uses value i): {', '.join(values)}")
    return lines


# --- the run ------------------------------------------------------------------------------------


@dataclass
class Notes:
    lines: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        print(text, file=sys.stderr)
        self.lines.append(text)


@dataclass
class Session:
    """One run of the benchmark: settings, release, queries, parameters, and what they gave."""

    args: argparse.Namespace
    release: Release
    mix: Sequence[Query]
    parameters: dict[str, list[dict[str, str]]]
    results: dict[str, dict[str, Runs]] = field(default_factory=dict)
    notes: Notes = field(default_factory=Notes)
    info: dict[str, Any] = field(default_factory=dict)


def run_endpoint(session: Session, bare: Bare) -> None:
    """Bare pyoxigraph and the endpoint, alternating; bare alone when there is no endpoint."""
    args, release, mix, parameters = session.args, session.release, session.mix, session.parameters
    results, notes, info = session.results, session.notes, session.info

    def bare_only() -> None:
        for query in mix:
            print(f"bare: {query.key}", file=sys.stderr)
            systems = [(bare.key, bare.run)]
            measure(query, parameters[query.parameter], systems, args.warmup, args.repeat, results)

    if args.skip_endpoint or args.docs is None:
        notes.add(
            "Endpoint: not measured ("
            + ("--skip-endpoint" if args.skip_endpoint else "no --docs to serve")
            + ")."
        )
        return bare_only()
    reason = stale_reason(args.docs, release)
    if reason is not None:
        notes.add(
            f"Endpoint: not started, because `linkeddata serve` would rebuild the release "
            f"({reason}). Rebuild it, or `touch {release.manifest}` if the difference does not "
            "matter for this benchmark."
        )
        return bare_only()
    port = args.port or http_bench.free_port()
    cmd = [*http_bench.linkeddata_command(), "serve", str(args.docs), "--out", str(args.out)]
    cmd += ["--host", HOST, "--port", str(port), "--base", release.base]
    cmd += ["--workers", str(args.workers)]
    info["server_command"] = shlex.join(cmd)
    print(f"$ {shlex.join(cmd)}", file=sys.stderr)
    before = release_state(release)
    log = args.results / f"sparql-server-{port}.log"
    with http_bench.running_server(cmd, log) as server:
        sampler = http_bench.MemorySampler(server.pid)
        sampler.start()
        try:
            try:
                ready = http_bench.wait_healthy(f"http://{HOST}:{port}", server, args.start_timeout)
            except RuntimeError as exc:
                lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
                notes.add(
                    f"Endpoint: the server did not start ({exc}; last line of {log}: "
                    f"`{lines[-1] if lines else ''}`); bare pyoxigraph and rdflib only."
                )
                http_bench.stop(server)
                return bare_only()
            if release_state(release) != before:
                raise RuntimeError("the server rebuilt the release: not measuring")
            endpoint = Endpoint(port)
            try:
                first = mix[0]
                endpoint.run(first.text(parameters[first.parameter][0]), first.construct)
            except EndpointMissing as exc:
                notes.add(
                    f"Endpoint: `/sparql` is not there yet ({exc}); bare pyoxigraph and rdflib "
                    "only."
                )
                endpoint.close()
                http_bench.stop(server)
                return bare_only()
            for query in mix:
                print(f"bare + endpoint: {query.key}", file=sys.stderr)

                def over_http(text: str, construct: bool = query.construct) -> Any:
                    return endpoint.run(text, construct)

                systems = [(bare.key, bare.run), ("endpoint", over_http)]
                measure(
                    query, parameters[query.parameter], systems, args.warmup, args.repeat, results
                )
            endpoint.close()
        finally:
            sampler.stop()
    rss, pss = sampler.peak()
    info["server"] = {"ready_seconds": ready, "peak_rss": rss, "peak_pss": pss, "log": str(log)}
    notes.add(
        f"Endpoint: `linkeddata serve` ({args.workers} gunicorn workers), /healthz after "
        f"{ready:.1f} s; {endpoint.reconnects} reconnection(s) of the keep-alive connection; "
        f"server peak RSS {rss / MiB:,.0f} MiB summed over its processes (PSS "
        f"{pss / MiB:,.0f} MiB); log {log}."
    )


def run_memory(session: Session) -> None:
    """pyoxigraph in memory: the engine's best on this machine, measured alone."""
    args, release, mix, parameters = session.args, session.release, session.mix, session.parameters
    results, notes = session.results, session.notes
    if args.skip_memory:
        notes.add("pyoxigraph in memory: not measured (--skip-memory).")
        return
    print("pyoxigraph in memory: loading the default graph", file=sys.stderr)
    memory = Memory(release.current / "store")
    notes.add(
        f"pyoxigraph in memory: the store's default graph ({len(memory.store):,} triples) "
        f"copied into `Store()` in {memory.open_seconds:,.1f} s, +"
        f"{(memory.rss_after - memory.rss_before) / GiB:.2f} GiB RSS."
    )
    for query in mix:
        print(f"memory: {query.key}", file=sys.stderr)
        systems = [(memory.key, memory.run)]
        measure(query, parameters[query.parameter], systems, args.warmup, args.repeat, results)
    del memory


def run_rdflib(session: Session) -> None:
    """rdflib's Memory store, loaded from the N-Quads dump, measured last."""
    args, release, mix, parameters = session.args, session.release, session.mix, session.parameters
    results, notes, info = session.results, session.notes, session.info
    if args.skip_rdflib:
        notes.add("rdflib: not measured (--skip-rdflib).")
        return
    dump = release.current / "dumps" / "dataset.nq.gz"
    print(f"rdflib: loading {dump}", file=sys.stderr)
    info["load_before_rdflib"] = http_bench.load_average()
    rdf = Rdflib(dump)
    info["rdflib"] = {
        "load_seconds": rdf.load_seconds,
        "rss_before": rdf.rss_before,
        "rss_after": rdf.rss_after,
        "max_rss": rdf.max_rss,
    }
    notes.add(
        f"rdflib: `Dataset(default_union=True)` loaded from {dump.name} "
        f"({dump.stat().st_size / MiB:,.0f} MiB) in {rdf.load_seconds:,.1f} s; this process's "
        f"RSS {rdf.rss_before / GiB:.2f} GiB before, {rdf.rss_after / GiB:.2f} GiB after "
        f"(+{(rdf.rss_after - rdf.rss_before) / GiB:.2f} GiB), peak {rdf.max_rss / GiB:.2f} GiB."
    )
    for query in mix:
        print(f"rdflib: {query.key}", file=sys.stderr)
        measure(
            query,
            parameters[query.parameter],
            [(rdf.key, rdf.run)],
            min(args.warmup, 1),
            args.rdflib_repeat,
            results,
        )


def report(session: Session, checks: tuple[list[str], list[str]]) -> str:
    """The Markdown report of a session."""
    args, release, parameters = session.args, session.release, session.parameters
    results, notes, info = session.results, session.notes, session.info
    errors, warnings = checks
    truncated = sum(r.truncated for by in results.values() for r in by.values())
    size = f"{release.documents:,}" if release.documents else "?"
    quads = f", {release.quads:,} quads" if release.quads else ""
    lines = [
        f"## SPARQL benchmark: {size} documents{quads}",
        "",
        f"Release {release.current} (base {release.base}). Medians of {args.repeat} timed runs "
        f"(rdflib: {args.rdflib_repeat}) after {args.warmup} warm-up run(s) (rdflib: "
        f"{min(args.warmup, 1)}), per query and system; the mix median is the median of the "
        "seven medians. Bare pyoxigraph: `Store.read_only`, the default graph (the merge of the "
        "named graphs, written by the build), answers serialised as the endpoint sends them "
        "(SPARQL JSON for SELECT, N-Triples for CONSTRUCT), so the ratio endpoint / bare is the "
        "cost of HTTP, Flask and the endpoint itself. Endpoint: `GET /sparql?query=...` with "
        "`Accept: "
        f"{SPARQL_JSON}` (CONSTRUCT: `{N_TRIPLES}`), one keep-alive connection (http.client), "
        "whole body read; bare and endpoint runs alternate. pyoxigraph in memory: `Store()` "
        "holding that default graph, serialised as bare, run after the server stopped. rdflib: "
        "`Dataset(default_union=True)` (Memory store) from the N-Quads dump, run last, rows or "
        "triples fully consumed, not serialised. Every system gets the same parameter values in "
        "the same order.",
        "",
        *table(results),
        "",
        goals(results),
        "",
    ]
    bare_geo = geometric_mean_ratio(results, "endpoint", "bare")
    rdf_geo = geometric_mean_ratio(results, "rdflib", "endpoint") or geometric_mean_ratio(
        results, "rdflib", "bare"
    )
    if bare_geo or rdf_geo:
        lines += [
            "Geometric means of the per-query ratios: "
            + "; ".join(
                text
                for text in (
                    f"endpoint / bare {bare_geo:.2f}" if bare_geo else "",
                    f"rdflib / {'endpoint' if bare_geo else 'bare'} {rdf_geo:.1f}"
                    if rdf_geo
                    else "",
                )
                if text
            )
            + ".",
            "",
        ]
    lines += [
        "Checks: "
        + (
            "row counts agree between the systems for every query and parameter."
            if not errors
            else f"**ROW COUNTS DIFFER** ({len(errors)}): " + "; ".join(errors)
        )
        + (
            " Rows of the fully determined answers agree too."
            if not warnings
            else f" Rows differ ({len(warnings)}): " + "; ".join(warnings)
        )
        + (
            f" **{truncated} endpoint answer(s) were flagged truncated** (SPARQL-Truncated)."
            if truncated
            else ""
        ),
        "",
        *notes.lines,
        "",
        f"Parameters ({release.base} left out):",
        "",
        *describe_parameters(parameters, release.base),
        "",
        f"Machine: {build_bench.machine()}; nproc {len(os.sched_getaffinity(0))}; load average "
        f"before {info['load_before']}, after {info['load_after']}.",
        "",
        "Commands:",
        "",
        "```sh",
        shlex.join([sys.executable, *sys.argv]),
        *([info["server_command"]] if "server_command" in info else []),
        "```",
        "",
        "Queries (the prefixes dcterms, rdf, rico and schema are declared in each):",
        "",
    ]
    for query in MIX:
        if query.key in results:
            lines += [f"{query.key}: {query.title}", "", "```sparql", query.template, "```", ""]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    args.results.mkdir(parents=True, exist_ok=True)
    release = read_release(args.out)
    mix = [q for q in MIX if not args.only or q.key in args.only]
    if not mix:
        raise RuntimeError(f"--only selects none of {', '.join(q.key for q in MIX)}")
    info: dict[str, Any] = {"load_before": http_bench.load_average()}
    bare = Bare(release.current / "store")
    release = dataclasses.replace(release, quads=bare.quads())
    count = max(args.repeat, args.rdflib_repeat, args.warmup, 1)
    parameters = choose_parameters(bare, count)
    session = Session(args, release, mix, parameters, info=info)
    results, notes = session.results, session.notes
    started = time.monotonic()
    run_endpoint(session, bare)
    run_memory(session)
    run_rdflib(session)
    info["load_after"] = http_bench.load_average()
    info["seconds"] = time.monotonic() - started
    checks = check_rows(results)
    text = report(session, checks)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"sparql-{release.documents or 'x'}-{stamp}"
    (args.results / f"{name}.md").write_text(text, encoding="utf-8")
    data = {
        "release": str(release.current),
        "base": release.base,
        "documents": release.documents,
        "quads": release.quads,
        "command": [sys.executable, *sys.argv],
        "machine": build_bench.machine(),
        "nproc": len(os.sched_getaffinity(0)),
        "settings": {
            k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items() if k != "only"
        },
        "info": info,
        "parameters": {k: v for k, v in parameters.items() if k != "none"},
        "queries": {
            q.key: {
                "title": q.title,
                "text": PREFIXES + q.template,
                "systems": {s: r.as_json() for s, r in results[q.key].items()},
            }
            for q in mix
        },
        "mix_median": {k: mix_median(results, k) for k in SYSTEMS},
        "row_count_errors": checks[0],
        "row_warnings": checks[1],
        "notes": notes.lines,
    }
    (args.results / f"{name}.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    print(text)
    print(f"saved {args.results / name}.md and .json", file=sys.stderr)
    if checks[0]:
        print("ERROR: the systems returned different row counts:", file=sys.stderr)
        for line in checks[0]:
            print(f"  {line}", file=sys.stderr)
        return 1
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="an existing build (release)")
    parser.add_argument("--docs", type=Path, help="the collection folder, for linkeddata serve")
    parser.add_argument("--repeat", type=http_bench.positive, default=5, help="timed runs")
    parser.add_argument(
        "--rdflib-repeat", type=http_bench.positive, default=3, help="timed runs for rdflib"
    )
    parser.add_argument("--warmup", type=int, default=1, help="warm-up runs (rdflib: at most 1)")
    parser.add_argument("--skip-rdflib", action="store_true", help="do not load rdflib")
    parser.add_argument("--skip-endpoint", action="store_true", help="do not start the server")
    parser.add_argument(
        "--skip-memory", action="store_true", help="do not load pyoxigraph in memory"
    )
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--workers", type=http_bench.positive, default=2, help="server workers")
    parser.add_argument("--start-timeout", type=float, default=120, help="seconds for /healthz")
    parser.add_argument(
        "--only",
        type=lambda text: set(text.split(",")),
        help=f"comma-separated queries to run ({', '.join(q.key for q in MIX)})",
    )
    parser.add_argument("--results", type=Path, default=REPO / "bench" / "out")
    args = parser.parse_args(argv)
    args.out, args.results = args.out.resolve(), args.results.resolve()
    args.docs = args.docs.resolve() if args.docs else None
    return args


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: 0, or 1 when something failed or the row counts differ."""
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, http_bench.terminate)
    try:
        return run(args)
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
