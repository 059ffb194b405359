"""The release folder and its manifest (:mod:`linkeddata.release.layout`), and the one census
that every count on the site comes from, checked against SPARQL counts on the store."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient
from live import build_release, two_seeds
from rdflib import Graph, URIRef
from rdflib.namespace import VOID

from linkeddata.errors import ReleaseError
from linkeddata.release.layout import Census, DumpFile, Manifest, Release
from linkeddata.release.switch import current
from linkeddata.web import create_app

BASE = "http://127.0.0.1:8080/"
DATASET = URIRef(f"{BASE}id/dataset")

MANIFEST = Manifest(
    release="20260101T000000Z-abc",
    built=datetime(2026, 1, 1, tzinfo=UTC),
    converter="0.1.0",
    base=BASE,
    artefacts="0" * 64,
    census=Census(documents=2, entities=3, quads=10, triples=8, wikidata_links=1, example=None),
    dumps=(DumpFile("dataset.nq.gz", "application/n-quads", 123, "f" * 64),),
    outcome={"files": 2, "published": 2},
    files=({"file": "a.txt", "status": "published"},),
    timings={"total": 1.5},
)


# --- the manifest -----------------------------------------------------------------------------


def test_manifest_round_trips_through_its_file(tmp_path: Path) -> None:
    release = Release(tmp_path)
    release.write_manifest(MANIFEST)
    assert release.read_manifest() == MANIFEST
    assert not list(tmp_path.glob(".*.partial"))


def test_manifest_lists_a_file_a_line_and_round_trips_whatever_its_strings(
    tmp_path: Path,
) -> None:
    release = Release(tmp_path)
    files = ({"file": "a.txt", "status": "published"}, {"file": "b.txt", "status": "error"})
    odd = replace(MANIFEST, files=files, dataset={"title": "\x00files\x00"})
    release.write_manifest(odd)
    assert release.read_manifest() == odd
    plain = replace(MANIFEST, files=files)
    release.write_manifest(plain)
    assert release.read_manifest() == plain
    text = release.manifest_file.read_text(encoding="utf-8")
    assert '    {"file": "b.txt", "status": "error"}\n  ]' in text


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "no manifest"),
        ("{not json", "cannot read the manifest"),
        ('{"release": "r"}', "not a manifest of this version (KeyError"),
        (b"\xff\xfe", "cannot read the manifest"),
    ],
)
def test_unreadable_manifest_names_the_file(
    tmp_path: Path, content: str | bytes | None, says: str
) -> None:
    release = Release(tmp_path)
    if isinstance(content, str):
        release.manifest_file.write_text(content)
    elif content is not None:
        release.manifest_file.write_bytes(content)
    with pytest.raises(ReleaseError) as raised:
        release.read_manifest()
    assert str(raised.value).startswith(f"{release.manifest_file}: ")
    assert says in str(raised.value)


def test_only_listed_dumps_have_a_path(tmp_path: Path) -> None:
    release = Release(tmp_path)
    assert release.listed_dump(MANIFEST, "dataset.nq.gz") is None, "listed, but not written"
    release.dumps.mkdir()
    release.dump("nq").write_bytes(b"")
    assert release.listed_dump(MANIFEST, "dataset.nq.gz") == release.dump("nq")
    for name in ("dataset.ttl.gz", "../manifest.json", "manifest.json", ""):
        assert release.listed_dump(MANIFEST, name) is None


def test_a_manifest_without_the_merge_says_so(tmp_path: Path) -> None:
    release = Release(tmp_path)
    data = MANIFEST.to_json()
    del data["defaultGraph"]
    release.manifest_file.write_text(json.dumps(data))
    assert release.read_manifest() == replace(MANIFEST, default_graph="")


# --- the census against the store -------------------------------------------------------------


@pytest.fixture(scope="module")
def two_documents(tmp_path_factory: pytest.TempPathFactory) -> Release:
    """The seed and a copy under another id: graphs that make some statements alike, so the
    quads of the release outnumber the distinct triples of their merge."""
    documents = two_seeds(tmp_path_factory.mktemp("two") / "documents")
    out = build_release(documents, tmp_path_factory.mktemp("two-release"))
    release = current(out)
    assert release is not None
    return release


def count(release: Release, where: str) -> int:
    store = ox.Store.read_only(str(release.store))
    solutions = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    assert isinstance(solutions, ox.QuerySolutions)
    value = next(iter(solutions))["n"]
    assert isinstance(value, ox.Literal)
    return int(value.value)


def test_census_counts_what_sparql_counts(two_documents: Release) -> None:
    census = two_documents.read_manifest().census
    assert census.quads == count(two_documents, "GRAPH ?g { ?s ?p ?o }")
    assert census.triples == count(two_documents, "?s ?p ?o")
    assert census.quads > census.triples  # the two documents share statements
    graphs = f'GRAPH ?g {{}} FILTER STRSTARTS(STR(?g), "{BASE}graph/document/")'
    assert census.documents == 2 == count(two_documents, f"SELECT DISTINCT ?g {{ {graphs} }}")
    described = f"""SELECT DISTINCT ?s {{ GRAPH ?g {{ ?s a ?type }}
        FILTER (STRSTARTS(STR(?s), "{BASE}id/")
                && ?g NOT IN (<{BASE}graph/dataset>, <{BASE}graph/report>)) }}"""
    assert census.entities == count(two_documents, described)
    links = f"""GRAPH ?g {{ ?s <http://www.w3.org/2004/02/skos/core#exactMatch> ?o }}
        FILTER (STRSTARTS(STR(?o), "http://www.wikidata.org/")
                && ?g NOT IN (<{BASE}graph/dataset>, <{BASE}graph/report>))"""
    assert census.wikidata_links == count(two_documents, links) > 0


def test_dump_lines_are_the_census(two_documents: Release) -> None:
    census = two_documents.read_manifest().census
    assert _lines(two_documents.dump("nq")) == census.quads
    assert _lines(two_documents.dump("nt")) == census.triples


def _lines(path: Path) -> int:
    with gzip.open(path, "rb") as data:
        return sum(1 for _ in data)


# --- every count the site shows is the census's ----------------------------------------------


@pytest.fixture(scope="module")
def client(two_documents: Release) -> Iterator[FlaskClient]:
    out = two_documents.folder.parent.parent
    app = create_app(out, config={"SPARQL_SANDBOX": False})
    yield app.test_client()
    app.extensions["linkeddata.sparql"].close()


def _cell(page: str, header: str) -> int:
    found = re.search(rf"<th>{re.escape(header)}[^<]*</th><td>(?:<a [^>]*>)?(\d+)", page)
    assert found, header
    return int(found.group(1))


def test_home_page_counts_are_the_census(client: FlaskClient, two_documents: Release) -> None:
    census = two_documents.read_manifest().census
    page = client.get("/", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert _cell(page, "documents") == census.documents
    assert _cell(page, "entities") == census.entities
    assert _cell(page, "triples (distinct") == census.triples
    assert _cell(page, "quads") == census.quads


def test_dumps_page_counts_are_the_census(client: FlaskClient, two_documents: Release) -> None:
    census = two_documents.read_manifest().census
    page = client.get("/dumps/").get_data(as_text=True)
    assert f"{census.quads} statements in named graphs" in page
    assert f"{census.triples} distinct triples" in page


def test_void_counts_are_the_census(client: FlaskClient, two_documents: Release) -> None:
    census = two_documents.read_manifest().census
    served = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    void = Graph().parse(data=served.get_data(as_text=True), format="turtle")
    assert int(void.value(DATASET, VOID.triples)) == census.triples
    assert int(void.value(DATASET, VOID.documents)) == census.documents
    assert int(void.value(DATASET, VOID.entities)) == census.entities
    assert len(list(void.objects(DATASET, VOID.triples))) == 1


def test_service_description_counts_the_merge(client: FlaskClient, two_documents: Release) -> None:
    census = two_documents.read_manifest().census
    served = client.get("/sparql", headers={"Accept": "text/turtle"})
    description = Graph().parse(data=served.get_data(as_text=True), format="turtle")
    assert {int(n) for n in description.objects(None, VOID.triples)} == {census.triples}
