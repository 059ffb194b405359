"""The SPARQL 1.1 Service Description of the endpoint (``GET /sparql`` without a query).

It says what a client needs before its first query: the endpoint, the language (SPARQL 1.1
Query only: no update), every result and RDF format, that the default graph is the union of
the named graphs (``sd:UnionDefaultGraph``), that nothing is federated, and the limits, with
the ontology's ``ado:queryTimeout``, ``ado:resultRowLimit``, ``ado:queryLengthLimit`` and
``ado:concurrentQueryLimit``. Nodes are IRIs under ``{base}sparql#``: no blank nodes.

>>> from linkeddata.sparql.service import Limits
>>> triples = service_description("http://ex.org/", Limits(), triples=100)
>>> any(t.object.value.endswith("#UnionDefaultGraph") for t in triples)
True
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS, VOID, XSD

from ..formats import of_kind
from ..vocab import ADO, DCTERMS
from .service import Limits

SD = "http://www.w3.org/ns/sparql-service-description#"
DEFAULT_GRAPH_NOTE = (
    "The default graph is the union of all named graphs: one graph per document (its "
    "description, translations and provenance), plus the authority file, the concept "
    "schemes, the ontology, the shapes, the dataset description and the validation report. "
    "FROM, FROM NAMED, default-graph-uri and named-graph-uri select among these graphs by "
    "name; nothing is ever fetched from elsewhere."
)


def service_description(base: str, limits: Limits, *, triples: int) -> list[ox.Triple]:
    """The description of the endpoint at ``{base}sparql`` with ``limits``."""
    service = ox.NamedNode(f"{base}sparql#service")
    dataset = ox.NamedNode(f"{base}sparql#dataset")
    default = ox.NamedNode(f"{base}sparql#default-graph")

    def iri(value: str) -> ox.NamedNode:
        return ox.NamedNode(value)

    def sd(term: str) -> ox.NamedNode:
        return ox.NamedNode(SD + term)

    def integer(value: int) -> ox.Literal:
        return ox.Literal(str(value), datatype=iri(str(XSD.integer)))

    formats = [f.iri for f in (*of_kind("solutions"), *of_kind("graph")) if f.iri]
    statements: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = [
        (service, iri(str(RDF.type)), sd("Service")),
        (service, sd("endpoint"), iri(f"{base}sparql")),
        (service, sd("supportedLanguage"), sd("SPARQL11Query")),
        (service, sd("feature"), sd("UnionDefaultGraph")),
        (service, sd("defaultEntailmentRegime"), iri("http://www.w3.org/ns/entailment/Simple")),
        *((service, sd("resultFormat"), iri(f)) for f in formats),
        (service, sd("defaultDataset"), dataset),
        (service, iri(str(RDFS.comment)), ox.Literal(DEFAULT_GRAPH_NOTE, language="en")),
        (service, iri(str(ADO.queryTimeout)), _decimal(limits.timeout)),
        (service, iri(str(ADO.resultRowLimit)), integer(limits.max_rows)),
        (service, iri(str(ADO.queryLengthLimit)), integer(limits.max_query_bytes)),
        (service, iri(str(ADO.concurrentQueryLimit)), integer(limits.max_concurrent)),
        (dataset, iri(str(RDF.type)), sd("Dataset")),
        (dataset, sd("defaultGraph"), default),
        (dataset, iri(str(RDFS.seeAlso)), iri(f"{base}id/dataset")),
        (dataset, iri(str(DCTERMS.description)), ox.Literal(DEFAULT_GRAPH_NOTE, language="en")),
        (default, iri(str(RDF.type)), sd("Graph")),
        (default, iri(str(VOID.triples)), integer(triples)),
        (dataset, iri(str(VOID.triples)), integer(triples)),
    ]
    return [ox.Triple(*statement) for statement in statements]


def _decimal(value: float) -> ox.Literal:
    return ox.Literal(
        f"{value:.3f}".rstrip("0").rstrip(".") or "0", datatype=ox.NamedNode(str(XSD.decimal))
    )
