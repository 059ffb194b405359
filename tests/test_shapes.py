"""The SHACL shapes in ``shapes/`` and the validation module, on hand-written fixtures.

Every shape has a conforming fixture and violating fixtures (``tests/data/shapes/``); every
Violation-level property shape is triggered by some violating fixture, every Warning and Info
shape by a fixture that must not fail. Results are compared with pySHACL's public
``validate`` so that the speed-ups of :mod:`linkeddata.shacl.validate` change nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, VOID

from linkeddata.shacl import validate
from linkeddata.shacl.fallback import run_plain
from linkeddata.shacl.validate import (
    SEVERITIES,
    ValidationResult,
    has_violations,
    load_shapes,
    validate_graph,
)
from linkeddata.vocab import ADO, RICO, SCHEMA, SH

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "shapes"
BASE = "http://127.0.0.1:8080/id/"
ADOSH = "https://w3id.org/archival-documents/shapes#"
FOAF_NAME = "http://xmlns.com/foaf/0.1/"


def doc(key: str) -> str:
    return f"{BASE}document/{key}"


def tr(key: str) -> str:
    return f"{BASE}document/{key}/translation/en"


# fixture -> the exact set of (focus node, path) that must come out as Violations
VIOLATING: dict[str, set[tuple[str, URIRef]]] = {
    "record-violating-identifier.ttl": {
        (doc("910001"), DCTERMS.identifier),
        (doc("910002"), DCTERMS.identifier),
        (doc("910003"), DCTERMS.identifier),
    },
    "record-violating-title.ttl": {
        (doc("911001"), DCTERMS.title),
        (doc("911002"), DCTERMS.title),
        (doc("911003"), DCTERMS.title),
        (doc("911004"), RDFS.label),
        (doc("911004"), SCHEMA.name),
    },
    "record-violating-dates.ttl": {
        (doc("912001"), DCTERMS.created),
        (doc("912002"), DCTERMS.created),
        (doc("912003"), DCTERMS.created),
        (doc("912004"), DCTERMS.created),
        (doc("912005"), ADO.editorialDate),
        (doc("912006"), ADO.editorialDate),
        (doc("912007"), ADO.dateAsWritten),
        (doc("912008"), ADO.createdAsWritten),
    },
    "record-violating-language.ttl": {
        (doc("913001"), DCTERMS.language),
        (doc("913002"), DCTERMS.language),
        (doc("913003"), DCTERMS.language),
        (doc("913004"), SCHEMA.inLanguage),
        (doc("913005"), SCHEMA.inLanguage),
    },
    "record-violating-verbatim.ttl": {
        (doc("914001"), ADO.registryNumber),
        (doc("914002"), ADO.signatureAsWritten),
        (doc("914003"), ADO.shelfmark),
        (doc("914004"), ADO.sourceFile),
    },
    "record-violating-texts.ttl": {
        (doc("915001"), DCTERMS.bibliographicCitation),
        (doc("915002"), DCTERMS.bibliographicCitation),
        (doc("915003"), DCTERMS.abstract),
    },
    "record-violating-links.ttl": {
        (doc("916001"), path)
        for path in (
            ADO.classification,
            ADO.priority,
            ADO.contentKind,
            DCTERMS.type,
            DCTERMS.isPartOf,
            RICO.hasOrHadHolder,
            SCHEMA.holdingArchive,
            RICO.isReplyTo,
            SCHEMA.mentions,
            DCTERMS.subject,
            DCTERMS.creator,
            SCHEMA.locationCreated,
            ADO.destination,
            RICO.hasSender,
            RICO.hasAddressee,
            SCHEMA.sender,
            SCHEMA.recipient,
            ADO.intermediary,
            ADO.participant,
            DCTERMS.source,
            SCHEMA.mainEntityOfPage,
            RDFS.seeAlso,
            SCHEMA.funder,
            ADO.obtainedBy,
            ADO.obtainedFor,
            ADO.contributedBy,
        )
    },
    "translation-violating-work.ttl": {
        (tr("921001"), SCHEMA.translationOfWork),
        (tr("921002"), SCHEMA.translationOfWork),
        (tr("921004"), SCHEMA.translationOfWork),
    },
    "translation-violating-language.ttl": {
        (tr("922001"), DCTERMS.language),
        (tr("922002"), DCTERMS.language),
        (tr("922003"), DCTERMS.language),
        (tr("922004"), SCHEMA.inLanguage),
        (tr("922005"), SCHEMA.inLanguage),
    },
    "translation-violating-other.ttl": {
        (tr("923001"), SCHEMA.text),
        (tr("923001"), SCHEMA.translator),
        (tr("923001"), SCHEMA.sourceOrganization),
        (tr("923001"), ADO.sourceFile),
    },
    "entity-violating-labels.ttl": {
        (f"{BASE}person/no-label", SKOS.prefLabel),
        (f"{BASE}org/two-labels", SKOS.prefLabel),
        (f"{BASE}place/iri-label", SKOS.prefLabel),
        (f"{BASE}collection/iri-alt", SKOS.altLabel),
        (f"{BASE}collection/iri-alt", SKOS.hiddenLabel),
        (f"{BASE}org/foaf-only", SKOS.prefLabel),
    },
    "entity-violating-links-dates.ttl": {
        (f"{BASE}place/bucharest", SKOS.exactMatch),
        (f"{BASE}org/rcp", SCHEMA.startDate),
        (f"{BASE}org/rcp", SCHEMA.endDate),
    },
    "concept-violating.ttl": {
        (f"{BASE}concept/test/no-label", SKOS.prefLabel),
        (f"{BASE}concept/test/two-labels", SKOS.prefLabel),
        (f"{BASE}concept/test/no-scheme", SKOS.inScheme),
        (f"{BASE}concept/test/literal-scheme", SKOS.inScheme),
        (f"{BASE}concept/test/iri-notation", SKOS.notation),
        (f"{BASE}concept/test/literal-links", SKOS.broader),
        (f"{BASE}concept/test/literal-links", SKOS.narrower),
        (f"{BASE}concept/test/literal-links", SKOS.closeMatch),
    },
    "publication-violating.ttl": {
        (f"{doc('917001')}#publication-1", RDFS.label),
        (f"{doc('917001')}#publication-1", DCTERMS.bibliographicCitation),
        (f"{doc('917002')}#publication-1", RDFS.label),
        (f"{doc('917003')}#publication-1", RDFS.label),
        (f"{doc('917003')}#publication-1", DCTERMS.bibliographicCitation),
    },
    "dataset-violating.ttl": {
        (f"{BASE}dataset/a", DCTERMS.title),
        (f"{BASE}dataset/b", DCTERMS.title),
        (f"{BASE}dataset/b", DCTERMS.license),
        (f"{BASE}dataset/c", DCTERMS.publisher),
        (f"{BASE}dataset/c", DCTERMS.conformsTo),
        (f"{BASE}dataset/c", VOID.triples),
    },
}

# fixtures that must give no Violation; all but the partial dates give no result at all
CONFORMING = [
    "record-conforming.ttl",
    "record-conforming-partial-dates.ttl",
    "translation-conforming.ttl",
    "entity-conforming.ttl",
    "concept-conforming.ttl",
    "dataset-conforming.ttl",
]
INCOMPLETE = {"record-conforming-partial-dates.ttl"}  # Warnings (no language, holder...)

# fixture -> the exact set of (severity, path) it gives: Warnings and Infos, never a failure
NOT_FAILING: dict[str, set[tuple[str, URIRef]]] = {
    "record-warnings.ttl": {
        ("Warning", DCTERMS.created),
        ("Warning", DCTERMS.language),
        ("Warning", DCTERMS.bibliographicCitation),
        ("Warning", DCTERMS.isPartOf),
        ("Warning", RICO.hasOrHadHolder),
        ("Info", DCTERMS.abstract),
    },
    "translation-warnings.ttl": {
        ("Warning", SCHEMA.text),
        ("Warning", SCHEMA.translator),
    },
    "concept-info.ttl": {("Info", SKOS.definition)},
    "dataset-warnings.ttl": {
        ("Warning", DCTERMS.description),
        ("Warning", DCTERMS.publisher),
        ("Warning", DCTERMS.license),
    },
}

ALL_FIXTURES = sorted([*VIOLATING, *CONFORMING, *NOT_FAILING])


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def load(name: str) -> Graph:
    return Graph().parse(FIXTURES / name, format="turtle")


def english_messages(report: Graph) -> list[bool]:
    """For each result of a report: does it have an English message?"""
    return [
        any(
            isinstance(m, Literal) and m.language == "en"
            for m in report.objects(r, SH.resultMessage)
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]


def shapes_of(shapes: Graph, severity: URIRef) -> set[str]:
    return {str(s) for s in shapes.subjects(SH.severity, severity)}


# --- the fixtures -----------------------------------------------------------------------------


def test_every_fixture_is_listed() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.ttl")) == ALL_FIXTURES


@pytest.mark.parametrize("name", CONFORMING)
def test_conforming_fixture_gives_no_violation(shapes: Graph, name: str) -> None:
    results, report = validate_graph(load(name), shapes)
    assert not has_violations(results)
    if name not in INCOMPLETE:
        assert results == []
        assert (None, SH.conforms, Literal(True)) in report


@pytest.mark.parametrize("name", sorted(VIOLATING))
def test_violating_fixture_gives_expected_violations(shapes: Graph, name: str) -> None:
    results, report = validate_graph(load(name), shapes)
    violations = {(r.focus, URIRef(r.path or "")) for r in results if r.severity == "Violation"}
    assert violations == VIOLATING[name]
    assert has_violations(results)
    assert all(english_messages(report))
    assert all(r.message and r.shape.startswith(ADOSH) for r in results)


@pytest.mark.parametrize("name", sorted(NOT_FAILING))
def test_warning_and_info_fixtures_do_not_fail(shapes: Graph, name: str) -> None:
    results, report = validate_graph(load(name), shapes)
    assert {(r.severity, URIRef(r.path or "")) for r in results} == NOT_FAILING[name]
    assert not has_violations(results)
    # ... although pySHACL says the graph does not conform
    assert (None, SH.conforms, Literal(False)) in report
    assert all(english_messages(report))


def test_every_violation_shape_has_a_violating_fixture(shapes: Graph) -> None:
    triggered = {
        r.shape
        for name in VIOLATING
        for r in validate_graph(load(name), shapes)[0]
        if r.severity == "Violation"
    }
    assert triggered == shapes_of(shapes, SH.Violation)


def test_every_warning_and_info_shape_has_a_fixture(shapes: Graph) -> None:
    triggered = {
        (r.severity, r.shape) for name in NOT_FAILING for r in validate_graph(load(name), shapes)[0]
    }
    assert {s for sev, s in triggered if sev == "Warning"} == shapes_of(shapes, SH.Warning)
    assert {s for sev, s in triggered if sev == "Info"} == shapes_of(shapes, SH.Info)


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_same_results_as_plain_pyshacl(shapes: Graph, name: str) -> None:
    """The compiled, memoised, targeted run equals pySHACL's own ``validate``."""
    data = load(name)
    plain_shapes = Graph()
    plain_shapes += shapes  # pySHACL adds triples to the shapes graph it is given
    expected = validate._sorted(validate._read(run_plain(data, plain_shapes)))
    assert validate_graph(data, shapes)[0] == expected


# --- the decision: severities, not sh:conforms --------------------------------------------------

PITFALL_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:ThingShape a sh:NodeShape ;
    sh:targetClass ex:Thing ;
    sh:severity sh:Warning ;
    sh:message "A thing."@en ;
    sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message "A thing needs a name."@en ] .
"""


def test_pyshacl_severity_pitfall_does_not_fool_has_violations() -> None:
    """A node shape with sh:severity sh:Warning whose property shape fails with a Violation.

    Under allow_warnings pySHACL says the graph conforms although its report holds a
    Violation; our decision reads the severities and still fails.
    """
    pitfall = Graph().parse(data=PITFALL_SHAPES, format="turtle")
    data = Graph().parse(
        data="@prefix ex: <http://example.org/> . ex:a a ex:Thing .", format="turtle"
    )
    conforms, report, _text = pyshacl_validate(
        data, shacl_graph=pitfall, allow_warnings=True, inference="none"
    )
    assert conforms is True  # what pySHACL reports...
    severities = set(report.objects(None, SH.resultSeverity))
    assert severities == {SH.Violation}  # ... with a Violation in its own report

    results, _report = validate_graph(data, pitfall)
    assert [(r.severity, r.path, r.message) for r in results] == [
        ("Violation", "http://example.org/name", "A thing needs a name.")
    ]
    assert has_violations(results)


def test_has_violations_reads_severities_only() -> None:
    def result(severity: str) -> ValidationResult:
        return ValidationResult("http://x/a", "http://x/p", severity, "m", "http://x/s", None)

    assert not has_violations([])
    assert not has_violations([result("Warning"), result("Info")])
    assert has_violations([result("Info"), result("Violation")])
    assert has_violations(iter([result("Violation")]))


# --- the shapes themselves -----------------------------------------------------------------------


def all_shapes(shapes: Graph) -> set[URIRef]:
    return set(shapes.subjects(RDF.type, SH.NodeShape)) | set(
        shapes.subjects(RDF.type, SH.PropertyShape)
    )


def test_no_node_shape_with_property_shapes_has_a_severity(shapes: Graph) -> None:
    offenders = {s for s in shapes.subjects(SH.property, None) if (s, SH.severity, None) in shapes}
    assert offenders == set()


def test_every_property_shape_states_its_severity(shapes: Graph) -> None:
    allowed = {SH.Violation, SH.Warning, SH.Info}
    for shape in shapes.objects(None, SH.property):
        assert set(shapes.objects(shape, SH.severity)) <= allowed, shape
        assert len(set(shapes.objects(shape, SH.severity))) == 1, shape


def test_every_shape_is_named_and_has_an_english_message(shapes: Graph) -> None:
    named = all_shapes(shapes)
    assert len(named) > 60
    assert all(isinstance(s, URIRef) and s.startswith(ADOSH) for s in named)
    for shape in named:
        for predicate in (SH.message, SH.name, SH.description):
            values = list(shapes.objects(shape, predicate))
            assert any(isinstance(v, Literal) and v.language == "en" for v in values), (
                shape,
                predicate,
            )


def test_property_shapes_are_all_reached_from_a_node_shape(shapes: Graph) -> None:
    assert set(shapes.subjects(RDF.type, SH.PropertyShape)) == set(
        shapes.objects(None, SH.property)
    )


def test_shapes_use_core_constraints_only(shapes: Graph) -> None:
    forbidden = [SH.sparql, SH["class"], SH.rule, SH.target, SH.node, SH.qualifiedValueShape]
    for predicate in forbidden:
        assert (None, predicate, None) not in shapes, predicate
    assert (None, URIRef("http://www.w3.org/2002/07/owl#imports"), None) not in shapes


def test_node_shapes_and_their_targets(shapes: Graph) -> None:
    targets = {
        str(s).removeprefix(ADOSH): {str(c) for c in shapes.objects(s, SH.targetClass)}
        for s in shapes.subjects(RDF.type, SH.NodeShape)
    }
    assert targets == {
        "RecordShape": {str(RICO.Record)},
        "TranslationShape": {str(ADO.Translation)},
        "LabelledEntityShape": {
            f"{FOAF_NAME}Person",
            f"{FOAF_NAME}Organization",
            "http://www.w3.org/ns/org#Organization",
            str(SCHEMA.Place),
            "http://purl.org/dc/dcmitype/Collection",
        },
        "ConceptShape": {str(SKOS.Concept)},
        "PublicationShape": {str(DCTERMS.BibliographicResource)},
        "DatasetShape": {str(VOID.Dataset)},
    }


def test_profile_ties_ontology_concepts_and_shapes(shapes: Graph) -> None:
    prof = "http://www.w3.org/ns/dx/prof/"
    profile = URIRef("https://w3id.org/archival-documents/profile")
    assert (profile, RDF.type, URIRef(f"{prof}Profile")) in shapes
    artifacts = {
        str(a)
        for r in shapes.objects(profile, URIRef(f"{prof}hasResource"))
        for a in shapes.objects(r, URIRef(f"{prof}hasArtifact"))
    }
    assert {
        "https://w3id.org/archival-documents/ontology",
        "https://w3id.org/archival-documents/shapes",
    } <= artifacts
    assert len(artifacts) == 4


# --- the validation module ---------------------------------------------------------------------


def test_results_are_sorted_and_deterministic(shapes: Graph) -> None:
    data = load("record-violating-links.ttl")
    first = validate_graph(data, shapes)[0]
    assert first == validate_graph(data, shapes)[0]
    assert first == validate._sorted(reversed(first))
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    keys = [(r.focus, r.path or "", rank[r.severity]) for r in first]
    assert keys == sorted(keys)


def test_result_fields(shapes: Graph) -> None:
    results, _ = validate_graph(load("record-violating-verbatim.ttl"), shapes)
    registry = next(r for r in results if r.path == str(ADO.registryNumber))
    assert registry.focus == doc("914001")
    assert registry.severity == "Violation"
    assert registry.shape == f"{ADOSH}Record-registryNumber"
    assert registry.value == '"76.153"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    assert "76.153" in registry.message
    assert str(registry).startswith(f"Violation: <{doc('914001')}> {ADO.registryNumber}: ")


def test_blank_node_link_is_a_violation_with_its_value(shapes: Graph) -> None:
    results, _ = validate_graph(load("record-violating-links.ttl"), shapes)
    creators = [r.value for r in results if r.path == str(DCTERMS.creator)]
    assert len(creators) == 2
    assert any(v and v.startswith("_:") for v in creators)


def test_dataset_input_is_validated_as_the_union_of_its_graphs(shapes: Graph) -> None:
    """Curated statements and machine-extracted mentions in separate named graphs."""
    dataset = Dataset()
    curated = dataset.graph(URIRef("http://127.0.0.1:8080/graph/document/116702"))
    curated.parse(FIXTURES / "record-conforming.ttl", format="turtle")
    mentions = dataset.graph(URIRef("http://127.0.0.1:8080/graph/mentions/116702"))
    mentions.add((URIRef(doc("116702")), SCHEMA.mentions, Literal("KWP")))
    results, _ = validate_graph(dataset, shapes)
    assert [(r.focus, r.path, r.value) for r in results] == [
        (doc("116702"), str(SCHEMA.mentions), '"KWP"')
    ]


def test_shapes_graph_is_left_untouched_and_recompiled_when_it_changes() -> None:
    shapes = load_shapes()
    size = len(shapes)
    data = load("record-warnings.ttl")
    assert not has_violations(validate_graph(data, shapes)[0])
    assert len(shapes) == size
    # a new mandatory property makes the same data fail
    shape = URIRef(f"{ADOSH}Record-registryNumber")
    shapes.add((shape, SH.minCount, Literal(1)))
    results = validate_graph(data, shapes)[0]
    assert [(r.severity, r.path) for r in results if r.severity == "Violation"] == [
        ("Violation", str(ADO.registryNumber))
    ]


def test_complex_paths_are_rendered_as_sparql_paths() -> None:
    shapes = Graph().parse(
        format="turtle",
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:T ;
            sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] ,
                        [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .""",
    )
    data = Graph().parse(data="<http://example.org/a> a <http://example.org/T> .", format="turtle")
    paths = sorted(r.path or "" for r in validate_graph(data, shapes)[0])
    assert paths == ["<http://example.org/p> / <http://example.org/q>", "^<http://example.org/p>"]


def test_load_shapes_needs_turtle_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_shapes(tmp_path)
