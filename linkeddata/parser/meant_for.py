"""Whom a message is meant for, in brackets after its addressee: "Filippov to Roshchin (for
Mao Zedong)" is addressed to Roshchin, who passes it on, and meant for Mao Zedong; both receive
it. The bracket is never the addressee's other name, as a cover name's is ("Feng Xi
(Stalin)"). A bracket "for" a handling ("for Eyes Only", "for Immediate Action", "for
Publication", "for the Talks with ...") names no one: it is left out of the addressees."""

from __future__ import annotations

import re

from .clauses import common_nouns
from .names import name_kind
from .text import is_name_like, strip_article
from .title_tags import handling_caveat

_MEANT_FOR = re.compile(
    r"(?<!\s)\s*[(\[](?i:for(?:\s+(?:transmission|delivery)\s+to)?"
    r"|to\s+be\s+(?:passed|handed|forwarded|transmitted|delivered)\s+(?:on\s+)?to)"
    r"\s+(?P<whom>[^()\[\]]*[^()\[\]\s])\s*[)\]]"
)
"""A bracket that opens with "for" (or "to be passed to"), from the end of the word before it
(a run of spaces is read once)."""
_HANDLING = re.compile(r"(?i:only|use|action|attention)$")
"""The last word of how a message is to be handled: "Eyes Only", "Internal Use"."""


def addressee_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``text[start:end]`` (the addressees of a title's clause) that name
    addressees: the addressee before a "(for X)" bracket, X, and what follows the bracket."""
    found = _MEANT_FOR.search(text, start, end)
    if found is None or not text[start : found.start()].strip():
        return ((start, end),)  # "(for the Politburo)" with no addressee before it
    whom = found.span("whom") if _an_agent(found["whom"]) else (found.end(), found.end())
    spans = ((start, found.start()), whom, (found.end(), end))
    return tuple((a, b) for a, b in spans if text[a:b].strip(" ,"))


def _an_agent(whom: str) -> bool:
    """Whether what a bracket's "for" names reads as someone: a person's or a body's name
    ("Testo Testman", "the Politburo") or an office ("Ambassador Testarov"), never a handling
    ("Official Use Only", "Urgent Attention") nor common nouns ("Publication", "the Files")."""
    if _HANDLING.search(whom) or handling_caveat(whom) or common_nouns(strip_article(whom)):
        return False
    return name_kind(strip_article(whom)) in ("person", "org") or is_name_like(whom)
