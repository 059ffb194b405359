"""Write a converted collection into a staging folder: store, dumps, validation report.

The documents' sorted N-Quads are streamed into one file, bulk-loaded into an on-disk Oxigraph
store together with the collection-wide graphs (ontology, concept schemes, shapes, authority
file, dataset description, validation report), and dumped from the store.
"""

from __future__ import annotations

import gc
import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from .authority import Authority
from .dataset import Stats, dataset_graph
from .dumps import DUMP_EXTENSIONS, Dump, write_dumps
from .iris import Iris
from .pipeline import Converted, nquads, to_oxigraph
from .report import FileReport, summary_text, validation_graph
from .resources import CONCEPTS_FILE, concepts_graph, ontology_graph, shapes_graph, skolemise
from .validation import has_violations, validate_graph
from .vocab import PREFIXES, WD

STORE = "store"


@dataclass
class Written:
    """What :func:`write_release` put into the staging folder."""

    release_id: str
    triples: int
    dumps: list[Dump]
    timings: dict[str, float] = field(default_factory=dict)


def static_graphs(iris: Iris, authority: Authority, reports: list[FileReport]) -> list[Graph]:
    """The collection-wide graphs; the curated ones are validated and reported like documents."""
    authorities = skolemise(
        authority.graph, iris, into=Graph(identifier=URIRef(iris.graph("authorities")))
    )
    concepts = concepts_graph(iris)
    shapes = shapes_graph(iris)
    curated = (
        ("authorities.ttl", "authority", authorities),
        (f"ontology/{CONCEPTS_FILE}", "concepts", concepts),
    )
    for name, kind, graph in curated:
        results, _ = validate_graph(graph, shapes)
        report = FileReport(name, kind, triples=len(graph), results=results)
        if has_violations(results):
            report.status = "excluded"
        reports.append(report)
    return [ontology_graph(iris), concepts, shapes, authorities]


def write_release(
    folder: Path,
    iris: Iris,
    documents: list[Converted],
    static: list[Graph],
    reports: list[FileReport],
) -> Written:
    """Load and dump everything into ``folder``; return counts and per-stage timings.

    One N-Quads file, in a stable order, feeds both the on-disk store and every dump.
    """
    timings: dict[str, float] = {}
    start = time.perf_counter()
    load_file = folder / "load.nq"
    digest = hashlib.sha256()
    with open(load_file, "wb") as out:
        for chunk in _chunks(documents, static):
            out.write(chunk)
            digest.update(chunk)
        out.flush()  # the store reads the file by path: nothing may sit in our buffer
        store = ox.Store(str(folder / STORE))
        store.bulk_load(path=str(load_file), format=ox.RdfFormat.N_QUADS)
        stats = _stats(store, iris, len(documents), len(store), digest.hexdigest()[:12])
        report = validation_graph(iris, reports)
        described = dataset_graph(iris, stats, [f"dataset.{ext}.gz" for ext in DUMP_EXTENSIONS])
        for graph in (described, report):
            store.bulk_extend(to_oxigraph(graph))
            out.write(nquads(graph))
    store.optimize()
    store.flush()
    total = len(store)
    del store
    gc.collect()
    timings["load"] = time.perf_counter() - start
    start = time.perf_counter()
    dumps = write_dumps(load_file, folder / "dumps")
    load_file.unlink()
    timings["dump"] = time.perf_counter() - start
    _write_report(folder / "report", report, reports)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return Written(f"{stamp}-{stats.version}", total, dumps, timings)


def _chunks(documents: Iterable[Converted], static: list[Graph]) -> Iterable[bytes]:
    for document in documents:
        yield document.nquads
    for graph in static:
        yield nquads(graph)


def _stats(store: ox.Store, iris: Iris, documents: int, triples: int, version: str) -> Stats:
    entities = _count(
        store,
        f"""
        SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
          GRAPH ?g {{ ?s a ?type }} FILTER(STRSTARTS(STR(?s), "{iris.base}id/")) }}""",
    )
    links = _count(
        store,
        f"""
        SELECT (COUNT(*) AS ?n) WHERE {{
          GRAPH ?g {{ ?s <http://www.w3.org/2004/02/skos/core#exactMatch> ?o }}
          FILTER(STRSTARTS(STR(?o), "{WD}")) }}""",
    )
    example = None
    first = store.query(
        "SELECT ?d WHERE { GRAPH ?g { ?d a <https://www.ica.org/standards/RiC/ontology#Record> } }"
        " ORDER BY ?d LIMIT 1"
    )
    for row in first:
        example = row["d"].value
    return Stats(documents, triples, entities, links, version, example)


def _count(store: ox.Store, query: str) -> int:
    for row in store.query(query):
        return int(row["n"].value)
    return 0


def _write_report(folder: Path, report: Graph, reports: list[FileReport]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    prefixes = {k: str(v) for k, v in PREFIXES.items()}
    ox.serialize(
        sorted((q.triple for q in to_oxigraph(report)), key=str),
        str(folder / "validation.ttl"),
        ox.RdfFormat.TURTLE,
        prefixes=prefixes,
    )
    (folder / "validation.txt").write_text(summary_text(reports), encoding="utf-8")
