"""Whose board a title's bare "the Board of Governors" is: the one body the title names
before it as an office's ("Report by the Director General of the IAEA, Sigvard Eklund, to the
Board of Governors" is to the IAEA's board). Alone the name is every body's, and not linked;
a mission has no board ("the Counselor of the Soviet Embassy"), and two bodies leave it open."""

from __future__ import annotations

import re

from ..record import Located
from .bodies import MISSION
from .names import name_kind
from .office_words import office_only
from .text import strip_article

_BOARD = re.compile(r"(?i:board(?:\s+of\s+(?:governors|directors|trustees))?|general\s+conference)")
"""A body's governing organ that agencies, banks and foundations have, named bare."""
_OF = re.compile(r"\s(?i:of)\s+")
_OFFICE = re.compile(r"[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,3}$")
_BODY = re.compile(r"(?:(?i:the)\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w'’.-]*)*")
"""An office, and the body it is of after "of": "the Director General of the IAEA"."""
_MISSION_WORD = re.compile(rf"\b{MISSION}\b")


def owned_board(text: str, name: Located[str]) -> Located[str]:
    """``name`` as the board of the one body ``text`` (the title up to the name) names as an
    office's, if it is a bare board and there is one such body; else ``name``."""
    if _BOARD.fullmatch(strip_article(name.value)) is None:
        return name
    bodies: set[str] = set()
    for of in _OF.finditer(text):
        office, body = _OFFICE.search(text, 0, of.start()), _BODY.match(text, of.end())
        bare = strip_article(body.group()) if body else ""
        if office and body and office_only(office.group()) and name_kind(bare) == "org":
            bodies.add(body.group())  # a mission has no board: "the Counselor of the Embassy"
    if len(bodies) != 1 or _MISSION_WORD.search(next(iter(bodies))):
        return name
    return Located(f"{strip_article(name.value)} of {bodies.pop()}", name.line)
