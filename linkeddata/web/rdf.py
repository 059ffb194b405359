"""Serialising a description into the negotiated RDF format, byte-identical every time.

Quads are sorted before serialising (a strong ETag promises identical bytes). Every format is
written by Oxigraph except JSON-LD, which Oxigraph writes expanded: we compact it ourselves
against the context the server publishes at ``/context.jsonld``, embedded inline so that no
client ever has to fetch a remote context to read a description.
"""

from __future__ import annotations

import json
from collections import defaultdict
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
    return sorted(set(triples), key=lambda t: (_key(t.subject), _key(t.predicate), _key(t.object)))


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
    if format_name == "jsonld":
        return compact_jsonld(sorted_triples(triples), base)
    if keeps_graphs(format_name):
        raise ValueError(f"{format_name} carries named graphs: serialise quads")
    return serialize(sorted_triples(triples), BY_NAME[format_name].rdf, TURTLE_PREFIXES)


def compact_jsonld(triples: Iterable[ox.Triple], base: str) -> bytes:
    """Compacted JSON-LD: one node object per subject, compact IRIs, inline context.

    ValueError for an RDF 1.2 triple term, which JSON-LD cannot carry.
    """
    ctx = context(base)
    shrink = _compactor(base)
    nodes: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for triple in triples:
        term, predicate, value = triple.subject, triple.predicate.value, triple.object
        if isinstance(term, ox.Triple) or isinstance(value, ox.Triple):
            raise ValueError("JSON-LD cannot carry RDF 1.2 triple terms")
        subject = _node_id(term, shrink)
        if predicate == RDF_TYPE and isinstance(value, ox.NamedNode):
            nodes[subject]["@type"].append(shrink(value.value))
        else:
            nodes[subject][shrink(predicate)].append(_value(value, shrink))
    graph = []
    for subject in sorted(nodes):
        node: dict[str, Any] = {"@id": subject}
        for key in sorted(nodes[subject], key=lambda k: (k != "@type", k)):
            values = nodes[subject][key]
            node[key] = values[0] if len(values) == 1 else values
        graph.append(node)
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
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else shrink(term.value)


def _value(term: Term, shrink: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return {"@id": shrink(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value == XSD_STRING:
        return term.value
    return {"@value": term.value, "@type": shrink(term.datatype.value)}


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
