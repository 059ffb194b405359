"""What an incremental build takes from the last build: the build cache (:mod:`.incremental`)
and the release that build published: its store to patch (:mod:`.store_checkpoint`), its
dumps' gzip members to copy (:mod:`.members`) and its search index to patch
(:mod:`.index_patch`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..iris import Iris
from ..release.layout import Release, dump_name
from ..search.facts import Labels
from .cache import FOLDER, BuildCache
from .collection import AUTHORITY_FILE
from .graph_digests import GraphDigests
from .incremental import Incremental
from .index_patch import IndexPatch
from .inputs import Inputs
from .members import Member, Previous
from .outcome import how
from .store_checkpoint import StorePatch


@dataclass
class Reuse:
    """One build's use of the build cache of ``out``; :meth:`saved` records the build in it."""

    out: Path
    incremental: Incremental
    fallback: str
    """Why this build is a full one ("" if it is not)."""
    digests: GraphDigests | None = None
    previous_dumps: dict[str, Previous] = field(default_factory=dict)
    """The previous release's dumps, whose unchanged gzip members are copied (:mod:`.members`)."""
    index_note: str = ""
    """Why the search index is written in full although the store is patched."""

    @classmethod
    def open(cls, out: Path, root: Path, iris: Iris, max_record_bytes: int, full: bool) -> Reuse:
        """Use the build cache of ``out`` for a build of ``root`` (``full``: convert every
        document again, and fill the cache again)."""
        inputs = Inputs.of(iris.base, max_record_bytes, root / AUTHORITY_FILE)
        cache, fallback = BuildCache.open(out, inputs, full=full)
        graph = iris.document_graph
        incremental = Incremental(cache, Path.cwd() / root, max_record_bytes, graph)
        return cls(out, incremental, fallback)

    def store_patch(self, staging: Release) -> StorePatch | None:
        """The store of ``staging`` as a patched checkpoint of the current release's, and the
        dumps' members copied from it, if the cache describes the current release of ``out``
        (its last build published it); None: every document is loaded, every member written."""
        self.digests = digests = GraphDigests(self.out / FOLDER / "graphs")
        incremental = self.incremental
        previous = incremental.previous_release(self.out)
        if incremental.fresh is None or previous is None:
            return None
        release = Release(previous)
        self.previous_dumps = {
            ext: Previous.of(release.dumps / dump_name(ext), members)
            for ext, members in incremental.cache.members().items()
        }
        before = incremental.cache.graphs()
        graph = incremental.graph
        return StorePatch(release, staging.store, incremental.fresh, graph, digests, before)

    def index_patch(
        self,
        patch: StorePatch | None,
        staging: Release,
        document: Callable[[str], str],
        labels: Labels,
    ) -> IndexPatch | None:
        """The search index patched from the previous release's, when its store is
        (``document`` names a document's IRI; ``labels`` name the entities)."""
        incremental = self.incremental
        if patch is None or not patch.previous.search.is_file():
            return None
        if incremental.inserted:  # its rows would have to be between the others'
            self.index_note = "written again (a document was added before others)"
            return None
        incremental.document = document  # the cached documents' facts left unread
        return IndexPatch(
            patch.previous.search, staging.search, incremental.gone, incremental.facts, labels
        )

    def saved(
        self,
        release: str = "",
        graphs: dict[str, str] | None = None,
        members: dict[str, list[Member]] | None = None,
    ) -> str:
        """Record what this build converted (and the ``release`` it published, with its
        collection-wide ``graphs``' digests and its dumps' ``members``) in the cache; say how
        the build went."""
        incremental = self.incremental
        incremental.save(release, graphs, members)
        if self.digests is not None:
            self.digests.keep()
        return how(incremental.changes, self.fallback, incremental.fresh is not None)

    def close(self) -> None:
        """Close the cache; the graphs' digests are discarded unless :meth:`saved` kept them."""
        self.incremental.cache.close()
        if self.digests is not None:
            self.digests.discard()  # unless kept
