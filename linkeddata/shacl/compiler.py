"""Compile a SHACL shapes graph for :mod:`linkeddata.shacl.core`, or refuse to.

Supported: node and property shapes (typed, or implied as pySHACL implies them); targets
``sh:targetClass`` (and implicit class targets), ``sh:targetNode``, ``sh:targetSubjectsOf``,
``sh:targetObjectsOf``; paths that are an IRI or ``sh:inversePath`` of one; ``sh:property``;
the components ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``, ``sh:nodeKind``,
``sh:pattern`` with ``sh:flags``, ``sh:in``, ``sh:hasValue``, ``sh:languageIn``,
``sh:uniqueLang``, and ``sh:or`` over node shapes made of those; ``sh:severity``,
``sh:deactivated``, ``sh:message``.

Where pySHACL 0.40, the reference, departs from the specification, it follows pySHACL: its
``sh:flags`` (``i`` and ``m`` only) here, its value tests in :mod:`linkeddata.shacl.value_tests`.

It refuses to guess: :class:`Refused` for a SHACL predicate or type outside that set (SPARQL,
``sh:node``, ``sh:and``, ``sh:closed``, ``sh:class``...), another path form, a parameter
pySHACL would reject, recursive shapes, or a shape that can give results without
``sh:message`` (pySHACL's generated wording depends on both graphs' namespace bindings). The
caller then validates with pySHACL: correct, only slower.
"""

from __future__ import annotations

import re

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from ..vocab import SH
from .core import CoreShape, CoreShapes, Test
from .value_tests import (
    NODE_KINDS,
    datatype_test,
    language_test,
    node_kind_test,
    or_test,
    pattern_test,
)

__all__ = ["Refused", "compile_shapes"]

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_PROPERTY_ONLY = (SH.minCount, SH.maxCount, SH.uniqueLang)
_VALUE_TESTS = (SH.datatype, SH.nodeKind, SH.pattern, SH.flags, SH["in"], SH.languageIn)
_KNOWN = frozenset(
    (*_TARGETS, *_PROPERTY_ONLY, *_VALUE_TESTS, SH["or"], SH.hasValue, SH.property, SH.path)
) | {SH.inversePath, SH.severity, SH.deactivated, SH.message, SH.name, SH.description}
_KNOWN |= {SH.order, SH.group, SH.defaultValue}  # without effect on validation
_KNOWN_TYPES = frozenset((SH.NodeShape, SH.PropertyShape, SH.PropertyGroup))


class Refused(Exception):
    """The shapes graph uses something the fast checker does not implement; says what."""


def compile_shapes(shapes: Graph) -> CoreShapes:
    """Compile ``shapes`` for :meth:`CoreShapes.check`; raise :class:`Refused` if it cannot."""
    return _Compiler(shapes).run()


class _Compiler:
    """Reads a shapes graph as pySHACL's ShapesGraph does, refusing what is not implemented."""

    def __init__(self, graph: Graph) -> None:
        self.g = graph
        self.shapes: dict[Node, CoreShape] = {}
        self.busy: set[Node] = set()  # shapes being compiled: meeting one again is a recursion
        self.inverse = False
        # pySHACL's implicit class targets: shapes typed rdfs:Class or a direct subclass of it
        self.class_types = {RDFS.Class, OWL.Class, *graph.subjects(RDFS.subClassOf, RDFS.Class)}

    def run(self) -> CoreShapes:
        g = self.g
        for _s, p, o in g:
            if isinstance(p, URIRef) and p.startswith(SH) and p not in _KNOWN:
                raise Refused(f"predicate {p.n3()}")
            sh_type = p == RDF.type and isinstance(o, URIRef) and o.startswith(SH)
            if sh_type and o not in _KNOWN_TYPES:
                raise Refused(f"type {o.n3()}")
        # every node pySHACL takes for a shape, so that the graphs it rejects are refused here
        harvest = {
            *g.subjects(RDF.type, SH.NodeShape),
            *g.subjects(RDF.type, SH.PropertyShape),
            *(s for target in _TARGETS for s in g.subjects(target, None)),
            *g.subjects(SH.property, None),
            *g.objects(None, SH.property),
            *(member for lst in g.objects(None, SH["or"]) for member in self._list(lst)),
        }
        for node in sorted(harvest, key=str):
            self.shape(node)
        top = tuple(s for s in self.shapes.values() if s.has_targets and not s.deactivated)
        for shape in top:
            self._check_messages(shape)
        return CoreShapes(top, self.inverse)

    def shape(self, node: Node) -> CoreShape:
        """The compiled shape at ``node``."""
        if node in self.shapes:
            return self.shapes[node]
        if node in self.busy:
            raise Refused(f"recursive shape {node.n3()}")
        if not isinstance(node, URIRef | BNode):
            raise Refused(f"shape {node.n3()} is a literal")
        self.busy.add(node)
        g = self.g
        types = set(g.objects(node, RDF.type))
        paths = list(g.objects(node, SH.path))
        if len(paths) > 1 or (SH.NodeShape in types and paths):
            raise Refused(f"shape {node.n3()}: sh:path")
        if SH.PropertyShape in types and not paths:
            raise Refused(f"property shape {node.n3()} without sh:path")
        deactivated = self._one(node, SH.deactivated)
        severity = self._one(node, SH.severity) or SH.Violation
        if not isinstance(severity, URIRef) or not isinstance(deactivated, Literal | None):
            raise Refused(f"shape {node.n3()}: sh:severity or sh:deactivated")
        shape = CoreShape(node, severity, tuple(g.objects(node, SH.message)))
        shape.deactivated = deactivated is not None and bool(deactivated.value)  # as pySHACL
        if paths:
            path = paths[0]
            if not isinstance(path, URIRef | BNode):
                raise Refused(f"path {path.n3()}")
            shape.path = path
            shape.predicate, shape.inverse = self._path(path)
            self.inverse |= shape.inverse
            shape.min_count = self._count(node, SH.minCount) or 0
            shape.max_count = self._count(node, SH.maxCount)
            shape.unique_lang = self._unique_lang(node)
        elif any((node, p, None) in g for p in _PROPERTY_ONLY):
            raise Refused(f"node shape {node.n3()}: a property shape's parameter")
        shape.has_values = tuple(g.objects(node, SH.hasValue))
        shape.tests = self._tests(node)
        properties = [self.shape(p) for p in g.objects(node, SH.property)]
        if any(p.predicate is None for p in properties):
            raise Refused(f"shape {node.n3()}: sh:property to a node shape")
        shape.properties = tuple(p for p in properties if not p.deactivated)
        shape.classes = frozenset(g.objects(node, SH.targetClass))
        if types & self.class_types:
            shape.classes |= {node}
        shape.nodes = frozenset(g.objects(node, SH.targetNode))
        shape.subjects_of = frozenset(g.objects(node, SH.targetSubjectsOf))
        shape.objects_of = frozenset(g.objects(node, SH.targetObjectsOf))
        self.busy.discard(node)
        self.shapes[node] = shape
        return shape

    def _member(self, node: Node) -> tuple[Test, ...]:
        """A member of an sh:or list as the tests a value must pass to conform to it."""
        shape = self.shape(node)
        if shape.predicate is not None or shape.properties:
            raise Refused(f"sh:or member {node.n3()} is not a node shape of value tests")
        if shape.deactivated:
            return ()  # pySHACL: everything conforms to a deactivated shape
        equal = [lambda v, expected=h: v == expected for h in shape.has_values]
        return (*(test for _component, test in shape.tests), *equal)

    def _check_messages(self, shape: CoreShape) -> None:
        """Refuse a shape reached from a target that can give a result without sh:message."""
        gives = shape.tests or shape.has_values or shape.unique_lang or shape.min_count
        if (gives or shape.max_count is not None) and not shape.messages:
            raise Refused(f"shape {shape.node.n3()} has no sh:message")
        for prop in shape.properties:
            self._check_messages(prop)

    def _tests(self, node: Node) -> tuple[tuple[URIRef, Test], ...]:
        """The value tests of a shape, each with its constraint component."""
        g = self.g
        tests: list[tuple[URIRef, Test]] = []
        datatype = self._one(node, SH.datatype)
        if datatype is not None:
            if not isinstance(datatype, URIRef):
                raise Refused(f"shape {node.n3()}: sh:datatype")
            tests.append((SH.DatatypeConstraintComponent, datatype_test(datatype)))
        kind = self._one(node, SH.nodeKind)
        if kind is not None:
            if not isinstance(kind, URIRef) or kind not in NODE_KINDS:
                raise Refused(f"shape {node.n3()}: sh:nodeKind")
            tests.append((SH.NodeKindConstraintComponent, node_kind_test(kind)))
        flags = self._one(node, SH.flags)
        if not isinstance(flags, Literal | None):
            raise Refused(f"shape {node.n3()}: sh:flags")
        letters = "" if flags is None else str(flags.value).lower()
        re_flags = (re.I if "i" in letters else 0) | (re.M if "m" in letters else 0)
        for pattern in g.objects(node, SH.pattern):
            if not isinstance(pattern, Literal) or pattern.datatype not in (None, XSD.string):
                raise Refused(f"shape {node.n3()}: sh:pattern")
            try:
                regex = re.compile(str(pattern), re_flags)
            except re.error as exc:
                raise Refused(f"shape {node.n3()}: sh:pattern: {exc}") from None
            tests.append((SH.PatternConstraintComponent, pattern_test(regex)))
        members = self._one(node, SH["in"])
        if members is not None:
            allowed_values = frozenset(self._list(members, empty=True))
            tests.append((SH.InConstraintComponent, lambda v: v in allowed_values))
        languages = self._one(node, SH.languageIn)
        if languages is not None:
            tags = self._list(languages, empty=True)
            if not all(isinstance(t, Literal) and isinstance(t.value, str) for t in tags):
                raise Refused(f"shape {node.n3()}: sh:languageIn")
            allowed_tags = frozenset(str(t).lower() for t in tags)
            tests.append((SH.LanguageInConstraintComponent, language_test(allowed_tags)))
        for lst in g.objects(node, SH["or"]):
            members_tests = tuple(self._member(m) for m in self._list(lst))
            tests.append((SH.OrConstraintComponent, or_test(members_tests)))
        return tuple(tests)

    def _path(self, path: Node) -> tuple[URIRef, bool]:
        """A predicate path, or an inverse path of a predicate: (predicate, inverse)."""
        if isinstance(path, URIRef):
            return path, False
        described = list(self.g.predicate_objects(path))
        if len(described) == 1 and described[0][0] == SH.inversePath:
            predicate = described[0][1]
            if isinstance(predicate, URIRef):
                return predicate, True
        raise Refused(f"path {path.n3()}")

    def _count(self, node: Node, predicate: URIRef) -> int | None:
        value = self._one(node, predicate)
        if value is None:
            return None
        if (
            isinstance(value, Literal)
            and value.datatype == XSD.integer
            and isinstance(value.value, int)
            and value.value >= 0
        ):
            return value.value
        raise Refused(f"shape {node.n3()}: {predicate.n3()}")

    def _unique_lang(self, node: Node) -> bool:
        value = self._one(node, SH.uniqueLang)
        if value is None:
            return False
        if isinstance(value, Literal) and isinstance(value.value, bool):
            return value.value
        raise Refused(f"shape {node.n3()}: sh:uniqueLang")

    def _one(self, node: Node, predicate: URIRef) -> Node | None:
        values = list(self.g.objects(node, predicate))
        if len(values) > 1:
            raise Refused(f"shape {node.n3()}: more than one {predicate.n3()}")
        return values[0] if values else None

    def _list(self, head: Node, empty: bool = False) -> list[Node]:
        try:
            items = list(self.g.items(head))
        except ValueError as exc:  # rdflib's answer to a list whose rdf:rest loops
            raise Refused(f"list {head.n3()}: {exc}") from None
        if not items and not empty:
            raise Refused(f"empty list {head.n3()}")
        return items
