"""Where a cold description's CPU goes, in process: the store's describe, the serialisation,
the HTML page, the shared bodies' file, and the whole request (Flask's test client, no HTTP)
against the static file.

Usage::

    python bench/deref_phases.py --out RELEASE_FOLDER [--n 300] [--seed 7]

Random documents of the release (ids from its manifest); each is described once first, so
that the store's files are in the page cache, then measured by a fresh app whose caches are
empty (with a shared bodies' file, as ``linkeddata serve`` gives its workers): the figures are
CPU per document (``time.process_time``), not wall time, so they move less with the machine's
load than the HTTP benchmarks do. The phases of a whole request are timed by wrapping the
functions that do them (outermost call only); "the rest" is Flask, negotiation, headers and
the facts every answer needs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from linkeddata.store import oxigraph
from linkeddata.web import create_app, prebuilt, reader, shared_cache, things
from linkeddata.web.rdf import serialise

clock = time.process_time
PHASES: list[tuple[Any, str, str]] = [
    (oxigraph.OxigraphStore, "describe", "store.describe"),
    (things, "serialise", "serialise"),
    (things, "serialise_triples", "serialise"),
    (reader, "document_page", "HTML page (its own store and search calls included)"),
    (shared_cache.SharedCache, "get", "shared bodies: get"),
    (shared_cache.SharedCache, "put", "shared bodies: put"),
    (prebuilt.Prebuilt, "get", "bodies the build rendered: get"),
]


class Phases:
    """CPU spent in the wrapped functions (outermost call only), by phase name."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self._depth = 0
        for owner, name, label in PHASES:
            if hasattr(owner, name):
                setattr(owner, name, self._wrap(getattr(owner, name), label))

    def _wrap(self, function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self._depth:
                return function(*args, **kwargs)
            self._depth += 1
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[label] += clock() - start
                self._depth -= 1

        return timed


def fresh(out: Path, host: dict[str, str]) -> tuple[Flask, FlaskClient]:
    shared = Path(tempfile.mkdtemp(prefix="deref-phases-"))
    app = create_app(out, config={"RENDERED_SHARED": shared})
    client = app.test_client()
    client.get("/static/site.css", headers=host)
    return app, client


def sampled_documents(description: str) -> tuple[argparse.Namespace, str, list[str]]:
    """The command line (``--out``, ``--n``, ``--seed``), the release's base and ``n`` of its
    published documents' ids, drawn with the seed: the same sample for every benchmark."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    manifest = json.loads((args.out / "manifest.json").read_text(encoding="utf-8"))
    ids = [f["id"] for f in manifest["files"] if f.get("status") == "published" and f.get("id")]
    return args, manifest["base"], random.Random(args.seed).sample(ids, args.n)


def main() -> int:
    args, base, chosen = sampled_documents(__doc__.split("\n")[0])
    iris = [f"{base}id/document/{i}" for i in chosen]
    host = {"Host": base.split("/")[2]}
    app, _ = fresh(args.out, host)
    with app.extensions["linkeddata"].held() as published:
        for iri in iris:
            published.store.describe(iri, incoming_limit=things.INCOMING_SHOWN)
    app, client = fresh(args.out, host)
    n = len(iris)
    with app.extensions["linkeddata"].held() as published:
        start = clock()
        found = [published.store.describe(i, incoming_limit=things.INCOMING_SHOWN) for i in iris]
        describe = clock() - start
        cost = {}
        for name in ("turtle", "jsonld"):
            start = clock()
            for d in found:
                if d is not None:
                    serialise(things._quads(d, []), name, base=published.base)
            cost[name] = clock() - start
    start = clock()
    for _ in iris:
        client.get("/static/site.css", headers=host)
    static = clock() - start
    print(f"{n} random documents of {args.out}, CPU ms per document:")
    print(f"  static file request  {static / n * 1000:.2f}")
    print(f"  store.describe       {describe / n * 1000:.2f}")
    for name, took in cost.items():
        print(f"  serialise {name:<10} {took / n * 1000:.2f}")
    phases = Phases()
    for accept in ("text/turtle", "application/ld+json", "text/html"):
        app, client = fresh(args.out, host)
        phases.spent.clear()
        start = clock()
        for iri in iris:
            client.get(iri.replace(f"{base}id/", "/doc/"), headers={**host, "Accept": accept})
        whole = clock() - start
        print(f"  whole cold request, {accept:<20} {whole / n * 1000:.2f}")
        for label, took in phases.spent.most_common():
            print(f"    {label:<52} {took / n * 1000:.2f}")
        rest = whole - sum(phases.spent.values())
        print(f"    {'the rest (Flask, negotiation, headers, facts)':<52} {rest / n * 1000:.2f}")
        start = clock()
        for iri in iris:
            client.get(iri.replace(f"{base}id/", "/doc/"), headers={**host, "Accept": accept})
        print(f"  the same again, cached, {accept:<17} {(clock() - start) / n * 1000:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
