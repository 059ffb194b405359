"""The authority file of the collection, and matching names and text against it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from linkeddata.errors import AuthorityError
from linkeddata.iris import Iris
from linkeddata.mapping.authority import Authority
from linkeddata.mapping.authority_file import load_authority
from linkeddata.vocab import WD

ROOT = Path(__file__).resolve().parent.parent
IRIS = Iris("http://127.0.0.1:8080/")
VERIFIED = {  # data-model.md: the only Wikidata items verified by hand
    "place/pyongyang": "Q18808",
    "place/bucharest": "Q19660",
    "place/north-korea": "Q423",
    "place/romania": "Q218",
}


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority(ROOT / "documents" / "authorities.ttl", IRIS)


def test_every_entity_the_seed_names_is_curated(authority: Authority) -> None:
    keys = {e.iri.removeprefix(IRIS.id_base) for e in authority.entities()}
    assert {
        "person/popa-n",
        "person/gheorghe-eliza",
        "org/kwp",
        "org/rcp",
        "org/nkidp",
        "org/amae",
        "org/rodong-sinmun",
        "org/radio-pyongyang",
        "place/pyongyang",
        "place/bucharest",
        "place/north-korea",
        "place/romania",
        "collection/wilson-center-digital-archive",
    } <= keys


def test_only_verified_wikidata_items_are_linked(authority: Authority) -> None:
    links = {
        (str(s).removeprefix(IRIS.id_base), str(o).removeprefix(str(WD)))
        for s, o in authority.graph.subject_objects(SKOS.exactMatch)
        if str(o).startswith(str(WD))
    }
    assert links == set(VERIFIED.items())


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Pyongyang", "place/pyongyang"),
        ("P'yŏngyang", "place/pyongyang"),
        ("평양", "place/pyongyang"),
        ("BUCHAREST", "place/bucharest"),
        ("București", "place/bucharest"),
        ("Bucuresti", "place/bucharest"),
        ("DPRK", "place/north-korea"),
        ("KWP", "org/kwp"),
        ("Workers' Party of Korea", "org/kwp"),
        ("Korean Workers Party", "org/kwp"),
        ("RCP", "org/rcp"),
        (
            "History and Public Policy Program Digital Archive",
            "collection/wilson-center-digital-archive",
        ),
        ("N. Popa", "person/popa-n"),
    ],
)
def test_lookup_by_any_label(authority: Authority, name: str, key: str) -> None:
    assert [e.iri for e in authority.lookup(name)] == [IRIS.id_base + key]


def test_abbreviations_match_only_in_capitals(authority: Authority) -> None:
    assert authority.lookup("kwp") == []
    found, _ = authority.scan("the dprk and the kwp")
    assert found == []


def test_whole_words_only_and_longest_label_first(authority: Authority) -> None:
    found, _ = authority.scan("North Koreans listen to Radio Pyongyang; Korean workers in Romanian")
    assert [e.iri.removeprefix(IRIS.id_base) for e in found] == ["org/radio-pyongyang"]


def test_possessives_still_match(authority: Authority) -> None:
    found, _ = authority.scan("the KWP's exchanges with the Romanian Communist Party's delegates")
    assert [e.iri.removeprefix(IRIS.id_base) for e in found] == ["org/kwp", "org/rcp"]


def test_ambiguous_labels_are_reported_not_linked() -> None:
    graph = Graph()
    graph.parse(
        data="""
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <http://x/id/person/kim-1> a foaf:Person ; skos:prefLabel "Kim Il" .
        <http://x/id/person/kim-2> a foaf:Person ; skos:prefLabel "Kim Il" .
        """,
        format="turtle",
    )
    authority = Authority.from_graph(graph)
    assert len(authority.lookup("Kim Il")) == 2
    assert authority.scan("Comrade Kim Il said") == ([], ["kim il"])


def test_missing_file_gives_an_empty_authority(tmp_path: Path) -> None:
    authority = load_authority(tmp_path / "authorities.ttl", IRIS)
    assert list(authority.entities()) == []


def test_bad_turtle_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "authorities.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<a> skos:prefLabel "x" ;\n skos:altLabel .\n'
    )
    with pytest.raises(AuthorityError) as info:
        load_authority(path, IRIS)
    assert str(info.value).startswith("authorities.ttl:3: not valid Turtle")


def test_entity_without_label_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "authorities.ttl"
    path.write_text("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<person/x> a foaf:Person .\n")
    with pytest.raises(AuthorityError, match="no skos:prefLabel"):
        load_authority(path, IRIS)


def test_a_label_that_is_not_a_literal_is_no_label(tmp_path: Path) -> None:
    path = tmp_path / "authorities.ttl"
    path.write_text(
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<person/x> a foaf:Person ; skos:prefLabel <person/y> .\n"
    )
    with pytest.raises(AuthorityError, match="no skos:prefLabel"):
        load_authority(path, IRIS)


def test_relative_iris_follow_the_base() -> None:
    other = Iris("https://archive.example.org/ld/")
    authority = load_authority(ROOT / "documents" / "authorities.ttl", other)
    assert (
        URIRef("https://archive.example.org/ld/id/place/pyongyang"),
        None,
        None,
    ) in authority.graph
