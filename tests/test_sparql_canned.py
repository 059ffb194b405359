"""The example queries: each loads, stands on its own, and answers the right things on the seed.

They run on the real release of ``documents/`` (the session's ``release`` fixture)
with the endpoint's dataset, the union of all named graphs, but without its predefined
prefixes and base IRI: a query copied from the page must work anywhere. Expected answers are
taken from the golden graph of the seed where it holds them.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from golden import GOLDEN
from rdflib import Dataset, Graph
from rdflib.namespace import DCTERMS, RDF, RDFS

from linkeddata.errors import LocatedError
from linkeddata.sparql import canned
from linkeddata.vocab import ADO, RICO, SCHEMA

QUERIES = canned.load()
NAMES = sorted(QUERIES)
SEED = Graph().parse(GOLDEN)
DOC = next(SEED.subjects(RDF.type, RICO.Record))


@pytest.fixture(scope="module")
def store(release: Path) -> ox.Store:
    return ox.Store.read_only(str(release / "store"))


@pytest.fixture(scope="module")
def dataset(release: Path) -> Dataset:
    """The same release for rdflib, the other engine of ``linkeddata query``."""
    union = Dataset(default_union=True)
    with gzip.open(release / "dumps" / "dataset.nq.gz") as source:
        union.parse(source, format="nquads")
    return union


def run(store: ox.Store, text: str) -> Any:
    return store.query(text)  # the default graph: the merge of the named graphs, as served


def rows(store: ox.Store, name: str) -> list[dict[str, str]]:
    """The solutions of a SELECT example, as plain values by variable (unbound ones left out)."""
    solutions = run(store, QUERIES[name].text)
    assert isinstance(solutions, ox.QuerySolutions)
    variables = [v.value for v in solutions.variables]
    return [{v: s[v].value for v in variables if s[v] is not None} for s in solutions]


def test_every_example_has_a_title_and_a_description() -> None:
    assert NAMES
    for name, query in QUERIES.items():
        assert query.name == name
        assert query.title, name
        assert query.description.endswith("."), name
        assert query.text.startswith("# title: ")


@pytest.mark.parametrize("name", NAMES)
def test_example_stands_on_its_own(name: str) -> None:
    """Parsed with no base and no predefined prefix; every PREFIX used; no IRI of ours."""
    text = QUERIES[name].text
    ox.Store().query(text)  # a SyntaxError here names the line and column
    body = "\n".join(
        line for line in text.splitlines() if not re.match(r"\s*(#|PREFIX\b)", line, re.I)
    )
    for prefix in re.findall(r"^PREFIX\s+([\w-]*):", text, re.M | re.I):
        assert re.search(rf"(?<![\w-]){re.escape(prefix)}:", body), f"unused PREFIX {prefix}:"
    for iri in re.findall(r"<([^\s<>\"{}|^`\\]*)>", body):
        assert re.match(r"[a-z][a-z0-9+.-]*:", iri), f"<{iri}> depends on the base IRI"
    assert "127.0.0.1" not in text
    assert "localhost" not in text


@pytest.mark.parametrize("name", NAMES)
def test_example_answers_on_the_seed(name: str, store: ox.Store, dataset: Dataset) -> None:
    """At least one row, triple or ``true``, and as many with rdflib as with Oxigraph."""
    answer = run(store, QUERIES[name].text)
    size = int(bool(answer)) if isinstance(answer, ox.QueryBoolean) else len(list(answer))
    assert size >= 1
    other = dataset.query(QUERIES[name].text)
    assert (int(bool(other.askAnswer)) if other.type == "ASK" else len(other)) == size


def test_telegrams_from_pyongyang(store: ox.Store) -> None:
    [seed] = [r for r in rows(store, "telegrams-from-pyongyang") if r["document"] == str(DOC)]
    assert seed["id"] == str(SEED.value(DOC, DCTERMS.identifier))
    assert seed["date"] == str(SEED.value(DOC, DCTERMS.created))
    assert seed["registryNumber"] == str(SEED.value(DOC, ADO.registryNumber))
    assert seed["destination"] == "Bucharest"


def test_translators_name_the_translator_of_the_seed(store: ox.Store) -> None:
    translation = SEED.value(DOC, SCHEMA.workTranslation)
    credit = SEED.value(SEED.value(translation, DCTERMS.provenance), RDFS.label)
    assert rows(store, "translators") == [
        {
            "translator": str(SEED.value(translation, SCHEMA.translator)),
            "name": "Eliza Gheorghe",
            "translation": str(translation),
            "language": "en",
            "document": str(DOC),
            "title": str(SEED.value(DOC, DCTERMS.title)),
            "project": "North Korea International Documentation Project",
        }
    ]
    assert "by Eliza Gheorghe" in str(credit)


def test_documents_mentioning_the_kwp(store: ox.Store) -> None:
    [found] = rows(store, "documents-mentioning-kwp")
    assert (found["document"], found["subject"]) == (str(DOC), "true")


def test_documents_per_year(store: ox.Store) -> None:
    year = str(SEED.value(DOC, DCTERMS.created))[:4]
    assert rows(store, "documents-per-year") == [{"year": year, "documents": "1"}]


def test_people_and_their_roles(store: ox.Store) -> None:
    people = {r["name"]: r for r in rows(store, "people")}
    assert people.keys() == {"N. Popa", "Eliza Gheorghe"}
    assert people["N. Popa"]["mentions"] == "0"  # the signatory is the creator, not a mention
    assert set(people["N. Popa"]["roles"].split(", ")) == {"signatory"}
    assert people["Eliza Gheorghe"]["mentions"] == "0"
    assert set(people["Eliza Gheorghe"]["roles"].split(", ")) == {"translator", "obtained it"}


def test_places_with_their_wikidata_items(store: ox.Store) -> None:
    places = {r["name"]: r.get("wikidata") for r in rows(store, "places-on-wikidata")}
    assert places["Pyongyang"] == "http://www.wikidata.org/entity/Q18808"
    assert places["Bucharest"] == "http://www.wikidata.org/entity/Q19660"


def test_sources_and_languages(store: ox.Store) -> None:
    assert rows(store, "sources-and-languages") == [
        {
            "archive": "Archive of the Romanian Ministry of Foreign Affairs",
            "collection": "Wilson Center Digital Archive",
            "language": str(SEED.value(DOC, SCHEMA.inLanguage)),
            "documents": "1",
            "translated": "1",
        }
    ]


def test_release_statistics_and_validation(store: ox.Store) -> None:
    [found] = rows(store, "release-statistics")
    assert found["documents"] == "1"
    assert int(found["wikidataLinks"]) > 0
    # Two Warnings, on the dataset's own description: documents/linkeddata.toml names no
    # licence and no publisher, on purpose (it explains why).
    assert (found["conforms"], found["violations"], found["warnings"]) == ("true", "0", "2")


def test_correspondence_graph_has_the_seed_parties(store: ox.Store) -> None:
    graph = {
        (t.subject.value, t.predicate.value, t.object)
        for t in run(store, QUERIES["correspondence-graph"].text)
    }
    for role in (SCHEMA.locationCreated, ADO.destination, DCTERMS.creator, RICO.isReplyTo):
        party = SEED.value(DOC, role)
        assert (str(DOC), str(role), ox.NamedNode(str(party))) in graph, role
    stub = SEED.value(DOC, RICO.isReplyTo)
    assert (str(stub), str(RDFS.label), ox.Literal("No. 12.390", language="en")) in graph


def test_ask_tells_true_from_false(store: ox.Store) -> None:
    text = QUERIES["top-secret-from-pyongyang"].text
    assert bool(run(store, text)) is True
    assert bool(run(store, text.replace('"Pyongyang"@en', '"Bucharest"@en'))) is False


# --- the loader -----------------------------------------------------------------------------


def test_loader_reads_the_header_and_keeps_it(tmp_path: Path) -> None:
    text = "# title: Everything\n# a note\n# description: All triples.\nSELECT * { ?s ?p ?o }\n"
    (tmp_path / "everything.rq").write_text(text, encoding="utf-8")
    (tmp_path / "a-first.rq").write_text(text, encoding="utf-8")
    loaded = canned.load(tmp_path)
    assert list(loaded) == ["a-first", "everything"]
    assert loaded["everything"] == canned.CannedQuery(
        "everything", "Everything", "All triples.", text
    )


def test_loader_refuses_a_file_without_a_title(tmp_path: Path) -> None:
    path = tmp_path / "untitled.rq"
    path.write_text("# description: No title.\nASK {}\n", encoding="utf-8")
    with pytest.raises(LocatedError, match=re.escape(f"{path}:1: no '# title: ...' line")):
        canned.load(tmp_path)


@pytest.mark.parametrize("stem", ["Telegrams", "two_words", "-dash", "a--b", "café"])
def test_loader_refuses_a_bad_name(tmp_path: Path, stem: str) -> None:
    (tmp_path / f"{stem}.rq").write_text("# title: T\n# description: D.\nASK {}\n")
    with pytest.raises(LocatedError, match="bad example query name"):
        canned.load(tmp_path)


def test_loader_refuses_an_empty_title(tmp_path: Path) -> None:
    path = tmp_path / "empty.rq"
    path.write_text("# description: D.\n# title:\nASK {}\n", encoding="utf-8")
    with pytest.raises(LocatedError, match=re.escape(f"{path}:2: empty '# title:' line")):
        canned.load(tmp_path)


# --- dates of every datatype sort and count in time order, with both engines -----------------

MIXED_DATES = [  # id, date as typed in the graph, expected year
    ("1", '"1950~"^^<http://id.loc.gov/datatypes/edtf/EDTF>', "1950"),
    ("2", '"1955"^^xsd:gYear', "1955"),
    ("3", '"1955-03-02"^^xsd:date', "1955"),
    ("4", '"1960-03"^^xsd:gYearMonth', "1960"),
    ("5", '"1968-21"^^<http://id.loc.gov/datatypes/edtf/EDTF>', "1968"),
    ("6", '"1970/1971"^^<http://id.loc.gov/datatypes/edtf/EDTF>', "1970"),
    ("7", '"195X"^^<http://id.loc.gov/datatypes/edtf/EDTF>', None),
]


def mixed_dates() -> str:
    """Telegrams from Pyongyang naming the KWP, one per kind of date, in Turtle."""
    head = """
    @prefix dcterms: <http://purl.org/dc/terms/> .
    @prefix rico: <https://www.ica.org/standards/RiC/ontology#> .
    @prefix schema: <https://schema.org/> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    <http://x/pyongyang> skos:prefLabel "Pyongyang"@en .
    <http://x/kwp> skos:prefLabel "Korean Workers' Party"@en .
    <http://x/telegram> skos:notation "Telegram" .
    """
    docs = "".join(
        f"""<http://x/d{i}> a rico:Record ; dcterms:identifier "{i}" ; dcterms:title "T{i}"@en ;
        dcterms:type <http://x/telegram> ; schema:locationCreated <http://x/pyongyang> ;
        schema:mentions <http://x/kwp> ; dcterms:created {date} .
        """
        for i, date, _ in reversed(MIXED_DATES)
    )
    return head + docs


@pytest.mark.parametrize("name", ["telegrams-from-pyongyang", "documents-mentioning-kwp"])
def test_documents_sort_in_time_order_whatever_their_date_type(name: str) -> None:
    data = mixed_dates()
    store = ox.Store()
    store.load(data.encode(), ox.RdfFormat.TURTLE)
    ordered = [s["document"].value for s in store.query(QUERIES[name].text)]
    expected = [f"http://x/d{i}" for i in ("1", "2", "3", "7", "4", "5", "6")]  # "195X" after 1955
    assert ordered == expected
    graph = Graph().parse(data=data, format="turtle")
    assert [str(r["document"]) for r in graph.query(QUERIES[name].text)] == expected


def test_documents_per_year_reads_the_year_of_every_date_type() -> None:
    data = mixed_dates()
    store = ox.Store()
    store.load(data.encode(), ox.RdfFormat.TURTLE)
    counts = {
        (s["year"].value if s["year"] else None): s["documents"].value
        for s in store.query(QUERIES["documents-per-year"].text)
    }
    assert counts == {None: "1", "1950": "1", "1955": "2", "1960": "1", "1968": "1", "1970": "1"}
