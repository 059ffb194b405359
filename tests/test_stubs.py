"""Stubs are stated once, in the release's stubs graph, and listed for curation.

A small collection names one unknown person in 30 documents, in three spellings; two builds of
it, the store, the example queries, the describe of a stub, and ``linkeddata authorities``
(its listing, its skeleton, and the skeleton moved into the authority file).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from live import build_release
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

from linkeddata.build.builder import Build
from linkeddata.cli import main
from linkeddata.iris import Iris
from linkeddata.mapping.stubs import SAMPLE, Stub, Stubs
from linkeddata.shacl.validate import has_violations, load_shapes, validate_graph
from linkeddata.sparql import canned
from linkeddata.store.oxigraph import open_read_only
from linkeddata.vocab import SCHEMA

ROOT = Path(__file__).resolve().parent.parent
IRIS = Iris("http://127.0.0.1:8080/")
IVAN = IRIS.entity("person", "ivan-testovic")
KIM = IRIS.entity("person", "test-kim")
STUBS = IRIS.graph("stubs")
NOTES = 28


def collection(folder: Path) -> Path:
    """28 notes from Ivan Testović, one from IVAN TESTOVIĆ to Test Kim, one back to him (as
    Ivan Testovic): two spellings, as a name written in capitals is stated in name case."""
    folder.mkdir()
    shutil.copy(ROOT / "documents" / "authorities.ttl", folder)
    for i in range(NOTES):
        (folder / f"{100 + i}.txt").write_text(
            f"**{1950 + i}**\n**Note from Ivan Testović**\n", encoding="utf-8"
        )
    (folder / "200.txt").write_text(
        "**1980**\n**Note from IVAN TESTOVIĆ to Test Kim**\n", encoding="utf-8"
    )
    (folder / "201.txt").write_text(
        "**1981**\n**Letter from Test Kim to Ivan Testovic**\n", encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return collection(tmp_path_factory.mktemp("stubs") / "documents")


@pytest.fixture(scope="module")
def out(documents: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_release(documents, tmp_path_factory.mktemp("stubs-release"))


@pytest.fixture(scope="module")
def store(out: Path) -> ox.Store:
    return ox.Store.read_only(str(out / "store"))


def count(store: ox.Store, query: str) -> int:
    [row] = list(store.query(query))  # type: ignore[union-attr]
    return int(row["n"].value)


# --- gathering ------------------------------------------------------------------------------


def test_merged_chunks_give_what_one_pass_gives() -> None:
    stub = "http://ex.org/id/person/kim"
    written = {str(i): [Stub(stub, "person", "KIM" if i % 3 else "Kim")] for i in range(25)}
    whole, parts = Stubs(), [Stubs(), Stubs()]
    for i, stubs in written.items():
        whole.add(i, stubs)
        parts[int(i) % 2].add(i, stubs)
    merged = Stubs()
    for part in parts:
        merged.update(part)
    assert merged.entries() == whole.entries()
    [entry] = whole.entries()
    assert entry.labels == ("KIM", "Kim")  # the most written name is preferred
    assert entry.documents == 25
    assert entry.sample == tuple(str(i) for i in range(SAMPLE))


def test_the_stubs_graph_conforms_to_the_shapes() -> None:
    """Several spellings of a name: one skos:prefLabel per language, as the shapes ask."""
    stubs = Stubs()
    stubs.add("1", [Stub(IVAN, "person", "Ivan Testović"), Stub(KIM, "person", "Test Kim")])
    stubs.add("2", [Stub(IVAN, "person", "IVAN TESTOVIĆ")])
    stubs.add("3", [Stub(IVAN, "person", "Ivan Testović")])
    graph = stubs.graph(IRIS)
    results, _ = validate_graph(graph, load_shapes())
    assert not has_violations(results)
    assert set(graph.objects(URIRef(IVAN), SKOS.prefLabel)) == {Literal("Ivan Testović", lang="en")}
    assert set(graph.objects(URIRef(IVAN), SKOS.altLabel)) == {Literal("IVAN TESTOVIĆ", lang="en")}


# --- the release ----------------------------------------------------------------------------


def test_a_stub_named_by_many_documents_is_described_once(store: ox.Store) -> None:
    labels = f"""SELECT (COUNT(*) AS ?n) WHERE {{
        GRAPH ?g {{ <{IVAN}> <{SKOS.prefLabel}>|<{SKOS.altLabel}> ?label }} }}"""
    assert count(store, labels) == 2  # two spellings, each stated once (none in capitals)
    types = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ <{IVAN}> a ?type }} }}"
    assert count(store, types) == 2  # foaf:Person, schema:Person
    graphs = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ <{IVAN}> ?p ?o }} }}"
    assert count(store, graphs) == 1
    assert store.query(f"ASK {{ GRAPH <{STUBS}> {{ <{IVAN}> a <{FOAF.Person}> }} }}")
    links = f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?d ?p <{IVAN}> }} }}"
    assert count(store, links) == NOTES + 2  # the documents keep their links


def test_stub_iris_are_the_same_in_two_builds(
    documents: Path, store: ox.Store, tmp_path: Path
) -> None:
    again = ox.Store.read_only(str(build_release(documents, tmp_path / "again") / "store"))
    query = f"SELECT DISTINCT ?s WHERE {{ GRAPH <{STUBS}> {{ ?s ?p ?o }} }} ORDER BY ?s"
    first = [row["s"].value for row in store.query(query)]  # type: ignore[union-attr]
    second = [row["s"].value for row in again.query(query)]  # type: ignore[union-attr]
    assert first == second == [IVAN, KIM]


def test_the_stubs_graph_is_validated_and_reported(out: Path) -> None:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    [entry] = [f for f in manifest["files"] if f["kind"] == "stubs"]
    assert entry["file"] == "graph/stubs"
    assert entry["status"] == "published"
    assert entry["triples"] == 2 * 2 + 2 + 1  # two people, typed twice; three labels


def test_the_describe_of_a_stub_reads_one_copy(out: Path) -> None:
    """Its own statements come from the stubs graph alone, not from each document naming it."""
    described = open_read_only(out / "store").describe(IVAN)
    assert described is not None
    assert {q.graph_name for q in described.quads} == {ox.NamedNode(STUBS)}
    assert len(described.quads) == 4  # two types, a preferred and another label
    assert described.incoming_total == 2 * (NOTES + 2)  # rico:hasSender and schema:sender


def test_the_example_queries_see_a_stub_once(store: ox.Store) -> None:
    people = store.query(canned.load()["people"].text)
    rows = [r for r in people if r["person"].value == IVAN]  # type: ignore[union-attr]
    assert [(r["name"].value, r["documents"].value) for r in rows] == [
        ("Ivan Testović", str(NOTES + 2))
    ]
    graph = store.query(canned.load()["correspondence-graph"].text)
    named = {
        t.object.value
        for t in graph  # type: ignore[union-attr]
        if t.subject.value == KIM and t.predicate.value.endswith("label")
    }
    assert named == {"Test Kim"}


# --- linkeddata authorities -----------------------------------------------------------------


def test_authorities_lists_the_stubs_of_the_release_most_named_first(out: Path) -> None:
    result = CliRunner().invoke(main, ["authorities", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "documents\tkind\tlabel\tiri",
        f"{NOTES + 2}\tperson\tIvan Testović\t{IVAN}",
        f"2\tperson\tTest Kim\t{KIM}",
    ]
    assert "2 stubs" in result.stderr


def test_authorities_of_a_fresh_parse_agree_with_the_release(documents: Path, out: Path) -> None:
    fresh = CliRunner().invoke(main, ["authorities", str(documents)])
    built = CliRunner().invoke(main, ["authorities", "--out", str(out)])
    assert fresh.exit_code == built.exit_code == 0
    assert fresh.stdout == built.stdout


def test_authorities_without_a_release(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["authorities", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "no release here" in result.stderr


def test_the_skeleton_grows_the_authority_file(documents: Path, out: Path, tmp_path: Path) -> None:
    skeleton = tmp_path / "stubs.ttl"
    result = CliRunner().invoke(main, ["authorities", "--out", str(out), "--write", str(skeleton)])
    assert result.exit_code == 0, result.output
    text = skeleton.read_text(encoding="utf-8")
    assert "# skos:exactMatch wd:Q" in text
    parsed = Graph().parse(data=text, format="turtle", publicID=IRIS.id_base)
    ivan = URIRef(IVAN)
    assert set(parsed.objects(ivan, RDF.type)) == {FOAF.Person, SCHEMA.Person}
    assert list(parsed.objects(ivan, SKOS.prefLabel)) == [Literal("Ivan Testović", lang="en")]
    assert list(parsed.objects(ivan, SKOS.altLabel)) == [Literal("Ivan Testovic", lang="en")]
    [note] = parsed.objects(ivan, SKOS.note)
    assert str(note).startswith(f"Named by {NOTES + 2} documents, among them 100, 101, ")
    declared = {line.split()[1] for line in text.splitlines() if line.startswith("@prefix")}
    assert declared == {"foaf:", "schema:", "skos:", "wd:"}

    grown = tmp_path / "grown"
    shutil.copytree(documents, grown)
    with open(grown / "authorities.ttl", "a", encoding="utf-8") as authority:
        authority.write("\n" + text)
    build = Build(grown, tmp_path / "grown-out", workers=1)
    result_ = build.run()
    assert result_.published
    assert len(build.stubs) == 0
    assert not [w for r in result_.reports for w in r.warnings if "stub" in w["message"]]
    linked = ox.Store.read_only(str(tmp_path / "grown-out" / "store"))
    sender = f"<{IRIS.document('100')}> <{SCHEMA.sender}> <{IVAN}>"
    assert linked.query(f"ASK {{ GRAPH <{IRIS.document_graph('100')}> {{ {sender} }} }}")
    assert linked.query(f"ASK {{ GRAPH <{IRIS.graph('authorities')}> {{ <{IVAN}> ?p ?o }} }}")
    assert not linked.query(f"ASK {{ GRAPH <{STUBS}> {{ ?s ?p ?o }} }}")
