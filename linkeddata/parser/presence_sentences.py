"""Who a sentence of the text says was present: "Present at the conversation were Liu Shaoqi,
and the translator Shi Zhe.", "Present were Qiao Guanhua and, from our side, Counselor A.I.
Yelizavetin.", "Also present were Comrades A. Gromyko and A. Dobrynin." A record of
conversation says so in its opening lines, in prose where a memorandum has a label."""

from __future__ import annotations

import re

from .demonyms import adjective
from .nationalities import is_nationality
from .text import NAME_PARTICLES
from .vocabulary import TITLE_ABBREVIATIONS

_PRESENT_WERE = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:Also\s+present|Present)"
    r"(?:\s+at\s+the\s+(?:conversation|talks?|meeting|discussion|reception))?"
    r"\s+were(?:\s+also)?(?::\s*|\s+)(?P<names>[^\W\d_].*)$"
)
"""A sentence opening "Present were", "Also present were", "Present at the conversation
were" (a colon after it or not), the names after it."""
_FULL_STOP = re.compile(r"\.(?=\s|$)")
_NOT_AN_END = re.compile(rf"(?:[^\W\d_]{{1,2}}\.)*[^\W\d_]{{1,2}}|{TITLE_ABBREVIATIONS}")
"""The capitalised word before a stop that ends no sentence: an initial ("A.I", "Yu") or an
honorific ("Dr", "Gen")."""
_AND = re.compile(r"\band\b")
_PREPOSITIONS = frozenset({"from", "of", "in", "at", "for", "to", "with", "by", "on"})
_POSSESSIVE = re.compile(r"['’]s?$")
"""A word that makes its name whose ("Comrade Testov's bodyguards"): that person is not said
to be present."""


def present_in_sentence(text: str) -> list[str]:
    """The people a sentence "Present were ..." names, up to its full stop: the parts between
    commas and "and", each less the lower-case words around it ("the translator Shi Zhe",
    "Second Secretary József Vas as interpreter"); a part with no name ("from our side")
    names no one, and a part whose "and" joins no names is one ("representatives of the
    Department of Agitation and Propaganda": no one). A name after a preposition is whose
    or where people came from, and so are the names listed after it ("the delegations of
    the parties of Testland, Testonia and Testria": no one); a possessive ("Testov's
    guards") and a state's or a nationality's name are no one present."""
    found = _PRESENT_WERE.search(text)
    if found is None:
        return []
    names: list[str] = []
    for part in _sentence(found["names"]).split(","):
        pieces = [_capitalised(piece) for piece in _AND.split(part) if piece.strip()]
        if any(piece is None for piece in pieces):
            break  # a name after "of": the rest of the list is whose they were
        names += [p or "" for p in pieces] if all(pieces) else [_capitalised(part) or ""]
    return [name for name in names if name and not _a_state(name)]


def _a_state(name: str) -> bool:
    """Whether a name is a state's or a nationality's ("Testland", "the Testonians")."""
    return adjective(name) is not None or is_nationality(name.rstrip("s"))


def _sentence(rest: str) -> str:
    """``rest`` up to the full stop that ends its sentence, not an initial's or an
    honorific's ("Counselor A.I. Yelizavetin.")."""
    for stop in _FULL_STOP.finditer(rest):
        word = rest[: stop.start()].split()[-1:] or [""]
        if not (word[0][:1].isupper() and _NOT_AN_END.fullmatch(word[0])):
            return rest[: stop.start()]
    return rest


def _capitalised(part: str) -> str | None:
    """A part of the sentence less the lower-case words before and after its name (a
    particle inside it stays: "Charles de Testgaulle"): none ("") when it holds no name or
    a possessive; ``None`` when its name follows a preposition, whose name is where or whose
    they came from ("guests from Phnom Penh", "members of the Presidium")."""
    words = part.split()
    before: set[str] = set()
    while words and words[0].islower():
        before.add(words.pop(0))
    while words and words[-1].islower():
        words.pop()
    if words and before & _PREPOSITIONS:
        return None
    if any(_POSSESSIVE.search(w) for w in words):
        return ""
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return ""
    return " ".join(words)
