"""Whether a type word inside a quoted title names the quoted work or is a word of a headline
(split from :mod:`.doctypes`): "CCP Central Committee, 'Instruction on ...'" is an
instruction, "Testburg News Agency, 'Citizens Help Police Restore Order'" a headline, a
sentence that names no type."""

from __future__ import annotations

import re

from .name_words import PERSON_WORDS
from .names import name_kind, personal_name_shape
from .nationalities import COMPASS_NATIONALITY
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
    possessor or a person's name by its head ("'Premier Testov Speech'"), or by its shape with
    no headline's verb in it ("'Ivan Testov Report on ...'", "'Ivan Testov Speech'", not
    "'Testburg Rejects Testov Letter to ...'"); "'Citizens Help Police Restore Order'" and
    "'Testburg Rally Demands Order'" are headlines, sentences with no type."""
    before = text[start : found[1]].strip()
    if not before or before.casefold() in _ARTICLES or _POSSESSOR_END.search(before):
        return True
    if a_maker(before):
        return True
    if _GOING_ON.match(text, found[2]) is not None:
        return a_person(before) and not _HEADLINE_VERB.search(before)
    return shaped_maker(before) and not _IN_S.search(before)  # "'Testov Testin Speech'"


_HEADLINE_VERB = re.compile(r"\S\s+[A-Z][a-z]+[^s\W]s\s+\S")
"""A capitalised word in "-s" inside a run of title-case words, a headline's verb or plural
subject ("Testburg Rejects Testov", "Testburg Students Support"); a name's last word ends in
"-s" freely ("Ivan Testules")."""
_IN_S = re.compile(r"\s[A-Z][a-z]+[^s\W]s\b")
"""Any word after the first in "-s": before a type closing a quote, a headline's verb ("Testgrad
Rally Demands Order'"), which only a known maker's name may be mistaken for."""
_NATIONALITY = re.compile(COMPASS_NATIONALITY)


def a_maker(before: str) -> bool:
    """Whether the words right before a type are a person's name by its head, an office or a
    title opening it ("Premier Testov Speech", "Soviet Ambassador Testov Report"), the maker of
    the work it names; never by its shape alone (an event's, "Long Testmarch Report", or a
    headline's subject, "Testburg Students Support Chairman Testov Directive"), an office's
    alone or a type's wording."""
    if _type_wording(before) or _HEADLINE_VERB.search(before):
        return False
    if name_kind(before) != "person" or office_only(before):
        return False  # "Soviet Ambassador Report": whose, it does not say
    office = PERSON_WORDS.search(before)
    prefix = before[: office.start()].strip() if office else ""
    return not prefix or bool(_NATIONALITY.fullmatch(prefix)) or name_kind(prefix) == "org"


def shaped_maker(before: str) -> bool:
    """Whether the words right before a type have a person's name's shape only ("Testo
    Testov Report"): its maker only where the authority file knows someone by it, since an
    event's or a campaign's name has the same shape ("Long Testmarch Report")."""
    shaped = personal_name_shape(before) and a_person(before)
    return shaped and not _type_wording(before) and not _HEADLINE_VERB.search(before)


def _type_wording(before: str) -> bool:
    """Whether the words end with a type's own wording ("National Intelligence Estimate NIE
    11-4-55"), no maker's name."""
    words = before.split()
    return any(wording_key(" ".join(words[cut:])) in DOC_TYPES for cut in range(len(words)))


_NICKNAME_WORDS = 3
_CLOSES = re.compile(r"['’\"”]")


def nicknamed(text: str, start: int, found: tuple[str, int, int] | None) -> bool:
    """Whether a quote after a possessor (from ``start``) is the name a work is known by, its
    type closing it: "Testov's 'Long Telegram'", "Testov's 'Secret Speech'" (never a
    headline's last word, "Testov's 'Citizens Help Police Restore Order'")."""
    if found is None or _CLOSES.match(text, found[2]) is None:
        return False
    return len(text[start : found[2]].split()) <= _NICKNAME_WORDS
