"""The store of an incremental release: a checkpoint of the previous store with graphs
replaced holds what a load of the new graphs holds, the merged default graph included."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from linkeddata.build.graph_digests import GraphDigests
from linkeddata.build.store_checkpoint import StorePatch, checkpoint, replace_graphs
from linkeddata.release.layout import Release

EX = "http://example.org/"
NQ = ox.RdfFormat.N_QUADS


def graph(name: str, *statements: str) -> list[ox.Quad]:
    data = "".join(f"{s} <{EX}{name}> .\n" for s in statements).encode()
    return list(ox.parse(data, format=NQ))


def lines(quads: list[ox.Quad]) -> list[bytes]:
    """The N-Quads lines of ``quads``, as the build writes them."""
    return (ox.serialize(quads, format=NQ) or b"").splitlines(keepends=True)


def loaded(path: Path, graphs: dict[str, list[ox.Quad]]) -> ox.Store:
    """What a full build loads: every graph, and each statement once in the default graph."""
    store = ox.Store(str(path))
    for quads in graphs.values():
        store.extend(quads)
        store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    store.flush()
    return store


def contents(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


SHARED = f'<{EX}place> <{EX}label> "Pyongyang"'
A = f"<{EX}a> <{EX}mentions> <{EX}place>"
B = f"<{EX}b> <{EX}mentions> <{EX}place>"
C = f"<{EX}c> <{EX}mentions> <{EX}place>"


def test_replaced_graphs_keep_the_merge_exact(tmp_path: Path) -> None:
    before = {"g1": graph("g1", A, SHARED), "g2": graph("g2", B, SHARED), "g3": graph("g3", C)}
    previous = loaded(tmp_path / "previous", before)
    del previous
    checkpoint(tmp_path / "previous", tmp_path / "patched")
    store = ox.Store(str(tmp_path / "patched"))
    after = {
        "g2": graph("g2", B),  # drops the shared label, still stated by g1... which goes:
        "g3": graph("g3", C, SHARED),  # ... and g3 now states it
        "g4": graph("g4", f"<{EX}d> <{EX}mentions> <{EX}nowhere>"),
    }
    affected: set[str] = set()
    changes = {f"{EX}g1": [], **{f"{EX}{k}": lines(v) for k, v in after.items()}}
    changed = replace_graphs(store, changes, affected)
    assert changed == 4
    assert contents(store) == contents(loaded(tmp_path / "full", after))
    assert affected == {f"{EX}a", f"{EX}place", f"{EX}d"}
    assert contents(ox.Store.read_only(str(tmp_path / "previous"))) == contents(
        loaded(tmp_path / "again", before)
    )  # the checkpoint shares files with the previous store, which stays as it was


def test_a_statement_no_graph_states_any_more_leaves_the_merge(tmp_path: Path) -> None:
    store = loaded(tmp_path / "s", {"g1": graph("g1", A, SHARED), "g2": graph("g2", SHARED)})
    replace_graphs(store, {f"{EX}g1": lines(graph("g1", A)), f"{EX}g2": []})
    default = {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert default == {str(q.triple) for q in graph("g1", A)}
    assert {g.value for g in store.named_graphs()} == {f"{EX}g1"}


def test_the_graph_of_a_line_is_its_last_term() -> None:
    line = b'<http://s> <http://p> "a <b> . <c>" <http://example.org/g> .\n'
    patch = StorePatch(Release(Path("/nowhere")), Path("/nowhere"), {}, str, GraphDigests())
    patch.write(line)
    assert patch._static == {"http://example.org/g": [line]}


def test_digests_are_per_graph_however_the_lines_come() -> None:
    one = [f'<{EX}s> <{EX}p> "{n}" <{EX}g{n % 2}> .\n'.encode() for n in range(4)]
    mixed, apart = GraphDigests(), GraphDigests()
    mixed.add(b"".join(one))
    apart.add(one[0] + one[2])
    apart.add(one[1] + one[3])
    assert mixed.hexdigests() == apart.hexdigests()
    assert len(mixed.hexdigests()) == 2


def test_known_lines_are_not_read_from_the_store(tmp_path: Path) -> None:
    store = loaded(tmp_path / "s", {"g1": graph("g1", A)})
    said = lines(graph("g1", A, B))  # what the previous build recorded: taken at its word
    assert replace_graphs(store, {f"{EX}g1": lines(graph("g1", A))}, old={f"{EX}g1": said}) == 1
    assert replace_graphs(store, {f"{EX}g1": lines(graph("g1", A))}) == 0  # the store: as said


def test_graph_files_are_kept_by_digest_and_replaced_by_the_next_build(tmp_path: Path) -> None:
    folder = tmp_path / "graphs"
    first = GraphDigests(folder)
    first.add(b"".join(lines(graph("g1", A, SHARED))))
    first.add(b"".join(lines(graph("g2", B))))
    digests = first.hexdigests()
    first.keep()
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{d}.nq" for d in digests.values())
    assert first.previous(digests[f"{EX}g1"]) == lines(graph("g1", A, SHARED))

    failed = GraphDigests(folder)
    failed.add(b"".join(lines(graph("g1", C))))
    failed.discard()
    (folder / "7.partial").write_bytes(b"left by a killed build")
    second = GraphDigests(folder)  # the killed build's file goes
    second.add(b"".join(lines(graph("g1", C))))
    second.keep()
    assert [p.name for p in folder.iterdir()] == [f"{second.hexdigests()[f'{EX}g1']}.nq"]
