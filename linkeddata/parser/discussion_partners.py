"""Who a recorded discussion was with, named after its topic: "Saddam Hussein Discusses the
War with Tariq Aziz" records a talk with Tariq Aziz, while "Discusses Relations with Iran" and
"Discussing the Decision to Go to War with Iran" name a topic whose "with" is the relation's or
the verb's. The name after "with" is a participant when it can only be an agent: its wording
says person (an office, initials, a name of three words), or the authority file knows it as a
person or a body (the mapping checks; a bare two-word name may be a city's). A state's name
is the topic's, and so is whatever follows a talk's or a relation's noun ("Discusses His
Meeting with X": another talk) or a verb after "to" ("Decision to Cooperate with X")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .gazetteer import is_state
from .names import name_kind, personal_name_shape
from .side_names import names_in
from .text import Joined, strip_article
from .title_topics import DISCUSS

_WITH = re.compile(r"\s(?i:with)\s+")
_TO = re.compile(r"\s(?i:to)\s")
_OWN_WITH = re.compile(
    r"(?i:meetings?|talks?|conversations?|discussions?|negotiations?|consultations?|relations?"
    r"|ties|contacts?|links?|cooperation|agreements?|treaty|treaties|alliance|friendship"
    r"|correspondence|letters?|exchanges?|interviews?|audiences?|trade|dealings)\s*$"
)
"""Nouns whose "with" names their own other side, not the discussion's: "Relations with X",
"His Meeting with X"."""


@dataclass(frozen=True)
class Partners:
    """Who a discussion was with: ``named`` by their wording, ``if_known`` only if the
    authority file knows them as a person or a body."""

    named: tuple[Located[str], ...] = ()
    if_known: tuple[Located[str], ...] = ()


def discussion_partners(joined: Joined, type_end: int) -> Partners:
    """The names after the last "with" of the topic that follows a discussion's verb (the
    type's wording, ending at ``type_end``), up to the next comma."""
    text = joined.text
    if DISCUSS.search(text, 0, type_end) is None:
        return Partners()
    comma = text.find(",", type_end)
    end = len(text) if comma < 0 else comma
    last = max(_WITH.finditer(text, type_end, end), key=lambda m: m.start(), default=None)
    topic = text[type_end : last.start()] if last is not None else ""
    if last is None or not topic.strip() or _OWN_WITH.search(topic):
        return Partners()
    if _TO.search(topic):
        return Partners()  # "the Decision to Cooperate with X": the verb's, or a reply's
    found = names_in(joined, last.end(), end)
    if not found or any(is_state(strip_article(n.value)) for n in found):
        return Partners()  # "the War with Iran"
    named = tuple(n for n in found if _says_person(n.value))
    return Partners(named, tuple(n for n in found if n not in named))


def _says_person(name: str) -> bool:
    """Whether a name's wording says person: "Foreign Minister X", "A.M. Testov"."""
    return name_kind(name) == "person" or personal_name_shape(strip_article(name))
