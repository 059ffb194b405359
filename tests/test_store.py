"""The store layer under the server: one release, read on disk and from its dump in memory.

Both stores must say the same thing about every resource, so descriptions are compared as
sets of quads and triples (never as strings), and the seed's own statements are checked
against the reviewed golden graph by isomorphism.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from golden import GOLDEN
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, SKOS, VOID

from linkeddata.release.layout import DEFAULT_GRAPH, Release
from linkeddata.store import (
    GRAPHS_SHOWN,
    KINDS,
    MAX_PAGE,
    Description,
    Store,
    display_label,
    open_store,
)
from linkeddata.store.own_statements import SCAN, own_quads
from linkeddata.store.oxigraph import open_read_only
from linkeddata.vocab import RICO, SCHEMA, WD
from linkeddata.web import pages
from linkeddata.web.links import Links
from linkeddata.web.negotiation import representations
from linkeddata.web.pages import sections
from linkeddata.web.published import open_release

BASE = "http://127.0.0.1:8080/"
DOC = f"{BASE}id/document/116702"
TRANSLATION = f"{DOC}/translation/en"
PYONGYANG = f"{BASE}id/place/pyongyang"
TELEGRAM = f"{BASE}id/concept/document-type/telegram"
DATASET = f"{BASE}id/dataset"
DOC_GRAPH = f"{BASE}graph/document/116702"
DESCRIBED = (DOC, TRANSLATION, PYONGYANG, TELEGRAM, DATASET, DOC_GRAPH)


@pytest.fixture(scope="module")
def disk(release: Path) -> Store:
    return open_store("oxigraph", release / "store")


@pytest.fixture(scope="module")
def memory(release: Path) -> Store:
    return open_store("memory", release / "dumps" / "dataset.nq.gz")


@pytest.fixture(params=["oxigraph", "memory"])
def store(request: pytest.FixtureRequest, disk: Store, memory: Store) -> Store:
    return disk if request.param == "oxigraph" else memory


def described(store: Store, iri: str) -> Description:
    description = store.describe(iri)
    assert description is not None, iri
    return description


def snapshot(d: Description) -> tuple[object, ...]:
    """Everything a description says, as sets: equal snapshots mean equal descriptions."""
    linked = {iri: frozenset(link.triples) for iri, link in d.linked.items()}
    return (set(d.quads), linked, set(d.incoming), d.incoming_total)


def rdflib_graph(triples: Iterator[ox.Triple] | tuple[ox.Triple, ...]) -> Graph:
    data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES) or b""
    return Graph().parse(data=data, format="nt")


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    if not isomorphic(actual, expected):
        _both, only_actual, only_expected = graph_diff(
            to_isomorphic(actual), to_isomorphic(expected)
        )
        pytest.fail(
            "graphs differ\n--- only in the store:\n"
            + only_actual.serialize(format="nt")
            + "--- only in the golden file:\n"
            + only_expected.serialize(format="nt")
        )


def pairs(d: Description) -> set[tuple[str, str]]:
    return {(s.value, p.value) for s, p in d.incoming}


# --- Both stores agree ------------------------------------------------------------------------


@pytest.mark.parametrize("iri", DESCRIBED)
def test_disk_and_memory_describe_alike(disk: Store, memory: Store, iri: str) -> None:
    assert snapshot(described(disk, iri)) == snapshot(described(memory, iri))


@pytest.mark.parametrize("kind", KINDS)
def test_disk_and_memory_count_alike(disk: Store, memory: Store, kind: str) -> None:
    assert disk.count(kind) == memory.count(kind)


@pytest.mark.parametrize("kind", KINDS)
def test_the_listings_the_build_wrote_are_read_not_queried(
    release: Path, memory: Store, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server reads the release's ``lists/`` (sorting 100,000 documents by SPARQL took
    seconds); they hold what SPARQL finds, in the same order, with the same labels."""
    disk = open_store("oxigraph", release / "store")

    def refused(sparql: str, **options: object) -> None:
        raise AssertionError(f"a listing was queried: {sparql}")

    monkeypatch.setattr(disk, "query", refused)
    assert disk.listing(kind) == memory.listing(kind)
    assert disk.page(kind, limit=MAX_PAGE).entries == memory.page(kind, limit=MAX_PAGE).entries


# --- describe() -------------------------------------------------------------------------------


def test_seed_statements_are_the_golden_ones(store: Store) -> None:
    golden = Graph().parse(GOLDEN)
    expected = Graph()
    for triple in golden.triples((URIRef(DOC), None, None)):
        expected.add(triple)
    assert_isomorphic(rdflib_graph(described(store, DOC).triples), expected)


def test_seed_description(store: Store) -> None:
    d = described(store, DOC)
    assert str(RICO.Record) in d.types
    assert d.label == "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
    assert d.graphs == (DOC_GRAPH,)
    assert d.link_label(PYONGYANG) == "Pyongyang"
    assert d.linked[PYONGYANG].types == (str(SCHEMA.Place),)
    assert d.link_label(f"{BASE}id/person/popa-n") == "N. Popa"
    assert d.link_label(TELEGRAM) == "telegram"
    # IRIs the release only points to are not described, so they have no entry
    assert "https://digitalarchive.wilsoncenter.org/document/116702" not in d.linked
    assert "http://id.loc.gov/vocabulary/iso639-2/rum" not in d.linked
    assert {(TRANSLATION, str(SCHEMA.translationOfWork)), (DATASET, str(VOID.exampleResource))} <= (
        pairs(d)
    )
    assert d.incoming_total == len(d.incoming)
    assert not d.truncated


def test_translation_includes_its_fragment(store: Store) -> None:
    d = described(store, TRANSLATION)
    expected = Graph()
    golden = Graph().parse(GOLDEN)
    for subject in (TRANSLATION, f"{TRANSLATION}#credit"):
        for triple in golden.triples((URIRef(subject), None, None)):
            expected.add(triple)
    assert_isomorphic(rdflib_graph(d.triples), expected)
    assert d.link_label(f"{BASE}id/person/gheorghe-eliza") == "Eliza Gheorghe"
    assert f"{TRANSLATION}#credit" not in d.linked  # part of the description itself
    assert (DOC, str(SCHEMA.workTranslation)) in pairs(d)


def test_place_lists_the_documents_that_name_it(store: Store) -> None:
    d = described(store, PYONGYANG)
    assert d.label == "Pyongyang"  # English before Korean and Romanian
    assert d.graphs == (f"{BASE}graph/authorities",)
    assert ox.NamedNode(str(WD.Q18808)) in d.objects(str(SKOS.exactMatch))
    assert str(WD.Q18808) not in d.linked
    assert {(DOC, str(SCHEMA.locationCreated)), (DOC, str(SCHEMA.mentions))} <= pairs(d)


def test_concept(store: Store) -> None:
    d = described(store, TELEGRAM)
    assert d.graphs == (f"{BASE}graph/concepts",)
    assert d.label == "telegram"
    assert d.link_label(f"{BASE}id/concept/document-type") == "Document types"
    assert (DOC, str(DCTERMS.type)) in pairs(d)


def test_dataset(store: Store) -> None:
    d = described(store, DATASET)
    assert {str(VOID.Dataset), str(DCAT.Dataset)} <= set(d.types)
    assert d.graphs == (f"{BASE}graph/dataset",)
    assert d.label == "Archival documents from the Wilson Center Digital Archive, as Linked Data"
    assert any(t.subject.value == f"{DATASET}#wikidata-links" for t in d.triples)
    assert d.link_label(DOC) == described(store, DOC).label


def test_graph_describes_its_provenance(store: Store) -> None:
    d = described(store, DOC_GRAPH)
    subjects = {t.subject.value for t in d.triples}
    assert subjects == {
        DOC_GRAPH,
        f"{DOC_GRAPH}#source",
        f"{DOC_GRAPH}#source-sha256",
        f"{DOC_GRAPH}#conversion",
    }


def test_incoming_links_are_capped_and_counted(store: Store) -> None:
    everything = described(store, PYONGYANG)
    assert everything.incoming_total >= 2
    capped = store.describe(PYONGYANG, incoming_limit=1)
    assert capped is not None
    assert len(capped.incoming) == 1
    assert capped.incoming_total == everything.incoming_total
    assert capped.truncated
    none = store.describe(PYONGYANG, incoming_limit=0)
    assert none is not None
    assert none.incoming == ()
    assert none.truncated
    with pytest.raises(ValueError, match="negative"):
        store.describe(PYONGYANG, incoming_limit=-1)


@pytest.mark.parametrize(
    "iri",
    [f"{BASE}id/document/0", f"{BASE}id/place/atlantis", str(WD.Q18808), "urn:x-nothing:1"],
)
def test_unknown_or_object_only_iri_is_not_found(store: Store, iri: str) -> None:
    assert store.describe(iri) is None
    assert not store.exists(iri)


def test_exists(store: Store) -> None:
    assert all(store.exists(iri) for iri in DESCRIBED)


# --- Hostile input ----------------------------------------------------------------------------

MALICIOUS = [
    f"{DOC}> ?p ?o }} ; DROP ALL ; #",
    f"{DOC} ",
    f'{DOC}" .',
    f"{DOC}\n<x>",
    f"{DOC}{{x}}",
    f"{DOC}\\u003E",
    "document/116702",
    "",
]


@pytest.mark.parametrize("iri", MALICIOUS)
def test_malicious_iris_are_rejected(store: Store, iri: str) -> None:
    for call in (store.describe, store.exists, store.label, store.graph_triples):
        with pytest.raises(ValueError, match="IRI"):
            call(iri)
    with pytest.raises(ValueError, match="IRI"):
        store.labels([PYONGYANG, iri])


def test_odd_but_valid_iri_never_reaches_sparql_text(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    odd = f"{BASE}id/x?q=1;DROP(ALL)'--#frag"
    seen: list[str] = []
    real = store.query

    def recording(sparql: str, **options: object) -> object:
        seen.append(sparql)
        return real(sparql, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "query", recording)
    size = store.count("documents")
    assert store.describe(odd) is None
    assert store.label(odd) is None
    assert store.page("documents", after=odd).entries == ()
    assert not any("DROP" in q for q in seen)
    assert store.count("documents") == size


# --- Labels -----------------------------------------------------------------------------------


def test_labels(store: Store) -> None:
    found = store.labels([PYONGYANG, str(WD.Q18808), DOC, PYONGYANG])
    assert found == {PYONGYANG: "Pyongyang", DOC: described(store, DOC).label}
    assert store.label(str(WD.Q18808)) is None


def literal(value: str, language: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=language) if language else ox.Literal(value)


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ([(SKOS.prefLabel, "Phenian", "ro"), (SKOS.prefLabel, "Pyongyang", "en")], "Pyongyang"),
        ([(SKOS.prefLabel, "Phenian", "ro"), (RDFS.label, "P'yŏngyang", None)], "P'yŏngyang"),
        ([(SKOS.prefLabel, "평양", "ko"), (SKOS.prefLabel, "Phenian", "ro")], "Phenian"),
        ([(RDFS.label, "B", "en"), (SKOS.prefLabel, "A", "en-GB")], "A"),
        ([(SKOS.altLabel, "not a display label", "en")], None),
        ([], None),
    ],
)
def test_display_label_preference(
    labels: list[tuple[URIRef, str, str | None]], expected: str | None
) -> None:
    assert display_label((str(p), literal(v, lang)) for p, v, lang in labels) == expected


# --- Listing ----------------------------------------------------------------------------------


def walk(store: Store, kind: str, limit: int) -> list[str]:
    keys: list[str] = []
    after = None
    while True:
        page = store.page(kind, after=after, limit=limit)
        keys += [e.key for e in page.entries]
        if page.next is None:
            return keys
        after = page.next


@pytest.mark.parametrize("kind", list(KINDS))
def test_keyset_paging_is_complete_and_stable(store: Store, kind: str) -> None:
    keys = walk(store, kind, limit=2)
    assert len(keys) == len(set(keys)) == store.count(kind)
    assert keys == walk(store, kind, limit=3)
    by_offset = [
        e.key for i in range(0, len(keys), 2) for e in store.page(kind, offset=i, limit=2).entries
    ]
    assert by_offset == keys


def test_listing_counts_and_labels(store: Store) -> None:
    assert [e.key for e in store.page("documents").entries] == ["116702"]
    places = store.page("places", limit=MAX_PAGE)
    assert (PYONGYANG, "Pyongyang") in {(e.iri, e.label) for e in places.entries}
    assert places.next is None
    for kind in ("persons", "organisations", "places", "concepts", "collections"):
        assert store.count(kind) == len(store.page(kind, limit=MAX_PAGE).entries)
    assert store.count("documents") == 1


def nquads(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def test_documents_are_listed_in_numeric_order() -> None:
    lines = []
    for i in ["9", "10", "100", "2", "x-1"]:
        document = f"<http://ex.org/id/document/{i}>"
        lines += [
            f"{document} <{RDF.type}> <{RICO.Record}> <http://g/{i}> .",
            f'{document} <{DCTERMS.identifier}> "{i}" <http://g/{i}> .',
        ]
    data = nquads(*lines)
    store = open_store("memory", data=data)
    assert walk(store, "documents", limit=2) == ["2", "9", "10", "100", "x-1"]
    assert [e.key for e in store.page("documents", after="9").entries] == ["10", "100", "x-1"]
    assert [e.key for e in store.page("documents", after="9", offset=1, limit=1).entries] == ["100"]
    last = store.page("documents", after="100", limit=1)
    assert [e.key for e in last.entries] == ["x-1"]
    assert last.next is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"kind": "people"}, "unknown kind"),
        ({"kind": "places", "limit": 0}, "limit"),
        ({"kind": "places", "limit": MAX_PAGE + 1}, "limit"),
        ({"kind": "places", "offset": -1}, "offset"),
    ],
)
def test_bad_listing_requests(store: Store, options: dict[str, object], message: str) -> None:
    rest = dict(options)
    kind = str(rest.pop("kind"))
    with pytest.raises(ValueError, match=message):
        store.page(kind, **rest)  # type: ignore[arg-type]


# --- Stubs: one statement in many graphs ------------------------------------------------------


def test_statements_repeated_in_many_graphs_are_read_once() -> None:
    stub = "<http://ex.org/id/person/stub>"
    label = f"<{SKOS.prefLabel}>"
    lines = []
    for i in range(100):  # more copies than the per-pattern read before SPARQL DISTINCT
        graph = f"<http://ex.org/graph/document/{i}>"
        lines += [
            f"{stub} <{RDF.type}> <http://xmlns.com/foaf/0.1/Person> {graph} .",
            f'{stub} {label} "Stub"@en {graph} .',
            f"<http://ex.org/id/document/{i}> <{SCHEMA.mentions}> {stub} {graph} .",
        ]
    store = open_store("memory", data=nquads(*lines))
    d = described(store, "http://ex.org/id/person/stub")
    # each statement in GRAPHS_SHOWN of its 100 graphs, the same ones for both
    assert (len(d.triples), len(d.quads), len(d.graphs)) == (2, 2 * GRAPHS_SHOWN, GRAPHS_SHOWN)
    assert d.more_graphs
    assert (len(d.incoming), d.incoming_total) == (100, 100)
    document = described(store, "http://ex.org/id/document/7")
    assert len(document.linked["http://ex.org/id/person/stub"].triples) == 2
    assert store.label("http://ex.org/id/person/stub") == "Stub"
    assert store.count("persons") == 1
    # the default graph is the merge: a regression test for counts inflated by the copies
    people = "SELECT (COUNT(*) AS ?n) WHERE { ?x a <http://xmlns.com/foaf/0.1/Person> }"
    assert [r["n"].value for r in store.query(people)] == ["1"]  # type: ignore[index,union-attr]
    in_graphs = people.replace("?x a", "GRAPH ?g { ?x a").replace("Person> }", "Person> } }")
    assert [r["n"].value for r in store.query(in_graphs)] == ["100"]  # type: ignore[index,union-attr]
    assert [
        r["n"].value
        for r in store.query(
            in_graphs.replace("?x a <http://xmlns.com/foaf/0.1/Person>", "?x ?p ?o")
        )
    ] == ["300"]  # type: ignore[index,union-attr]


def stub_in(graphs: int) -> list[str]:
    """N-Quads lines typing and labelling one stub person in each of ``graphs`` graphs."""
    stub = "<http://ex.org/id/person/stub>"
    return [
        line
        for i in range(graphs)
        for line in (
            f"{stub} <{RDF.type}> <http://xmlns.com/foaf/0.1/Person> <http://ex.org/g/{i}> .",
            f'{stub} <{SKOS.prefLabel}> "Stub"@en <http://ex.org/g/{i}> .',
        )
    ]


@pytest.mark.parametrize("graphs", [1, GRAPHS_SHOWN, GRAPHS_SHOWN + 1, 40, 2_000])
def test_a_statement_is_given_in_at_most_graphs_shown_graphs(graphs: int) -> None:
    """Whether the subject is read in one scan (few quads) or statement by statement (many),
    the description is the same rule: each statement in its first GRAPHS_SHOWN graphs."""
    store = open_store("memory", data=nquads(*stub_in(graphs)))
    d = described(store, "http://ex.org/id/person/stub")
    shown = min(graphs, GRAPHS_SHOWN)
    assert (len(d.triples), len(d.quads), len(d.graphs)) == (2, 2 * shown, shown)
    assert d.more_graphs == (graphs > GRAPHS_SHOWN)


def test_a_page_says_that_graphs_were_left_out(app: Flask) -> None:
    stub = "http://ex.org/id/person/stub"
    for graphs, said in ((GRAPHS_SHOWN, False), (GRAPHS_SHOWN + 1, True)):
        store = open_store("memory", data=nquads(*stub_in(graphs)))
        with app.test_request_context("/doc/person/stub"):
            releases = app.extensions["linkeddata"]
            current = releases.acquire()
            release = replace(current, store=store)
            page = pages.resource_page(release, described(store, stub), representations())
            releases.release(current)
        assert ("and others (the SPARQL endpoint lists them all)" in page) is said


class CountingStore:
    """A pyoxigraph store that counts the quads read through ``quads_for_pattern``."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.read = store, 0

    def quads_for_pattern(self, *pattern: object) -> Iterator[ox.Quad]:
        for quad in self.store.quads_for_pattern(*pattern):  # type: ignore[arg-type]
            self.read += 1
            yield quad

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_describing_a_stub_of_every_document_reads_a_bounded_number_of_quads() -> None:
    """The converter and stub places are typed and labelled in every document graph: at
    3,000 documents describing the converter read 9,000 quads (0.45 s)."""
    store = open_store("memory", data=nquads(*stub_in(5_000)))
    counting = CountingStore(store._store)  # type: ignore[attr-defined]
    store._store = counting  # type: ignore[attr-defined]
    d = described(store, "http://ex.org/id/person/stub")
    assert len(d.graphs) == GRAPHS_SHOWN
    assert counting.read <= 200 + 2 * (GRAPHS_SHOWN + 2)


# --- Queries and graphs -----------------------------------------------------------------------


def test_query_sees_the_merge_of_the_graphs(store: Store, release: Path) -> None:
    ask = f"ASK {{ <{DOC}> a <{RICO.Record}> }}"
    assert bool(store.query(ask))
    named = Dataset()
    with gzip.open(release / "dumps" / "dataset.nq.gz") as dump:  # what the graphs say
        named.parse(dump, format="nquads")
    merge = Graph()
    for s, p, o, _ in named.quads():
        merge.add((s, p, o))
    construct = store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert_isomorphic(rdflib_graph(tuple(construct)), merge)  # type: ignore[arg-type]
    count = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert [int(r["n"].value) for r in count] == [len(merge)]  # type: ignore[index,union-attr]
    x = ox.Variable("x")
    rows = store.query(
        "SELECT ?x ?t WHERE { ?x a ?t }",  # pyoxigraph: substituted variables must be selected
        substitutions={ox.Variable("t"): ox.NamedNode(str(RICO.Record))},
    )
    assert [r[x].value for r in rows] == [DOC]  # type: ignore[union-attr]


def test_graph_triples(store: Store) -> None:
    triples = set(store.graph_triples(f"{BASE}graph/dataset"))
    dataset = ox.NamedNode(DATASET)
    assert (
        ox.Triple(dataset, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(VOID.Dataset))) in triples
    )
    assert all(t.subject.value.startswith(f"{BASE}") for t in triples)
    assert set(store.graph_triples(f"{BASE}graph/nothing")) == set()


# --- Opening ----------------------------------------------------------------------------------


def test_open_store_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown store kind"):
        open_store("virtuoso", tmp_path)
    with pytest.raises(ValueError, match="path"):
        open_store("oxigraph")
    with pytest.raises(ValueError, match="not both"):
        open_store("memory", tmp_path / "x.nq", data=b"")
    assert open_store("memory").count("persons") == 0


def test_reading_the_disk_store_changes_nothing(release: Path, disk: Store) -> None:
    before = {p: p.stat().st_mtime_ns for p in (release / "store").resolve().iterdir()}
    disk.describe(DOC)
    disk.count("persons")
    after = {p: p.stat().st_mtime_ns for p in (release / "store").resolve().iterdir()}
    assert after == before


def test_default_graph_statements_have_no_graph_name() -> None:
    store = open_store("memory", data=nquads(f'<http://ex.org/a> <{RDFS.label}> "A" .'))
    d = described(store, "http://ex.org/a")
    assert (d.label, d.graphs) == ("A", ())


def test_triple_terms_are_left_out_of_values_and_shown_on_pages() -> None:
    """RDF 1.2 triple terms have no value (no release states one), and a page shows them in
    N-Triples syntax instead of breaking."""
    quoted = "<<( <http://ex.org/s> <http://ex.org/p> <http://ex.org/o> )>>"
    store = open_store(
        "memory",
        data=nquads(
            f'<http://ex.org/a> <{RDFS.label}> "A" <http://g> .',
            f"<http://ex.org/a> <{RDF.type}> {quoted} <http://g> .",
            f"<http://ex.org/a> <http://ex.org/says> {quoted} <http://g> .",
        ),
    )
    d = described(store, "http://ex.org/a")
    assert len(d.triples) == 3
    assert (d.label, d.types, d.objects("http://ex.org/says")) == ("A", (), [])
    [section] = sections(d.triples, d.iri, {}, Links(BASE, ""))
    shown = {href: values for _curie, href, values in section.properties}
    assert [v.text for v in shown["http://ex.org/says"]] == [quoted]


# --- A release's store: a subject that one named graph describes is read from it alone -------


def _merged_store(*lines: str) -> ox.Store:
    """An ``ox.Store`` of the N-Quads ``lines`` whose default graph is their merge."""
    store = ox.Store()
    store.bulk_load(nquads(*lines), ox.RdfFormat.N_QUADS)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def _document_lines(statements: int, *, graphs: int = 1) -> list[str]:
    """A document with ``statements`` titles and a fragment, in ``graphs`` named graphs."""
    doc = "<http://ex.org/id/document/1>"
    lines = [f"{doc} <{DCTERMS.source}> <http://ex.org/id/document/1#source> ."]
    lines += [f'{doc} <{DCTERMS.title}> "Title {i}" .' for i in range(statements)]
    lines.append(f'<http://ex.org/id/document/1#source> <{DCTERMS.title}> "Source" .')
    return [
        line.replace(" .", f" <http://ex.org/graph/{g}> .") for g in range(graphs) for line in lines
    ]


@pytest.mark.parametrize(
    ("statements", "graphs"),
    [(0, 1), (10, 1), (SCAN // 2 - 1, 1), (SCAN // 2, 1), (SCAN, 1), (10, 2), (10, 25)],
)
def test_a_subject_in_one_graph_is_read_as_from_every_graph(statements: int, graphs: int) -> None:
    """The quads and the "more graphs" flag of the fast read (one named graph, no default
    graph's copies) are those of the scan of every graph, at either side of SCAN."""
    store = _merged_store(*_document_lines(statements, graphs=graphs))
    node = ox.NamedNode("http://ex.org/id/document/1")
    fast = own_quads(store, node, merged=True)
    assert fast == own_quads(store, node)
    assert len(fast[0]) == (statements + 2) * min(graphs, GRAPHS_SHOWN)
    assert fast[1] == (graphs > GRAPHS_SHOWN)


def test_statements_of_the_default_graph_alone_are_read_from_a_store_not_merged() -> None:
    """The fast read skips the default graph: only a store whose default graph is the merge
    of its named graphs (a release's, as its manifest says) may take it."""
    store = _merged_store(*_document_lines(3))
    node = ox.NamedNode("http://ex.org/id/document/1")
    only = ox.Literal("only in the default graph")
    store.add(ox.Quad(node, ox.NamedNode(str(RDFS.label)), only))
    quads, _ = own_quads(store, node)
    assert [q.graph_name for q in quads if q.object == only] == [ox.DefaultGraph()]
    assert len(quads) == 3 + 2 + 1


def test_the_server_reads_a_release_as_merged_and_describes_it_the_same(release: Path) -> None:
    """Every resource of a release the build wrote, described by the store the server opens
    (merged, as the manifest says) and by the scan of every graph: the same description."""
    assert Release(release).read_manifest().default_graph == DEFAULT_GRAPH
    opened = open_release(release)
    try:
        fast = opened.store
        slow = open_read_only(release / "store", merged=False)
        rows = slow.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }")
        subjects = {r["s"].value for r in rows}  # type: ignore[index,union-attr]
        assert len(subjects) > 100
        for iri in sorted(subjects):
            assert fast.describe(iri) == slow.describe(iri), iri
    finally:
        opened.close()


@pytest.mark.parametrize("others", [0, 5, 40])
def test_a_linked_iri_is_summarised_by_its_types_and_labels_whatever_it_says_besides(
    others: int,
) -> None:
    """Read in one scan (few statements) or predicate by predicate (many), a linked IRI's
    summary is its types and labels."""
    place, graph = "<http://ex.org/id/place/p>", "<http://ex.org/graph/a>"
    lines = [
        f"<http://ex.org/id/document/1> <{SCHEMA.mentions}> {place} {graph} .",
        f"{place} <{RDF.type}> <https://schema.org/Place> {graph} .",
        f'{place} <{SKOS.prefLabel}> "P"@en {graph} .',
        f'{place} <{RDFS.label}> "Pe"@de {graph} .',
        *(f'{place} <http://ex.org/note> "note {i}" {graph} .' for i in range(others)),
    ]
    store = open_store("memory", data=nquads(*lines))
    linked = described(store, "http://ex.org/id/document/1").linked["http://ex.org/id/place/p"]
    predicates = sorted(t.predicate.value for t in linked.triples)
    assert predicates == sorted([str(RDF.type), str(SKOS.prefLabel), str(RDFS.label)])
    assert linked.label == "P"
