r"""Read a query before any engine does: refuse SPARQL Update and SERVICE, and find the form
and the dataset (FROM, FROM NAMED).

Both engines follow SERVICE over HTTP, so the guard must see every SERVICE either engine
would see, and they read differently (see :mod:`linkeddata.sparql.lexer`): the query is read
as Oxigraph reads the raw text and, when that differs, as rdflib reads it after expanding
``\u`` escapes in the whole text (SPARQL 1.1 §19.2). What a plain lexer would miss, each
checked on pyoxigraph 0.5.13:

* keywords need no word boundary: ``SERVICEex:s {}``, ``trueSERVICE <s> {}`` and, with an
  empty prefix, ``service:s {}`` are all SERVICE. So a bare word containing SERVICE is
  refused, and so is a prefixed name whose prefix contains it when ``{`` follows;
* ``<`` is an IRI or less-than depending on the parse: in ``FILTER(?a <3)SERVICE?s#>`` it
  is less-than and the rest of the line a comment. Where ``<`` follows an operand inside an
  expression, both readings are followed. SERVICE counts only directly inside ``{ }``.

Other syntax errors are left to the engine, which reports them with line and column too.

>>> inspect("PREFIX ex: <http://example.org/> SELECT * FROM ex:g WHERE { ?s ?p 'SERVICE' }")
Inspection(form='SELECT', default_graphs=('http://example.org/g',), named_graphs=())
>>> inspect("ASK FROM NAMED <g> { GRAPH ?g {} }", base="http://example.org/")
Inspection(form='ASK', default_graphs=(), named_graphs=('http://example.org/g',))
>>> inspect("SELECT * { \\u0053ERVICE <http://example.org/sparql> { ?s ?p ?o } }")
... # doctest: +ELLIPSIS
Traceback (most recent call last):
linkeddata.errors.QueryRefused: 400 Bad Request: SERVICE (federated query; line 1, ...
>>> inspect("DROP ALL")  # doctest: +ELLIPSIS
Traceback (most recent call last):
linkeddata.errors.UpdateRefused: 403 Forbidden: This endpoint is read-only: SPARQL ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin

from ..errors import QueryRefused, QuerySyntaxError, UpdateRefused
from .lexer import OXIGRAPH, RDFLIB, Dialect, Unreadable, expand_escapes, tokens

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
FORMS: tuple[Form, ...] = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATES = frozenset(
    ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
)
FORK_BUDGET = 50_000
"""Work (tokens, brackets copied) the less-than readings of ``<`` may take before a refusal."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_CR = re.compile("\r(?!\n)")  # the engines end a comment apart only there
_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PLX = re.compile(r"\\(.)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")  # absolute: kept as it is, as Oxigraph does
_HAS_UCHAR = re.compile(r"\\[uU]")  # escapes in strings are checked by a full reading
_AMBIGUOUS = re.compile(r"[#'()\[\]]")  # in <...> read as code, these change what follows
_CLOSES = {")": "EL", "]": "[", "}": "{"}


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
    text: str, *, base: str | None = None, prefixes: Mapping[str, str] | None = None
) -> Inspection:
    """Read ``text`` as the engines would; raise a :class:`QueryError` subclass to refuse it.

    ``base`` and ``prefixes`` are what the endpoint gives the engine; the query's own BASE
    and PREFIX declarations take precedence.
    """
    if not text.isascii() and (bad := _SURROGATE.search(text)):
        raise _View(text, OXIGRAPH).error(bad.start(), "unpaired surrogate character")
    views = [_View(text, OXIGRAPH)]
    try:
        expanded = expand_escapes(text)
    except Unreadable as error:
        raise views[0].error(error.pos, error.reason) from None
    if expanded and (expanded[0] != text or _LONE_CR.search(text)):
        views.insert(0, _View(expanded[0], RDFLIB, text, expanded[1]))
    heads = [_Head(view, base, prefixes or {}) for view in views]
    for view in views:
        if "SERVICE" in view.text.upper() or (view.dialect.uchar and _HAS_UCHAR.search(text)):
            _read_for_service(view)
    return Inspection(
        next((head.form for head in heads if head.form), None),
        _union(head.default for head in heads),
        _union(head.named for head in heads),
    )


@dataclass
class _View:
    """The text one engine reads, and how to point at a place in the query it came from."""

    text: str
    dialect: Dialect
    source: str = ""
    where: Callable[[int], int] = int

    def at(self, pos: int) -> str:
        source, pos = self.source or self.text, self.where(pos)
        line, column = source.count("\n", 0, pos) + 1, pos - source.rfind("\n", 0, pos)
        return f"line {line}, column {column}"

    def error(self, pos: int, reason: str) -> QuerySyntaxError:
        return QuerySyntaxError(f"Syntax error at {self.at(pos)}: {reason}.")


@dataclass
class _Head:
    """The top level of a query until its pattern: prologue, dataset and form, and the
    update operation if it is one (each starts at the top level, so the head decides).

    Reading stops at WHERE, at the first ``{`` that is not a CONSTRUCT template, or at
    anything a query cannot start with: the engine reports those syntax errors.
    """

    view: _View
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


def _read_for_service(view: _View) -> None:
    """Refuse any SERVICE the engine could read. The first reading takes every ``<`` that
    can start an IRI as one; where less-than is possible too, that reading is followed as
    well, until it ends or becomes impossible (a bracket that closes nothing)."""
    text, dialect = view.text, view.dialect
    # open brackets: "{" group, "[" blank node, "E" expression ( ), "L" list or VALUES row ( )
    queue: list[tuple[int, list[str]]] = [(0, [])]
    seen: set[tuple[int, tuple[str, ...]]] = set()
    budget, first = FORK_BUDGET, True
    while queue:
        pos, stack = queue.pop()
        operand = False  # the last token can end an operand, so `<` may be less-than
        callish = False  # a `(` now is a call or a FILTER: an expression, not a list
        after_word = False  # the last token was a keyword: `<f>(` after it is a call too
        pending, pending_at = "", 0  # a name like service:s, which is SERVICE :s before `{`
        try:
            for kind, start, end in tokens(text, pos, dialect):
                if not first:
                    budget -= 1
                if budget < 0:
                    raise view.error(
                        start,
                        "too many '<' that can be IRIs or less-than; "
                        "write '< ' when you mean less-than",
                    )
                top = stack[-1] if stack else ""
                if kind == "punct":
                    char = text[start:end]
                    if char == "{" and pending:
                        raise _refuse_service(view.at(pending_at), pending)
                    if char in ("{", "["):
                        stack.append(char)
                    elif char == "(":
                        stack.append("E" if callish or top in ("", "E") else "L")
                    elif char in _CLOSES:
                        if top and top in _CLOSES[char]:
                            stack.pop()
                        elif not first:
                            break  # this reading is impossible
                        elif stack:
                            stack.pop()
                    operand, callish, after_word, pending = char in ")]", False, False, ""
                    continue
                pending = ""
                if kind == "word":
                    if "SERVICE" in text[start:end].upper() and top in ("", "{"):
                        raise _refuse_service(view.at(start))
                    callish = after_word = text[start:end] != "a"
                elif kind == "pname":
                    prefix = text[start : text.index(":", start)].upper()
                    if "SERVICE" in prefix and top in ("", "{"):
                        pending, pending_at = text[start:end], start
                    callish, after_word = after_word or "FILTER" in prefix, False
                elif kind == "iri":
                    if top == "E" and operand and _AMBIGUOUS.search(text, start + 1, end - 1):
                        budget -= len(stack)
                        key = (start + 1, tuple(stack))
                        if key not in seen:
                            seen.add(key)
                            queue.append((start + 1, list(stack)))
                    callish, after_word = after_word, False
                else:
                    callish = after_word = False
                operand = True
        except Unreadable as error:
            if first and dialect.uchar:
                raise view.error(error.pos, error.reason) from None
        first = False


def _refuse_service(where: str, name: str = "") -> QueryRefused:
    what = f"{name} followed by {{ reads as SERVICE" if name else "SERVICE"
    return QueryRefused(
        f"{what} (federated query; {where}) is not allowed: this endpoint never connects to "
        "other servers."
    )


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
