"""The vocabularies the mapping writes, each term made once per process.

rdflib makes (and checks) a new URIRef on every attribute access of a namespace: some 75
times per document, a sixth of the mapping's time. A term is immutable, so one per name will
do: :class:`Terms` keeps the first.
"""

from __future__ import annotations

from typing import Any

from rdflib import URIRef
from rdflib import namespace as rdflib_namespaces

from .. import vocab

__all__ = [
    "ADO",
    "DCAT",
    "DCMITYPE",
    "DCTERMS",
    "FOAF",
    "ISO639_2",
    "ORG",
    "PROV",
    "RDF",
    "RDFS",
    "RICO",
    "SCHEMA",
    "SKOS",
    "SPDX",
    "XSD",
    "Terms",
]


class Terms:
    """A namespace whose terms (``ns.name`` or ``ns["name"]``) are made on first use only."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace
        self._items: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)  # only reached on a name's first use
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term


ADO = Terms(vocab.ADO)
DCAT = Terms(rdflib_namespaces.DCAT)
DCMITYPE = Terms(rdflib_namespaces.DCMITYPE)
DCTERMS = Terms(rdflib_namespaces.DCTERMS)
FOAF = Terms(rdflib_namespaces.FOAF)
ISO639_2 = Terms(vocab.ISO639_2)
ORG = Terms(rdflib_namespaces.ORG)
PROV = Terms(rdflib_namespaces.PROV)
RDF = Terms(rdflib_namespaces.RDF)
RDFS = Terms(rdflib_namespaces.RDFS)
RICO = Terms(vocab.RICO)
SCHEMA = Terms(vocab.SCHEMA)
SKOS = Terms(rdflib_namespaces.SKOS)
SPDX = Terms(vocab.SPDX)
XSD = Terms(rdflib_namespaces.XSD)
