"""The one table of formats: every form the server, the build and the CLI write an answer in.

Each :class:`Format` says once its name, label, media type, file extension, the W3C IRI naming
it, whether it is text (sent with ``; charset=utf-8``), Oxigraph's format for it, the kind of
answer it carries and the other names clients use for it. Content negotiation, the SPARQL
endpoint and CLI, citations, error answers, dumps and the service description read this table;
the writers stay with their concern and are found by the format's name. No other module of the
package writes a media type (a test checks it).

Kinds of answer: ``graph`` (RDF; ``datasets`` when the syntax carries named graphs),
``solutions`` (SPARQL SELECT and ASK results), ``citation`` (a document's citation), ``page``
(HTML), ``data`` (what a page shows, as JSON: search results, listings), ``message`` (plain
text, for error answers) and ``query`` (a SPARQL query's text).
Within a kind the order is the server's preference: Turtle first, which ``*/*`` gets.

Aliases are the names (``?format=``, ``--format``) and media types (Accept) that real clients
use for a format. They hold within a kind only: ``xml`` is RDF/XML for a graph and SPARQL XML
for solutions, ``application/json`` JSON-LD for a graph and SPARQL JSON for solutions. A
response always carries the format's own media type: one URL, one Content-Type for caches.

>>> find("rdf+xml", of_kind("graph")).media_type
'application/rdf+xml'
>>> find("xml", of_kind("solutions")).media_type
'application/sparql-results+xml'
>>> BY_NAME["turtle"].content_type, BY_NAME["turtle"].iri
('text/turtle; charset=utf-8', 'http://www.w3.org/ns/formats/Turtle')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pyoxigraph import QueryResultsFormat, RdfFormat

Kind = Literal["graph", "solutions", "citation", "page", "data", "message", "query"]
W3C = "http://www.w3.org/ns/formats/"
_MEDIA_TYPE = re.compile(r"[!#$&^_.+0-9a-z-]+/[!#$&^_.+0-9a-z-]+")

# Media types the server reads or sends that are no answer format of its own.
SPARQL_UPDATE = "application/sparql-update"  # refused: the endpoint is read-only
FORM = "application/x-www-form-urlencoded"  # a SPARQL Protocol POST with query=
GZIP = "application/gzip"  # the dump files
SITEMAP = "application/xml"  # sitemaps.org's files
BROWSER_ACCEPTS = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
    "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
)
"""What browsers send as Accept (Firefox, Safari, Chrome): the static export answers them itself."""
JSON = "application/json"  # the health check


@dataclass(frozen=True)
class Format:
    """One serialisation; media types are lower-case ``type/subtype`` without parameters."""

    name: str
    label: str
    media_type: str
    extension: str
    kind: Kind
    textual: bool
    w3c: str | None = None
    """The local name of the format's IRI in :data:`W3C`, where the W3C names one."""
    oxigraph: RdfFormat | QueryResultsFormat | None = None
    datasets: bool = False
    """Whether the syntax carries named graphs (graphs only)."""
    line_comments: bool = False
    """Whether ``#`` starts a comment to the end of the line (a comment alone is a valid,
    empty document)."""
    aliases: tuple[str, ...] = ()
    media_aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for media_type in (self.media_type, *self.media_aliases):
            if not _MEDIA_TYPE.fullmatch(media_type):
                raise ValueError(f"not a lower-case type/subtype: {media_type!r}")

    @property
    def iri(self) -> str | None:
        """The W3C IRI of the format (``http://www.w3.org/ns/formats/Turtle``), if any."""
        return W3C + self.w3c if self.w3c else None

    @property
    def content_type(self) -> str:
        """The Content-Type to send: textual formats say they are UTF-8."""
        return f"{self.media_type}; charset=utf-8" if self.textual else self.media_type

    @property
    def rdf(self) -> RdfFormat:
        """Oxigraph's RDF format for this graph format."""
        if not isinstance(self.oxigraph, RdfFormat):
            raise ValueError(f"{self.name} is not an RDF format")
        return self.oxigraph

    def called(self, key: str) -> int:
        """How surely ``key`` (lower-case) names this format: 2 by its own name, extension or
        media type, 1 by an alias, 0 not at all."""
        if key in (self.name, self.extension, self.media_type):
            return 2
        return 1 if key in self.aliases or key in self.media_aliases else 0


FORMATS: tuple[Format, ...] = (
    Format(
        "turtle",
        "Turtle",
        "text/turtle",
        "ttl",
        "graph",
        textual=True,
        w3c="Turtle",
        oxigraph=RdfFormat.TURTLE,
        line_comments=True,
        aliases=("n3",),  # Turtle is valid N3; SPARQLWrapper's N3 and rdflib's n3
        # Turtle before its registration (rdflib still asks for it), and N3 again
        media_aliases=("application/x-turtle", "application/turtle", "text/n3"),
    ),
    Format(
        "jsonld",
        "JSON-LD",
        "application/ld+json",
        "jsonld",
        "graph",
        textual=False,
        w3c="JSON-LD",
        oxigraph=RdfFormat.JSON_LD,
        datasets=True,
        aliases=("json-ld", "json"),  # json: the query page's menu on a CONSTRUCT
        media_aliases=("application/json",),  # JSON-LD is JSON; Getty LOD Gateway #488
    ),
    Format(
        "ntriples",
        "N-Triples",
        "application/n-triples",
        "nt",
        "graph",
        textual=True,
        w3c="N-Triples",
        oxigraph=RdfFormat.N_TRIPLES,
        line_comments=True,
        aliases=("n-triples",),
        media_aliases=("text/plain",),  # N-Triples' RDF 1.0 type; rdflib's format="nt"
    ),
    Format(
        "nquads",
        "N-Quads",
        "application/n-quads",
        "nq",
        "graph",
        textual=True,
        w3c="N-Quads",
        oxigraph=RdfFormat.N_QUADS,
        datasets=True,
        line_comments=True,
        aliases=("n-quads",),
    ),
    Format(
        "trig",
        "TriG",
        "application/trig",
        "trig",
        "graph",
        textual=True,
        w3c="TriG",
        oxigraph=RdfFormat.TRIG,
        datasets=True,
        line_comments=True,
    ),
    Format(
        "rdfxml",
        "RDF/XML",
        "application/rdf+xml",
        "rdf",
        "graph",
        textual=False,
        w3c="RDF_XML",
        oxigraph=RdfFormat.RDF_XML,
        aliases=("rdf+xml", "xml"),  # SPARQLWrapper's names; xml its default
        media_aliases=("application/xml", "text/xml"),  # RDF/XML is XML
    ),
    Format(
        "json",
        "JSON",
        "application/sparql-results+json",
        "srj",
        "solutions",
        textual=False,
        w3c="SPARQL_Results_JSON",
        oxigraph=QueryResultsFormat.JSON,
        media_aliases=("application/json",),
    ),
    Format(
        "xml",
        "XML",
        "application/sparql-results+xml",
        "srx",
        "solutions",
        textual=False,
        w3c="SPARQL_Results_XML",
        oxigraph=QueryResultsFormat.XML,
        media_aliases=("application/xml", "text/xml"),
    ),
    Format(
        "csv",
        "CSV",
        "text/csv",
        "csv",
        "solutions",
        textual=True,
        w3c="SPARQL_Results_CSV",
        oxigraph=QueryResultsFormat.CSV,
    ),
    Format(
        "tsv",
        "TSV",
        "text/tab-separated-values",
        "tsv",
        "solutions",
        textual=True,
        w3c="SPARQL_Results_TSV",
        oxigraph=QueryResultsFormat.TSV,
        media_aliases=("text/plain",),  # something readable
    ),
    Format("bibtex", "BibTeX", "application/x-bibtex", "bib", "citation", textual=True),
    Format("ris", "RIS", "application/x-research-info-systems", "ris", "citation", textual=True),
    Format(
        "csl",
        "CSL-JSON",
        "application/vnd.citationstyles.csl+json",
        "csl.json",
        "citation",
        textual=False,
    ),
    Format("bibliography", "Reference", "text/x-bibliography", "txt", "citation", textual=True),
    Format("html", "HTML", "text/html", "html", "page", textual=True),
    Format("data", "JSON", "application/json", "json", "data", textual=False),
    Format("text", "Text", "text/plain", "text", "message", textual=True),
    Format("sparql", "SPARQL", "application/sparql-query", "rq", "query", textual=True),
)

BY_NAME = {f.name: f for f in FORMATS}
BY_EXTENSION = {f.extension: f for f in FORMATS}


def of_kind(kind: Kind) -> tuple[Format, ...]:
    """The formats carrying ``kind``, in the server's order of preference.

    >>> [f.extension for f in of_kind("citation")]
    ['bib', 'ris', 'csl.json', 'txt']
    """
    return tuple(f for f in FORMATS if f.kind == kind)


def find(key: str, among: Iterable[Format]) -> Format | None:
    """The format of ``among`` that ``key`` names (any case): by its own name, extension or
    media type before any alias, so a kind's alias never hides another's own name.

    >>> find("JSON", [*of_kind("solutions"), *of_kind("graph")]).name
    'json'
    >>> find("json", of_kind("graph")).name
    'jsonld'
    """
    key = key.strip().lower()
    best, surest = None, 0
    for fmt in among:
        sureness = fmt.called(key)
        if sureness > surest:
            best, surest = fmt, sureness
    return best
