"""Serialising a description into the negotiated RDF format, byte-identical every time.

Quads are sorted before serialising (a strong ETag promises identical bytes). Every format is
written by Oxigraph except JSON-LD, which Oxigraph writes expanded: we compact it ourselves
against the context the server publishes at ``/context.jsonld``, embedded inline so that no
client ever has to fetch a remote context to read a description.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from ..formats import BY_NAME
from ..prefixes import serialize
from ..vocab import PREFIXES, RDF, XSD

_SHRINK_CACHE = 100_000
EXPANDED = "http://www.w3.org/ns/json-ld#expanded"
"""The JSON-LD profile (``Accept: application/ld+json;profile="..."``) of the expanded form."""
EXPANDED_TYPE = f'{BY_NAME["jsonld"].content_type}; profile="{EXPANDED}"'
"""The Content-Type of expanded JSON-LD: the profile says which form the body is in."""
EXPANDED_VARIANT = f"jsonld;profile={EXPANDED}"
"""The representation of expanded JSON-LD in an ETag (:func:`~.http_cache.etag`)."""
XSD_STRING = str(XSD.string)
RDF_TYPE = str(RDF.type)
Term = ox.NamedNode | ox.BlankNode | ox.Literal


def context(base: str) -> dict[str, str]:
    """The JSON-LD context: the vocabulary prefixes and ``id:`` for the things we mint."""
    terms = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}
    terms["id"] = f"{base}id/"
    return terms


# Turtle and TriG get the vocabulary prefixes only, and declare those they use: Oxigraph would
# write our own IRIs with an ``id:`` prefix as ``id:document\/1``, valid but unreadable, so
# they stay whole.
TURTLE_PREFIXES = {prefix: str(ns) for prefix, ns in sorted(PREFIXES.items())}


def _key(term: Term | ox.Triple | ox.DefaultGraph | None) -> tuple[int, str]:
    if isinstance(term, ox.NamedNode):
        return (0, term.value)
    if isinstance(term, ox.BlankNode):
        return (1, term.value)
    if isinstance(term, ox.Literal):
        return (2, f"{term.value}\x00{term.language or ''}\x00{term.datatype.value}")
    if isinstance(term, ox.Triple):
        return (3, str(term))
    return (4, "")


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads deduplicated and in a stable order (subject, predicate, object, graph)."""
    unique = set(quads)
    return sorted(
        unique,
        key=lambda q: (_key(q.subject), _key(q.predicate), _key(q.object), _key(q.graph_name)),
    )


def triples_of(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The triples of ``quads``, each once, in a stable order (that of :func:`sorted_quads`
    less the graphs: a term's key names it, so equal keys are equal triples)."""
    return sorted_triples(q.triple for q in quads)


def sorted_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """Triples deduplicated and in a stable order (subject, predicate, object)."""
    return sorted(set(triples), key=_triple_key)


def _triple_key(triple: ox.Triple) -> tuple[int | str, ...]:
    """The order of :func:`_key` on subject, predicate and object, flattened into one tuple
    (equal, since each key has two items) and with the usual shapes (an IRI subject, an IRI
    or literal object) made inline: sorting was a third of a Turtle body's CPU."""
    subject, predicate, value = triple
    if type(subject) is ox.NamedNode:
        kind = type(value)
        if kind is ox.NamedNode:
            return (0, subject.value, 0, predicate.value, 0, value.value)
        if kind is ox.Literal:
            literal = f"{value.value}\x00{value.language or ''}\x00{value.datatype.value}"
            return (0, subject.value, 0, predicate.value, 2, literal)
    return (*_key(subject), *_key(predicate), *_key(value))


def serialise(quads: Iterable[ox.Quad], format_name: str, *, base: str) -> bytes:
    """``quads`` in the format named ``format_name`` (a key of ``formats.BY_NAME``)."""
    if keeps_graphs(format_name):
        return serialize(sorted_quads(quads), BY_NAME[format_name].rdf, TURTLE_PREFIXES)
    return serialise_triples((q.triple for q in quads), format_name, base=base)


def keeps_graphs(format_name: str) -> bool:
    """Whether :func:`serialise` writes the graphs of the quads in ``format_name`` (JSON-LD
    could, but the compacted form we write has the triples only)."""
    return format_name != "jsonld" and BY_NAME[format_name].datasets


def serialise_triples(triples: Iterable[ox.Triple], format_name: str, *, base: str) -> bytes:
    """``triples`` in ``format_name``, a format without named graphs: the same bytes as
    :func:`serialise` of the same statements in any graphs, without making quads of them
    (a description's labels and incoming links are triples: a third of a cold request's
    serialising went into wrapping them as quads and unwrapping them again)."""
    return serialise_sorted(sorted_triples(triples), format_name, base=base)


def serialise_sorted(triples: list[ox.Triple], format_name: str, *, base: str) -> bytes:
    """:func:`serialise_triples` of triples already deduplicated and sorted
    (:func:`sorted_triples`): a build rendering one description in several formats sorts
    it once."""
    if format_name == "jsonld":
        return compact_jsonld(triples, base)
    if keeps_graphs(format_name):
        raise ValueError(f"{format_name} carries named graphs: serialise quads")
    return serialize(triples, BY_NAME[format_name].rdf, TURTLE_PREFIXES)


def compact_jsonld(triples: Iterable[ox.Triple], base: str) -> bytes:
    """Compacted JSON-LD: one node object per subject, compact IRIs, inline context.

    ValueError for an RDF 1.2 triple term, which JSON-LD cannot carry.
    """
    ctx = context(base)
    shrink = _compactor(base)
    nodes: dict[str, dict[str, list[Any]]] = {}
    named, literal, blank = ox.NamedNode, ox.Literal, ox.BlankNode
    for term, predicate_node, value in triples:
        if type(term) is ox.Triple or type(value) is ox.Triple:
            raise ValueError("JSON-LD cannot carry RDF 1.2 triple terms")
        subject = _node_id(term, shrink)
        node = nodes.get(subject)
        if node is None:
            node = nodes[subject] = {}
        predicate = predicate_node.value
        kind = type(value)
        if kind is named:
            if predicate == RDF_TYPE:
                key, item = "@type", shrink(value.value)
            else:
                key, item = shrink(predicate), {"@id": shrink(value.value)}
        elif kind is literal:
            key, item = shrink(predicate), _literal(value, shrink)
        elif kind is blank:
            key, item = shrink(predicate), {"@id": f"_:{value.value}"}
        else:  # pragma: no cover - no other kind of term
            raise ValueError(f"not an RDF term: {value!r}")
        values = node.get(key)
        if values is None:
            node[key] = [item]
        else:
            values.append(item)
    graph = []
    for subject in sorted(nodes):
        filed = nodes[subject]
        out: dict[str, Any] = {"@id": subject}
        for key in sorted(filed, key=lambda k: (k != "@type", k)):
            values = filed[key]
            out[key] = values[0] if len(values) == 1 else values
        graph.append(out)
    document = {"@context": ctx, "@graph": graph}
    # No indent: only the compact form uses the C encoder (three times faster).
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


@lru_cache(maxsize=8)
def _compactor(base: str) -> Any:
    """IRI -> compact IRI, remembered: the same predicates and classes recur in every body."""
    by_length = sorted(context(base).items(), key=lambda item: -len(item[1]))
    known: dict[str, str] = {}

    def shrink(iri: str) -> str:
        found = known.get(iri)
        if found is None:
            found = iri
            for prefix, namespace in by_length:
                suffix = iri[len(namespace) :]
                if iri.startswith(namespace) and suffix and not suffix.startswith("//"):
                    found = f"{prefix}:{suffix}"
                    break
            if len(known) < _SHRINK_CACHE:
                known[iri] = found
        return found

    return shrink


def _node_id(term: Term, shrink: Any) -> str:
    return f"_:{term.value}" if type(term) is ox.BlankNode else shrink(term.value)


def _literal(term: ox.Literal, shrink: Any) -> Any:
    language = term.language
    if language:
        return {"@value": term.value, "@language": language}
    datatype = term.datatype.value
    if datatype == XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": shrink(datatype)}


def wants_expanded(profile: str | None) -> bool:
    """Whether a JSON-LD ``profile`` parameter (a space-separated list of IRIs) asks for the
    expanded form; any other profile gets the compacted one, the default."""
    return EXPANDED in (profile or "").split()


def expanded_jsonld(compacted: bytes) -> bytes:
    """The expanded form (JSON-LD 1.1 API §4.1) of a document :func:`compact_jsonld` wrote.

    That writer uses a context of namespace prefixes only and one node object per subject, so
    expansion is a rewrite of its keys and values: compact IRIs become whole, every value an
    array, every string a value object, and the context goes.

    >>> data = compact_jsonld([ox.Triple(ox.NamedNode("http://example.org/id/a"),
    ...     ox.NamedNode("http://purl.org/dc/terms/title"), ox.Literal("A"))],
    ...     "http://example.org/")
    >>> expanded_jsonld(data).decode()
    '[{"@id":"http://example.org/id/a","http://purl.org/dc/terms/title":[{"@value":"A"}]}]'
    """
    document = json.loads(compacted)
    namespaces: dict[str, str] = document["@context"]

    def iri(value: str) -> str:
        prefix, colon, suffix = value.partition(":")
        namespace = namespaces.get(prefix)
        return namespace + suffix if colon and namespace and not suffix.startswith("//") else value

    def value_object(value: Any) -> dict[str, str]:
        if isinstance(value, str):
            return {"@value": value}
        if "@id" in value:
            return {"@id": value["@id"] if value["@id"].startswith("_:") else iri(value["@id"])}
        if "@type" in value:
            return {"@value": value["@value"], "@type": iri(value["@type"])}
        return dict(value)

    def as_list(value: Any) -> list[Any]:
        return value if isinstance(value, list) else [value]

    nodes = []
    for node in document["@graph"]:
        subject = node["@id"]
        out: dict[str, Any] = {"@id": subject if subject.startswith("_:") else iri(subject)}
        for key, value in node.items():
            if key == "@type":
                out["@type"] = [iri(t) for t in as_list(value)]
            elif key != "@id":
                out[iri(key)] = [value_object(v) for v in as_list(value)]
        nodes.append(out)
    return json.dumps(nodes, ensure_ascii=False, separators=(",", ":")).encode()
