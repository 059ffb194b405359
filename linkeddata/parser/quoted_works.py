"""Whether a type word inside a quoted title names the quoted work or is a word of a headline
(split from :mod:`.doctypes`): "CCP Central Committee, 'Instruction on ...'" is an
instruction, "Testburg News Agency, 'Citizens Help Police Restore Order'" a headline, a
sentence that names no type."""

from __future__ import annotations

import re

from .names import name_kind, personal_name_shape
from .office_words import office_only
from .opening_persons import a_person
from .vocabulary import DOC_TYPES, wording_key

# Words that end the head noun phrase: prepositions, conjunctions and number marks.
PHRASE_STOPS = (
    frozenset({"from", "to", "of", "on", "by", "between", "with", "about", "in", "at", "for"})
    | frozenset({"regarding", "concerning", "during", "after", "before", "via", "and", "re"})
    | frozenset({"vs", "upon", "into", "under", "over", "against", "no", "nr", "nº", "n°"})
    | frozenset({"№", "#"})
)
_ARTICLES = frozenset({"a", "an", "the"})
_POSSESSOR_END = re.compile(r"['’]s?$")
_GOING_ON = re.compile(
    r"\s+(?i:" + "|".join(sorted(w for w in PHRASE_STOPS if w.isalpha())) + r")\s"
)
"""A preposition after the type: the head of a noun phrase, "Testov Report on ..."."""
QUOTE_OPENS = re.compile(r",\s+['‘\"“](?=[^\W\d_])")
"""A quoted title after a comma, whose type is the document's when the words before name a
publication ("Testburg Summary of World Broadcasts, 'Testov Speech to the Troops'")."""


def names_quoted_work(text: str, start: int, found: tuple[str, int, int]) -> bool:
    """Whether a type word inside a quote (from ``start``) names the quoted work, not a word of
    a headline: it opens the quote ("'Instruction on ...'"), or follows an article, a
    possessor or a person's name ("'Zhou Testan Speech to ...'"), a name of no clear shape
    only with the phrase going on after the type ("'Ivan Testov Report on ...'"); "'Citizens
    Help Police Restore Order'" is a headline, a sentence with no type."""
    before = text[start : found[1]].strip()
    if not before or before.casefold() in _ARTICLES or _POSSESSOR_END.search(before):
        return True
    if a_maker(before):
        return True
    going_on = _GOING_ON.match(text, found[2]) is not None
    return going_on and a_person(before)


def a_maker(before: str) -> bool:
    """Whether the words right before a type are a person's name by its head or its shape,
    the maker of the work it names ("Zhou Testan Speech", "Premier Testov Report"), never an
    event's or a place's ("Testburg Summit Speech"), an office's alone or a type's wording."""
    words = before.split()
    if any(wording_key(" ".join(words[cut:])) in DOC_TYPES for cut in range(len(words))):
        return False  # "National Intelligence Estimate NIE 11-4-55": a type's own wording
    if name_kind(before) == "person":
        return not office_only(before)  # "Soviet Ambassador Report": whose, it does not say
    return personal_name_shape(before) and a_person(before)


_NICKNAME_WORDS = 3
_CLOSES = re.compile(r"['’\"”]")


def nicknamed(text: str, start: int, found: tuple[str, int, int] | None) -> bool:
    """Whether a quote after a possessor (from ``start``) is the name a work is known by, its
    type closing it: "Testov's 'Long Telegram'", "Testov's 'Secret Speech'" (never a
    headline's last word, "Testov's 'Citizens Help Police Restore Order'")."""
    if found is None or _CLOSES.match(text, found[2]) is None:
        return False
    return len(text[start : found[2]].split()) <= _NICKNAME_WORDS
