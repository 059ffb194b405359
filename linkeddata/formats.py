"""The one table of RDF formats: name, media type, file extension, Oxigraph format.

Dumps, content negotiation and the CLI all read this table; nothing else lists formats.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import RdfFormat


@dataclass(frozen=True)
class Format:
    """One RDF serialisation."""

    name: str
    media_type: str
    extension: str
    oxigraph: RdfFormat
    datasets: bool

    @property
    def label(self) -> str:
        return self.oxigraph.name


FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", "ttl", RdfFormat.TURTLE, datasets=False),
    Format("jsonld", "application/ld+json", "jsonld", RdfFormat.JSON_LD, datasets=True),
    Format("ntriples", "application/n-triples", "nt", RdfFormat.N_TRIPLES, datasets=False),
    Format("nquads", "application/n-quads", "nq", RdfFormat.N_QUADS, datasets=True),
    Format("trig", "application/trig", "trig", RdfFormat.TRIG, datasets=True),
    Format("rdfxml", "application/rdf+xml", "rdf", RdfFormat.RDF_XML, datasets=False),
)

BY_NAME = {f.name: f for f in FORMATS}
BY_EXTENSION = {f.extension: f for f in FORMATS}
BY_MEDIA_TYPE = {f.media_type: f for f in FORMATS}


def by_extension(extension: str) -> Format:
    """The format for a file extension (without the dot); KeyError if unknown.

    >>> by_extension("nq").media_type
    'application/n-quads'
    """
    return BY_EXTENSION[extension]
