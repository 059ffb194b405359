r"""SPARQL tokens as each query engine cuts them, for :mod:`linkeddata.sparql.guard`.

The two engines do not read a query alike (checked on pyoxigraph 0.5.13 and rdflib 7.6), so
there is one :class:`Dialect` for each:

* **Oxigraph** decodes ``\u`` escapes only inside strings and IRIs (``\u0053ELECT`` is a
  syntax error); a comment ends at CR or LF; a ``'''`` that never closes is read as an empty
  string ``''`` followed by a new ``'`` string.
* **rdflib** expands ``\u`` and ``\U`` escapes in the whole text first (see
  :func:`expand_escapes`); a comment ends at LF only; its strings allow fewer escapes and
  cannot be followed directly by a quote.

Both compare keywords with no word boundary after them (Oxigraph) or by ``str.upper()``
(rdflib, so ``ſERVICE`` is SERVICE): bare words here include ``ı`` and ``ſ``, and the guard
looks for keywords inside words. One anchored regex reads each token; no two of its
alternatives match the same text, so reading is linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import QuerySyntaxError

# SPARQL 1.1 grammar, productions 164-173.
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
# Possessive loops (*+) with one way to match each character: linear, no backtracking.
_NAME = rf"(?:[{_CHARS}]|\.++[{_CHARS}])*+"  # dots only between name characters
_PREFIX = f"[{_BASE}]{_NAME}"
_LOCAL = rf"(?:[{_U}:0-9]|{_PLX})(?:[{_CHARS}:]|{_PLX}|\.++(?:[{_CHARS}:]|{_PLX}))*+"
_VARNAME = f"[{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*+"
_IRI_CHARS = r'[^<>"{}|^`\\\x00-\x20]*+'
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"""\\[tbnrf"'\\]"""


def _strings(escapes: str, lookahead: bool) -> str:
    """The four string forms, long ones first; ``escapes`` matches a backslash escape
    (``{q}`` in it stands for the quote)."""
    longs, shorts = [], []
    for q in "'\"":
        escape = "(?:" + escapes.replace("{q}", q) + ")"
        plain, short_plain = f"[^{q}\\\\]*+", f"[^{q}\\\\\\r\\n]*+"
        # inside a long string, one or two quotes that do not close it
        longs.append(f"{q * 3}{plain}(?:(?:{escape}|{q}{{1,2}}(?!{q})){plain})*+{q * 3}")
        after = f"(?!{q})" if lookahead else ""
        shorts.append(f"{q}{short_plain}(?:{escape}{short_plain})*+{q}{after}")
    return "|".join(longs + shorts)


def _tokens(comment: str, iri: str, strings: str) -> re.Pattern[str]:
    """Blanks and comments, then one token (or none at the end of the text)."""
    return re.compile(
        rf"[ \t\r\n]*+(?:#{comment}*+[ \t\r\n]*+)*+(?:"
        f"(?P<iri><{iri}>)"
        f"|(?P<string>{strings})"
        f"|(?P<var>[?$]{_VARNAME})"
        f"|(?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)"
        "|(?P<word>[A-Za-z\u0131\u017f][A-Za-z0-9_\u0131\u017f]*+)"
        r"|(?P<number>(?:[0-9]++(?:\.[0-9]*+)?|\.[0-9]++)(?:[eE][+-]?[0-9]++)?)"
        f"|(?P<bnode>_:[{_U}0-9]{_NAME})"
        "|(?P<lang>@[a-zA-Z]++(?:-[a-zA-Z0-9]++)*+)"
        r"|(?P<punct>\^\^|&&|\|\||[!<>]=|(?s:.))"
        ")?"
    )


@dataclass(frozen=True, slots=True)
class Dialect:
    """How one engine cuts a query into tokens."""

    token: re.Pattern[str]
    uchar: bool
    """``\\u`` escapes are decoded inside strings and IRIs, and must be valid there."""


OXIGRAPH = Dialect(
    # Without a lookahead, an unclosed ''' is read as '' and then a new string, as Oxigraph does.
    _tokens(
        r"[^\r\n]",
        f"{_IRI_CHARS}(?:(?:{_UCHAR}){_IRI_CHARS})*+",
        _strings(f"{_ECHAR}|{_UCHAR}", False),
    ),
    uchar=True,
)
RDFLIB = Dialect(_tokens("[^\n]", _IRI_CHARS, _strings(r"\\[{q}ntbrf\\]", True)), uchar=False)
_RDFLIB_ESCAPE = re.compile(r"\\[uU]([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})")  # 8 digits if it can
_ESCAPES = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(?s:.))")
_BAD_ESCAPE = re.compile(r"\\(?:[uU][0-9A-Fa-f]*|(?s:.)?)")
_STRING_BODY = {q: re.compile(f"(?:[^{q}\\\\\\r\\n]|{_UCHAR}|{_ECHAR})*+") for q in "'\""}


@dataclass
class View:
    """The text one engine reads, and how to point at a place in the query it came from
    (``source``, the query as sent, when the engine reads it with its escapes expanded)."""

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


class Unreadable(Exception):
    """No engine can read a token here: ``pos`` in the text, and why."""

    def __init__(self, pos: int, reason: str) -> None:
        super().__init__(reason)
        self.pos = pos
        self.reason = reason


def tokens(text: str, pos: int, dialect: Dialect) -> Iterator[tuple[str, int, int]]:
    """The tokens from ``pos`` on, blanks and comments skipped: kind, start and end.

    The kind is a group name of the token regex. A ``<`` that can start an IRI is read as
    one; the caller decides whether it may be less-than too. Where the engine can read no
    further (a string that never closes, an invalid escape), rdflib's reading just ends and
    Oxigraph's raises :class:`Unreadable`.

    >>> [kind for kind, _, _ in tokens("SELECT ?x { ?x a ex:C } # SERVICE", 0, OXIGRAPH)]
    ['word', 'var', 'punct', 'var', 'word', 'pname', 'punct']
    >>> list(tokens("''' ' SERVICE #'", 0, OXIGRAPH))  # '' then ' ', as Oxigraph reads it
    [('string', 0, 2), ('string', 2, 5), ('word', 6, 13)]
    """
    for match in dialect.token.finditer(text, pos):
        kind = match.lastgroup
        if kind is None:
            return
        start, end = match.span(kind)
        if kind == "punct" and text[start] in "'\"":
            if dialect.uchar:
                raise _string_problem(text, start)
            return
        if dialect.uchar and kind in ("string", "iri") and text.find("\\", start, end) >= 0:
            _check_escapes(text, start, end)
        yield kind, start, end


def _string_problem(text: str, start: int) -> Unreadable:
    """Why Oxigraph cannot read the string that starts at ``start``."""
    body = _STRING_BODY[text[start]].match(text, start + 1)
    assert body is not None  # a body may be empty: the pattern always matches
    stop = body.end()
    if text.startswith("\\", stop):
        escape = _BAD_ESCAPE.match(text, stop, stop + 10)
        assert escape is not None  # it matches any backslash, and one is at stop
        return Unreadable(stop, f"invalid escape {escape.group()} in a string")
    return Unreadable(start, "string not closed")


def _check_escapes(text: str, start: int, end: int) -> None:
    """Refuse ``\\u`` escapes that name no character (surrogates, beyond U+10FFFF)."""
    for match in _ESCAPES.finditer(text, start, end):
        hex_digits = match.group(1) or match.group(2)
        if hex_digits and not _valid_code_point(int(hex_digits, 16)):
            raise Unreadable(match.start(), f"invalid escape {match.group()} (no such character)")


def _valid_code_point(code: int) -> bool:
    """A Unicode scalar value: not a surrogate, not beyond U+10FFFF."""
    return code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF


def expand_escapes(text: str) -> tuple[str, Callable[[int], int]] | None:
    r"""The text as rdflib reads it, every ``\u``/``\U`` escape expanded, and a map from its
    positions back to ``text``'s; None if rdflib cannot read it.

    rdflib takes 8 hex digits after either letter if there are 8, else 4. An escape as
    SPARQL reads it (``\u`` and 4 digits, ``\U`` and 8) of no character is a
    :class:`Unreadable`; rdflib's own readings (``\u00e9cafe``: one code point) may
    only make rdflib fail, which Oxigraph does not.

    >>> expand_escapes(r"\u0053ERVICE \U0041")[0]
    'SERVICE A'
    """
    if "\\" not in text:
        return text, int
    pieces: list[str] = []
    starts, ends, done = [0], [0], 0
    for match in _RDFLIB_ESCAPE.finditer(text):
        code = int(match.group(1), 16)
        if not _valid_code_point(code):
            if len(match.group()) == (6 if match.group()[1] == "u" else 10):
                raise Unreadable(match.start(), f"invalid escape {match.group()}")
            if code > 0x10FFFF:
                return None  # rdflib raises ValueError
        pieces += (text[done : match.start()], chr(code))
        starts.append(starts[-1] + match.start() - done + 1)
        done = match.end()
        ends.append(done)
    pieces.append(text[done:])

    def where(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        return ends[i] + pos - starts[i]

    return "".join(pieces), where
