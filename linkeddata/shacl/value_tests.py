"""The value tests of SHACL's value-type and string components, as pySHACL 0.40 evaluates them.

pySHACL is the reference where it departs from the specification: its ``sh:datatype`` test
(same datatype, not ``ill_typed``, and a Python value of the expected type for the datatypes it
knows, so that ``"19x7"^^xsd:gYear`` passes), its ``sh:languageIn`` (the whole tag or its first
subtag). :mod:`linkeddata.shacl.compiler` reads the parameters and builds these tests.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.term import Identifier, Node

from ..vocab import SH
from .core import Test

__all__ = [
    "NODE_KINDS",
    "datatype_test",
    "language_test",
    "node_kind_test",
    "or_test",
    "pattern_test",
]

NODE_KINDS = {
    SH.IRI: "I",
    SH.BlankNode: "B",
    SH.Literal: "L",
    SH.BlankNodeOrIRI: "BI",
    SH.BlankNodeOrLiteral: "BL",
    SH.IRIOrLiteral: "IL",
}
"""pySHACL's node kinds, by the kinds of term they accept: IRI, blank node, literal."""

# pySHACL's check of a literal's Python value, by datatype; other datatypes always pass.
_PYTHON_TYPES: dict[Node, type | tuple[type, ...]] = {
    XSD.string: (str, bytes),
    RDF.langString: (str, bytes),
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}


def datatype_test(rule: URIRef) -> Test:
    """sh:datatype: same datatype, not ill-typed, and a Python value of the expected type."""
    python_type = _PYTHON_TYPES.get(rule)
    any_literal, any_typed = rule == RDFS.Literal, rule == RDFS.Datatype
    plain, tagged = rule == XSD.string, rule == RDF.langString

    def test(v: Node) -> bool:
        if not isinstance(v, Literal):
            return False
        datatype = v.datatype
        if datatype == rule:
            if v.ill_typed is True:
                return False
        elif any_literal or (any_typed and datatype):
            return True
        elif not ((plain and datatype is None and v.language is None) or (tagged and v.language)):
            return False
        return python_type is None or isinstance(v.value, python_type)

    return test


def node_kind_test(kind: URIRef) -> Test:
    """sh:nodeKind, one of :data:`NODE_KINDS`: the value is a term of a kind it accepts."""
    allowed = NODE_KINDS[kind]
    return lambda v: _kind(v) in allowed


def pattern_test(regex: re.Pattern[str]) -> Test:
    """sh:pattern: a search in the IRI or lexical form; blank nodes fail."""
    return lambda v: not isinstance(v, BNode) and regex.search(str(v)) is not None


def _kind(v: Node) -> str:
    if isinstance(v, BNode):
        return "B"
    if isinstance(v, Literal):
        return "L"
    return "I" if isinstance(v, Identifier) else ""


def language_test(languages: frozenset[str]) -> Test:
    """sh:languageIn: the whole tag or its first subtag, case-insensitively."""

    def test(v: Node) -> bool:
        if not isinstance(v, Literal) or not v.language:
            return False
        lang = v.language.lower()
        return "*" in languages or lang in languages or lang.split("-")[0] in languages

    return test


def or_test(members: tuple[tuple[Test, ...], ...]) -> Test:
    """sh:or: the value passes every test of some member."""
    return lambda v: any(all(test(v) for test in member) for member in members)
