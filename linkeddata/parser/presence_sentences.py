"""Who a sentence of the text says was present: "Present at the conversation were Liu Shaoqi,
and the translator Shi Zhe.", "Present were Qiao Guanhua and, from our side, Counselor A.I.
Yelizavetin.", "Also present were Comrades A. Gromyko and A. Dobrynin.", "Present at the
conversation was Counselor A. M. Petrov." A record of conversation says so in its opening
lines, in prose where a memorandum has a label."""

from __future__ import annotations

import re

from .demonyms import adjective
from .names import name_kind, personal_name
from .nationalities import is_nationality
from .text import NAME_PARTICLES, unjoined
from .vocabulary import TITLE_ABBREVIATIONS

_PRESENT_WERE = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:Also\s+present|Present)"
    r"(?:\s+at\s+the\s+(?:conversation|talks?|meeting|discussion|reception))?"
    r"\s+(?:were|was)(?:\s+also)?,?(?::\s*|\s+)(?P<names>[^\W\d_].*)$"
)
"""A sentence opening "Present were", "Also present were", "Present at the conversation
was" (a colon or a comma after it or not), the names after it."""
_SIDE = re.compile(
    r"\b(?:from|on|for|of)\s+(?:the|our|their)\s+(?:[A-Z][\w.'’-]*\s+){0,3}?(?i:side|part)\b"
)
"""A side's phrase beside names: "Abu Testad from the Palestinian side", "on the Testian side,
Ivan Testov": which side they sat on, not where or whose they came from; it names no one."""
_BRACKETS = re.compile(r"\s*\([^()]*\)")
"""A role or an alias in brackets after a name: "(interpreter)", "Mahmoud Testas (Abu Testen)"."""
_FULL_STOP = re.compile(r"\.(?=\s|$)")
_NOT_AN_END = re.compile(rf"(?:[^\W\d_]{{1,2}}\.)*[^\W\d_]{{1,2}}|{TITLE_ABBREVIATIONS}")
"""The capitalised word before a stop that ends no sentence: an initial ("A.I", "Yu") or an
honorific ("Dr", "Gen")."""
_AND = re.compile(r"\band\b")
_PARTS = re.compile(r"[,;]")
"""What parts a sentence's list: a comma, or a semicolon after a side's phrase ("on the
Testian side, Ivan Testov; on the Testonian side, ...")."""
_PREPOSITIONS = frozenset({"from", "of", "in", "at", "for", "to", "with", "by", "on"})
_POSSESSIVE = re.compile(r"['’]s?$")
"""A word that makes its name whose ("Comrade Testov's bodyguards"): that person is not said
to be present."""


def present_in_sentence(text: str) -> list[str]:
    """The people a sentence "Present were ..." names, up to its full stop: the parts between
    commas, semicolons and "and", each less the lower-case words around it ("the translator
    Shi Zhe", "Second Secretary József Vas as interpreter"); a part with no name ("from our
    side") or a possessive's ("Testov's aide") names no one, and a part whose "and" joins no
    names is one ("representatives of the
    Department of Agitation and Propaganda": no one). A name after a preposition is whose
    or where people came from, and so are the names listed after it ("the delegations of
    the parties of Testland, Testonia and Testria": no one); a possessive ("Testov's
    guards") and a state's or a nationality's name are no one present."""
    found = _PRESENT_WERE.search(text)
    if found is None:
        return []
    names: list[str] = []
    listed = _BRACKETS.sub("", _SIDE.sub("", _sentence(found["names"])))
    for part in _PARTS.split(listed):
        split = [piece for piece in _AND.split(part) if piece.strip()]
        pieces = [_capitalised(piece) for piece in split]
        if None in pieces:  # a name after "of": the rest of the list is whose they were
            names += [p or "" for p in pieces[: pieces.index(None)]]
            break
        whose = all(p or _owned(piece) for p, piece in zip(pieces, split, strict=True))
        names += [p or "" for p in pieces] if whose else [_capitalised(part) or ""]
    return [name for name in names if name and not _a_state(name)]


def _owned(piece: str) -> bool:
    """Whether a piece between "and"s is a possessive's people ("Testov's aide for Testing"):
    no one named, yet a piece of its own, never the rest of a body's name."""
    return any(_POSSESSIVE.search(word) for word in piece.split())


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
    particle inside it stays: "Charles de Testgaulle", "Khalil al-Testir"), and an office's
    before it ("Minister of Foreign Affairs Nam Testil"): none ("") when it holds no name;
    ``None`` when its name follows a preposition, whose name is where or whose they came
    from ("guests from Phnom Penh", "members of the Presidium"). A possessive drops its
    owner, who is not said to be present, but not the name after the owner's role ("Kim
    Test-ju's deputy Ryu Test-sik"; "Comrade Testov's bodyguards": no one)."""
    words = part.split()
    before: set[str] = set()
    while words and words[0].islower():
        before.add(words.pop(0))
    while words and words[-1].islower():
        words.pop()
    if words and before & _PREPOSITIONS:
        return None
    owners = [index for index, word in enumerate(words) if _POSSESSIVE.search(word)]
    if owners:
        return _after_role(words[owners[-1] + 1 :])
    if all(name_word(word) for word in words):
        return " ".join(words)
    return _after_office(" ".join(words))


def name_word(word: str) -> bool:
    """Whether a word may stand in a name: capitalised, a particle, or a particle joined to a
    capitalised word ("al-Testir", "d'Testaing")."""
    return word[:1].isupper() or word in NAME_PARTICLES or unjoined(word)[:1].isupper()


def _after_role(words: list[str]) -> str | None:
    """The name after a possessive's role in lower case ("deputy Ryu Test-sik"), or none;
    ``None`` after a preposition, whose name is a place or a portfolio ("guests from
    Testburg", "aide for Economic Testing"), as :func:`_capitalised`'s."""
    if not words or not words[0].islower():
        return ""  # "Testov's Central Committee": his, no one's name
    while words and words[0].islower():
        if words.pop(0) in _PREPOSITIONS:
            return None
    return " ".join(words) if words and all(name_word(word) for word in words) else ""


def _after_office(text: str) -> str:
    """An office in capitalised words with its lower-case links and the name after it
    ("First Secretary of the Embassy V. I. Testenko"); none when no name follows the office
    ("Head of the Department of Testation") or what follows is a body's word ("Premier of
    the State Council")."""
    name = personal_name(text)
    if name == text or name_kind(name) == "org" or not all(map(name_word, name.split())):
        return ""
    return text
