"""The city an inside address ends with, at the head of a letter: "To the First Secretary of
the CC SED" / "Comrade E. Honecker" / "Berlin" over "Dear Erich,". A title ending with that
city ("Letter from Leonid Brezhnev to Erich Honecker, Berlin") names where the letter went,
not where it was written: the record itself puts the city at the addressee."""

from __future__ import annotations

import re
from dataclasses import replace

from ..record import Located, Title
from .clauses import place_like

_TO = re.compile(r"^(?i:to|comrades?)(?::|\s)\s*\S")
"""An inside address's first line: "To the First Secretary ...", "Comrade Kim Il Sung"."""
_HEAD_LINES = 8
"""The text's first lines, where an inside address stands (under markings and a date line)."""
_BLOCK_LINES = 5


def inside_city(body: str) -> str | None:
    """The city ending the inside address that opens the text: a "To ..." or "Comrade ..."
    line among its first lines, the lines under it up to a blank one (two at least, five at
    most), the last a place's name alone."""
    lines = [line.strip() for line in body.split("\n")]
    filled = [i for i, line in enumerate(lines) if line][:_HEAD_LINES]
    start = next((i for i in filled if _TO.match(lines[i])), None)
    if start is None:
        return None
    end = next((i for i in range(start, len(lines)) if not lines[i]), len(lines))
    block = lines[start:end]
    if not 2 <= len(block) <= _BLOCK_LINES or not place_like(block[-1]):
        return None
    return block[-1]


def addressed_city(title: Title, body: Located[str] | None) -> Title:
    """The title with the city that ends it moved from where it was written to where it went
    when the text's inside address ends with it: never a sender's own place."""
    city = inside_city(body.value) if body is not None else None
    if city is None or not title.origins or not title.recipients:
        return title
    last = title.origins[-1]
    if last.value != city or not title.text.value.rstrip(" .").endswith(f", {city}"):
        return title
    return replace(title, origins=title.origins[:-1], destinations=(*title.destinations, last))
