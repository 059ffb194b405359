"""A resource's own statements in a release's Oxigraph store, each in the named graphs that
state it, at most :data:`~linkeddata.store.description.GRAPHS_SHOWN` of them.

One index lookup per subject (a document: ~30 quads, ~0.4 ms), in the named graphs, so that
each statement keeps its graph. A stub entity (a name missing from the authority file) is
described once, in the stubs graph, however many documents name it; the converter is typed and
labelled again in every document graph: past :data:`SCAN` quads, each statement is read once
from the default graph (the merge of the named graphs, written by the build) and its graphs
looked up (describing the converter read 9,000 quads at 3,000 documents, 0.45 s).

In a release's store the default graph is the merge of the named graphs (``merged``), so a
subject that a single named graph describes (a document, in its own graph) is read from that
graph alone: its named graph is asked first (a query that decodes no statement), and the
default graph's copies of its statements, half of what a scan of every graph decodes, are
never read (a third of a document's description).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

import pyoxigraph as ox

from .description import GRAPHS_SHOWN

__all__ = ["SCAN", "own_quads"]

SCAN = 100
"""Quads of one subject read in one scan; a subject with more is read statement by statement."""

_MERGE = ox.DefaultGraph()
_S = ox.Variable("s")
_GRAPHS = "SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 2"


def own_quads(
    store: ox.Store, node: ox.NamedNode, *, merged: bool = False
) -> tuple[tuple[ox.Quad, ...], bool]:
    """Quads of ``node`` and of the fragment IRIs (``{node}#...``) reachable from it, sorted,
    and whether a statement is made in more graphs than are given; ``merged``: the store's
    default graph is the merge of its named graphs, each statement once (a release's)."""
    prefix = f"{node.value}#"
    found: list[ox.Quad] = []
    todo, seen, more = [node], {node}, False
    while todo:
        subject = todo.pop()
        alone = _in_one_graph(store, subject) if merged else None
        quads, capped = (alone, False) if alone is not None else _subject_quads(store, subject)
        more = more or capped
        found.extend(quads)
        for quad in quads:
            target = quad.object
            if (
                isinstance(target, ox.NamedNode)
                and target not in seen
                and target.value.startswith(prefix)
            ):
                seen.add(target)
                todo.append(target)
    return tuple(sorted(found, key=str)), more


def _in_one_graph(store: ox.Store, subject: ox.NamedNode) -> list[ox.Quad] | None:
    """The quads of ``subject`` if one named graph makes all its statements and a scan of
    every graph would read at most :data:`SCAN` quads (so that :func:`_subject_quads` gives
    the same: the named quads, and no default graph's copy, which the merge makes of each);
    None otherwise."""
    graphs = [row[0] for row in _graphs(store, subject)]  # read in full (.thread_bound)
    if len(graphs) != 1:
        return None
    quads = list(islice(store.quads_for_pattern(subject, None, None, graphs[0]), SCAN // 2 + 1))
    return quads if 2 * len(quads) <= SCAN else None


def _graphs(store: ox.Store, subject: ox.NamedNode) -> ox.QuerySolutions:
    """The named graphs stating something about ``subject``: none, one, or two of them."""
    rows = store.query(_GRAPHS, substitutions={_S: subject})
    assert isinstance(rows, ox.QuerySolutions)
    return rows


def _subject_quads(store: ox.Store, subject: ox.NamedNode) -> tuple[list[ox.Quad], bool]:
    """A subject's statements, each in its first :data:`GRAPHS_SHOWN` named graphs (in
    the store's order), or in the default graph alone if no named graph makes it.

    The default graph holds each statement once: past :data:`SCAN` quads, the statements
    come from there and only their first graphs are looked up, so the cost is bounded by
    the statements, not by the graphs repeating them.
    """
    quads = list(islice(store.quads_for_pattern(subject, None, None, None), SCAN + 1))
    if len(quads) > SCAN:
        merged = list(store.quads_for_pattern(subject, None, None, _MERGE))  # .thread_bound
        quads = [
            quad
            for m in merged
            for quad in islice(
                store.quads_for_pattern(m.subject, m.predicate, m.object, None),
                GRAPHS_SHOWN + 2,  # the default graph's copy, and one graph too many
            )
        ]
    return _shown(quads)


def _shown(quads: Iterable[ox.Quad]) -> tuple[list[ox.Quad], bool]:
    """``quads`` less the default graph's copies of statements that named graphs make, each
    statement in its first :data:`GRAPHS_SHOWN` graphs; and whether any was in more.

    A statement is keyed by its terms, not by the ``ox.Triple`` a quad makes of them: making
    that object for every quad was a fifth of describing a document."""
    graphs: dict[tuple[object, object, object], int] = {}
    named: list[ox.Quad] = []
    merged: list[ox.Quad] = []
    more = False
    for quad in quads:
        subject, predicate, value, graph = quad
        if type(graph) is ox.DefaultGraph:
            merged.append(quad)
            continue
        statement = (subject, predicate, value)
        count = graphs.get(statement, 0) + 1
        graphs[statement] = count
        if count <= GRAPHS_SHOWN:
            named.append(quad)
        else:
            more = True
    return named + [q for q in merged if (q[0], q[1], q[2]) not in graphs], more
