"""Senders and recipients in a title clause: "from X to Y", "X to Y", "to A and B".

Names keep their wording, less a leading "the" (an article is not part of a name, and
authority matching works on names). A phrase that does not read as a name is left out
rather than passed on as a garbled party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .text import Joined, is_name_like, split_names, strip_article

_FROM = re.compile(r"(?i:from)\s+")
_TO = re.compile(r"(?<!\s)\s+(?i:to)\s+")
_CLAUSE_STOP = re.compile(
    r"(?<!\s)\s+(?i:on|about|regarding|concerning|re:?|transmitting|forwarding|conveying|enclosing"
    r"|containing|reporting|with|in reply|in response|after|before|during)\s"
)
_EDITORIAL_SUFFIX = re.compile(
    r"[(\[](?i:via\b[^)\]]*|excerpts?|fragments?|extracts?|summary)[)\]]?\s*$"
)
_MAX_NAME_WORDS = 10


@dataclass(frozen=True)
class Parties:
    """The senders and recipients named by a title."""

    senders: tuple[Located[str], ...] = ()
    recipients: tuple[Located[str], ...] = ()


def parse_parties(joined: Joined, start: int, end: int) -> Parties:
    """Read the clause between two offsets of the title into senders and recipients."""
    if (opening := _FROM.match(joined.text, start, end)) is not None:
        start = opening.end()
    to = _TO.search(joined.text, start, end)
    if to is None:
        return Parties(_names(joined, start, end))
    return Parties(_names(joined, start, to.start()), _names(joined, to.end(), end))


def _names(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The name-like names in one side of the clause, with their lines."""
    text = joined.text[start:end]
    if (stop := _CLAUSE_STOP.search(text)) is not None:
        text = text[: stop.start()]
    if (suffix := _EDITORIAL_SUFFIX.search(text)) is not None:
        text = text[: suffix.start()].rstrip()
    names: list[Located[str]] = []
    for offset, raw in split_names(text):
        name = strip_article(raw.strip())
        if is_name_like(name, _MAX_NAME_WORDS):
            names.append(Located(name, joined.line_at(start + offset)))
    return tuple(names)
