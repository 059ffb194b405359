"""The release's self-description: a VoID and DCAT dataset, in its own named graph.

Built last, from the counts of what was published and the dataset settings
(:class:`~linkeddata.settings.DatasetSettings`): a licence, publisher, rights statement or
contact that the publisher did not give is not stated at all. Checksums of the dumps cannot be
in the dumps themselves; they are in the build manifest (and served with the dump listing).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, VOID, XSD

from .. import __version__
from ..formats import BY_EXTENSION
from ..iris import Iris
from ..settings import DatasetSettings, Text
from ..vocab import ADO_VERSION_IRI, SCHEMA

DCAT3 = Namespace(str(DCAT))  # rdflib's closed DCAT namespace predates DCAT 3 (dcat:version)
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
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


@dataclass(frozen=True)
class Stats:
    """Counts of the published collection."""

    documents: int
    triples: int
    entities: int
    wikidata_links: int
    version: str
    example: str | None = None


def dataset_graph(
    iris: Iris, settings: DatasetSettings, stats: Stats, dump_names: list[str]
) -> Graph:
    """VoID/DCAT description of the release at ``{base}id/dataset``."""
    ds = URIRef(iris.dataset())
    graph = Graph(identifier=URIRef(iris.graph("dataset")))
    add = graph.add
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    _about(graph, ds, settings)
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


def _about(graph: Graph, ds: URIRef, settings: DatasetSettings) -> None:
    """Title and description; publisher, licence, rights and contact only where given."""
    add = graph.add
    _texts(graph, ds, DCTERMS.title, settings.title)
    _texts(graph, ds, DCTERMS.description, settings.description)
    if settings.publisher is not None:
        publisher = URIRef(settings.publisher.iri)
        add((ds, DCTERMS.publisher, publisher))
        add((publisher, RDF.type, FOAF.Agent))
        add((publisher, FOAF.name, Literal(settings.publisher.name)))
    if settings.licence is not None:
        add((ds, DCTERMS.license, URIRef(settings.licence)))
    if settings.rights is not None:
        rights = URIRef(f"{ds}#rights")
        add((ds, DCTERMS.rights, rights))
        add((rights, RDF.type, DCTERMS.RightsStatement))
        _texts(graph, rights, RDFS.label, settings.rights)
    if settings.contact is not None:
        contact = URIRef(f"{ds}#contact")
        email = settings.contact.startswith("mailto:")
        add((ds, DCAT.contactPoint, contact))
        add((ds, VOID.vocabulary, URIRef(str(VCARD))))
        add((contact, RDF.type, VCARD.Kind))
        add((contact, VCARD.hasEmail if email else VCARD.hasURL, URIRef(settings.contact)))


def _texts(graph: Graph, subject: URIRef, predicate: URIRef, text: Text) -> None:
    for language, value in text:
        graph.add((subject, predicate, Literal(value, lang=language)))
