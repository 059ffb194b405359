"""The seed record converts to the hand-reviewed graph in tests/data/golden/116702.ttl.

The comparison is by graph isomorphism; on failure the test prints the triples only in the
expected graph and only in the produced one. Every row of the seed table of
docs/data-model.md is also asserted on its own below, so a regression names the datum it broke.

To review a deliberate change: ``python tests/golden.py`` rewrites the golden file; read the
``git diff`` before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden import GOLDEN, IRIS, convert_seed
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCMITYPE, DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from linkeddata.mapping.stubs import Stubs
from linkeddata.vocab import ADO, ISO639_2, PROV, RICO, SCHEMA, SPDX

ROOT = Path(__file__).resolve().parent.parent
A = URIRef(IRIS.document("116702"))
B = URIRef(IRIS.translation("116702", "en"))


def entity(kind: str, key: str) -> URIRef:
    return URIRef(IRIS.entity(kind, key))


def concept(scheme: str, key: str) -> URIRef:
    return URIRef(IRIS.concept(scheme, key))


@pytest.fixture(scope="module")
def graph() -> Graph:
    return convert_seed().graph


def test_seed_is_isomorphic_to_the_golden_graph(graph: Graph) -> None:
    from rdflib.compare import graph_diff, to_isomorphic

    expected = Graph().parse(GOLDEN, format="turtle")
    produced, wanted = to_isomorphic(graph), to_isomorphic(expected)
    if produced != wanted:
        _both, missing, extra = graph_diff(wanted, produced)
        lines = ["only in golden:", *sorted(missing.serialize(format="nt").splitlines())]
        lines += ["only in output:", *sorted(extra.serialize(format="nt").splitlines())]
        pytest.fail("\n".join(lines), pytrace=False)


def test_seed_conversion_has_no_curation_warnings() -> None:
    assert [w.message for w in convert_seed().warnings] == []


def test_three_resources_never_merged(graph: Graph) -> None:
    page = URIRef("https://digitalarchive.wilsoncenter.org/document/116702")
    assert (A, SCHEMA.mainEntityOfPage, page) in graph
    # the staging URL as received is no link: it stays in the citation (test_citation_verbatim)
    assert not list(graph.objects(A, RDFS.seeAlso))
    assert (B, SCHEMA.translationOfWork, A) in graph
    assert not list(graph.triples((None, URIRef("http://www.w3.org/2002/07/owl#sameAs"), None)))
    assert {RICO.Record, SCHEMA.ArchiveComponent, SCHEMA.Message} <= set(graph.objects(A, RDF.type))
    assert set(graph.objects(B, RDF.type)) == {ADO.Translation}


# One test per row of the seed table in docs/data-model.md.


def test_date_line(graph: Graph) -> None:
    assert list(graph.objects(A, DCTERMS.created)) == [Literal("1967-05-01", datatype=XSD.date)]
    assert list(graph.objects(A, ADO.createdAsWritten)) == [Literal("May 1, 1967")]


def test_title(graph: Graph) -> None:
    title = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
    assert list(graph.objects(A, DCTERMS.title)) == [Literal(title, lang="en")]


def test_display_labels(graph: Graph) -> None:
    title = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
    for prop in (RDFS.label, SCHEMA.name):
        assert list(graph.objects(A, prop)) == [Literal(title, lang="en")]
        assert list(graph.objects(B, prop)) == [
            Literal(f"{title} (English translation)", lang="en")
        ]
    assert list(graph.objects(B, DCTERMS.title)) == [Literal(title, lang="en")]


def test_registry_number_is_a_string(graph: Graph) -> None:
    assert list(graph.objects(A, ADO.registryNumber)) == [Literal("76.153")]


def test_classification_concept(graph: Graph) -> None:
    assert list(graph.objects(A, ADO.classification)) == [concept("classification", "top-secret")]


def test_from_pyongyang_to_bucharest(graph: Graph) -> None:
    assert list(graph.objects(A, SCHEMA.locationCreated)) == [entity("place", "pyongyang")]
    assert list(graph.objects(A, ADO.destination)) == [entity("place", "bucharest")]


def test_citation_verbatim(graph: Graph) -> None:
    (citation,) = graph.objects(A, DCTERMS.bibliographicCitation)
    assert str(citation).startswith(
        '"Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967", May 1, 1967'
    )
    assert str(citation).endswith(
        "Obtained and translated for NKIDP by Eliza Gheorghe."
        " https://wilson-center.drivingcreative.com/document/116702"
    )


def test_collection(graph: Graph) -> None:
    assert list(graph.objects(A, DCTERMS.isPartOf)) == [
        entity("collection", "wilson-center-digital-archive")
    ]


def test_holder(graph: Graph) -> None:
    amae = entity("org", "amae")
    assert list(graph.objects(A, RICO.hasOrHadHolder)) == [amae]
    assert list(graph.objects(A, SCHEMA.holdingArchive)) == [amae]


def test_credit(graph: Graph) -> None:
    assert list(graph.objects(B, SCHEMA.translator)) == [entity("person", "gheorghe-eliza")]
    assert list(graph.objects(B, SCHEMA.sourceOrganization)) == [entity("org", "nkidp")]
    (statement,) = graph.objects(B, DCTERMS.provenance)
    assert (statement, RDF.type, DCTERMS.ProvenanceStatement) in graph
    assert (
        statement,
        RDFS.label,
        Literal("Obtained and translated for NKIDP by Eliza Gheorghe.", lang="en"),
    ) in graph
    assert (A, ADO.obtainedBy, entity("person", "gheorghe-eliza")) in graph


def test_identifier_and_iri(graph: Graph) -> None:
    assert list(graph.objects(A, DCTERMS.identifier)) == [Literal("116702")]


def test_summary(graph: Graph) -> None:
    assert list(graph.objects(A, DCTERMS.abstract)) == [
        Literal(
            "A report on the Korean Workers' Party's exchanges with other socialist and "
            "communist parties.",
            lang="en",
        )
    ]


def test_original_language(graph: Graph) -> None:
    assert list(graph.objects(A, DCTERMS.language)) == [ISO639_2.rum]
    assert list(graph.objects(A, SCHEMA.inLanguage)) == [Literal("ro")]


def test_translation(graph: Graph) -> None:
    assert list(graph.objects(B, DCTERMS.language)) == [ISO639_2.eng]
    assert list(graph.objects(B, SCHEMA.inLanguage)) == [Literal("en")]
    assert list(graph.objects(A, ADO.contentKind)) == [
        concept("content-kind", "translation-english")
    ]


def test_body(graph: Graph) -> None:
    (text,) = graph.objects(B, SCHEMA.text)
    assert text.language == "en"
    assert str(text).startswith("In response to your telegram no. 12.390")
    assert str(text).rstrip().endswith("29.IV/7")
    assert not list(graph.objects(A, SCHEMA.text))


def test_reply_to_a_record_not_held(graph: Graph) -> None:
    """A stub: the document's graph links it, the release's stubs graph describes it."""
    (replied,) = graph.objects(A, RICO.isReplyTo)
    assert not list(graph.triples((replied, None, None)))
    stubs = Stubs()
    stubs.add("116702", convert_seed().stubs)
    described = stubs.graph(IRIS)
    assert set(described.objects(replied, RDF.type)) == {RICO.RecordResource}
    assert list(described.objects(replied, ADO.registryNumber)) == [Literal("12.390")]


def test_signatory(graph: Graph) -> None:
    assert list(graph.objects(A, DCTERMS.creator)) == [entity("person", "popa-n")]
    assert (A, SCHEMA.mentions, entity("person", "popa-n")) not in graph  # a creator
    assert list(graph.objects(A, ADO.signatureAsWritten)) == [Literal("Signed: N. Popa")]


def test_date_as_written_is_kept_beside_the_catalogue_date(graph: Graph) -> None:
    assert list(graph.objects(A, ADO.dateAsWritten)) == [Literal("29.IV/7")]


def test_mentions_and_subject(graph: Graph) -> None:
    mentioned = set(graph.objects(A, SCHEMA.mentions))
    assert {
        entity("org", "kwp"),
        entity("org", "rcp"),
        entity("place", "north-korea"),
        entity("org", "rodong-sinmun"),
        entity("org", "radio-pyongyang"),
    } <= mentioned
    assert list(graph.objects(A, DCTERMS.subject)) == [entity("org", "kwp")]


def test_document_type(graph: Graph) -> None:
    assert set(graph.objects(A, DCTERMS.type)) == {
        concept("document-type", "telegram"),
        DCMITYPE.Text,
    }


def test_provenance(graph: Graph) -> None:
    name = URIRef(IRIS.document_graph("116702"))
    (source,) = graph.objects(name, PROV.wasDerivedFrom)
    assert list(graph.objects(source, ADO.sourceFile)) == [Literal("116702.txt")]
    (checksum,) = graph.objects(source, SPDX.checksum)
    import hashlib

    digest = hashlib.sha256((ROOT / "documents" / "116702.txt").read_bytes()).hexdigest()
    assert list(graph.objects(checksum, SPDX.checksumValue)) == [
        Literal(digest, datatype=XSD.hexBinary)
    ]
    (activity,) = graph.objects(name, PROV.wasGeneratedBy)
    (agent,) = graph.objects(activity, PROV.wasAssociatedWith)
    assert (agent, SCHEMA.softwareVersion, None) in graph


def test_entities_are_links_not_copies(graph: Graph) -> None:
    """Labels of curated entities live in the authority graph, not in every document graph."""
    assert not list(graph.triples((entity("place", "pyongyang"), None, None)))
    assert not list(graph.subjects(RDF.type, FOAF.Person))
    assert not list(graph.subjects(RDF.type, DCAT.Dataset))
    assert not list(graph.triples((None, SKOS.prefLabel, None)))
