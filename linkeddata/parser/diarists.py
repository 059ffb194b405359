"""Whose diary a later part of the title says the record was taken from: "Record of
Conversation with Kim Il Sung, from the Diary of Soviet Ambassador A. M. Puzanov". The diary's
keeper wrote the record, as "From the Diary of X" at the title's head says (there the type is
the diary's); a "from" before a diary names its source, never a sender. A diary of happenings
("from the Diary of Events in Testland", "from the Memoirs of the War") has no keeper named:
the keeper is an agent, never common nouns, nor a name after "the" that is no office or body."""

from __future__ import annotations

import re

from ..record import Located
from .clauses import common_nouns
from .names import name_kind, personal_name_shape
from .side_names import names_in
from .text import Joined
from .vocabulary import DOC_TYPES

_PERSONAL = sorted((w for w, k in DOC_TYPES.items() if k in {"diary", "memoir"}), key=len)
FROM_DIARY = re.compile(
    r"\s*(?i:from)\s+(?:(?i:the)\s+)?(?i:"
    + "|".join(re.escape(w) for w in reversed(_PERSONAL))
    + r")\s+(?i:of)\s+(?P<the>(?i:the)\s+)?"
)
"""A diary or a memoir "from" which the record is, before its keeper: "from the Diary of"."""
_KEEPER_THEN_COLON = re.compile(r"[^,;:()]+?(?P<colon>:)\s")
"""A diary's keeper, then the colon that opens the title of the record taken from it."""


def keeper_colon(joined: Joined) -> Joined:
    """The title with the colon after the keeper of the diary at its head read as a comma:
    "From the Journal of X: Record of a Conversation with Y" is "From the Journal of X, Record
    of ...". What follows the colon is a title of its own, never part of the keeper's name."""
    found = FROM_DIARY.match(joined.text)
    keeper = _KEEPER_THEN_COLON.match(joined.text, found.end()) if found else None
    if keeper is None:
        return joined
    at = keeper.start("colon")
    return Joined(f"{joined.text[:at]},{joined.text[at + 1 :]}", joined.starts, joined.lines)


def diarists(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The keeper of the diary a segment (``start``-``end``, after the title's type) says the
    record is from, or none."""
    found = FROM_DIARY.match(joined.text, start, end)
    if found is None:
        return ()
    keepers = names_in(joined, found.start("the") if found["the"] else found.end(), end)
    return tuple(k for k in keepers if _an_agent(k.value, bool(found["the"])))


_TALK_WITH = re.compile(r"\b(?i:conversations?|talks?|meetings?|discussions?)\s+(?i:with)\s")
_BETWEEN = re.compile(r"(?<!\S)(?i:between)\s")
_OWNED = re.compile(r"['’]s\s+(?:[A-Z][a-z]+\s+){0,2}$")
"""A possessive right before a talk: "Mao's Conversation with Y" names its other side."""


def keepers_talk(text: str, keepers: tuple[Located[str], ...]) -> tuple[Located[str], ...]:
    """The diary's keepers who took part in the talk the record is of: a "Conversation with
    Y" from a journal names one side, the other is the one who kept it. "between A and B" or
    "A's Conversation with B" name both sides (the keeper took notes); a body keeps no talk."""
    talk = _TALK_WITH.search(text)
    if talk is None or _BETWEEN.search(text) or _OWNED.search(text, 0, talk.start()):
        return ()
    return tuple(k for k in keepers if name_kind(k.value) != "org")


_PLURAL = re.compile(r"[^\W\d_]+[^s\W]s")
"""One word in the plural ("Events", "Talks"): things, where a surname is singular."""
_HEAD_END = re.compile(r"\s(?i:in|of|on|at|for|during)\s")


def _an_agent(name: str, after_the: bool) -> bool:
    """Whether a diary's keeper is someone: an office or a body ("the Soviet Ambassador"), a
    personal name; never common nouns ("the War", "Events")."""
    if name_kind(name) is not None or personal_name_shape(name):
        return True
    head = _HEAD_END.split(name, maxsplit=1)[0]
    return not (after_the or common_nouns(name) or _PLURAL.fullmatch(head))
