"""The reading of an ``Accept`` header (RFC 9110 §12.5.1) into its media ranges.

What the ranges choose is :mod:`linkeddata.web.negotiation`'s. Elements that cannot be read
(no ``type/subtype``, a q that is not a number from 0 to 1) are dropped, since the client's
intent for them is unknown. The scan is linear in the header's length on any input.

>>> [(r.media_type, dict(r.params), r.q) for r in parse_accept('text/*;q=0.1, a/b;p="x", ?')]
[('text/*', {}, 0.1), ('a/b', {'p': 'x'}, 1.0)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

_TOKEN = r"[!#$%&'*+.^_`|~0-9a-z-]+"
_MEDIA_RANGE = re.compile(rf"({_TOKEN})/({_TOKEN})")
_PARAM_NAME = re.compile(_TOKEN)
_QVALUE = re.compile(r"\d+(?:\.\d*)?|\.\d+")
# Quoted strings (closing quote optional), plain runs, separators: the alternatives start on
# disjoint characters and none can fail once started, so scanning is linear on any input.
_ACCEPT_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|[^",;]+|[,;]')
_CLOSED_QUOTE = re.compile(r'"(?:[^"\\]|\\.)*"')
_PLAIN_TOKEN = re.compile(r"[^,;]+|[,;]")
_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True)
class Range:
    """One readable element of an Accept header: its media range, lower-cased, the
    parameters before its weight, and the weight."""

    media_type: str
    params: Mapping[str, str]
    q: float


def parse_accept(header: str) -> list[Range]:
    """The readable elements of an Accept header, in order; the unreadable ones are dropped."""
    ranges = []
    for parts in _elements(header):
        rng = _parse_range(parts)
        if rng is not None:
            ranges.append(rng)
    return ranges


def _elements(header: str) -> Iterator[list[str]]:
    """Split at commas and semicolons outside quoted strings: ``[media range, param, ...]``."""
    parts: list[str] = []
    current: list[str] = []
    for token in _tokens(header):
        if token in ",;":
            parts.append("".join(current))
            current = []
            if token == ",":
                yield parts
                parts = []
        else:
            current.append(token)
    parts.append("".join(current))
    yield parts


def _tokens(header: str) -> list[str]:
    """Quoted strings, plain runs and separators; an unclosed quote is a plain character.

    Only the last token can be an unclosed quoted string (it runs to the end of the header):
    re-read without quoting, it cannot swallow the ranges after it (``0/0,",text/turtle``
    still offers Turtle), and the scan stays linear.
    """
    tokens = _ACCEPT_TOKEN.findall(header)
    if tokens and tokens[-1].startswith('"') and not _CLOSED_QUOTE.fullmatch(tokens[-1]):
        tokens[-1:] = ['"', *_PLAIN_TOKEN.findall(tokens[-1][1:])]
    return tokens


def _parse_range(parts: list[str]) -> Range | None:
    media_range = parts[0].strip().lower()
    if media_range == "*":  # sent by old Java clients: "*; q=.2"
        media_range = "*/*"
    match = _MEDIA_RANGE.fullmatch(media_range)
    if not match or (match[1] == "*" and match[2] != "*"):
        return None
    params: dict[str, str] = {}
    for part in parts[1:]:
        name, equals, value = (s.strip() for s in part.partition("="))
        name = name.lower()
        if name == "q":  # the weight ends the media type parameters (RFC 9110 §12.4.2)
            q = _qvalue(value)
            return None if q is None else Range(media_range, params, q)
        if equals and _PARAM_NAME.fullmatch(name):
            params[name] = _unquote(value)
    return Range(media_range, params, 1.0)


def _qvalue(text: str) -> float | None:
    """The weight, if ``text`` is a number from 0 to 1 (``.2`` included, as Java sends it)."""
    if not _QVALUE.fullmatch(text):
        return None
    q = float(text)
    return q if q <= 1 else None


def _unquote(value: str) -> str:
    if not value.startswith('"'):
        return value
    return _ESCAPE.sub(r"\1", value[1:].removesuffix('"'))
