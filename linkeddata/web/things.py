"""Dereferencing: ``/id/...`` answers 303 See Other, ``/doc/...`` describes by negotiation.

A description holds the resource's own statements, the types and labels of everything it
links to (no second request is needed to label a link) and the incoming links of entities.
Documents also answer as citations. The ontology and the shapes are whole graphs; the dataset
description gains its dumps' sizes and checksums from the build manifest.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote, quote_from_bytes

import pyoxigraph as ox
import werkzeug
from flask import Blueprint, Response, abort, redirect, request

from ..formats import BY_NAME, Format, of_kind
from ..release.void import served_quads
from ..store import Description
from ..vocab import ADO_VERSION_IRI, PROV, RICO
from . import bibliography, entities, pages, reader
from .link_headers import Link, alternate_url, signposting
from .negotiation import representations
from .pinning import published
from .published import Published
from .rdf import keeps_graphs, serialise, serialise_sorted, serialise_triples, sorted_triples
from .respond import PATH_SAFE, negotiated, split_extension

blueprint = Blueprint("resources", __name__)
QUERY_SAFE = PATH_SAFE + "?%"  # a query string is sent on as it came, escapes and all
Page = Callable[[Published, str, list[ox.Quad], Sequence[Format]], str]
CITATIONS = of_kind("citation")
RECORD = str(RICO.Record)
INCOMING_SHOWN = 100  # incoming links listed per description (the total is always counted)


@blueprint.route("/id/<path:path>")
def see_other(path: str) -> werkzeug.Response:
    """A thing is not a document: send the client to its description."""
    target = f"{request.script_root}/doc/{quote(path, safe=PATH_SAFE)}"
    if request.query_string:
        target += "?" + quote_from_bytes(request.query_string, safe=QUERY_SAFE)
    response = redirect(target, code=303)
    response.headers["Cache-Control"] = "public, max-age=300"
    response.headers["Link"] = str(Link(target, "describedby"))
    return response


@blueprint.route("/doc/<path:path>")
def describe(path: str) -> Response:
    release = published()
    every = representations(*CITATIONS)
    path, explicit = split_extension(path, every)
    iri = f"{release.base}id/{path}"
    return _describe(release, iri, explicit)


@blueprint.route("/graph/<path:path>")
def describe_graph(path: str) -> Response:
    """A document graph's provenance; any other named graph's whole content."""
    release = published()
    path, explicit = split_extension(path, representations())
    iri = f"{release.base}graph/{path}"
    if _exists(release, iri):
        return _describe(release, iri, explicit)
    return _whole_graph(release, path, explicit, iri, pages.graph_page)


@blueprint.route("/.well-known/genid/<name>")
def skolem(name: str) -> Response:
    """A blank node of the ontology or shapes, skolemised by the build."""
    release = published()
    name, explicit = split_extension(name, representations())
    return _describe(release, f"{release.base}.well-known/genid/{name}", explicit)


@blueprint.route("/.well-known/void")
@blueprint.route("/.well-known/void.<ext>")
def void(ext: str | None = None) -> Response:
    release = published()
    return _describe(release, f"{release.base}id/dataset", ext)


def _exists(release: Published, iri: str) -> bool:
    try:
        return release.store.exists(iri)
    except ValueError:
        return False


@dataclass(frozen=True)
class Facts:
    """What every answer about a resource needs but its body: whether it exists, the
    representations it offers and its Signposting links (kept per release, so a 304, a HEAD
    or a cached body never reaches the store). Kept as text (:meth:`text`), which every
    worker process can share."""

    found: bool
    offered: tuple[Format, ...] = ()
    links: tuple[Link, ...] = ()

    def text(self) -> str:
        if not self.found:
            return ""
        links = [[k.target, k.rel, k.media_type, k.profile] for k in self.links]
        return json.dumps([[r.name for r in self.offered], links], separators=(",", ":"))

    @classmethod
    def of_text(cls, text: str) -> Facts:
        if not text:
            return cls(False)
        offered, links = json.loads(text)
        return cls(True, tuple(BY_NAME[n] for n in offered), tuple(Link(*k) for k in links))


def _describe(release: Published, iri: str, explicit: str | None) -> Response:
    described: list[Description | None] = []

    def description() -> Description | None:
        if not described:
            described.append(lookup(release, iri))
        return described[0]

    known = Facts.of_text(
        release.rendered.get(facts_key(iri), lambda: facts(release, description()))
    )
    if not known.found:
        abort(404)

    def render(rep: Format) -> bytes | str:
        found = description()
        if found is None:  # pragma: no cover - the facts said it exists, in this release
            abort(404)
        return body(release, found, known, rep)

    return negotiated(
        release,
        entities.page_key(iri),
        known.offered,
        render,
        explicit=explicit,
        links=known.links,
        cached=True,
    )


def facts_key(iri: str) -> tuple[str, ...]:
    """The key of a resource's :class:`Facts` among a release's rendered values, for the
    current request's mount point and path (the Signposting links are relative to them)."""
    return ("facts", iri, request.script_root, request.path)


def facts(release: Published, found: Description | None) -> str:
    """The :class:`Facts` of a description (None: no such resource), as text."""
    if found is None:
        return Facts(False).text()
    is_document = RECORD in found.types
    offered = representations(*(CITATIONS if is_document else ()))
    return Facts(True, offered, tuple(_signposts(release, found, is_document, offered))).text()


def bodies(
    release: Published, found: Description, known: Facts, reps: Sequence[Format]
) -> list[bytes | str]:
    """:func:`body` in each of ``reps``, the statements sorted once for all the formats
    that write triples (the build renders Turtle and JSON-LD of every document)."""
    ordered: list[ox.Triple] | None = None
    out: list[bytes | str] = []
    for rep in reps:
        if _of_triples(release, found, rep):
            if ordered is None:
                ordered = sorted_triples(_triples(found))
            out.append(serialise_sorted(ordered, rep.name, base=release.base))
        else:
            out.append(body(release, found, known, rep))
    return out


def _of_triples(release: Published, found: Description, rep: Format) -> bool:
    """Whether :func:`body` writes ``rep`` from the description's triples alone."""
    return (
        rep.kind not in ("page", "citation")
        and found.iri != f"{release.base}id/dataset"
        and not keeps_graphs(rep.name)
    )


def body(release: Published, found: Description, known: Facts, rep: Format) -> bytes | str:
    """The body of ``found`` in the representation ``rep`` (one of ``known.offered``)."""
    iri = found.iri
    if rep.kind == "page":
        if RECORD in found.types:
            return reader.document_page(release, found, known.offered)
        if entities.kind_of(found) is not None:
            return entities.entity_page(release, found, known.offered)
        return pages.resource_page(release, found, known.offered)
    if rep.kind == "citation":
        return bibliography.render(rep.name, pages.citation_work(release, found))
    if iri == f"{release.base}id/dataset":
        return serialise(_quads(found, _dataset_quads(release)), rep.name, base=release.base)
    if keeps_graphs(rep.name):
        return serialise(_quads(found, []), rep.name, base=release.base)
    return serialise_triples(_triples(found), rep.name, base=release.base)


def lookup(release: Published, iri: str) -> Description | None:
    """The description of ``iri`` as the server shows it, or None if there is none."""
    try:
        return release.store.describe(iri, incoming_limit=INCOMING_SHOWN)
    except ValueError:
        return None


def _dataset_quads(release: Published) -> list[ox.Quad]:
    """The whole dataset graph (its distributions are not fragments of the dataset IRI, so
    a plain description would leave them out) and the dumps' sizes and checksums."""
    graph = ox.NamedNode(f"{release.base}graph/dataset")
    own = [
        ox.Quad(t.subject, t.predicate, t.object, graph)
        for t in release.store.graph_triples(graph.value)
    ]
    return [*own, *served_quads(release.manifest)]


def _quads(description: Description, extra: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Own statements (in their graphs), then labels, types and incoming links."""
    context = [ox.Quad(t.subject, t.predicate, t.object) for t in description.context_triples]
    incoming = [ox.Quad(t.subject, t.predicate, t.object) for t in description.incoming_triples]
    return [*description.quads, *context, *incoming, *extra]


def _triples(description: Description) -> list[ox.Triple]:
    """What :func:`_quads` holds, without the graphs (for the formats that have none)."""
    return [*description.triples, *description.context_triples, *description.incoming_triples]


def _signposts(
    release: Published,
    description: Description,
    is_document: bool,
    offered: Sequence[Format],
) -> list[Link]:
    """FAIR Signposting: the IRI to cite, its metadata, licence, types and provenance graphs."""
    path = pages.links(release).href(description.iri) or request.path
    links = signposting(
        cite_as=description.iri,
        described_by=[(alternate_url(path, r), r.media_type) for r in offered if r.kind == "graph"],
        license=release.licence,
        types=[t for t in description.types if t.startswith("http")][:4],
    )
    if is_document:
        for graph in description.graphs:
            links.append(Link(_local(release, graph), str(PROV.has_provenance)))
    return links


def _local(release: Published, iri: str) -> str:
    return pages.links(release).href(iri) or iri


@blueprint.route("/ontology")
@blueprint.route("/ontology.<ext>")
def ontology(ext: str | None = None) -> Response:
    release = published()
    return _whole_graph(release, "ontology", ext, ADO_VERSION_IRI, pages.ontology_page)


@blueprint.route("/shapes")
@blueprint.route("/shapes.<ext>")
def shapes(ext: str | None = None) -> Response:
    release = published()
    return _whole_graph(release, "shapes", ext, f"{release.base}graph/shapes", pages.graph_page)


def _whole_graph(release: Published, name: str, ext: str | None, key: str, page: Page) -> Response:
    """A whole named graph, each representation rendered once per release."""
    graph = f"{release.base}graph/{name}"
    offered = representations()
    try:
        if next(release.store.graph_triples(graph), None) is None:
            abort(404)
    except ValueError:
        abort(404)

    def rendered(rep: Format) -> bytes | str:
        quads = [
            ox.Quad(t.subject, t.predicate, t.object) for t in release.store.graph_triples(graph)
        ]
        if rep.kind == "page":
            return page(release, name, quads, offered)
        return serialise(quads, rep.name, base=release.base)

    return negotiated(release, key, offered, rendered, explicit=ext, cached=True)
