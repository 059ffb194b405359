"""The release's self-description, VoID and DCAT, built here and nowhere else.

Two parts, both from the release's :class:`~linkeddata.release.layout.Census`:

- :func:`dataset_graph`, written by the build into the release's dataset graph: what the
  dataset is, its vocabularies, profile, endpoint and dumps, and its counts: documents,
  entities, Wikidata links, and (:func:`triples_statement`, added last, when the rest of the
  merge is counted) the distinct triples of the merged default graph that SPARQL reads;
- :func:`served_quads`, added by the server from the manifest: what cannot be inside the
  dumps it describes: each dump's size and sha256, and the build date.

The dataset settings (:class:`~linkeddata.settings.DatasetSettings`) give the title and
description; a licence, publisher, rights statement or contact that the publisher did not give
is not stated at all.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, VOID, XSD

from .. import __version__
from ..formats import BY_EXTENSION
from ..iris import Iris
from ..rdf_terms import iri
from ..settings import DatasetSettings, Text
from ..vocab import ADO_VERSION_IRI, SCHEMA, SPDX, VCARD
from .layout import DUMP_EXTENSIONS, Manifest, dump_name

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


def dataset_graph(
    iris: Iris,
    settings: DatasetSettings,
    *,
    documents: int,
    entities: int,
    wikidata_links: int,
    example: str | None,
    version: str,
) -> Graph:
    """VoID/DCAT description of the release at ``{base}id/dataset``, as the build stores it."""
    ds = URIRef(iris.dataset())
    graph = Graph(identifier=URIRef(iris.graph("dataset")))
    add = graph.add
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    _about(graph, ds, settings)
    add((ds, DCTERMS.conformsTo, URIRef(ADO_VERSION_IRI)))
    add((ds, DCTERMS.conformsTo, PROFILE))
    add((ds, DCTERMS.conformsTo, URIRef(iris.graph("shapes"))))
    add((ds, RDFS.seeAlso, URIRef(iris.report())))
    for vocabulary in VOCABULARIES:
        add((ds, VOID.vocabulary, URIRef(vocabulary)))
    add((ds, DCAT3.version, Literal(version)))
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
    add((ds, VOID.entities, Literal(entities, datatype=XSD.integer)))
    add((ds, VOID.documents, Literal(documents, datatype=XSD.integer)))
    add((ds, SCHEMA.size, Literal(documents, datatype=XSD.integer)))
    if example:
        add((ds, VOID.exampleResource, URIRef(example)))
    if wikidata_links:
        linkset = URIRef(f"{iris.dataset()}#wikidata-links")
        add((ds, VOID.subset, linkset))
        add((linkset, RDF.type, VOID.Linkset))
        add((linkset, VOID.objectsTarget, URIRef("http://www.wikidata.org/")))
        add((linkset, VOID.triples, Literal(wikidata_links, datatype=XSD.integer)))
    for extension in DUMP_EXTENSIONS:
        dist = URIRef(f"{iris.base}dumps/{dump_name(extension)}")
        fmt = BY_EXTENSION[extension]
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


def triples_statement(iris: Iris, triples: int) -> tuple[URIRef, URIRef, Literal]:
    """The dataset's ``void:triples``: the distinct triples of the merged default graph, this
    statement included."""
    return URIRef(iris.dataset()), VOID.triples, Literal(triples, datatype=XSD.integer)


def served_quads(manifest: Manifest) -> list[ox.Quad]:
    """What the served description adds to the stored one, from the release's manifest.

    A dump cannot contain its own checksum: each dump's size and checksum (DCAT 3
    ``dcat:byteSize``, SPDX) and the build date come from the manifest.
    """
    base = manifest.base
    dataset = iri(f"{base}id/dataset")
    modified = ox.Literal(manifest.built.isoformat(), datatype=iri(XSD.dateTime))
    quads = [ox.Quad(dataset, iri(DCTERMS.modified), modified)]
    for dump in manifest.dumps:
        dist = iri(f"{base}dumps/{dump.name}")
        checksum = iri(f"{dist.value}#sha256")
        quads += [
            ox.Quad(dist, iri(DCAT3.byteSize), _count(dump.size)),
            ox.Quad(dist, iri(DCTERMS.format), ox.Literal(dump.media_type)),
            ox.Quad(dist, iri(DCTERMS.issued), modified),
            ox.Quad(dist, iri(SPDX.checksum), checksum),
            ox.Quad(checksum, iri(RDF.type), iri(SPDX.Checksum)),
            ox.Quad(checksum, iri(SPDX.algorithm), iri(SPDX.checksumAlgorithm_sha256)),
            ox.Quad(
                checksum,
                iri(SPDX.checksumValue),
                ox.Literal(dump.sha256, datatype=iri(XSD.hexBinary)),
            ),
        ]
    return quads


def _count(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=iri(XSD.nonNegativeInteger))


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
