"""The search index of an incremental build: the previous release's, patched where documents
changed (:mod:`linkeddata.search.patch`), or written in full when a patch would differ from
what a full build writes.

It takes the place of :class:`~linkeddata.search.writer.IndexWriter` in the release writer.
While the chunks stream, it keeps only each indexed document's IRI and build cache key, and
the facts of the documents this build converted; at the end it patches the previous index
with those and the facts of the documents gone since (read from the cache). If the patch
cannot give the index a full build writes (the reason is kept in :attr:`IndexPatch.how`),
every document's facts are read again from the cache and the index written as a full build
writes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..search.facts import Facts, Labels, language_name
from ..search.patch import patch_index
from ..search.writer import IndexWriter
from .chunks import CHUNK, Chunk


class IndexPatch:
    """The index at ``target`` from ``previous``'s (see the module's docstring).

    ``gone`` gives the facts of the documents that lost their place since the last build,
    ``cached`` the facts of cached documents by key (:class:`~.incremental.Incremental`);
    ``labels`` the curated resources, which every document names alike.
    """

    def __init__(
        self,
        previous: Path,
        target: Path,
        gone: Callable[[], list[Facts]],
        cached: Callable[[list[str]], Iterator[Facts]],
        labels: Labels,
    ) -> None:
        self.previous, self.target = previous, target
        self._gone, self._cached, self._labels = gone, cached, labels
        self._documents: list[tuple[str, str, Facts | None]] = []
        self.how = ""
        """"patched", or why the index was written in full, once :meth:`finish` is done."""
        self.inserting = 0.0
        self.cpu = 0.0
        """CPU seconds of the patch (or of the full index) in this process."""

    def add(self, chunk: Chunk) -> None:
        """Note the indexed documents of ``chunk``, in the build's order."""
        self._documents += chunk.indexed

    def finish(self) -> float:
        """Patch (or write) the index; the seconds it took."""
        start, cpu = time.perf_counter(), time.thread_time()
        documents = [(iri, facts) for iri, _, facts in self._documents]
        gone, fixed, lookup = self._gone(), self._fixed, self._lookup
        why = patch_index(self.previous, self.target, documents, gone, fixed, lookup)
        self.how = "patched"
        if why:
            self.how = f"written again ({why})"
            self._write()
        self.cpu = time.thread_time() - cpu
        return time.perf_counter() - start

    def abort(self) -> None:
        """Nothing runs in the background: the caller removes the folder."""

    def _lookup(self, iri: str) -> Facts | None:
        """The facts of the cached document ``iri`` (one of a few: a look through the list)."""
        key = next((k for i, k, facts in self._documents if i == iri and facts is None), None)
        return next(self._cached([key]), None) if key is not None else None

    def _fixed(self, iri: str) -> bool:
        return iri in self._labels.known or language_name(iri) is not None

    def _write(self) -> None:
        """The index as a full build writes it, every document's facts read again."""
        writer = IndexWriter(self.target)
        try:
            batch: list[Facts] = []
            keys = [key for _, key, facts in self._documents if facts is None]
            cached = self._cached(keys)
            for _, _, facts in self._documents:
                batch.append(facts if facts is not None else next(cached))
                if len(batch) == CHUNK:
                    writer.add(batch)
                    batch = []
            writer.add(batch)
            writer.finish()
        except BaseException:
            writer.abort()
            raise
        self.inserting = writer.inserting
