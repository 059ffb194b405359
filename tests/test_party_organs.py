"""A party's organ named as the organ of its Central Committee, "the Politburo of the CC of P"
or "P CC Politburo", is the organ the file calls "P Politburo", no stub beside it; a department
of the Central Committee is another body (review 23 C#14)."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record
from linkeddata.vocab import DCTERMS, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<org/twp> a foaf:Organization, org:Organization ;
    skos:prefLabel "Testish Workers' Party"@en ;
    skos:altLabel "TWP"@en .

<org/cc-twp> a foaf:Organization, org:Organization ;
    skos:prefLabel "Central Committee of the Testish Workers' Party"@en ;
    org:subOrganizationOf <org/twp> .

<org/twp-politburo> a foaf:Organization, org:Organization ;
    skos:prefLabel "Testish Workers' Party Politburo"@en ;
    org:subOrganizationOf <org/cc-twp> .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _agents(title: str) -> tuple[set[str], set[str]]:
    """The creators and addressees a record of ``title`` links, and its stubs' keys."""
    record = parse_record(f"**1961**\n**{title}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))
    linked = {
        str(o).rsplit("/", 1)[1]
        for p in (DCTERMS.creator, SCHEMA.recipient)
        for o in mapped.graph.objects(doc, p)
    }
    return linked, {stub.iri.rsplit("/", 1)[1] for stub in mapped.stubs}


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of the Meeting of the Politburo of the CC of the Testish Workers' Party",
        "Minutes of the Meeting of the Political Bureau of the Central Committee of the Testish "
        "Workers' Party",
        "Minutes of the Meeting of the Testish Workers' Party CC Politburo",
        "Minutes of the Meeting of the Testish Workers' Party Politburo",
    ],
)
def test_an_organ_of_the_cc_of_a_party_is_the_file_s_organ(title: str) -> None:
    linked, stubs = _agents(title)
    assert "twp-politburo" in linked
    assert not any("politburo" in key for key in stubs)


@pytest.mark.parametrize(
    "title",
    [
        "Letter from the Secretariat of the CC of the Testish Workers' Party",
        "Letter from the Secretariat of the CC TWP",
    ],
)
def test_another_organ_of_the_cc_is_its_own_stub(title: str) -> None:
    linked, stubs = _agents(title)
    assert "twp-politburo" not in linked
    assert "testish-workers-party-secretariat" in stubs  # one key for its every wording


def test_a_department_of_the_cc_is_no_organ_of_the_party() -> None:
    linked, _ = _agents(
        "Letter from the Department of the CC of the Testish Workers' Party for Relations with "
        "Testland"
    )
    assert "twp-politburo" not in linked
