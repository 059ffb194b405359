"""``/sparql``: the SPARQL 1.1 Protocol query operation, the service description, the query page.

* ``GET /sparql?query=...``, ``POST`` a form (``query=``), ``POST`` ``application/sparql-query``;
  ``default-graph-uri`` and ``named-graph-uri`` (in the URL, or in a form's body) name graphs
  of the dataset, and replace the query's own FROM and FROM NAMED;
* SELECT and ASK answer in SPARQL JSON, XML, CSV, TSV or HTML; CONSTRUCT and DESCRIBE in every
  RDF format or HTML; by Accept or ``?format=``;
* ``GET /sparql`` without a query: the service description, or the query page for browsers;
* ``/sparql/queries/NAME``: an example query run by name (same formats), ``NAME.rq`` its text.

Updates are refused (403) in every form. Every query goes through
:class:`~linkeddata.sparql.service.QueryService`, which applies the limits. GET answers carry a
strong ETag (release, query, graphs, format): a release never changes, so neither does the
answer, and a client or cache revalidates for free.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import BadRequest, NotFound, UnsupportedMediaType

from ..errors import NotRepresentable, QueryError, QueryRefused, UpdateRefused
from ..formats import BY_NAME, FORM, SPARQL_UPDATE, Format, of_kind
from ..sparql import canned
from ..sparql.description import service_description
from ..sparql.service import QueryService, Run, Target
from .http_cache import cache_headers, etag, http_date
from .negotiation import HTML, RDF, VARY, Choice, NegotiationError, UnknownFormat, negotiate
from .pinning import published
from .published import Published
from .query_page import parse_triples, query_page
from .rdf import (
    EXPANDED_TYPE,
    EXPANDED_VARIANT,
    compact_jsonld,
    expanded_jsonld,
    serialise,
    wants_expanded,
)
from .requester import requester
from .respond import unchanged

blueprint = Blueprint("sparql", __name__)
SOLUTIONS = of_kind("solutions")
QUERY = BY_NAME["sparql"]
# Functions whose value changes at every run: such answers are neither cached nor validated.
_VOLATILE = re.compile(r"\b(?:NOW|RANDS?|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)


def service() -> QueryService:
    found: QueryService = current_app.extensions["linkeddata.sparql"]
    return found


def target(release: Published) -> Target:
    """Where the executors find the release: its store, or its N-Quads dump for rdflib, or
    the remote SPARQL server holding it."""
    engine = current_app.config.get("SPARQL_ENGINE", "oxigraph")
    backend = current_app.config.get("SPARQL_BACKEND")
    return Target.of(engine, release.release, release.base, backend)


@blueprint.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    query, default_graphs, named_graphs = _protocol()
    if query is None:
        return _service_description()
    return _answer(query, default_graphs, named_graphs)


@blueprint.route("/sparql/queries/<name>")
def example(name: str) -> Response:
    """An example query by name, in any format; ``NAME.rq`` is the query itself."""
    examples = canned.load()
    text_only = name.endswith(".rq")
    found = examples.get(name.removesuffix(".rq"))
    if found is None:
        raise NotFound(f"No example query named {name!r}; see /sparql for the list.")
    if text_only:
        return Response(found.text, content_type=QUERY.content_type)
    return _answer(found.text, (), (), example=found.name)


def _protocol() -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
    """The query and the graph parameters of a Protocol request (SPARQL 1.1 Protocol §2.1)."""
    params = request.args
    body_query: str | None = None
    if request.method == "POST":
        mimetype = request.mimetype
        if mimetype == FORM:
            if "update" in request.form:
                raise UpdateRefused(_READ_ONLY)
            params = request.values  # the URL's parameters count too (graphs, a query twice)
        elif mimetype == QUERY.media_type:
            try:
                body_query = request.get_data().decode("utf-8")
            except UnicodeDecodeError:
                raise BadRequest("The query is not valid UTF-8.") from None
        elif mimetype == SPARQL_UPDATE:
            raise UpdateRefused(_READ_ONLY)
        else:
            raise UnsupportedMediaType(
                "POST a query as application/sparql-query or as a form "
                "(application/x-www-form-urlencoded) with a query field."
            )
    if "update" in request.args:
        raise UpdateRefused(_READ_ONLY)
    queries = params.getlist("query")
    if body_query is not None:
        if queries or "query" in request.args:
            raise BadRequest("Send the query either in the body or as a parameter, not both.")
        queries = [body_query]
    if len(queries) > 1:
        raise BadRequest("Send exactly one query parameter.")
    if not queries and request.method == "POST":
        raise BadRequest("No query: send one as the query field or as the body.")
    graphs = tuple(params.getlist("default-graph-uri")), tuple(params.getlist("named-graph-uri"))
    return (queries[0] if queries else None), *graphs


_READ_ONLY = (
    "This endpoint is read-only: SPARQL Update is not accepted. Download a dump to change "
    "the data on your own machine."
)


def _explicit() -> str | None:
    return request.args.get("format") or request.form.get("format") or None


def _choose(offered: Sequence[Format]) -> Choice:
    return negotiate(request.headers.get("Accept"), offered=offered, explicit=_explicit())


def _wants_html() -> bool:
    """Whether a refused query should be answered with the query page (browsers)."""
    try:
        return _choose((*SOLUTIONS, *RDF, HTML)).representation is HTML
    except NegotiationError:
        return False


def _answer(
    query: str,
    default_graphs: tuple[str, ...],
    named_graphs: tuple[str, ...],
    *,
    example: str | None = None,
) -> Response:
    release = published()
    queries = service()
    try:
        inspection = queries.inspect(query, target(release))
    except QueryError as error:
        if _wants_html():
            return query_page(release, queries, query=query, error=error, example=example)
        raise
    graph_form = inspection.answers_graph
    offered = (*(RDF if graph_form else SOLUTIONS), HTML)
    choice = _representation(offered, graph_form)
    rep = choice.representation
    expanded = graph_form and rep.name == "jsonld" and wants_expanded(choice.profile)
    variant = EXPANDED_VARIANT if expanded else rep.name
    tag = etag(release.release_id, query, json.dumps([default_graphs, named_graphs, variant]))
    if rep is HTML:  # the page says how long the query took: equivalent, not identical
        tag = f"W/{tag}"
    headers = {"Vary": VARY, "SPARQL-Row-Limit": str(queries.limits.max_rows)}
    if request.method in ("GET", "HEAD") and not _VOLATILE.search(query):
        headers.update(cache_headers(etag=tag, built=release.built))
        if unchanged(release, tag):
            return Response(status=304, headers=headers)
    else:  # POST, or an answer that changes at every run (NOW(), RAND(), UUID()...)
        headers["Cache-Control"] = "no-store"
    html = rep is HTML
    # JSON-LD is compacted here, as for every resource; the page lists N-Triples' statements.
    fmt = "ntriples" if graph_form and (html or rep.name == "jsonld") else rep.name
    try:
        run = queries.run(
            target(release),
            query,
            results="json" if html else fmt,
            rdf=fmt if graph_form else "turtle",
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            inspection=inspection,
            client=requester(),
        )
    except QueryError as error:
        if html:
            page = query_page(release, queries, query=query, error=error, example=example)
            page.headers["Cache-Control"] = "no-store"  # about this moment (429, 503...)
            return page
        raise
    headers.update(_run_headers(run))
    if html:
        page = query_page(release, queries, query=query, run=run, example=example)
        page.headers.update(headers)
        return page
    body = run.answer.body
    content_type = rep.content_type
    if graph_form and rep.name == "jsonld":
        try:
            body = compact_jsonld(parse_triples(body), release.base)
        except ValueError as error:
            raise NotRepresentable(f"{error}; ask for Turtle.") from None
        if expanded:
            body, content_type = expanded_jsonld(body), EXPANDED_TYPE
    return Response(body, headers=headers, content_type=content_type)


def _representation(offered: Sequence[Format], graph_form: bool) -> Choice:
    """The negotiated representation; a format of the other kind of query is a 400.

    Names are read per kind (:mod:`linkeddata.formats`): ``json`` and ``xml`` are SPARQL JSON
    and XML for SELECT and ASK, JSON-LD and RDF/XML for CONSTRUCT and DESCRIBE.
    """
    explicit = _explicit()
    try:
        return negotiate(request.headers.get("Accept"), offered=offered, explicit=explicit)
    except UnknownFormat:
        names = ", ".join(r.name for r in offered)
        kind = "CONSTRUCT and DESCRIBE" if graph_form else "SELECT and ASK"
        raise QueryRefused(
            f"format={explicit} is not a format for {kind} queries; use one of: {names}."
        ) from None


def _run_headers(run: Run) -> dict[str, str]:
    headers = {"Server-Timing": f"query;dur={run.seconds * 1000:.1f}"}
    if run.answer.truncated:
        headers["SPARQL-Truncated"] = "true"
    return headers


def _service_description() -> Response:
    release = published()
    queries = service()
    rep = _choose((*RDF, HTML)).representation
    if rep is HTML:
        return query_page(release, queries, query=None)
    triples = service_description(
        release.base, queries.limits, triples=release.manifest.census.triples
    )
    body = serialise([ox.Quad(*t) for t in triples], rep.name, base=release.base)
    headers = {"Vary": VARY, "Last-Modified": http_date(release.built)}
    return Response(body, headers=headers, content_type=rep.content_type)
