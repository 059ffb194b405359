"""The ontology (``ontology/ado.ttl``), its alignments and the concept schemes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCMITYPE, DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from linkeddata.iris import Iris
from linkeddata.ontology import PACKAGE
from linkeddata.shacl.validate import load_shapes, validate_graph
from linkeddata.vocab import ADO, ADO_VERSION, ADO_VERSION_IRI, EDTF, SCHEMA, VANN

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = Path(str(PACKAGE))
ADO_FILE = ONTOLOGY_DIR / "ado.ttl"
ALIGNMENTS = ONTOLOGY_DIR / "alignments.ttl"
CONCEPTS = ONTOLOGY_DIR / "concepts.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/archival-documents/ontology")
ALIGNMENTS_IRI = URIRef("https://w3id.org/archival-documents/ontology/alignments")
CONCEPT_BASE = "http://127.0.0.1:8080/id/concept/"

CLASSES = {"Translation"}
DATATYPE_PROPERTIES = {
    "registryNumber",
    "dateAsWritten",
    "signatureAsWritten",
    "editorialDate",
    "createdAsWritten",
    "shelfmark",
    "sourceFile",
    "queryTimeout",
    "resultRowLimit",
    "queryLengthLimit",
    "concurrentQueryLimit",
}
OBJECT_PROPERTIES = {
    "classification",
    "priority",
    "destination",
    "intermediary",
    "participant",
    "contentKind",
    "obtainedBy",
    "obtainedFor",
    "contributedBy",
}

CONCEPT_KEYS = {
    "document-type": {
        "message",
        "oral-message",
        "telegram",
        "ciphered-telegram",
        "cable",
        "letter",
        "note",
        "note-verbale",
        "memorandum",
        "record-of-conversation",
        "memorandum-of-conversation",  # deprecated: replaced by record-of-conversation
        "report",
        "information",
        "excerpt",
        "minutes",
        "transcript",
        "resolution",
        "decree",
        "directive",
        "instruction",
        "order",
        "speech",
        "remarks",
        "statement",
        "communique",
        "interview",
        "diary",
        "article",
        "newsletter",
        "leaflet",
        "treaty",
        "biography",
        "chronology",
        "list",
        "memoir",
        "proposal",
        "map",
    },
    "classification": {
        "top-secret",
        "secret",
        "strictly-secret",
        "confidential",
        "strictly-confidential",
        "restricted",
        "official-use",
        "top-secret-sensitive",
        "special-file",
    },
    "priority": {"regular", "urgent", "immediate", "flash", "special"},
    "content-kind": {
        "translation-english",
        "english-html",
        "english-translation",
        "english-transcription",
        "original-transcription",
        "translation-other",
        "scan-of-original-document",
    },
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ADO_FILE, format="turtle")


@pytest.fixture(scope="module")
def alignments() -> Graph:
    return Graph().parse(ALIGNMENTS, format="turtle")


@pytest.fixture(scope="module")
def concepts() -> Graph:
    return Graph().parse(CONCEPTS, format="turtle", publicID=CONCEPT_BASE)


def concept_keys(concepts: Graph, scheme: str) -> set[str]:
    """The keys (last IRI segment) of the concepts of ``scheme``."""
    prefix = f"{CONCEPT_BASE}{scheme}/"
    members = concepts.subjects(SKOS.inScheme, URIRef(f"{CONCEPT_BASE}{scheme}"))
    return {str(c).removeprefix(prefix) for c in members}


def english(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return [
        str(o)
        for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and o.language == "en" and str(o).strip()
    ]


# --- the ontology ---------------------------------------------------------------------------


def test_header(ontology: Graph) -> None:
    o = ONTOLOGY_IRI
    assert set(ontology.subjects(RDF.type, OWL.Ontology)) == {o}
    assert ontology.value(o, OWL.versionIRI) == URIRef(ADO_VERSION_IRI)
    assert ontology.value(o, OWL.versionInfo) == Literal(ADO_VERSION)
    assert ontology.value(o, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert ontology.value(o, DCTERMS.creator) == Literal("The linkeddata project")
    for predicate in (DCTERMS.created, DCTERMS.modified):
        assert ontology.value(o, predicate) == Literal("2026-11-26", datatype=XSD.date)
    assert english(ontology, o, DCTERMS.title)
    assert english(ontology, o, DCTERMS.description)
    assert ontology.value(o, VANN.preferredNamespacePrefix) == Literal("ado")
    assert ontology.value(o, VANN.preferredNamespaceUri) == Literal(str(ADO))


def test_terms_are_exactly_the_ones_the_mapping_uses(ontology: Graph) -> None:
    def local(kind: URIRef) -> set[str]:
        return {str(t).removeprefix(str(ADO)) for t in ontology.subjects(RDF.type, kind)}

    assert local(OWL.Class) == CLASSES
    assert local(OWL.DatatypeProperty) == DATATYPE_PROPERTIES
    assert local(OWL.ObjectProperty) == OBJECT_PROPERTIES


def used_ado_terms(*graphs: Graph) -> set[URIRef]:
    return {
        term
        for graph in graphs
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(str(ADO))
    }


def test_every_ado_term_used_anywhere_is_documented(ontology: Graph, alignments: Graph) -> None:
    """Terms of the ontology, its alignments, the shapes and the concepts are all defined."""
    shapes = load_shapes()
    concepts = Graph().parse(CONCEPTS, format="turtle", publicID=CONCEPT_BASE)
    used = used_ado_terms(ontology, alignments, shapes, concepts)
    assert len(used) == len(CLASSES | DATATYPE_PROPERTIES | OBJECT_PROPERTIES)
    for term in used:
        assert english(ontology, term, RDFS.label), term
        assert english(ontology, term, RDFS.comment), term
        assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, term
        assert ontology.value(term, RDF.type) in {
            OWL.Class,
            OWL.ObjectProperty,
            OWL.DatatypeProperty,
        }, term


def test_properties_use_soft_domains_and_ranges(ontology: Graph) -> None:
    for term in ontology.subjects(RDF.type, None):
        if ontology.value(term, RDF.type) in {OWL.ObjectProperty, OWL.DatatypeProperty}:
            assert ontology.value(term, SCHEMA.domainIncludes) is not None, term
            assert ontology.value(term, SCHEMA.rangeIncludes) is not None, term
    assert ontology.value(ADO.registryNumber, SCHEMA.rangeIncludes) == XSD.string
    assert set(ontology.objects(ADO.editorialDate, SCHEMA.rangeIncludes)) == {
        XSD.date,
        XSD.gYearMonth,
        XSD.gYear,
        EDTF,
    }


@pytest.mark.parametrize("name", ["ontology", "alignments"])
def test_no_imports_and_no_hard_domains(name: str, request: pytest.FixtureRequest) -> None:
    graph: Graph = request.getfixturevalue(name)
    for predicate in (OWL.imports, RDFS.domain, RDFS.range):
        assert (None, predicate, None) not in graph, predicate


def test_alignments_are_kept_apart(ontology: Graph, alignments: Graph) -> None:
    mapping = {
        RDFS.subClassOf,
        RDFS.subPropertyOf,
        OWL.equivalentClass,
        OWL.equivalentProperty,
        OWL.sameAs,
        SKOS.exactMatch,
        SKOS.closeMatch,
        SKOS.relatedMatch,
        SKOS.broadMatch,
        SKOS.narrowMatch,
    }
    assert not any(p in mapping for p in ontology.predicates())
    assert (ADO.Translation, RDFS.subClassOf, SCHEMA.CreativeWork) in alignments
    # the alignments only add statements about ado: terms, under a header of their own
    assert set(alignments.subjects(RDF.type, OWL.Ontology)) == {ALIGNMENTS_IRI}
    subjects = set(alignments.subjects()) - {ALIGNMENTS_IRI}
    assert subjects
    assert all(s.startswith(str(ADO)) for s in subjects)
    assert {p for s, p, _o in alignments if s != ALIGNMENTS_IRI} <= mapping
    assert english(alignments, ALIGNMENTS_IRI, DCTERMS.title)
    assert alignments.value(ALIGNMENTS_IRI, DCTERMS.license) is not None


# --- the concept schemes --------------------------------------------------------------------


def test_concepts_file_is_relative() -> None:
    lines = CONCEPTS.read_text(encoding="utf-8").splitlines()
    statements = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    assert "@base" not in statements
    assert "BASE" not in statements
    body = [line for line in statements.splitlines() if not line.startswith("@prefix")]
    assert not any("<http" in line for line in body)  # every concept IRI is relative
    graph = Graph().parse(CONCEPTS, format="turtle", publicID=CONCEPT_BASE)
    assert all(str(s).startswith(CONCEPT_BASE) for s in graph.subjects() if isinstance(s, URIRef))


def test_concept_schemes_have_exactly_the_expected_keys(concepts: Graph) -> None:
    schemes = {
        str(s).removeprefix(CONCEPT_BASE) for s in concepts.subjects(RDF.type, SKOS.ConceptScheme)
    }
    assert schemes == set(CONCEPT_KEYS)
    for scheme, keys in CONCEPT_KEYS.items():
        assert concept_keys(concepts, scheme) == keys, scheme
    every = {c for c in concepts.subjects(RDF.type, SKOS.Concept)}
    assert len(every) == sum(len(k) for k in CONCEPT_KEYS.values())


def test_concept_iris_are_the_ones_iris_mints(concepts: Graph) -> None:
    iris = Iris("http://127.0.0.1:8080/")
    for scheme, keys in CONCEPT_KEYS.items():
        for key in keys:
            assert (URIRef(iris.concept(scheme, key)), RDF.type, SKOS.Concept) in concepts


def test_concept_schemes_are_complete(concepts: Graph) -> None:
    """Top concepts are the live concepts with nothing broader; every concept is described."""
    for scheme in concepts.subjects(RDF.type, SKOS.ConceptScheme):
        assert english(concepts, scheme, SKOS.prefLabel), scheme
        assert english(concepts, scheme, DCTERMS.description), scheme
        members = set(concepts.subjects(SKOS.inScheme, scheme))
        live = {c for c in members if (c, OWL.deprecated, Literal(True)) not in concepts}
        tops = {c for c in live if (c, SKOS.broader, None) not in concepts}
        assert set(concepts.objects(scheme, SKOS.hasTopConcept)) == tops, scheme
        for concept in members:
            expected = {scheme} if concept in tops else set()
            assert set(concepts.objects(concept, SKOS.topConceptOf)) == expected, concept
            assert len(english(concepts, concept, SKOS.prefLabel)) == 1, concept
            assert english(concepts, concept, SKOS.definition), concept
            notations = list(concepts.objects(concept, SKOS.notation))
            assert len(notations) == 1, concept
            assert str(notations[0]).strip(), concept


def test_hierarchy_is_symmetric_and_within_its_scheme(concepts: Graph) -> None:
    """skos:broader and skos:narrower state each link both ways, inside one scheme."""
    broader = set(concepts.subject_objects(SKOS.broader))
    narrower = {(n, b) for b, n in concepts.subject_objects(SKOS.narrower)}
    assert broader == narrower
    assert (
        URIRef(f"{CONCEPT_BASE}document-type/ciphered-telegram"),
        URIRef(f"{CONCEPT_BASE}document-type/telegram"),
    ) in broader
    for child, parent in broader:
        assert concepts.value(child, SKOS.inScheme) == concepts.value(parent, SKOS.inScheme)


def test_close_matches_are_classes_of_other_vocabularies(concepts: Graph) -> None:
    matches = dict(concepts.subject_objects(SKOS.closeMatch))
    assert matches[URIRef(f"{CONCEPT_BASE}document-type/message")] == SCHEMA.Message
    assert matches[URIRef(f"{CONCEPT_BASE}document-type/report")] == SCHEMA.Report
    assert all(str(m).startswith(("https://schema.org/", str(DCMITYPE))) for m in matches.values())


def test_a_wording_names_one_concept_per_scheme(concepts: Graph) -> None:
    """No label of one concept is a label of another in its scheme: the parser's lookups
    from wording to concept are unambiguous."""
    for scheme in concepts.subjects(RDF.type, SKOS.ConceptScheme):
        seen: dict[str, URIRef] = {}
        for concept in concepts.subjects(SKOS.inScheme, scheme):
            if (concept, OWL.deprecated, Literal(True)) in concepts:
                continue
            for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, SKOS.notation):
                for label in concepts.objects(concept, prop):
                    key = " ".join(str(label).casefold().split())
                    assert seen.setdefault(key, concept) == concept, (key, concept)


def test_labels_are_disjoint(concepts: Graph) -> None:
    """SKOS: a concept's preferred, alternative and hidden labels are pairwise disjoint."""
    for concept in concepts.subjects(RDF.type, SKOS.Concept):
        pref = set(concepts.objects(concept, SKOS.prefLabel))
        alt = set(concepts.objects(concept, SKOS.altLabel))
        hidden = set(concepts.objects(concept, SKOS.hiddenLabel))
        assert not pref & alt, concept
        assert not pref & hidden, concept
        assert not alt & hidden, concept


@pytest.mark.parametrize(
    ("scheme", "key", "notation"),
    [
        ("classification", "top-secret", "TOP SECRET"),
        ("classification", "top-secret-sensitive", "TOP SECRET/SENSITIVE"),
        ("priority", "urgent", "Urgent"),
        ("content-kind", "translation-english", "Translation - English"),
        ("content-kind", "scan-of-original-document", "Scan of Original Document"),
        ("document-type", "ciphered-telegram", "Ciphered Telegram"),
        ("document-type", "note-verbale", "Note Verbale"),
        ("priority", "special", "Special"),
    ],
)
def test_notations_are_the_canonical_wordings(
    concepts: Graph, scheme: str, key: str, notation: str
) -> None:
    concept = URIRef(f"{CONCEPT_BASE}{scheme}/{key}")
    assert concepts.value(concept, SKOS.notation) == Literal(notation)


def test_concepts_are_valid_per_concept_shape(concepts: Graph) -> None:
    results, _report = validate_graph(concepts, load_shapes())
    assert results == []  # not even an Info: every concept has a definition


def test_concepts_resolve_against_any_base() -> None:
    base = "https://archive.example.org/ld/id/concept/"
    graph = Graph().parse(CONCEPTS, format="turtle", publicID=base)
    assert all(s.startswith(base) for s in graph.subjects() if isinstance(s, URIRef))
    # Oxigraph, the store the server uses, reads the file the same way
    store = pyoxigraph.Store()
    store.load(path=str(CONCEPTS), format=pyoxigraph.RdfFormat.TURTLE, base_iri=base)
    assert len(store) == len(graph)
