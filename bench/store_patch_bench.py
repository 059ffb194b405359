"""Benchmark the store and listings stages of an incremental build on a published release.

Usage::

    python bench/store_patch_bench.py RELEASE [--workdir /tmp/store-patch] [--collection-wide]

``RELEASE`` is a release folder or an output folder (its ``current`` release is used); it is
only read. For one document edited (a literal of its graph changed) and one removed, this
does what an incremental build does after conversion for the store and the listings
(:mod:`linkeddata.build.store_checkpoint`, :mod:`linkeddata.build.listings_patch`): a
hard-linked checkpoint of the release's store, the changed document graphs replaced, the
listings patched; with ``--collection-wide`` also every collection-wide graph compared with
the one in the store, as a build does when one changed (the report has a million quads at
100,000 documents). Prints a Markdown table of the seconds each step took and the peak RSS
of this process.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from build_bench import MiB, machine

from linkeddata.build.listings_patch import patch_listings
from linkeddata.build.store_checkpoint import checkpoint, replace_graphs
from linkeddata.iris import Iris
from linkeddata.release.layout import Release
from linkeddata.store.oxigraph import open_read_only

NQ = ox.RdfFormat.N_QUADS


def lines(store: ox.Store, graph: str) -> list[bytes]:
    held = store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
    return (ox.serialize(held, format=NQ) or b"").splitlines(keepends=True)


def edited(graph: list[bytes]) -> list[bytes]:
    """The graph with its first plain literal changed."""
    done = list(graph)
    for n, line in enumerate(done):
        if b'" <' in line and b'"^^' not in line:
            done[n] = line.replace(b'" <', b' (edited)" <', 1)
            return done
    raise SystemExit("no literal to edit in the document's graph")


def step(name: str, release: Release, target: Path, changes: dict[str, list[bytes]]) -> list[str]:
    """One incremental build's store and listings from ``release``: a row of the table."""
    shutil.rmtree(target.parent, ignore_errors=True)
    target.parent.mkdir(parents=True)
    start = time.perf_counter()
    checkpoint(release.store, target)
    copied = time.perf_counter() - start
    start = time.perf_counter()
    store = ox.Store(str(target))
    affected: set[str] = set()
    replaced = replace_graphs(store, changes, affected)
    store.flush()
    del store
    patched = time.perf_counter() - start
    start = time.perf_counter()
    patch_listings(open_read_only(target), release, Release(target.parent), affected)
    listed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MiB
    total = copied + patched + listed
    return [
        name,
        f"{len(changes)} / {replaced}",
        f"{copied:.2f}",
        f"{patched:.2f}",
        f"{listed:.2f}",
        f"{total:.2f}",
        f"{rss:,.0f}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("release", type=Path)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/store-patch"))
    parser.add_argument(
        "--collection-wide",
        action="store_true",
        help="also compare every collection-wide graph with the store's, as a build does when "
        "their digests differ from the previous build's (the validation report changed)",
    )
    args = parser.parse_args(argv)
    folder = args.release / "current" if (args.release / "current").is_dir() else args.release
    release = Release(folder.resolve())
    manifest = release.read_manifest()
    published = [
        e for e in manifest.files if e["status"] == "published" and e["kind"] == "document"
    ]
    store = ox.Store.read_only(str(release.store))
    graphs = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    graph = Iris(manifest.base).document_graph
    static = sorted(graphs - {graph(e["id"]) for e in published})
    start = time.perf_counter()
    collection_wide = {g: lines(store, g) for g in static} if args.collection_wide else {}
    read = time.perf_counter() - start
    middle = graph(published[len(published) // 2]["id"])
    other = graph(published[len(published) // 3]["id"])
    one = {**collection_wide, middle: edited(lines(store, middle))}
    gone: dict[str, list[bytes]] = {**collection_wide, other: []}
    del store
    target = args.workdir / "release" / "store"
    rows = [
        step("one document edited", release, target, one),
        step("one document removed", release, target, gone),
    ]
    shutil.rmtree(args.workdir, ignore_errors=True)
    sizes = ", ".join(f"{g.rsplit('/', 1)[-1]} {len(v):,}" for g, v in collection_wide.items())
    compared = (
        f"Collection-wide graphs compared (quads): {sizes}; read from the store for the "
        f"benchmark in {read:.1f} s (a build has them already)."
        if collection_wide
        else "Collection-wide graphs: unchanged (their digests are the previous build's), "
        "so not compared."
    )
    table = [
        f"## Store and listings of an incremental build, {manifest.census.documents:,} documents",
        "",
        f"Machine: {machine()}; measured under load from other processes.",
        f"Release: {release.folder} ({manifest.census.quads:,} quads). Command: "
        f"`python bench/store_patch_bench.py {args.release}"
        f"{' --collection-wide' if args.collection_wide else ''}`.",
        compared,
        "",
        "| change | graphs compared / replaced | checkpoint s | graphs replaced s "
        "| listings s | total s | peak RSS (MiB) |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
