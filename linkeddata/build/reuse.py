"""What an incremental build takes from the release that the last build published: its store
to patch (:mod:`.store_checkpoint`) and its dumps' gzip members to copy (:mod:`.members`)."""

from __future__ import annotations

from pathlib import Path

from ..release.layout import Release, dump_name
from .graph_digests import GraphDigests
from .incremental import Incremental
from .members import Previous
from .store_checkpoint import StorePatch


def reuse(
    incremental: Incremental, out: Path, staging: Release, digests: GraphDigests
) -> tuple[StorePatch | None, dict[str, Previous]]:
    """The store of ``staging`` as a patch of the current release's, and that release's
    dumps by extension, if the cache describes the current release of ``out`` (its last
    build published it); else (None, {}): every document is loaded, every member written."""
    previous = incremental.previous_release(out)
    if incremental.fresh is None or previous is None:
        return None, {}
    release = Release(previous)
    dumps = {
        ext: Previous.of(release.dumps / dump_name(ext), members)
        for ext, members in incremental.cache.members().items()
    }
    before = incremental.cache.graphs()
    graph = incremental.graph
    patch = StorePatch(release, staging.store, incremental.fresh, graph, digests, before)
    return patch, dumps
