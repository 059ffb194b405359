"""Whom a message is meant for, in brackets after its addressee: "Filippov to Roshchin (for
Mao Zedong)" is addressed to Roshchin, who passes it on, and meant for Mao Zedong; both receive
it. The bracket is never the addressee's other name, as a cover name's is ("Feng Xi
(Stalin)")."""

from __future__ import annotations

import re

_MEANT_FOR = re.compile(
    r"(?<!\s)\s*[(\[](?i:for(?:\s+(?:transmission|delivery)\s+to)?"
    r"|to\s+be\s+(?:passed|handed|forwarded|transmitted|delivered)\s+(?:on\s+)?to)"
    r"\s+(?P<whom>[^()\[\]]*[^()\[\]\s])\s*[)\]]"
)
"""A bracket that opens with "for" (or "to be passed to"), from the end of the word before it
(a run of spaces is read once)."""


def addressee_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``text[start:end]`` (the addressees of a title's clause) that name
    addressees: the addressee before a "(for X)" bracket, X, and what follows the bracket."""
    found = _MEANT_FOR.search(text, start, end)
    if found is None or not text[start : found.start()].strip():
        return ((start, end),)  # "(for the Politburo)" with no addressee before it
    spans = ((start, found.start()), found.span("whom"), (found.end(), end))
    return tuple((a, b) for a, b in spans if text[a:b].strip(" ,"))
