"""Who a sentence of the text says was present: "Present at the conversation were Liu Shaoqi,
and the translator Shi Zhe.", "Present were Qiao Guanhua and, from our side, Counselor A.I.
Yelizavetin.", "Also present were Comrades A. Gromyko and A. Dobrynin." A record of
conversation says so in its opening lines, in prose where a memorandum has a label."""

from __future__ import annotations

import re

from .text import NAME_PARTICLES
from .vocabulary import TITLE_ABBREVIATIONS

_PRESENT_WERE = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:Also\s+present|Present)"
    r"(?:\s+at\s+the\s+(?:conversation|talks?|meeting|discussion|reception))?"
    r"\s+were(?:\s+also)?\s+(?P<names>[^\W\d_].*)$"
)
"""A sentence opening "Present were", "Also present were", "Present at the conversation
were", the names after it."""
_FULL_STOP = re.compile(r"\.(?=\s|$)")
_NOT_AN_END = re.compile(rf"(?:[^\W\d_]{{1,2}}\.)*[^\W\d_]{{1,2}}|{TITLE_ABBREVIATIONS}")
"""The capitalised word before a stop that ends no sentence: an initial ("A.I", "Yu") or an
honorific ("Dr", "Gen")."""
_AND = re.compile(r"\band\b")
_PREPOSITIONS = frozenset({"from", "of", "in", "at", "for", "to", "with", "by", "on"})


def present_in_sentence(text: str) -> list[str]:
    """The people a sentence "Present were ..." names, up to its full stop: the parts between
    commas and "and", each less the lower-case words around it ("the translator Shi Zhe",
    "Second Secretary József Vas as interpreter"); a part with no name ("from our side")
    names no one, and a part whose "and" joins no names is one ("representatives of the
    Department of Agitation and Propaganda": no one)."""
    found = _PRESENT_WERE.search(text)
    if found is None:
        return []
    names: list[str] = []
    for part in _sentence(found["names"]).split(","):
        pieces = [_capitalised(piece) for piece in _AND.split(part) if piece.strip()]
        names += pieces if all(pieces) else [_capitalised(part)]
    return [name for name in names if name]


def _sentence(rest: str) -> str:
    """``rest`` up to the full stop that ends its sentence, not an initial's or an
    honorific's ("Counselor A.I. Yelizavetin.")."""
    for stop in _FULL_STOP.finditer(rest):
        word = rest[: stop.start()].split()[-1:] or [""]
        if not (word[0][:1].isupper() and _NOT_AN_END.fullmatch(word[0])):
            return rest[: stop.start()]
    return rest


def _capitalised(part: str) -> str:
    """A part of the sentence less the lower-case words before and after its name (a
    particle inside it stays: "Charles de Testgaulle"); none after a preposition, whose name
    is where or whose they came from ("guests from Phnom Penh", "members of the Presidium")."""
    words = part.split()
    before: set[str] = set()
    while words and words[0].islower():
        before.add(words.pop(0))
    while words and words[-1].islower():
        words.pop()
    if before & _PREPOSITIONS or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return ""
    return " ".join(words)
