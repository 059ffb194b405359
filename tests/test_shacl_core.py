"""The fast SHACL checker gives pySHACL's results, and refuses what it does not implement.

:func:`linkeddata.shacl.validate.validate_graph` uses :mod:`linkeddata.shacl.core` when the shapes
compile, :func:`~linkeddata.shacl.validate.validate_graph_pyshacl` is pySHACL: the two are compared
on every fixture of ``tests/data/shapes/``, on synthetic documents mapped from ``bench/``'s
generator, on mutated copies of them that break every constraint family, and on a shapes graph
that uses every supported component; shapes with anything else must go to pySHACL.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD
from rdflib.term import Node
from synthetic import bench_generator

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.stubs import Stubs
from linkeddata.parser import read_record
from linkeddata.shacl.compiler import Refused, compile_shapes
from linkeddata.shacl.validate import (
    ValidationResult,
    has_violations,
    load_shapes,
    validate_graph,
    validate_graph_pyshacl,
)
from linkeddata.vocab import ADO, RICO, SCHEMA, SH

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "shapes"
DOCUMENTS = 320
EX = "http://example.org/"

Mutation = Callable[[Graph], None]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def same_as_pyshacl(data: Graph, shapes: Graph) -> tuple[list[ValidationResult], Graph]:
    """Assert that both paths give the same results and isomorphic reports; pySHACL's."""
    fast, fast_report = validate_graph(data, shapes)
    reference, report = validate_graph_pyshacl(data, shapes)
    assert fast == reference
    assert isomorphic(fast_report, report)
    return reference, report


def components(report: Graph) -> set[str]:
    return {str(c).rsplit("#")[-1] for c in report.objects(None, SH.sourceConstraintComponent)}


# --- the project's shapes -------------------------------------------------------------------------


def test_project_shapes_compile(shapes: Graph) -> None:
    compiled = compile_shapes(shapes)
    assert len(compiled.targeted) == 6  # record, translation, publication, entity, concept, dataset


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.ttl")))
def test_fixture(shapes: Graph, name: str) -> None:
    same_as_pyshacl(Graph().parse(FIXTURES / name), shapes)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[Graph]:
    """Synthetic records written by ``bench/generate.py``, parsed and mapped, each with the
    stubs it links to."""
    generate = bench_generator()
    root = tmp_path_factory.mktemp("collection")
    generate.generate(DOCUMENTS, root, authorities=ROOT / "documents" / "authorities.ttl")
    iris = Iris()
    context = Context(iris, load_authority(root / "authorities.ttl", iris))
    graphs = []
    for path in sorted(root.glob("*/*.txt")):
        mapped = map_record(read_record(path, root), context, sha256="0" * 64)
        stubs = Stubs()  # described as the release's stubs graph describes them
        stubs.add(path.stem, mapped.stubs)
        graphs.append(mapped.graph + stubs.graph(iris))
    return graphs


@pytest.mark.slow
def test_synthetic_documents(shapes: Graph, documents: list[Graph]) -> None:
    assert len(documents) == DOCUMENTS
    found = Counter()
    for graph in documents:
        results, _report = same_as_pyshacl(graph, shapes)
        found.update(r.severity for r in results)
    assert found["Warning"] > 0  # the comparison is not only of empty result lists


# Mutations of mapped documents, one family of constraints each (applied in place to a copy).


def nodes(graph: Graph, *classes: URIRef) -> list[Node]:
    return sorted({s for c in classes for s in graph.subjects(RDF.type, c)}, key=str)


def entities(graph: Graph) -> list[Node]:
    return nodes(graph, FOAF.Person, FOAF.Organization, SCHEMA.Place)


def replace(graph: Graph, predicate: URIRef, value: Callable[[Node], Node]) -> None:
    for s, o in sorted(graph.subject_objects(predicate)):
        graph.remove((s, predicate, o))
        graph.add((s, predicate, value(o)))


def no_title(graph: Graph) -> None:
    graph.remove((None, DCTERMS.title, None))
    graph.remove((None, DCTERMS.identifier, None))


def second_values(graph: Graph) -> None:
    for record in nodes(graph, RICO.Record):
        graph.add((record, DCTERMS.title, Literal("Another title", lang="en")))
        graph.add((record, DCTERMS.created, Literal("1967", datatype=XSD.gYear)))
        graph.add((record, ADO.sourceFile, Literal("other.txt")))
    for translation in nodes(graph, ADO.Translation):
        graph.add((translation, SCHEMA.translationOfWork, URIRef(f"{EX}other")))


def wrong_datatypes(graph: Graph) -> None:
    replace(graph, DCTERMS.title, lambda o: Literal(str(o)))
    replace(graph, DCTERMS.identifier, lambda o: Literal(int(str(o))))
    replace(graph, ADO.registryNumber, lambda o: Literal("76.153", datatype=XSD.decimal))
    replace(graph, ADO.shelfmark, lambda o: Literal(str(o), lang="en"))
    replace(graph, DCTERMS.abstract, lambda o: Literal(str(o), datatype=XSD.string))
    replace(graph, SCHEMA.text, lambda o: Literal(str(o)))


def blank_node_links(graph: Graph) -> None:
    links = (SCHEMA.mentions, DCTERMS.creator, DCTERMS.isPartOf, SCHEMA.translator, DCTERMS.type)

    def blank(o: Node) -> Node:
        node = BNode()
        graph.add((node, SKOS.prefLabel, Literal(f"copy of {o}", lang="en")))
        return node

    for link in links:
        replace(graph, link, blank)
    replace(graph, SCHEMA.locationCreated, lambda o: Literal(str(o)))


def bad_languages(graph: Graph) -> None:
    replace(graph, DCTERMS.language, lambda o: URIRef(str(o).replace("iso639-2", "iso639-1")))
    replace(graph, SCHEMA.inLanguage, lambda o: Literal(f"{o}_RO"))
    for record in nodes(graph, RICO.Record):
        graph.add((record, DCTERMS.language, Literal("rum")))
        graph.add((record, SCHEMA.inLanguage, Literal("ro", lang="en")))


def bad_dates(graph: Graph) -> None:
    replace(graph, DCTERMS.created, lambda o: Literal("1967-13-45", datatype=XSD.date))
    for record in nodes(graph, RICO.Record):
        graph.add((record, ADO.editorialDate, Literal("1967-05-01")))
        # ill-typed, and accepted by pySHACL, which cannot check xsd:gYearMonth: so here too
        graph.add((record, ADO.dateAsWritten, Literal("29.IV/7", datatype=XSD.gYearMonth)))
    for entity in entities(graph):
        graph.add((entity, SCHEMA.startDate, Literal("1948")))
        graph.add((entity, SCHEMA.endDate, Literal("1965-7", datatype=XSD.gYearMonth)))
        graph.add((entity, SCHEMA.endDate, Literal("1966", datatype=XSD.gYear)))


def bad_labels(graph: Graph) -> None:
    for i, entity in enumerate(entities(graph)):
        if i % 3 == 0:
            graph.remove((entity, SKOS.prefLabel, None))
        elif i % 3 == 1:
            graph.add((entity, SKOS.prefLabel, Literal("Same language", lang="EN")))
            graph.add((entity, SKOS.prefLabel, Literal("Limba", lang="ro")))
            graph.add((entity, SKOS.prefLabel, Literal("Alta", lang="RO")))
        else:
            graph.add((entity, SKOS.prefLabel, URIRef(f"{EX}label")))
            graph.add((entity, SKOS.altLabel, URIRef(f"{EX}alt")))


def blank_and_sub_class_focus_nodes(graph: Graph) -> None:
    """Focus nodes that are blank nodes, or instances of a subclass in the data graph."""
    person, place = BNode(), BNode()
    graph.add((person, RDF.type, FOAF.Person))
    graph.add((person, SKOS.exactMatch, Literal("Q1")))
    graph.add((place, RDF.type, SCHEMA.Place))
    graph.add((place, SKOS.prefLabel, Literal("Nowhere", lang="en")))
    graph.add((URIRef(f"{EX}Telegram"), RDFS.subClassOf, URIRef(f"{EX}Message")))
    graph.add((URIRef(f"{EX}Message"), RDFS.subClassOf, RICO.Record))
    graph.add((URIRef(f"{EX}telegram"), RDF.type, URIRef(f"{EX}Telegram")))
    graph.add((URIRef(f"{EX}telegram"), DCTERMS.title, Literal("A telegram", lang="en")))


MUTATIONS: dict[str, Mutation] = {
    f.__name__: f
    for f in (
        no_title,
        second_values,
        wrong_datatypes,
        blank_node_links,
        bad_languages,
        bad_dates,
        bad_labels,
        blank_and_sub_class_focus_nodes,
    )
}


@pytest.mark.slow
def test_mutated_documents(shapes: Graph, documents: list[Graph]) -> None:
    """Every mutation family adds Violations; together they trigger every component used."""
    triggered: set[str] = set()
    effective: Counter[str] = Counter()
    for i, original in enumerate(documents):
        name = list(MUTATIONS)[i % len(MUTATIONS)]
        graph = Graph() if i % 2 else Graph(store="SimpleMemory")  # both kinds of store
        graph += original
        MUTATIONS[name](graph)
        results, report = same_as_pyshacl(graph, shapes)
        before = validate_graph(original, shapes)[0]  # the same as pySHACL's: tested above
        effective[name] += sum(r.severity == "Violation" for r in results) > sum(
            r.severity == "Violation" for r in before
        )
        triggered |= components(report)
    assert set(effective) == set(MUTATIONS)
    assert all(count >= DOCUMENTS // len(MUTATIONS) // 2 for count in effective.values())
    assert triggered == {
        "MinCountConstraintComponent",
        "MaxCountConstraintComponent",
        "DatatypeConstraintComponent",
        "NodeKindConstraintComponent",
        "PatternConstraintComponent",
        "UniqueLangConstraintComponent",
        "OrConstraintComponent",
    }


def test_dataset_input(shapes: Graph, documents: list[Graph]) -> None:
    dataset = Dataset()
    curated = dataset.graph(URIRef(f"{EX}graph/curated"))
    curated += documents[0]
    mentions = dataset.graph(URIRef(f"{EX}graph/mentions"))
    record = nodes(documents[0], RICO.Record)[0]
    mentions.add((record, SCHEMA.mentions, Literal("KWP")))
    mentions.add((record, SCHEMA.mentions, BNode()))
    results, _report = same_as_pyshacl(dataset, shapes)
    assert has_violations(results)


def test_report_is_not_changed_by_later_changes_of_the_data(shapes: Graph) -> None:
    data = Graph().parse(FIXTURES / "record-violating-links.ttl")
    reference = validate_graph_pyshacl(data, shapes)[1]
    _results, report = validate_graph(data, shapes)
    blank = next(o for o in data.objects() if isinstance(o, BNode))
    data.add((blank, RDFS.label, Literal("added later")))
    assert isomorphic(report, reference)
    assert isomorphic(Graph().parse(data=report.serialize(format="turtle")), reference)


# --- every supported component, on hand-made shapes and data ------------------------------------

EVERY_COMPONENT = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:Thing a sh:NodeShape ; sh:targetClass ex:Thing ; sh:targetNode ex:lonely, "literal" ;
    sh:property ex:in, ex:lang, ex:has, ex:pattern, ex:inverse, ex:or, ex:off, ex:any, ex:int .
ex:in sh:path ex:colour ; sh:in ( ex:red ex:green "blue" 1 ) ; sh:severity sh:Info ;
    sh:message "Not a colour."@en, "Pas une couleur."@fr .
ex:lang sh:path ex:label ; sh:languageIn ( "en" "ro-RO" ) ; sh:uniqueLang true ;
    sh:maxCount 3 ; sh:message "Label." .
ex:has sh:path ex:kind ; sh:hasValue ex:a, ex:b ; sh:message "Kind."@de .
ex:pattern sh:path ex:code ; sh:pattern "^ab" ; sh:pattern "C$" ; sh:flags "i" ;
    sh:message "Code."@en .
ex:inverse sh:path [ sh:inversePath ex:owns ] ; sh:minCount 1 ;
    sh:nodeKind sh:BlankNodeOrIRI ; sh:message "Owner."@en .
ex:or sh:path ex:when ; sh:message "When."@en ;
    sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ; sh:pattern "^1" ]
            [ sh:nodeKind sh:IRI ; sh:in ( ex:now ) ] [ sh:hasValue "never" ] ) .
ex:off sh:path ex:x ; sh:minCount 5 ; sh:deactivated true ; sh:message "Off."@en .
ex:any sh:path ex:t ; sh:or ( [ sh:datatype rdfs:Literal ] [ sh:nodeKind sh:BlankNode ] ) ;
    sh:message "T."@en .
ex:int sh:path ex:n ; sh:datatype xsd:integer ; sh:message "N."@en .
ex:Knower a sh:NodeShape ; sh:targetSubjectsOf ex:knows ; sh:nodeKind sh:IRI ;
    sh:severity sh:Warning ; sh:message "Knower."@en ;
    sh:property [ sh:path ex:knows ; sh:datatype rdf:langString ; sh:message "Knows."@en ;
                  sh:property [ sh:path ex:age ; sh:minCount 1 ; sh:message "Age."@en ] ] .
ex:Known a sh:NodeShape ; sh:targetObjectsOf ex:knows ; sh:in ( ex:bob ) ; sh:message "Known." .
ex:Class a rdfs:Class, sh:NodeShape ;
    sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:datatype xsd:string ; sh:message "Name." ] .
ex:Off a sh:NodeShape ; sh:targetClass ex:Thing ; sh:deactivated true ; sh:nodeKind sh:Literal ;
    sh:message "Off." .
ex:Datatypes a sh:NodeShape ; sh:targetClass ex:Datatypes ;
    sh:property [ sh:path ex:v ; sh:datatype rdfs:Datatype ; sh:message "V."@en ] ,
        [ sh:path ex:s ; sh:datatype xsd:string ; sh:message "S."@en ] ,
        [ sh:path ex:s ; sh:languageIn ( "*" ) ; sh:message "Any language."@en ] .
"""

EVERY_COMPONENT_DATA = """
@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Special rdfs:subClassOf ex:Thing . ex:Very rdfs:subClassOf ex:Special .
ex:Loop rdfs:subClassOf ex:Very . ex:Very rdfs:subClassOf ex:Loop .
ex:a1 a ex:Thing ; ex:colour ex:red, "blue", ex:blue, "1"^^xsd:integer, "01"^^xsd:integer ;
    ex:label "x"@en, "y"@EN, "z"@ro-RO, "w"@ro-ro, "q"@ro, "k"@en-GB, "plain", ex:iri ;
    ex:kind ex:a ; ex:code "ABc", "xxc", ex:abC, "zzz"@en, [ ex:q 1 ] ;
    ex:when "1967-13-45"^^xsd:date, "1967-05-01"^^xsd:date, "1967"^^xsd:gYear, "2967"^^xsd:gYear,
        ex:now, ex:then, "never", "never"@en ;
    ex:t "a", [ ex:r 2 ], ex:i ; ex:n 1, "x"^^xsd:integer, "1"^^xsd:decimal, "2" ; ex:x 1 .
ex:a2 a ex:Very ; ex:kind ex:a, ex:b . ex:owner ex:owns ex:a2 . "lit" ex:owns ex:a2 .
[] ex:owns ex:a1 .
_:b1 a ex:Special ; ex:colour [ ex:deep [ ex:deeper 1 ] ] .
ex:k ex:knows ex:bob, "friend"@en, "x" . ex:bob ex:age 3 . _:b2 ex:knows ex:carl .
ex:c a ex:Class . ex:d a ex:Class ; ex:name "d", "e"^^xsd:string, "f"@en, "g"^^xsd:token .
ex:any a ex:Datatypes ; ex:v "1"^^xsd:integer, "p", "q"@en, ex:z ;
    ex:s "1"^^xsd:string, "p", "q"@en, "r"^^xsd:normalizedString .
"""


def test_every_supported_component() -> None:
    shapes = Graph().parse(data=EVERY_COMPONENT, format="turtle")
    data = Graph().parse(data=EVERY_COMPONENT_DATA, format="turtle")
    compile_shapes(shapes)  # not refused
    results, report = same_as_pyshacl(data, shapes)
    assert len(results) == 54
    assert {r.severity for r in results} == {"Violation", "Warning", "Info"}
    assert components(report) == {
        f"{name}ConstraintComponent"
        for name in (
            *("MinCount", "MaxCount", "Datatype", "NodeKind", "Pattern", "In"),
            *("LanguageIn", "UniqueLang", "HasValue", "Or"),
        )
    }
    shapes.add((URIRef(f"{EX}off"), SH.deactivated, Literal(False)))  # two values: refused
    with pytest.raises(Refused, match="more than one"):
        compile_shapes(shapes)


# --- refusals and the fallback ----------------------------------------------------------------

PREFIXES = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
TARGET = "ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:message 'S.' ; "


def prop(path_and_constraints: str) -> str:
    """The target shape with a property shape."""
    return f"{TARGET} sh:property [ sh:message 'P.' ; sh:path {path_and_constraints} ] ."


UNSUPPORTED = {
    "sparql": TARGET + "sh:sparql [ sh:message 'Q.' ; sh:select "
    "'SELECT $this WHERE { $this <http://example.org/p> ?o }' ] .",
    "node": prop("ex:p ; sh:node ex:N") + " ex:N sh:nodeKind sh:IRI .",
    "and": TARGET + "sh:and ( [ sh:nodeKind sh:Literal ] ) .",
    "xone": TARGET + "sh:xone ( [ sh:nodeKind sh:IRI ] [ sh:nodeKind sh:BlankNodeOrIRI ] ) .",
    "not": TARGET + "sh:not [ sh:nodeKind sh:IRI ] .",
    "closed": TARGET + "sh:closed true .",
    "class": prop("ex:p ; sh:class ex:C"),
    "equals": prop("ex:p ; sh:equals ex:q"),
    "minInclusive": prop("ex:p ; sh:minInclusive 3"),
    "minLength": prop("ex:p ; sh:minLength 3"),
    "qualifiedValueShape": prop(
        "ex:p ; sh:qualifiedValueShape [ sh:nodeKind sh:IRI ] ; sh:qualifiedMinCount 1"
    ),
    "sequence path": prop("( ex:p ex:q ) ; sh:minCount 1"),
    "alternative path": prop("[ sh:alternativePath ( ex:p ex:q ) ] ; sh:maxCount 1"),
    "zero or more path": prop("[ sh:zeroOrMorePath ex:p ] ; sh:maxCount 1"),
    "no message": TARGET + "sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
    "or of property shapes": prop("ex:p ; sh:or ( [ sh:path ex:q ; sh:minCount 1 ] )"),
    "string minCount": prop("ex:p ; sh:minCount '1'"),
}
DATA = """
@prefix ex: <http://example.org/> .
ex:a a ex:T ; ex:p ex:b, "c" . ex:b a ex:T ; ex:q ex:a . ex:c a ex:T .
"""


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_shapes_are_refused_and_validated_by_pyshacl(name: str) -> None:
    shapes = Graph().parse(data=PREFIXES + UNSUPPORTED[name], format="turtle")
    with pytest.raises(Refused):
        compile_shapes(shapes)
    data = Graph().parse(data=DATA, format="turtle")
    if name == "string minCount":  # pySHACL rejects it too
        with pytest.raises(Exception, match="xsd:integer"):
            validate_graph(data, shapes)
        return
    results, report = validate_graph(data, shapes)
    reference, _ = validate_graph_pyshacl(data, shapes)
    assert results == reference
    assert has_violations(results)
    assert (None, SH.conforms, Literal(False)) in report


def test_recursive_shapes_are_refused() -> None:
    shapes = Graph().parse(
        data=f"{PREFIXES} {TARGET} sh:property ex:P . "
        "ex:P sh:path ex:p ; sh:message 'P.' ; sh:property ex:P .",
        format="turtle",
    )
    with pytest.raises(Refused, match="recursive"):
        compile_shapes(shapes)


def test_severity_pitfall_on_the_fast_path() -> None:
    """A node shape with sh:severity sh:Warning: its property shape's results are Violations."""
    shapes = Graph().parse(
        data=PREFIXES + "ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:severity sh:Warning ; "
        "sh:message 'A thing.'@en ; "
        "sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:message 'A thing needs a name.'@en ] .",
        format="turtle",
    )
    compile_shapes(shapes)  # the fast path, not pySHACL's
    data = Graph().parse(data="<http://example.org/a> a <http://example.org/T> .", format="turtle")
    results, _report = same_as_pyshacl(data, shapes)
    assert [(r.severity, r.path, r.message) for r in results] == [
        ("Violation", f"{EX}name", "A thing needs a name.")
    ]
    assert has_violations(results)
