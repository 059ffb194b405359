"""Namespaces used by the mapping, the shapes and the server, declared once.

``ADO`` is this project's own ontology: a stable namespace that does not change with the
deployment's base IRI (the ontology is published at it and served by every deployment).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    VOID,
    XSD,
    DefinedNamespace,
)

ADO = Namespace("https://w3id.org/archival-documents/ontology#")
ADO_VERSION = "0.1.0"
ADO_VERSION_IRI = f"https://w3id.org/archival-documents/ontology/{ADO_VERSION}"

SCHEMA = Namespace("https://schema.org/")
RICO = Namespace("https://www.ica.org/standards/RiC/ontology#")
DCMITYPE = Namespace("http://purl.org/dc/dcmitype/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
ISO639_2 = Namespace("http://id.loc.gov/vocabulary/iso639-2/")
WD = Namespace("http://www.wikidata.org/entity/")
VANN = Namespace("http://purl.org/vocab/vann/")
SH = Namespace("http://www.w3.org/ns/shacl#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
# The Library of Congress datatype of EDTF (ISO 8601-2) literals: ranges and approximations.
EDTF = URIRef("http://id.loc.gov/datatypes/edtf/EDTF")

# rdflib declares its well-known vocabularies as classes (closed sets of terms), ours as Namespaces
PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "ado": ADO,
    "dcterms": DCTERMS,
    "dcmitype": DCMITYPE,
    "schema": SCHEMA,
    "rico": RICO,
    "skos": SKOS,
    "foaf": FOAF,
    "org": ORG,
    "prov": PROV,
    "dcat": DCAT,
    "void": VOID,
    "spdx": SPDX,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "sh": SH,
    "vann": VANN,
    "iso639-2": ISO639_2,
    "wd": WD,
}

__all__ = [
    "ADO",
    "ADO_VERSION",
    "ADO_VERSION_IRI",
    "DCAT",
    "DCMITYPE",
    "DCTERMS",
    "EDTF",
    "FOAF",
    "ISO639_2",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "RICO",
    "SCHEMA",
    "SH",
    "SKOS",
    "SPDX",
    "VANN",
    "VCARD",
    "VOID",
    "WD",
    "XSD",
]
