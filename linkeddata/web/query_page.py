"""The query page: an editor, the example queries, the results as a table of links, the limits.

It works without JavaScript (the form is a plain GET, so every result has a URL to share);
``static/sparql.js`` only adds Ctrl+Enter and switches long queries to POST.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from flask import Response, render_template, url_for

from ..errors import QueryError
from ..formats import BY_NAME, Kind, of_kind
from ..rdf_terms import checked_triple
from ..sparql import canned
from ..sparql.description import DEFAULT_GRAPH_NOTE
from ..sparql.service import QueryService, Run
from .links import Links
from .pages import curie, links, short
from .published import Published

EDITOR_PREFIXES = ("rdf", "rdfs", "xsd", "dcterms", "schema", "rico", "skos", "foaf", "prov", "ado")
STARTER = """SELECT ?document ?date ?title WHERE {
  ?document a rico:Record ;
            dcterms:title ?title .
  OPTIONAL { ?document dcterms:date ?date }
}
ORDER BY ?date
LIMIT 20
"""
MAX_LABELS = 5000  # IRIs whose labels one page looks up
MAX_SHOWN = 2000  # characters of a value shown in a cell
HTML = BY_NAME["html"]
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True)
class Cell:
    """One value as shown: text, an optional safe link, and a note (language or datatype)."""

    text: str
    href: str | None = None
    note: str = ""
    title: str = ""


def starter_query() -> str:
    """The editor's text when there is no query yet: the prefixes, then a first query."""
    from ..vocab import PREFIXES

    lines = [f"PREFIX {name}: <{PREFIXES[name]}>" for name in EDITOR_PREFIXES]
    return "\n".join(lines) + "\n\n" + STARTER


def parse_triples(body: bytes) -> list[ox.Triple]:
    """The statements of an N-Triples answer (comments, such as a truncation note, skipped)."""
    return [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]


def query_page(
    release: Published,
    queries: QueryService,
    *,
    query: str | None,
    run: Run | None = None,
    error: QueryError | None = None,
    example: str | None = None,
) -> Response:
    """The page, with the results of ``run`` or the ``error`` that stopped the query."""
    lk = links(release)
    table = _table(run, release, lk) if run is not None else None
    page = render_template(
        "sparql.html",
        title="SPARQL query",
        query=query if query is not None else starter_query(),
        examples=list(canned.load().values()),
        current=example,
        table=table,
        run=run,
        error=error,
        downloads=_downloads(query, run, example) if run is not None and query else [],
        limits=queries.limits,
        default_graph_note=DEFAULT_GRAPH_NOTE,
        alternates=[
            (f.name, f.media_type, url_for("sparql.endpoint", format=f.extension))
            for f in of_kind("graph")
        ],
    )
    status = error.code if error is not None and error.code else 200
    response = Response(page, status=status, content_type=HTML.content_type)
    if error is not None:
        response.headers.update(dict(error.get_headers()))
        response.headers["Content-Type"] = HTML.content_type
    return response


@dataclass(frozen=True)
class Table:
    """The results as shown: column names and rows of cells, or a yes/no answer."""

    columns: list[str]
    rows: list[list[Cell | None]]
    boolean: bool | None = None


def _table(run: Run, release: Published, lk: Links) -> Table:
    answer = run.answer
    if answer.form == "CONSTRUCT":
        triples = parse_triples(answer.body)
        rows: list[list[Term | None]] = [[t.subject, t.predicate, t.object] for t in triples]
        columns = ["subject", "predicate", "object"]
    else:
        data = json.loads(answer.body)
        if "boolean" in data:
            return Table([], [], boolean=bool(data["boolean"]))
        columns = list(data["head"]["vars"])
        rows = [[_term(b.get(v)) for v in columns] for b in data["results"]["bindings"]]
    iris = {t.value for row in rows for t in row if isinstance(t, ox.NamedNode)}
    labels = release.store.labels(sorted(iris)[:MAX_LABELS])
    return Table(columns, [[_cell(t, labels, lk) for t in row] for row in rows])


def _term(binding: dict[str, Any] | None) -> Term | None:
    if binding is None:
        return None
    kind = binding["type"]
    if kind == "triple":  # RDF 1.2 triple term (SPARQL-star JSON)
        parts = binding["value"]
        return checked_triple(*(_term(parts[p]) for p in ("subject", "predicate", "object")))
    value = binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def _cell(term: object, labels: dict[str, str], lk: Links) -> Cell | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        label = labels.get(term.value) or short(term.value, lk)
        return Cell(label, lk.href(term.value), title=term.value)
    if isinstance(term, ox.BlankNode):
        return Cell(f"_:{term.value}")
    if isinstance(term, ox.Literal):
        text = term.value
        if len(text) > MAX_SHOWN:  # the download links carry the whole value
            text = f"{text[:MAX_SHOWN]}… ({len(term.value):,} characters)"
        if term.language:
            return Cell(text, note=f"@{term.language}")
        datatype = term.datatype.value
        note = "" if datatype.endswith("#string") else curie(datatype)
        return Cell(text, note=note)
    return Cell(str(term))  # an RDF 1.2 triple term, in N-Triples syntax


def _downloads(query: str, run: Run, example: str | None) -> list[tuple[str, str]]:
    """The same answer in every format of its kind, as links."""
    kind: Kind = "graph" if run.answer.form == "CONSTRUCT" else "solutions"
    formats = [(f.label, f.extension) for f in of_kind(kind)]
    if example is not None:
        return [
            (label, url_for("sparql.example", name=example) + "?" + urlencode({"format": ext}))
            for label, ext in formats
        ]
    return [
        (label, url_for("sparql.endpoint") + "?" + urlencode({"query": query, "format": ext}))
        for label, ext in formats
    ]
