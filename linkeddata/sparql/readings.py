"""Every reading an engine may make of a query, token by token: refuse SERVICE wherever it can
be read, and count the query's size (:mod:`linkeddata.sparql.bounds`).

What a plain lexer would miss, each checked on pyoxigraph 0.5.13:

* keywords need no word boundary: ``SERVICEex:s {}``, ``trueSERVICE <s> {}`` and, with an
  empty prefix, ``service:s {}`` are all SERVICE. So a bare word containing SERVICE is
  refused, and so is a prefixed name starting with it when ``{`` follows, where a group's
  next pattern may start: not where a name must come (after GRAPH, FROM, ``^^``) nor as an
  object (``?s ?p services:o {}`` is a triple, then a group), which the reading follows
  triple by triple;
* ``<`` is an IRI or less-than depending on the parse: in ``FILTER(?a <3)SERVICE?s#>`` it
  is less-than and the rest of the line a comment. Where ``<`` follows an operand inside an
  expression, both readings are followed. SERVICE counts only directly inside ``{ }``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QueryRefused
from .bounds import OPERATORS, PATTERN_WORDS, Bounds
from .lexer import Unreadable, View, tokens

FORK_BUDGET = 50_000
"""Work (tokens, brackets copied) the less-than readings of ``<`` may take before a refusal."""

_AMBIGUOUS = re.compile(r"[#'()\[\]]")  # in <...> read as code, these change what follows
_CLOSES = {")": "EL", "]": "[", "}": "{V", ">": "<"}
_TRIPLES = "{[<"  # frames in which terms make triples
_SERVICE_FRAMES = ("", "{", "<", "V")  # where a SERVICE keyword is refused
_NAMING = frozenset(("GRAPH", "FROM", "NAMED", "SILENT", "DESCRIBE"))  # a name comes next
_TERM_WORDS = frozenset(("TRUE", "FALSE", "UNDEF"))


@dataclass
class _Frame:
    """An open bracket: ``{`` group, ``V`` VALUES data, ``[`` blank node, ``E`` expression,
    ``L`` list, VALUES row or path group, ``<`` triple term; and in ``{ [ <``, the terms of
    the triple being read (3: it is complete)."""

    kind: str
    terms: int = 0
    listing: bool = False  # the list of an IN: Oxigraph tests its operand once per member
    members: int = 1


class _Reading:
    """One reading from a position on; ``first``: the one that takes every ``<`` that can
    start an IRI as one, which alone goes on past a bracket that closes nothing."""

    def __init__(self, view: View, bounds: Bounds, frames: list[_Frame], first: bool) -> None:
        self.view, self.bounds, self.frames, self.first = view, bounds, frames, first
        self.operand = False  # the last token can end an operand, so `<` may be less-than
        self.callish = False  # a `(` now is a call or a FILTER: an expression, not a list
        self.after_word = False  # the last token was a keyword: `<f>(` after it is a call too
        self.naming = False  # the next term is a name (of a graph, a datatype), not in a triple
        self.values = False  # the next `{` holds VALUES data
        self.membership = False  # the last token was IN: a `(` now opens its list
        self.pending, self.pending_at = "", 0  # service:s, which is SERVICE :s before `{`

    @property
    def top(self) -> str:
        return self.frames[-1].kind if self.frames else ""

    def punct(self, char: str, start: int) -> bool:
        """Take a punctuation token; False: this reading is impossible."""
        if char == "{" and self.pending:
            raise _refuse_service(self.view.at(self.pending_at), self.pending)
        top, operand = self.top, char in ")]"
        if char in "{[(" or (char == "<" and top and top in "{[<LV"):
            kind = char
            if char == "(":
                kind = "E" if self.callish or top in ("", "E") else "L"
            elif char == "{" and self.values:
                kind, self.values = "V", False
            listing = kind == "E" and self.membership
            self.frames.append(_Frame(kind, 1 if kind == "[" else 0, listing))
            self.bounds.nest(len(self.frames), start)
            if kind == "{":
                self.bounds.pattern(start)
        elif char in _CLOSES and (char != ">" or top == "<"):
            if top and top in _CLOSES[char]:
                frame = self.frames.pop()
                if frame.listing:
                    self.bounds.listed(frame.members, start)
                self._closed(frame.kind, start)
            elif not self.first:
                return False
            elif self.frames:
                self._closed(self.frames.pop().kind, start)
        else:
            if char in OPERATORS:
                self.bounds.operator(start)
            elif char == "," and self.frames and self.frames[-1].listing:
                self.frames[-1].members += 1
                self.bounds.operator(start)  # one more comparison, and one more ||
            if top and top in _TRIPLES:
                frame = self.frames[-1]
                if char in ".;,":
                    frame.terms = ".;,".index(char)
                elif char in "/|" and frame.terms == 2:
                    frame.terms = 1  # the path of the predicate goes on
                elif char == "^^":
                    self.naming = True
        self.operand, self.callish, self.after_word, self.pending = operand, False, False, ""
        self.membership = False
        return True

    def word(self, token: str, start: int) -> None:
        word = token.upper()
        if "SERVICE" in word and self.top in _SERVICE_FRAMES:
            raise _refuse_service(self.view.at(start))
        if token == "a" or word in _TERM_WORDS:
            self._term(start)
        else:
            if self.top and self.top in _TRIPLES:
                self.frames[-1].terms = 0
            self.naming = word in _NAMING
            self.values = self.values or word == "VALUES"
            self.membership = word == "IN"
            if self.membership:
                self.bounds.operator(start)
            if word in PATTERN_WORDS:
                self.bounds.pattern(start)
        self.callish = self.after_word = token != "a"

    def pname(self, token: str, start: int) -> None:
        prefix = token[: token.index(":")].upper()
        top = self.frames[-1] if self.frames else None
        if (
            top is not None
            and top.kind in "{<V"
            and prefix.startswith("SERVICE")
            and not self.naming
            and top.terms != 2  # an object: the engines read a name there
        ):
            self.pending, self.pending_at = token, start
        self.callish, self.after_word = self.after_word or "FILTER" in prefix, False
        self._term(start)

    def term(self, start: int) -> None:
        """Take a variable, IRI, literal or blank node."""
        self.callish = self.after_word = False
        self._term(start)

    def _term(self, start: int) -> None:
        if self.naming:
            self.naming = False
        elif self.top and self.top in _TRIPLES:
            frame = self.frames[-1]
            frame.terms += 1
            if frame.terms == 3:
                self.bounds.pattern(start)

    def _closed(self, kind: str, start: int) -> None:
        if kind in "[L<":  # a blank node, a collection, a path group, a triple term: one term
            self._term(start)
        elif self.top and self.top in _TRIPLES:  # after a group or a FILTER( ): a new pattern
            self.frames[-1].terms = 0


def read(view: View) -> None:
    """Read ``view`` in every way its engine may; raise QueryRefused for a SERVICE or a query
    past the bounds. The first reading takes every ``<`` that can start an IRI as one; where
    less-than is possible too, that reading is followed as well, until it ends or becomes
    impossible (a bracket that closes nothing). The counts of all readings add up."""
    text, dialect = view.text, view.dialect
    bounds = Bounds(view.at)
    queue: list[tuple[int, tuple[tuple[str, int], ...]]] = [(0, ())]
    seen: set[tuple[int, tuple[tuple[str, int], ...]]] = set()
    budget, first = FORK_BUDGET, True
    while queue:
        pos, frozen = queue.pop()
        reading = _Reading(view, bounds, [_Frame(*frame) for frame in frozen], first)
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
                if kind == "punct":
                    if not reading.punct(text[start:end], start):
                        break
                    continue
                reading.pending = ""
                if kind == "word":
                    reading.word(text[start:end], start)
                elif kind == "pname":
                    reading.pname(text[start:end], start)
                elif kind == "lang":
                    reading.callish = reading.after_word = False
                else:
                    after_word = reading.after_word
                    ambiguous = kind == "iri" and reading.top == "E" and reading.operand
                    if ambiguous and _AMBIGUOUS.search(text, start + 1, end - 1):
                        budget -= len(reading.frames)
                        frames = tuple((f.kind, f.terms) for f in reading.frames)
                        if (start + 1, frames) not in seen:
                            seen.add((start + 1, frames))
                            queue.append((start + 1, frames))
                    reading.term(start)
                    if kind == "iri":  # `<f>(` after a keyword is a call
                        reading.callish = after_word
                reading.operand = True
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
