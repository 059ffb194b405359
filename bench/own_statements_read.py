"""What reading a document's own statements costs, two ways, with the same answer: the
store's way (every quad of the subject by pattern: the named graphs' copies and the merged
default graph's, each term decoded) and by SPARQL from the named graphs only, plus a count of
the merged statements to catch any that no named graph makes.

Usage::

    python bench/own_statements_read.py --out RELEASE_FOLDER [--n 300] [--seed 7]

CPU per document (``time.process_time``); each way is run twice and the second run kept (the
store's files then in the page cache for both). Documents only: their statements are made in
one or two graphs, far below the store's cap of graphs shown per statement, so the order in
which the graphs come back does not matter.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from deref_phases import sampled_documents

from linkeddata.store.own_statements import own_quads
from linkeddata.store.oxigraph import open_read_only

NAMED = "SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ {} ?p ?o }} }}"
MERGED = "SELECT (COUNT(*) AS ?n) WHERE {{ {} ?p ?o }}"


def named_only(store: ox.Store, node: ox.NamedNode, guard: bool = True) -> list[ox.Quad] | None:
    """The subject's quads in named graphs, or None if the merged graph states more (a
    statement no named graph makes: the store's way must then be used)."""
    rows = store.query(NAMED.format(node))  # str(node) is <iri>, checked by NamedNode
    assert isinstance(rows, ox.QuerySolutions)
    quads = [ox.Quad(node, r["p"], r["o"], r["g"]) for r in rows]
    if not guard:
        return quads
    counted = store.query(MERGED.format(node))
    assert isinstance(counted, ox.QuerySolutions)
    merged = sum(int(r["n"].value) for r in counted)
    return quads if merged == len({q.triple for q in quads}) else None


def main() -> int:
    args, base, chosen = sampled_documents(__doc__.split("\n")[0])
    nodes = [ox.NamedNode(f"{base}id/document/{i}") for i in chosen]
    wrapped = open_read_only(args.out / "store")
    store = wrapped._store  # the pyoxigraph store under the server's wrapper
    ways = {
        "the store's way (all quads by pattern)": lambda n: own_quads(store, n)[0],
        "named graphs by SPARQL, merged counted": lambda n: named_only(store, n),
        "named graphs by SPARQL alone (no guard)": lambda n: named_only(store, n, guard=False),
    }
    found = {}
    for name, read in ways.items():
        for _ in range(2):
            start = time.process_time()
            found[name] = [read(n) for n in nodes]
            took = time.process_time() - start
        print(f"{name:<42} {took / len(nodes) * 1000:.3f} ms CPU per document")
    store_way, sparql_way, _ = found.values()
    same = sum(
        1 for a, b in zip(store_way, sparql_way, strict=True) if b is not None and set(a) == set(b)
    )
    print(f"same quads for {same} of {len(nodes)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
