"""The listings of an incremental release: the previous release's, changed only for the IRIs
whose statements changed.

A full build finds every member of every kind by SPARQL and sorts them
(:meth:`~linkeddata.store.oxigraph.OxigraphStore.write_listings`): seconds at 100,000
documents. Whether an IRI is a member of a kind, its key and its label depend only on the
statements of which it is the subject, so when the store was patched
(:mod:`.store_checkpoint`) only the IRIs that are the subject of a statement added or
removed are looked up again; the other entries are kept, and the listing sorted as a full
build sorts it. A listing that did not change is hard-linked from the previous release.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

import pyoxigraph as ox

from ..release.layout import Release
from ..store import KINDS, Kind
from ..store.listing import Listing, Member
from ..store.oxigraph import OxigraphStore


def patch_listings(
    store: OxigraphStore, previous: Release, release: Release, affected: set[str]
) -> None:
    """Write every kind's listing into ``release`` from ``previous``'s and the ``affected``
    IRIs as ``store`` (the release's, complete) now describes them."""
    for name, kind in KINDS.items():
        before, target = previous.listing(name), release.listing(name)
        if not before.is_file():  # written by another version: the whole listing
            Listing.of(kind, store.listing(name)).write(target)
            continue
        old = Listing.read(kind, before)
        kept = [m for m in old.members if m[1] not in affected]
        found = _members(store, kind, affected)
        if len(kept) == len(old.members) and not found:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.link(before, target)
            continue
        Listing.of(kind, [*kept, *found]).write(target)


def _members(store: OxigraphStore, kind: Kind, iris: Iterable[str]) -> list[Member]:
    """The members of ``kind`` among ``iris``, as the full listing query finds them."""
    nodes = sorted(str(ox.NamedNode(iri)) for iri in iris if iri)
    if not nodes:
        return []
    pattern = f"VALUES ?item {{ {' '.join(nodes)} }} ?item a {ox.NamedNode(kind.type)} ."
    if kind.key is not None:
        query = (
            f"SELECT DISTINCT ?item ?id WHERE {{ {pattern} ?item {ox.NamedNode(kind.key)} ?id }}"
        )
    else:
        query = f"SELECT DISTINCT ?item WHERE {{ {pattern} }}"
    rows = store.query(query)
    assert isinstance(rows, ox.QuerySolutions)
    found = {
        (row["id"].value if kind.key else row["item"].value, row["item"].value)
        for row in rows
        if isinstance(row["item"], ox.NamedNode)
    }
    labels = store.labels(iri for _, iri in found)
    return [(key, iri, labels.get(iri)) for key, iri in found]
