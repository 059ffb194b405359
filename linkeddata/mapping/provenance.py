"""PROV-O provenance of one document's named graph: which file, which bytes, which converter.

No timestamps: the same input must give byte-identical output, so the build time lives in the
build manifest, not in the graph.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from .. import __version__
from ..iris import Iris
from .terms import ADO, PROV, RDF, RDFS, SCHEMA, SPDX, XSD


def software_agent(iris: Iris) -> URIRef:
    """The converter release that produced a graph."""
    return URIRef(iris.entity("software", f"linkeddata-{__version__}"))


def add_provenance(graph: Graph, iris: Iris, source: str, sha256: str) -> None:
    """Describe ``graph`` (a document graph) as generated from ``source`` by this converter."""
    name = URIRef(str(graph.identifier))
    source_node = URIRef(f"{name}#source")
    checksum = URIRef(f"{name}#source-sha256")
    activity = URIRef(f"{name}#conversion")
    agent = software_agent(iris)
    graph.add((name, RDF.type, PROV.Entity))
    graph.add((name, PROV.wasGeneratedBy, activity))
    graph.add((name, PROV.wasDerivedFrom, source_node))
    graph.add((source_node, RDF.type, PROV.Entity))
    graph.add((source_node, ADO.sourceFile, Literal(source)))
    graph.add((source_node, SPDX.checksum, checksum))
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    graph.add((checksum, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary)))
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, PROV.used, source_node))
    graph.add((activity, PROV.wasAssociatedWith, agent))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(f"linkeddata converter {__version__}", lang="en")))
    graph.add((agent, SCHEMA.softwareVersion, Literal(__version__)))
