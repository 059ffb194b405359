"""Write a converted collection into a staging folder: store, dumps, search index, validation
report, listings.

:class:`ReleaseWriter` receives the documents' N-Quads chunk by chunk while the workers go on
converting, and streams them at once into the on-disk Oxigraph store
(:class:`~.loader.Loader`), into the dumps (:class:`~linkeddata.build.dumps.DumpWriter`) and,
as the facts the workers read from each document graph, into the search index
(:class:`~linkeddata.search.writer.IndexWriter`); nothing is kept in memory. At the end it
adds the collection-wide graphs (ontology, concept schemes, shapes, authority file, stubs),
then the dataset description and the validation report, which describe all of the above; the
description is validated like every other graph, and its findings are in the report. Once
the store is complete, the listings of the site are read from it and written beside it.

The store's default graph is the merge of all the named graphs, each statement once (as the
manifest records: :data:`~linkeddata.release.layout.DEFAULT_GRAPH`): every statement is loaded
twice, into its graph and into the default graph, which keeps one copy of a statement that
several graphs make. SPARQL queries read that graph; Oxigraph's own union of the named graphs would
repeat such statements, and count them so.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.pool import Pool

import pyoxigraph as ox
from rdflib import Graph

from .. import rdf_terms
from ..errors import BuildError
from ..iris import REPORT_GRAPH, Iris
from ..ntriples import sorted_nquads, statements
from ..release.layout import Census, Release
from ..release.void import dataset_graph, triples_statement
from ..search.writer import IndexWriter
from ..settings import DatasetSettings
from ..store.oxigraph import open_read_only
from .chunks import Chunk
from .collection_graphs import alone, description_report
from .dumps import Dump, DumpWriter, triples_of, write_dumps
from .graph_digests import GraphDigests
from .index_patch import IndexPatch
from .listings_patch import patch_listings
from .loader import SEGMENT_QUADS, Loader
from .members import Previous
from .report import FileReport, validation_triples, write_report
from .store_checkpoint import StorePatch
from .tally import Tally


def nquads(quads: Iterable[ox.Quad]) -> bytes:
    """Sorted N-Quads of ``quads``: byte-identical for the same quads in any order."""
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    return b"".join(sorted(data.splitlines(keepends=True)))


@dataclass
class Written:
    """What :class:`ReleaseWriter` put into the staging folder."""

    release_id: str
    census: Census
    dumps: list[Dump]
    timings: dict[str, float] = field(default_factory=dict)
    graphs: dict[str, str] = field(default_factory=dict)
    """sha256 of each collection-wide graph's N-Quads (see :class:`GraphDigests`)."""
    index: str = ""
    """How the search index was made from the previous release's ("": written in full)."""


class ReleaseWriter:
    """A release being written into ``folder`` as the documents arrive.

    Create it after forking worker processes: it opens pipes that a forked child would hold
    open. :meth:`finish` completes it; :meth:`abort` stops what runs in the background.
    """

    def __init__(
        self,
        release: Release,
        iris: Iris,
        dataset: DatasetSettings,
        shapes: Graph,
        patch: StorePatch | None = None,
        digests: GraphDigests | None = None,
        previous: dict[str, Previous] | None = None,
        index: IndexPatch | None = None,
    ) -> None:
        """``patch``: the store is the previous release's with the changed graphs replaced
        (:mod:`.store_checkpoint`), not a load of every document; ``digests`` records the
        collection-wide graphs for the next build's patch (the patch's, if there is one);
        ``previous``: the previous release's dumps, whose unchanged members are copied;
        ``index``: the search index patched from the previous release's."""
        self.release, self.iris, self.dataset, self.shapes = release, iris, dataset, shapes
        self._patch = patch
        self.digests = patch.digests if patch is not None else digests or GraphDigests()
        """The collection-wide graphs' digests (:class:`~.graph_digests.GraphDigests`)."""
        self._loader: Loader | StorePatch = patch or Loader(ox.Store(str(release.store)))
        self._dumps = DumpWriter(release.dumps, previous=previous)
        self._index: IndexWriter | IndexPatch = index or IndexWriter(release.search)
        self._digest = hashlib.sha256()
        self._tally = Tally()
        self._documents = 0
        self._quads = 0
        self.triples = 0  # distinct triples of the merged default graph, once counted

    def add(self, chunk: Chunk) -> None:
        """Load and dump a chunk of published documents (in file order)."""
        self._documents += sum(1 for d in chunk.documents if d.conforms)
        self._tally.update(chunk.tally)
        if self._patch is not None:
            self._patch.add_documents(chunk)
        self._write(chunk.nquads, chunk.triples, documents=True, cuts=chunk.cuts)
        if isinstance(self._index, IndexPatch):
            self._index.add(chunk)
        else:
            self._index.add(chunk.facts)

    def finish(self, static: list[Graph], reports: list[FileReport], pool: Pool | None) -> Written:
        """Add the collection-wide graphs, then complete the store and the dumps.

        ``pool`` (worker processes, idle by now) writes the dumps that need a parser.
        """
        version, report = self._describe(static, reports)
        self._loader.close()
        self._dumps.close()  # sort and the JSON-LD writer finish beside what follows
        timings: dict[str, float] = {}
        with ThreadPoolExecutor(2) as background:  # the load and the index without the GIL
            stored = background.submit(self._store_and_list)
            indexed = background.submit(self._index.finish)
            formats: list[Callable[[], None]] = []  # the report's, written by the pool

            def write_the_report() -> None:
                start = time.perf_counter()
                graph = self._report_graph
                patch = self._patch
                same = patch.previous if patch and patch.unchanged(graph.value) else None
                formats.append(write_report(self.release, report, graph, reports, pool, same))
                timings["report"] = time.perf_counter() - start

            start = time.perf_counter()
            dumps = write_dumps(self._dumps, pool, meanwhile=write_the_report)
            for written in formats:
                written()
            timings["dump"] = time.perf_counter() - start - timings.get("report", 0.0)
            start = time.perf_counter()
            timings["lists"] = stored.result()
            timings["load"] = time.perf_counter() - start
            if self._patch is not None:
                timings["store patch"] = self._patch.seconds
            timings["index"] = indexed.result()
            timings["index insert"] = self._index.inserting
            timings["index cpu"] = self._index.cpu
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        lines = {d.format.extension: d.statements for d in dumps}
        if lines["nt"] != self.triples:
            union, said = lines["nt"], self.triples
            raise BuildError(f"the union holds {union} triples, its description says {said}")
        census = Census(
            documents=self._documents,
            entities=len(self._tally.entities),
            quads=lines["nq"],
            triples=lines["nt"],
            wikidata_links=self._tally.links,
            example=self._tally.example,
        )
        graphs = self.digests.hexdigests()
        index = self._index.how if isinstance(self._index, IndexPatch) else ""
        return Written(f"{stamp}-{version}", census, dumps, timings, graphs, index)

    def _store_and_list(self) -> float:
        """Complete the store, then write the listings read from it (while the pool writes the
        dumps): the seconds the listings took."""
        self._loader.finish()
        start = time.perf_counter()
        store = open_read_only(self.release.store)
        if self._patch is not None:  # only the entries of the IRIs whose statements changed
            patch_listings(store, self._patch.previous, self.release, self._patch.affected)
        else:
            store.write_listings(self.release)
        store.close()  # its handle now (the wrapper is in a cycle through its caches)
        return time.perf_counter() - start

    def abort(self) -> None:
        """Stop loading, dumping and indexing; the caller removes the folder."""
        self._dumps.abort()
        self._loader.abort()
        self._index.abort()

    def _describe(
        self, static: list[Graph], reports: list[FileReport]
    ) -> tuple[str, list[ox.Triple]]:
        """Write the collection-wide graphs, the dataset description and the validation report.

        The description counts and versions (by a hash of their N-Quads) the documents and
        the collection-wide graphs; the report lists the findings on every file, and on the
        description.
        """
        for graph in static:
            self._write_graph(graph, described=True)
        version = self._digest.hexdigest()[:12]
        description = self._description(version)
        reports.append(description_report(self.iris, description, self.shapes))
        report = validation_triples(self.iris, reports)
        report_graph = self._report_graph
        name = report_graph.value
        step = SEGMENT_QUADS // 2  # a load of its own per slice: the loader's memory is bounded
        for start in range(0, len(report), step):  # the report has no blank nodes to keep
            piece = report[start : start + step]
            data = nquads(ox.Quad(t.subject, t.predicate, t.object, report_graph) for t in piece)
            cuts = () if start else (0,)  # one shard: one JSON-LD object for its graph
            self._write(data, triples_of(data, name), described=False, cuts=cuts)
        self._write_description(description)
        return version, report

    @property
    def _report_graph(self) -> ox.NamedNode:
        return ox.NamedNode(self.iris.graph(REPORT_GRAPH))

    def _description(self, version: str) -> Graph:
        """The dataset description but its ``void:triples`` (see :meth:`_write_description`)."""
        return dataset_graph(
            self.iris,
            self.dataset,
            documents=self._documents,
            entities=len(self._tally.entities),
            wikidata_links=self._tally.links,
            example=self._tally.example,
            version=version,
        )

    def _write_description(self, description: Graph) -> None:
        """The dataset description, written last: its ``void:triples`` counts the merge that
        it belongs to. Its other statements go into the union; once ``sort`` has counted
        the union, the statement of the count (which no other graph makes) adds one."""
        name = str(description.identifier)
        self._dumps.add_to_union(triples_of(nquads(rdf_terms.quads(description)), name))
        self.triples = self._dumps.close_union() + 1
        counted = triples_statement(self.iris, self.triples)
        description.add(counted)
        data = nquads(rdf_terms.quads(description))
        self._dumps.spliced = triples_of(nquads(rdf_terms.quads(alone(counted, name))), name)
        self._load(data, triples_of(data, name))
        self._dumps.write_graphs(data)
        self._quads += data.count(b"\n")

    def _write(
        self,
        data: bytes,
        triples: bytes,
        *,
        described: bool = True,
        documents: bool = False,
        cuts: Sequence[int] = (0,),
    ) -> None:
        """Load and dump ``data``, a shard of the dumps beginning at each offset of ``cuts``
        (by default: a collection-wide graph begins one)."""
        if not documents or self._patch is None:  # a patch has the documents' quads
            self._load(data, triples, documents=documents)
        self._dumps.write(data, triples, cuts)
        if described:
            self._digest.update(data)
        self._quads += data.count(b"\n")

    def _load(self, data: bytes, triples: bytes, *, documents: bool = False) -> None:
        """Quads, and the same statements for the default graph, into the store (one load:
        blank nodes stay the same nodes); a patch derives the default graph itself."""
        if self._patch is not None:
            self._patch.write(data)
            return
        if not documents:  # a collection-wide graph: its digest is recorded for the next patch
            self.digests.add(data)
        self._loader.write(data + triples)

    def _write_graph(self, graph: Graph, *, described: bool) -> None:
        found = statements(graph)
        data = sorted_nquads(found, str(graph.identifier))
        if described:
            self._tally.count(found, self.iris.id_base)
        self._write(data, triples_of(data, str(graph.identifier)), described=described)
