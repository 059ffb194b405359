"""rdflib triples written as the N-Quads lines that Oxigraph writes for them, without making
Oxigraph terms.

A document's graph was written by converting every term to an Oxigraph term
(:mod:`linkeddata.rdf_terms`), serialising the quads, splitting the lines and sorting them: a
tenth of a build's CPU in the workers. Here each term becomes its N-Triples text directly,
an IRI's text made once per process; the bytes are the same as Oxigraph's, which
``tests/test_ntriples.py`` checks for every character a literal may hold. IRIs and blank node
ids are still checked by Oxigraph, on their first use.

>>> from rdflib import Literal, URIRef
>>> sorted_nquads(statements([(URIRef("http://a/s"), URIRef("http://a/p"), Literal("x\\ny"))]),
...     "http://a/g")
b'<http://a/s> <http://a/p> "x\\\\ny" <http://a/g> .\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import BNode, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from .rdf_terms import iri, subject
from .vocab import XSD

Statement = tuple[str, str, str]
"""A triple as the N-Triples texts of its subject, predicate and object."""

_XSD_STRING = str(XSD.string)  # not written: a plain literal is one
_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"'}
_ESCAPES["\\"] = "\\\\"
_IRI_TEXTS: dict[str, str] = {}
_CACHE_SIZE = 50_000


def _escaped(match: re.Match[str]) -> str:
    char = match[0]
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def iri_text(value: str) -> str:
    """``<value>``, the IRI checked by Oxigraph the first time (a ValueError if invalid)."""
    text = _IRI_TEXTS.get(value)
    if text is None:
        iri(value)  # the check: Oxigraph refuses an invalid IRI
        if len(_IRI_TEXTS) >= _CACHE_SIZE:
            _IRI_TEXTS.clear()
        text = _IRI_TEXTS[value] = f"<{value}>"
    return text


def literal_text(node: RdfLiteral) -> str:
    """A literal as Oxigraph writes it: escaped, its language tag in lower case, its datatype
    unless ``xsd:string``."""
    value = str(node)
    if _ESCAPE.search(value) is not None:
        value = _ESCAPE.sub(_escaped, value)
    language = node.language
    if language:
        return f'"{value}"@{language.lower()}'
    datatype = node.datatype
    if datatype is None or str(datatype) == _XSD_STRING:
        return f'"{value}"'
    return f'"{value}"^^{iri_text(str(datatype))}'


def term_text(node: Node) -> str:
    """Any rdflib term in a triple as N-Triples (the cases of :func:`.rdf_terms.term`)."""
    if type(node) is URIRef:  # exact types first: see rdf_terms.term
        return iri_text(str(node))
    if isinstance(node, RdfLiteral):
        return literal_text(node)
    if isinstance(node, BNode):
        return str(subject(node))  # "_:id", the id checked
    return iri_text(str(node))


def statements(triples: Iterable[tuple[Node, Node, Node]]) -> list[Statement]:
    """Each triple as the texts of its terms."""
    return [(term_text(s), term_text(p), term_text(o)) for s, p, o in triples]


def sorted_nquads(found: Iterable[Statement], graph: str) -> bytes:
    """The statements in ``graph`` as sorted N-Quads: the same bytes as Oxigraph's N-Quads of
    them, lines sorted (UTF-8 keeps the order of the code points, so sorting the text sorts
    the bytes)."""
    tail = f" {iri_text(graph)} .\n"
    return "".join(sorted([f"{s} {p} {o}{tail}" for s, p, o in found])).encode()
