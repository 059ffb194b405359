"""An unquoted subject after a title's complete sender/recipient pair, which names no party
and no place: "Memorandum from X to Y, Testov's Trip to Testburg", "..., Testin's Visit",
"..., Soviet Reaction to the Proposal". Its head is what the document is about (a journey, a
meeting, a reaction, a withdrawal), never an agent's name: a possessive before such a noun
("Testov's Trip") or a phrase that such a noun heads before a preposition ("Reaction to",
"Withdrawal from", "Meeting with"), or an act after a name, even after an office the file
cannot link ("Testov Briefing of the Allies"). A body's noun after a possessive ("the
People's Committee", "Her Majesty's Government") and a person's name before "to" ("...,
Testo Testov to Testin") are still parties."""

from __future__ import annotations

import re

from .clauses import NOUN_WORD
from .gatherings import GATHERINGS, words
from .name_words import ORG_WORDS
from .names import name_kind, personal_name_shape

_TOPIC_HEAD = re.compile(
    r"(?i:withdrawal|proposals?|reports?|polic(?:y|ies)|views|plans?|attitudes?|stance|role"
    r"|intentions?|arrival|departure|refusal|removal|approval|denial|renewal|dismissal|talks)"
)
"""Topic nouns that :data:`.clauses.NOUN_WORD` does not catch by their ending."""
_GATHERING = re.compile(words(GATHERINGS))
_WORD = r"[A-Z][\w'’-]*"
_POSSESSIVE = re.compile(
    rf"^[^,;:()]+?['’]s\s+(?P<head>(?:{_WORD}\s+){{0,2}}?{_WORD})"
    r"(?:\s+(?i:to|with|on|in|from|of|for|about|by|at)\s.*)?$"
)
"""Someone's occasion: "Testov's Trip to Testburg", "Testin's Visit", "Testov's Succession"."""
_HEADED = re.compile(
    rf"^(?P<head>(?:(?i:the|your|our|his|their)\s+)?(?:{_WORD}\s+){{0,3}}{_WORD})"
    r"\s+(?i:to|with|from|on|about)\s+\S"
)
"""A noun phrase, then a preposition: "Soviet Reaction to ...", "Your Meeting with ..."."""

_NAMED_ACT = re.compile(
    rf"^(?:{_WORD}\s+){{1,3}}(?i:briefings?|visits?|meetings?|talks|plans?|proposals?|trips?"
    r"|conversations?|speech|initiatives?|summit)(?:\s+(?i:of|to|with|on|in|at|for)\s.*)?$"
)
"""A name, then an act or an event, the cables' headline style: "Testov Briefing of the
Allies", "Testin Visit to Testburg", "Testov Talks with Testin"."""


def subject_segment(value: str) -> bool:
    """Whether a comma segment after a complete pair is the document's subject: a topic
    noun after a possessive, or heading a phrase before a preposition, or an act after a name."""
    if _NAMED_ACT.match(value) is not None:
        return True
    if (owned := _POSSESSIVE.match(value)) is not None:
        return _topic(owned["head"].split()[-1])
    headed = _HEADED.match(value)
    if headed is None or personal_name_shape(headed["head"]):
        return False
    return name_kind(headed["head"]) is None and _topic(headed["head"].split()[-1])


def _topic(word: str) -> bool:
    """Whether a head word is a topic's noun, never a body's ("Committee", "Government")."""
    if ORG_WORDS.fullmatch(word) is not None:
        return False
    return any(p.fullmatch(word) for p in (_TOPIC_HEAD, _GATHERING)) or bool(NOUN_WORD.search(word))
