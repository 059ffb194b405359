r"""Read a query before any engine does: refuse SPARQL Update and SERVICE, and find the form
and the dataset (FROM, FROM NAMED).

Both engines follow SERVICE over HTTP, so the guard must see every SERVICE the engine
would see, and the two read differently (see :mod:`linkeddata.sparql.lexer`): the query is
read as Oxigraph reads the raw text and, for the rdflib engine, also as rdflib reads it after
expanding ``\u`` escapes in the whole text (SPARQL 1.1 §19.2); each reading is followed
through :mod:`linkeddata.sparql.readings`, which also bounds the query's size
(:mod:`linkeddata.sparql.bounds`).

Other syntax errors are left to the engine, which reports them with line and column too.

>>> inspect("PREFIX ex: <http://example.org/> SELECT * FROM ex:g WHERE { ?s ?p 'SERVICE' }")
Inspection(form='SELECT', default_graphs=('http://example.org/g',), named_graphs=())
>>> inspect("ASK FROM NAMED <g> { GRAPH ?g {} }", base="http://example.org/")
Inspection(form='ASK', default_graphs=(), named_graphs=('http://example.org/g',))
>>> inspect("SELECT * { \\u0053ERVICE <http://ex.org/sparql> { ?s ?p ?o } }", engine="rdflib")
... # doctest: +ELLIPSIS
Traceback (most recent call last):
linkeddata.errors.QueryRefused: 400 Bad Request: SERVICE (federated query; line 1, ...
>>> inspect("DROP ALL")  # doctest: +ELLIPSIS
Traceback (most recent call last):
linkeddata.errors.UpdateRefused: 403 Forbidden: This endpoint is read-only: SPARQL ...
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

from ..errors import UpdateRefused
from .lexer import OXIGRAPH, RDFLIB, Unreadable, View, expand_escapes, tokens
from .readings import read

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
FORMS: tuple[Form, ...] = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATES = frozenset(
    ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
)

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_CR = re.compile("\r(?!\n)")  # the engines end a comment apart only there
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PLX = re.compile(r"\\(.)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")  # absolute: kept as it is, as Oxigraph does


@dataclass(frozen=True)
class Inspection:
    """What the guard found in a query it accepts."""

    form: Form | None
    """None: the guard could not tell (the engine will report the syntax error)."""
    default_graphs: tuple[str, ...]
    """The FROM IRIs, absolute, in order."""
    named_graphs: tuple[str, ...]
    """The FROM NAMED IRIs, absolute, in order."""

    @property
    def answers_graph(self) -> bool:
        """True for CONSTRUCT and DESCRIBE, answered in RDF formats rather than results."""
        return self.form in ("CONSTRUCT", "DESCRIBE")


def inspect(
    text: str,
    *,
    base: str | None = None,
    prefixes: Mapping[str, str] | None = None,
    engine: str = "oxigraph",
) -> Inspection:
    """Read ``text`` as ``engine`` would; raise a :class:`QueryError` subclass to refuse it.

    ``base`` and ``prefixes`` are what the endpoint gives the engine; the query's own BASE
    and PREFIX declarations take precedence.
    """
    if not text.isascii() and (bad := _SURROGATE.search(text)):
        raise View(text, OXIGRAPH).error(bad.start(), "unpaired surrogate character")
    views = [View(text, OXIGRAPH)]
    if engine in ("rdflib", "remote"):  # a remote engine's reading is unknown: both
        try:
            expanded = expand_escapes(text)
        except Unreadable as error:
            raise views[0].error(error.pos, error.reason) from None
        if expanded and (expanded[0] != text or _LONE_CR.search(text)):
            views.insert(0, View(expanded[0], RDFLIB, text, expanded[1]))
    heads = [_Head(view, base, prefixes or {}) for view in views]
    for view in views:
        read(view)
    return Inspection(
        next((head.form for head in heads if head.form), None),
        _union(head.default for head in heads),
        _union(head.named for head in heads),
    )


@dataclass
class _Head:
    """The top level of a query until its pattern: prologue, dataset and form, and the
    update operation if it is one (each starts at the top level, so the head decides).

    Reading stops at WHERE, at the first ``{`` that is not a CONSTRUCT template, or at
    anything a query cannot start with: the engine reports those syntax errors.
    """

    view: View
    base: str | None
    defaults: Mapping[str, str]
    form: Form | None = None
    default: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        text, expect, depth, template = self.view.text, "", 0, False
        try:
            for kind, start, end in tokens(text, 0, self.view.dialect):
                token = text[start:end]
                if kind == "punct" and token in "([{":
                    if not depth:
                        if self.form is None:
                            return  # no brackets in a prologue
                        if token == "{":
                            if self.form != "CONSTRUCT" or template:
                                return  # the query pattern
                            template = True  # CONSTRUCT { template } FROM <g> WHERE { }
                    depth += 1
                elif kind == "punct" and token in ")]}":
                    if not depth:
                        return
                    depth -= 1
                elif not depth:
                    following = self._read(kind, token, start, expect)
                    if following is None:
                        return
                    expect = following
        except Unreadable as error:
            raise self.view.error(error.pos, error.reason) from None

    def _read(self, kind: str, token: str, start: int, expected: str) -> str | None:
        """Take one top-level token: what the next one may be; None: read no further."""
        prologue = self.form is None
        if kind == "word":
            word = token.upper()
            if prologue and word in UPDATES:
                raise _refuse_update(word, self.view.at(start))
            if word == "FROM" or (word == "NAMED" and expected == "FROM"):
                return word
            if prologue and word in ("BASE", "PREFIX", "VERSION"):
                return word
            if prologue:
                self.form = next((form for form in FORMS if word.startswith(form)), None)
                return "" if self.form else None
            return "" if word in ("DISTINCT", "REDUCED") else None
        if kind == "iri" and expected == "BASE":
            self.base = self._iri(token, start)
        elif kind == "pname" and expected == "PREFIX" and token.endswith(":"):
            return token
        elif kind == "iri" and expected.endswith(":"):
            self.prefixes[expected[:-1]] = self._iri(token, start)
        elif kind in ("iri", "pname") and expected in ("FROM", "NAMED"):
            graph = self._iri(token, start) if kind == "iri" else self._expand(token, start)
            if not _SCHEME.match(graph):
                raise self.view.error(start, f"relative IRI <{graph}> in FROM, and no BASE")
            (self.named if expected == "NAMED" else self.default).append(graph)
        elif prologue and not (kind == "string" and expected == "VERSION"):
            return None
        return ""

    def _iri(self, token: str, start: int) -> str:
        iri = token[1:-1]
        if "\\" in iri:
            iri = _UCHAR.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), iri)
        if not self.base or _SCHEME.match(iri):
            return iri
        try:
            return urljoin(self.base, iri)
        except ValueError:  # urllib on a malformed base, such as http://[
            raise self.view.error(start, f"cannot resolve <{iri}> against <{self.base}>") from None

    def _expand(self, token: str, start: int) -> str:
        prefix, _, local = token.partition(":")
        namespace = self.prefixes.get(prefix, self.defaults.get(prefix))
        if namespace is None:
            raise self.view.error(start, f"undefined prefix '{prefix}:' in FROM")
        return str(namespace) + _PLX.sub(r"\1", local)


def _refuse_update(word: str, where: str) -> UpdateRefused:
    if word == "LOAD":
        return UpdateRefused(
            f"This endpoint is read-only and never fetches: LOAD ({where}) is refused."
        )
    return UpdateRefused(
        f"This endpoint is read-only: SPARQL Update ({word}; {where}) is not accepted."
    )


def _union(lists: Iterable[list[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(iri for graphs in lists for iri in graphs))
