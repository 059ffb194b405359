"""The facts the index takes from a document come from its RDF, whatever statements make them:
a graph the converter does not (yet) write still gets its senders, types and dates indexed."""

from __future__ import annotations

from itertools import chain

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, FOAF, RDF, SKOS, XSD

from linkeddata.search.facts import Labels, document_facts
from linkeddata.vocab import ADO, ISO639_2, RICO, SCHEMA

ID = Namespace("http://example.org/id/")
DOC = ID["document/1"]
TRANSLATION = ID["document/1/translation/en"]


def curated() -> Labels:
    graph = Graph()
    graph.add((ID["org/archive"], RDF.type, FOAF.Organization))
    graph.add((ID["org/archive"], SKOS.prefLabel, Literal("The Archive", lang="en")))
    graph.add((ID["org/ministry"], RDF.type, FOAF.Organization))
    graph.add((ID["org/ministry"], SKOS.prefLabel, Literal("Ministry", lang="en")))
    graph.add((ID["org/ministry"], SKOS.prefLabel, Literal("Министерство", lang="ru")))
    graph.add((ID["org/ministry"], SKOS.altLabel, Literal("MFA", lang="en")))
    return Labels.from_graphs([graph])


def document() -> Graph:
    graph = Graph()
    graph.add((DOC, RDF.type, RICO.Record))
    graph.add((DOC, DCTERMS.identifier, Literal("1")))
    graph.add((DOC, DCTERMS.title, Literal("Letter to the Ministry", lang="en")))
    graph.add((DOC, DCTERMS.abstract, Literal("About a visit.", lang="en")))
    graph.add((DOC, DCTERMS.language, ISO639_2.rus))
    # a document type minted in the document's own graph, as a concept
    graph.add((DOC, DCTERMS.type, ID["concept/document-type/letter"]))
    graph.add((ID["concept/document-type/letter"], RDF.type, SKOS.Concept))
    graph.add((ID["concept/document-type/letter"], SKOS.prefLabel, Literal("letter", lang="en")))
    # sender and addressee, properties the converter may come to write
    graph.add((DOC, RICO.hasSender, ID["person/ivanov"]))
    graph.add((ID["person/ivanov"], RDF.type, FOAF.Person))
    graph.add((ID["person/ivanov"], SKOS.prefLabel, Literal("Ivanov", lang="en")))
    graph.add((DOC, RICO.hasAddressee, ID["org/ministry"]))
    graph.add((DOC, RICO.hasOrHadHolder, ID["org/archive"]))
    graph.add((DOC, SCHEMA.workTranslation, TRANSLATION))
    graph.add((TRANSLATION, SCHEMA.text, Literal("Dear comrades...", lang="en")))
    graph.add((TRANSLATION, SCHEMA.translator, ID["person/petrov"]))
    graph.add((ID["person/petrov"], RDF.type, FOAF.Person))
    graph.add((ID["person/petrov"], SKOS.prefLabel, Literal("Petrov", lang="en")))
    return graph


def test_facets_come_from_whatever_the_graph_says() -> None:
    graph = document()
    graph.add((DOC, DCTERMS.created, Literal("1956-03", datatype=XSD.gYearMonth)))
    facts = document_facts(graph, curated())
    assert facts is not None
    assert (facts.key, facts.title, facts.date, facts.year) == (
        "1",
        "Letter to the Ministry",
        "1956-03",
        1956,
    )
    assert facts.values == {
        "holder": (str(ID["org/archive"]),),
        "language": (str(ISO639_2.rus),),
        "organisation": (str(ID["org/ministry"]),),  # the holder is not one of them
        "person": (str(ID["person/ivanov"]), str(ID["person/petrov"])),
        "type": (str(ID["concept/document-type/letter"]),),
    }
    assert facts.texts == ("Dear comrades...",)
    names = {e.iri: (e.kind, e.label, e.labels) for e in facts.entities}
    assert names[str(ID["org/ministry"])] == (
        "organisations",
        "Ministry",
        ("MFA", "Ministry", "Министерство"),
    )
    assert names[str(ISO639_2.rus)][:2] == ("language", "Russian")


def test_the_cataloguers_date_when_the_document_has_none() -> None:
    graph = document()
    graph.add((DOC, ADO.editorialDate, Literal("1955", datatype=XSD.gYear)))
    facts = document_facts(graph, curated())
    assert facts is not None
    assert (facts.date, facts.editorial, facts.year) == ("1955", True, 1955)


def test_a_graph_without_a_record_has_no_facts() -> None:
    graph = Graph()
    graph.add((ID["place/x"], RDF.type, SCHEMA.Place))
    assert document_facts(graph, Labels()) is None


def test_roles_come_from_the_predicates_linking_each_entity() -> None:
    graph = document()
    graph.add((DOC, SCHEMA.mentions, ID["person/ivanov"]))  # a sender also mentioned
    graph.add((DOC, ADO.shelfmarkLink, ID["org/ministry"]))  # a predicate no role names
    facts = document_facts(graph, curated())
    assert facts is not None
    assert facts.roles == (
        ("addressee", str(ID["org/ministry"])),
        ("holder", str(ID["org/archive"])),
        ("linked", str(ID["org/ministry"])),
        ("mentioned", str(ID["person/ivanov"])),
        ("sender", str(ID["person/ivanov"])),
        ("translator", str(ID["person/petrov"])),  # from the translation
        ("type", str(ID["concept/document-type/letter"])),
    )  # the language is no entity of a page, the translation no role


def test_the_stubs_graph_is_read_with_the_document_as_their_union() -> None:
    """The build passes a document's stubs as a second graph (``graph + stubs`` cost a quarter
    of the build): the facts are those of the union, a statement in both counted once."""
    graph, stubs = document(), Graph()
    graph.add((DOC, SCHEMA.mentions, ID["place/p"]))
    stubs.add((ID["place/p"], RDF.type, SCHEMA.Place))
    stubs.add((ID["place/p"], SKOS.prefLabel, Literal("Pyongyang", lang="en")))
    stubs.add((ID["person/ivanov"], RDF.type, FOAF.Person))  # also in the document's graph
    stubs.add((ID["person/ivanov"], SKOS.prefLabel, Literal("Ivanov", lang="en")))
    apart = document_facts(chain(graph, stubs), curated())
    assert apart is not None
    assert apart == document_facts(graph + stubs, curated())
    assert apart.values["place"] == (str(ID["place/p"]),)
    assert [e.label for e in apart.entities if e.iri == str(ID["person/ivanov"])] == ["Ivanov"]
