"""The store of an incremental release: a checkpoint of the previous release's store with the
graphs that changed replaced, and the merged default graph kept exact.

A full build bulk-loads every document into a new store, which takes time in proportion to
the collection. When the previous release is the one the build cache describes (see
:meth:`~linkeddata.build.incremental.Incremental.previous_release`), its store is copied as a
RocksDB checkpoint (``Store.backup``: the immutable table files are hard-linked, not copied)
and then changed only where this build differs from it:

- the graphs of the documents converted again (edited, added, or whose replies now resolve
  otherwise), given as their new N-Quads (empty for a document now left out);
- the graphs of the documents gone from the collection;
- the collection-wide graphs (ontology, concept schemes, shapes, authority file, stubs,
  validation report, dataset description), which the writer passes on as it would load them.

A graph is replaced by its difference: the quads it no longer holds are removed, the new ones
added, in the graph and in the default graph. A removed statement leaves the default graph
only if no named graph still states it, so the default graph remains the merge of the named
graphs, each statement once, as a full build loads it. The store is not compacted afterwards
(compaction rewrites every table): it holds the same quads, in a few more files.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox

from ..release.layout import Release
from .chunks import Chunk
from .graph_digests import GraphDigests

_DEFAULT = ox.DefaultGraph()
_NQUADS = ox.RdfFormat.N_QUADS


class StorePatch:
    """The store at ``target``, made from ``previous`` once the build has written everything.

    It takes the place of the bulk loader in the release writer: :meth:`add_documents` sees the
    documents of every chunk (only their graph names are kept), :meth:`write` the
    collection-wide graphs' N-Quads, and ``fresh`` maps the graph of each document converted
    by this build to its N-Quads (filled while the chunks are converted, read by
    :meth:`finish`).
    """

    def __init__(
        self,
        previous: Release,
        target: Path,
        fresh: Mapping[str, bytes],
        graph: Callable[[str], str],
        digests: GraphDigests,
        before: Mapping[str, str] | None = None,
    ) -> None:
        """``digests`` records this build's collection-wide graphs; ``before`` holds the
        previous build's digests of them (:class:`~.graph_digests.GraphDigests`)."""
        self.previous, self.target, self._fresh, self._graph = previous, target, fresh, graph
        self._before = before or {}
        self.digests = digests
        self._documents: set[str] = set()
        self._static: dict[str, list[bytes]] = defaultdict(list)
        self.affected: set[str] = set()
        """The IRIs that are the subject of a statement added or removed: only their
        listings' entries may have changed (:mod:`.listings_patch`)."""
        self.replaced = 0
        """Graphs whose content changed, once :meth:`finish` is done."""
        self.seconds = 0.0

    def add_documents(self, chunk: Chunk) -> None:
        """Note the published documents of ``chunk`` (their quads are in the previous store,
        or in ``fresh``)."""
        self._documents.update(self._graph(d.id) for d in chunk.documents if d.conforms)

    def write(self, data: bytes) -> None:
        """Collection-wide quads (N-Quads of named graphs), kept as lines by graph."""
        for name, block in self.digests.add(data):
            self._static[name] += block.splitlines(keepends=True)

    def unchanged(self, name: str) -> bool:
        """Whether the collection-wide graph ``name``, as written so far, holds what it held
        in the previous release (the same N-Quads: their digests are equal)."""
        digest = self.digests.hexdigests().get(name)
        return digest is not None and digest == self._before.get(name)

    def close(self) -> None:
        """Nothing to end: the loader's interface."""

    def abort(self) -> None:
        """Nothing runs in the background: the caller removes the folder."""

    def finish(self) -> None:
        """Checkpoint the previous store into ``target``, then replace the changed graphs."""
        start = time.perf_counter()
        checkpoint(self.previous.store, self.target)
        store = ox.Store(str(self.target))
        try:
            before = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
            wanted = self._documents | self._static.keys()
            changes: dict[str, list[bytes]] = {g: [] for g in before - wanted}
            digests = self.digests.hexdigests()
            for name, data in self._fresh.items():
                lines = data.splitlines(keepends=True)
                changes[name] = lines if name in self._documents else []
            changed = {g for g in self._static if digests[g] != self._before.get(g)}
            changes.update((g, self._static[g]) for g in changed)  # the others are as they were
            known = {
                g: self.digests.previous(self._before[g]) for g in changed & self._before.keys()
            }
            old = {g: lines for g, lines in known.items() if lines is not None}
            self.replaced = replace_graphs(store, changes, self.affected, old)
            store.flush()
        finally:
            del store  # its last reference: the handle (and its lock) is let go now
        self.seconds = time.perf_counter() - start


def checkpoint(previous: Path, target: Path) -> None:
    """A copy of the store at ``previous`` in ``target`` (which must not exist), sharing its
    table files by hard links; ``previous`` is opened read-only (a server may hold it)."""
    source = ox.Store.read_only(str(previous))
    try:
        source.backup(str(target))
    finally:
        del source  # its last reference: closed now


def replace_graphs(
    store: ox.Store,
    graphs: Mapping[str, Iterable[bytes]],
    affected: set[str] | None = None,
    old: Mapping[str, list[bytes]] | None = None,
) -> int:
    """Make each named graph of ``graphs`` hold exactly the quads given as N-Quads lines, as
    Oxigraph writes them (none: the graph goes), keeping the default graph the merge of the
    named graphs; the number of graphs changed. The IRIs that are the subject of a quad added
    or removed are added to ``affected``. ``old`` gives the lines that some graphs hold now,
    which are then not read from the store (a million quads take minutes to read back).

    Graphs are compared as sets of lines, not of parsed quads: a line takes a third of the
    memory of a quad object, and only the lines that differ are parsed. Oxigraph writes a
    quad one way, so the same quad is the same line (a blank node, renamed by every load,
    makes its quads differ: they are removed and added again, which is still exact).
    """
    touched = affected if affected is not None else set()
    gone: set[ox.Triple] = set()
    added: list[ox.Quad] = []
    changed = 0
    for name, lines in graphs.items():
        node = ox.NamedNode(name)
        if old is not None and name in old:
            before = set(old[name])
        else:
            held = store.quads_for_pattern(None, None, None, node)
            before = set((ox.serialize(held, format=_NQUADS) or b"").splitlines(keepends=True))
        new = set(lines)
        if before == new:
            continue
        changed += 1
        for quad in _parsed(before - new):
            store.remove(quad)
            gone.add(quad.triple)
            touched.add(_name(quad.subject))
        for quad in _parsed(new - before):
            added += (quad, ox.Quad(quad.subject, quad.predicate, quad.object, _DEFAULT))
            touched.add(_name(quad.subject))
        if not new and store.contains_named_graph(node):
            store.remove_graph(node)
    store.extend(added)
    for triple in gone:
        if not any(_named(store, triple)):
            store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, _DEFAULT))
    return changed


def _parsed(lines: set[bytes]) -> Iterable[ox.Quad]:
    return ox.parse(b"".join(sorted(lines)), format=_NQUADS) if lines else ()


def _name(subject: ox.NamedNode | ox.BlankNode | ox.Triple) -> str:
    return subject.value if isinstance(subject, ox.NamedNode) else ""


def _named(store: ox.Store, triple: ox.Triple) -> Iterable[bool]:
    """True for each named graph that states ``triple``."""
    found = store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
    return (not isinstance(q.graph_name, ox.DefaultGraph) for q in found)
