"""HTML pages for people: view models built from descriptions, rendered by Jinja templates.

Templates autoescape everything; only hrefs that :class:`~.links.Links` approves become
links; JSON embedded in ``<script>`` is escaped so that ``</script>`` in data cannot close it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from flask import render_template, request
from markupsafe import Markup

from ..formats import Format
from ..store import Description
from ..vocab import PREFIXES, RDF, RDFS, RICO, SKOS
from . import bibliography
from .link_headers import alternate_url
from .links import Links
from .published import Published
from .respond import own_path

RDF_TYPE = str(RDF.type)
_STRING = "http://www.w3.org/2001/XMLSchema#string"
RECORD = str(RICO.Record)
_LABELS = (str(RDFS.label), str(SKOS.prefLabel))
_NAMESPACES = sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


def links(release: Published) -> Links:
    return Links(release.base, request.script_root)


def curie(iri: str) -> str:
    """``dcterms:title`` for a vocabulary IRI, the IRI itself otherwise."""
    for namespace, prefix in _NAMESPACES:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def humane(iri: str) -> str:
    """A property's name for people: ``in scheme`` for ``skos:inScheme``.

    >>> humane("http://www.w3.org/2004/02/skos/core#inScheme")
    'in scheme'
    """
    name = curie(iri).rsplit(":", 1)[-1].rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


def own(triple: ox.Triple, subject: str) -> bool:
    """Whether ``triple`` is about ``subject`` (not about one of its fragments)."""
    return not isinstance(triple.subject, ox.Triple) and triple.subject.value == subject


def short(iri: str, lk: Links) -> str:
    """A readable name for an IRI without a label: a CURIE, or our own IRI's path."""
    name = curie(iri)
    if name == iri and iri.startswith(lk.base):
        name = iri[len(lk.base) :].removeprefix("id/")
    return name


@dataclass
class Value:
    """One value of a property as shown: text, an optional safe href, language or datatype."""

    text: str
    href: str | None = None
    note: str | None = None
    long: bool = False


@dataclass
class Section:
    """The statements about one subject (the resource, or one of its fragments)."""

    iri: str
    label: str
    properties: list[tuple[str, str | None, list[Value]]] = field(default_factory=list)


def _value(
    term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, labels: dict[str, str], lk: Links
) -> Value:
    if isinstance(term, ox.Triple):  # an RDF 1.2 triple term, in N-Triples syntax
        return Value(_id(term))
    if isinstance(term, ox.Literal):
        note = (term.language and f"@{term.language}") or (
            None if term.datatype.value == _STRING else curie(term.datatype.value)
        )
        return Value(term.value, note=note, long=len(term.value) > 300)
    if isinstance(term, ox.BlankNode):
        return Value(f"_:{term.value}")
    label = labels.get(term.value) or short(term.value, lk)
    return Value(label, href=lk.href(term.value), note=None if label == term.value else term.value)


def _id(term: ox.NamedNode | ox.BlankNode | ox.Triple) -> str:
    """A subject's key: its IRI or blank node label (a triple term in N-Triples syntax)."""
    return f"<<( {term} )>>" if isinstance(term, ox.Triple) else term.value


def sections(
    triples: Iterable[ox.Triple], main: str | None, labels: dict[str, str], lk: Links
) -> list[Section]:
    """Statements grouped by subject (the main resource first) and by predicate."""
    grouped: dict[str, dict[str, list[Value]]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        grouped[_id(t.subject)][t.predicate.value].append(_value(t.object, labels, lk))
    order = sorted(grouped, key=lambda s: (s != main, s))
    result = []
    for subject in order:
        props = sorted(grouped[subject].items(), key=lambda kv: (kv[0] != RDF_TYPE, curie(kv[0])))
        section = Section(subject, labels.get(subject) or short(subject, lk))
        section.properties = [(curie(p), lk.href(p), vs) for p, vs in props]
        result.append(section)
    return result


def alternates(offered: Sequence[Format]) -> list[tuple[str, str, str]]:
    """(name, media type, href) of every representation of the requested URL."""
    base = own_path()
    for rep in offered:
        if base.endswith(f".{rep.extension}"):
            base = base[: -len(rep.extension) - 1]
            break
    return [(r.name, r.media_type, alternate_url(base, r)) for r in offered if r.kind != "page"]


def script_json(data: Any) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` element, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def citation_work(release: Published, document: Description) -> bibliography.Work:
    """What a citation of ``document`` needs, its translations' credits included."""
    translations = [
        release.store.describe(t.value, incoming_limit=0)
        for t in document.objects(bibliography.WORK_TRANSLATION)
        if isinstance(t, ox.NamedNode)
    ]
    return bibliography.work(document, [t for t in translations if t is not None])


def incoming_by_subject(
    release: Published, description: Description, lk: Links
) -> list[tuple[str, str | None, list[str]]]:
    """The resources linking here, each once, with the properties they link by."""
    grouped: dict[str, list[str]] = {}
    for s, p in description.incoming:
        grouped.setdefault(s.value, []).append(curie(p.value))
    found = release.store.labels(grouped)
    return [(found.get(s) or short(s, lk), lk.href(s), ps) for s, ps in grouped.items()]


def data_view(
    release: Published, description: Description, labels: dict[str, str], offered: Sequence[Format]
) -> dict[str, Any]:
    """What the "Data" part of a page shows: every statement, with its IRIs, datatypes and
    language tags, the resources linking here and the graphs it comes from."""
    lk = links(release)
    return {
        "iri": description.iri,
        "types": [labels.get(t) or curie(t) for t in description.types],
        "sections": sections(description.triples, description.iri, labels, lk),
        "incoming": incoming_by_subject(release, description, lk),
        "incoming_total": description.incoming_total,
        "incoming_links": len(description.incoming),
        "incoming_truncated": description.truncated,
        "graphs": [(short(g, lk), lk.href(g)) for g in description.graphs],
        "more_graphs": description.more_graphs,
        "alternates": alternates(offered),
    }


def page_labels(description: Description, lk: Links) -> tuple[dict[str, str], str]:
    """The labels a page shows for its IRIs (those of the linked IRIs, and its own), and its
    own, the page's title: its display label, or its IRI shortened."""
    labels = {iri: linked.label for iri, linked in description.linked.items() if linked.label}
    own_label = description.label or short(description.iri, lk)
    labels[description.iri] = own_label
    return labels, own_label


def resource_page(release: Published, description: Description, offered: Sequence[Format]) -> str:
    labels, own_label = page_labels(description, links(release))
    return render_template(
        "resource.html", title=own_label, **data_view(release, description, labels, offered)
    )


def graph_page(
    release: Published, name: str, quads: list[ox.Quad], offered: Sequence[Format]
) -> str:
    return render_template(
        "graph.html",
        title=name.capitalize(),
        sections=_graph_sections(release, quads),
        alternates=alternates(offered),
    )


def _graph_sections(release: Published, quads: list[ox.Quad]) -> list[Section]:
    """The statements of a whole graph, grouped by subject, labelled from the graph itself."""
    triples = [q.triple for q in quads]
    return sections(triples, None, _labels_in(triples), links(release))


def ontology_page(
    release: Published, name: str, quads: list[ox.Quad], offered: Sequence[Format]
) -> str:
    """The ontology as documentation: header, then every term with its label and comment."""
    all_sections = _graph_sections(release, quads)
    header = [s for s in all_sections if s.iri.endswith("/ontology")]
    terms = [s for s in all_sections if "#" in s.iri and s.iri.split("#")[0].endswith("/ontology")]
    return render_template(
        "ontology.html",
        title="Ontology",
        header=header,
        terms=terms,
        others=[s for s in all_sections if s not in header and s not in terms],
        alternates=alternates(offered),
    )


def _labels_in(triples: Iterable[ox.Triple]) -> dict[str, str]:
    """English or untagged labels stated in a whole graph (the ontology's, the shapes')."""
    labels: dict[str, str] = {}
    for t in triples:
        literal = t.object
        if (
            isinstance(literal, ox.Literal)
            and literal.language in (None, "en")
            and t.predicate.value in _LABELS
        ):
            labels.setdefault(_id(t.subject), literal.value)
    return labels
