"""The release's self-description: a VoID and DCAT dataset, in its own named graph.

Built last, from the counts of what was published. Checksums of the dumps cannot be in the
dumps themselves; they are in the build manifest (and served with the dump listing).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, VOID, XSD

from .. import __version__
from ..formats import BY_EXTENSION
from ..iris import Iris
from ..vocab import ADO_VERSION_IRI, SCHEMA

DCAT3 = Namespace(str(DCAT))  # rdflib's closed DCAT namespace predates DCAT 3 (dcat:version)
PROFILE = URIRef("https://w3id.org/archival-documents/profile")
VOCABULARIES = (
    str(DCTERMS),
    "https://schema.org/",
    "https://www.ica.org/standards/RiC/ontology#",
    str(SKOS),
    str(FOAF),
    "http://www.w3.org/ns/prov#",
    "https://w3id.org/archival-documents/ontology#",
)
LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")


@dataclass(frozen=True)
class Stats:
    """Counts of the published collection."""

    documents: int
    triples: int
    entities: int
    wikidata_links: int
    version: str
    example: str | None = None


def dataset_graph(iris: Iris, stats: Stats, dump_names: list[str]) -> Graph:
    """VoID/DCAT description of the release at ``{base}id/dataset``."""
    ds = URIRef(iris.dataset())
    graph = Graph(identifier=URIRef(iris.graph("dataset")))
    add = graph.add
    publisher = URIRef(iris.entity("org", "publisher"))
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    add((ds, DCTERMS.title, Literal("Archival documents as Linked Data", lang="en")))
    add(
        (
            ds,
            DCTERMS.description,
            Literal(
                "Catalogue records of archival documents, their translations and the people, "
                "organisations and places they name, converted and validated by linkeddata.",
                lang="en",
            ),
        )
    )
    add((ds, DCTERMS.license, LICENSE))
    add((ds, DCTERMS.publisher, publisher))
    add((publisher, RDF.type, FOAF.Organization))
    add((publisher, FOAF.name, Literal("linkeddata publisher", lang="en")))
    add((publisher, SKOS.prefLabel, Literal("linkeddata publisher", lang="en")))
    add((ds, DCTERMS.conformsTo, URIRef(ADO_VERSION_IRI)))
    add((ds, DCTERMS.conformsTo, PROFILE))
    add((ds, DCTERMS.conformsTo, URIRef(iris.graph("shapes"))))
    add((ds, RDFS.seeAlso, URIRef(iris.entity("report", "validation"))))
    for vocabulary in VOCABULARIES:
        add((ds, VOID.vocabulary, URIRef(vocabulary)))
    add((ds, DCAT3.version, Literal(stats.version)))
    add((ds, SCHEMA.softwareVersion, Literal(__version__)))
    add((ds, VOID.uriSpace, Literal(f"{iris.base}id/")))
    endpoint = URIRef(f"{iris.base}sparql")
    add((ds, VOID.sparqlEndpoint, endpoint))
    service = URIRef(f"{iris.base}sparql#service")
    add((service, RDF.type, DCAT.DataService))
    add((service, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en")))
    add((service, DCAT.endpointURL, endpoint))
    add((service, DCAT.endpointDescription, endpoint))
    add((service, DCAT.servesDataset, ds))
    add((ds, VOID.triples, Literal(stats.triples, datatype=XSD.integer)))
    add((ds, VOID.entities, Literal(stats.entities, datatype=XSD.integer)))
    add((ds, VOID.documents, Literal(stats.documents, datatype=XSD.integer)))
    add((ds, SCHEMA.size, Literal(stats.documents, datatype=XSD.integer)))
    if stats.example:
        add((ds, VOID.exampleResource, URIRef(stats.example)))
    if stats.wikidata_links:
        linkset = URIRef(f"{iris.dataset()}#wikidata-links")
        add((ds, VOID.subset, linkset))
        add((linkset, RDF.type, VOID.Linkset))
        add((linkset, VOID.objectsTarget, URIRef("http://www.wikidata.org/")))
        add((linkset, VOID.triples, Literal(stats.wikidata_links, datatype=XSD.integer)))
    for name in dump_names:
        dist = URIRef(f"{iris.base}dumps/{name}")
        fmt = BY_EXTENSION[name.split(".")[1]]
        add((ds, DCAT.distribution, dist))
        add((ds, VOID.dataDump, dist))
        add((dist, RDF.type, DCAT.Distribution))
        add((dist, DCAT.downloadURL, dist))
        add(
            (
                dist,
                DCAT.mediaType,
                URIRef(f"https://www.iana.org/assignments/media-types/{fmt.media_type}"),
            )
        )
        add(
            (
                dist,
                DCAT.compressFormat,
                URIRef("https://www.iana.org/assignments/media-types/application/gzip"),
            )
        )
    return graph
