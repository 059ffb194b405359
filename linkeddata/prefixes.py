"""Turtle and TriG that declare only the prefixes they use.

Oxigraph declares every prefix it is given, so a description of one document came with the
twenty prefixes of the project (``@prefix vann:``, ``@prefix sh:``...) whether it used them or
not. :func:`serialize` writes with all of them, then keeps the declarations whose prefix the
text uses: which IRIs Oxigraph abbreviates (``rdf:type`` is ``a``, an integer is bare) is
read from what it wrote, not guessed.

>>> a, p = ox.NamedNode("http://ex.org/a"), ox.NamedNode("http://ex.org/p")
>>> text = serialize([ox.Triple(a, p, ox.Literal("ex: <x:y>"))], ox.RdfFormat.TURTLE,
...     {"ex": "http://ex.org/", "x": "http://x.org/"})
>>> print(text.decode(), end="")
@prefix ex: <http://ex.org/> .
ex:a ex:p "ex: <x:y>" .
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyoxigraph as ox

_DECLARATION = re.compile(r"@prefix ([^\s:]*): <[^<>\s]*> \.\n")
# Strings and IRIs, which may hold anything that looks like a prefix: each becomes a space
# (as a quote or bracket, a space ends a name and starts none) before the prefixes are read.
# A string is matched in runs of plain characters, not character by character: a
# description's full text made this the costliest step of its Turtle.
_OPAQUE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|<[^<>\s]*>', re.DOTALL)
# A prefixed name's prefix (the ``:`` preceded by a word character, a dot, a hyphen or a
# backslash belongs to a local name or to a blank node label, ``_:b1``).
_PREFIX = re.compile(r"(?<![\w.\\:-])([A-Za-z][\w.-]*)?:")


def serialize(
    data: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat, prefixes: Mapping[str, str]
) -> bytes:
    """``data`` in ``fmt``; Turtle and TriG declare only the ``prefixes`` they use."""
    return used_only(ox.serialize(data, format=fmt, prefixes=dict(prefixes)) or b"")


def used_only(text: bytes) -> bytes:
    """Turtle or TriG ``text`` as Oxigraph writes it (declarations first) less the prefix
    declarations that its statements do not use; any other text as it is."""
    if not text.startswith(b"@prefix"):
        return text
    decoded = text.decode("utf-8")
    declared: list[tuple[str, str]] = []
    end = 0
    while found := _DECLARATION.match(decoded, end):
        declared.append((found[1], found[0]))
        end = found.end()
    body = decoded[end:]
    used = set(_PREFIX.findall(_OPAQUE.sub(" ", body)))
    head = "".join(line for prefix, line in declared if prefix in used)
    return (head + body).encode("utf-8")
