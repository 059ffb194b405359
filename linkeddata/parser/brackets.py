"""A bracket after a name in a title, and what it is: who a cover name was ("Feng Xi
(Stalin)"), the head of a mission ("the Polish Embassy in Hanoi (Siedlecki)"), which body
("the Special Group (Augmented)"), whose a body is ("the National Security Council (Brazil)"
is Brazil's, in every clause), a qualifier ("Kim Il Sung (DPRK)"), or the original's wording
("Kennedy [Письмо Хрущева]", "TASS [Zayavlenie TASS]")."""

from __future__ import annotations

import re
import unicodedata

from .demonyms import ADJECTIVE_WORDS, adjective
from .gazetteer import is_state
from .names import name_kind, personal_name_shape
from .signer_lines import name_case
from .text import is_name_like

ACRONYM = re.compile(r"[A-Z]{2,6}")
QUALIFIER = re.compile(r"[A-Z][a-z]+(?:ed|ing|ncy|tion|ment|ity|ive|ary)")
"""A word in brackets that says which body, never who: "(Augmented)", "(Counterinsurgency)"."""
_BRACKETED_WORDS = 4
_PLACED = re.compile(r"\s(?i:of|in|to|at)\s+(?:(?i:the)\s+)?")
_HEAD_OF_MISSION = re.compile(
    r"\b(?i:embass(?:y|ies)|legations?|consulates?|missions?|delegations?)\b"
)
"""The bodies whose head signs for them, named in brackets after them: "the Polish Embassy in
Hanoi (Siedlecki)"; after any other body a bracket is its name in its own language."""
_HEAD_WORDS = 3
_BRACKET_FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "for", "to", "de", "von", "van"})


def _original_wording(outer: str, inner: str) -> bool:
    """Whether a bracket after a name quotes the original's wording: another script than the
    name's, more words than a name has, or words in lower case that no name holds."""
    words = inner.split()
    acronyms = {w for w in outer.split() if ACRONYM.fullmatch(w)}
    return (
        (bool(acronyms & set(words)) and len(words) > 1)  # "TASS [Zayavlenie TASS]"
        or _latin(outer) != _latin(inner)
        or len(words) > _BRACKETED_WORDS
        or any(w.islower() and w not in _BRACKET_FUNCTION_WORDS for w in words)
    )


def _latin(text: str) -> bool:
    """Whether a name is written in Latin letters."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


_SEVERAL_STATES = re.compile(
    r"\b(?i:international|united\s+nations|joint|mixed|control|supervisory|interdepartmental"
    r"|inter-agency|interagency|consultative|warsaw\s+treaty|pact|allied|co-chairmen)\b"
)
"""Bodies of several states or agencies, whose bracketed country is the one they work on:
"the International Control Commission (Laos)" is no Laotian body."""


def whose_unsaid(body: str) -> bool:
    """Whether a body's name says no country, and the body is one state's: "National Security
    Council", not "Polish Embassy in Hanoi", "Ministry of Foreign Affairs of Romania" or
    "International Control Commission"."""
    return (
        name_kind(body) == "org"
        and _SEVERAL_STATES.search(body) is None
        and not set(body.split()) & ADJECTIVE_WORDS
        and not any(adjective(part) for part in _PLACED.split(body)[1:])
    )


def identified(name: str) -> tuple[str, ...]:
    """A name with a bracketed name after it: "the Czechoslovak Embassy in Pyongyang (Moravec)"
    is the embassy and the head of mission who signed for it (two agents), while after any other
    body the bracket is the body's own name in its language, one agent ("the Hungarian
    Ministry of Interior (Belügyminisztérium)"); an organisation in
    brackets only qualifies a name ("Kim Il Sung (DPRK)"), and words that are no name, or in
    another script, are the original's wording ("Kennedy [Письмо Хрущева]"); a person's
    bracketed name stays
    with it ("Feng Xi (Stalin)", a cover name and who it was), for the linker to resolve."""
    if not name.endswith((")", "]")):
        return (name,)
    opening = max(name.rfind("("), name.rfind("["))
    outer, who = name[:opening].rstrip(), name[opening + 1 : -1].strip()
    if not outer or "(" in who or "[" in who:
        return (name,)
    if outer.casefold().endswith("party"):
        return (name,)  # "the All-Union Communist Party (Bolsheviks)": part of its name
    if _original_wording(outer, who):
        return (outer,)  # "Zhou Enlai [Thư của Hồ Chí Minh gửi ...]", "Kennedy [Письмо ...]"
    if not is_name_like(who, _BRACKETED_WORDS):
        return (name,)  # a cataloguer's insertion: "the [Socialist Federal] Republic [of ...]"
    if (national := adjective(who)) is not None and whose_unsaid(outer):
        return (f"{national} {outer}",)  # "the National Security Council (Brazil)"
    if name_kind(outer) == "org" and abbreviation_of(who, outer):
        return (name,)  # "the Ministry of State Security (MfS)": the linker reads both
    if _HEAD_OF_MISSION.search(outer) and name_kind(outer) == "org" and _capital_surname(who):
        return outer, name_case(who)  # "the Soviet Embassy in Testburg (TESTAKOV)": its head
    if name_kind(outer) == "org" and ACRONYM.fullmatch(who) and not is_state(who):
        return (name,)  # "the Committee for State Security (KGB)": its own, untranslated
    if name_kind(who) == "org":  # a qualifier: "Kim Il Sung (DPRK)"
        return (outer,)
    if QUALIFIER.fullmatch(who):
        return (name,)  # "the Special Group (Augmented)": which group, no one's name
    if name_kind(outer) == "org" and _surname_shaped(who):
        if _HEAD_OF_MISSION.search(outer) or personal_name_shape(who):
            return outer, who  # "the Polish Embassy in Hanoi (Siedlecki)", "(A. Puzanov)"
        if _BODY_STEM.search(who) is None:
            return outer, who  # "the USSR Foreign Ministry (Vyshinsky)": who signed for it
    if name_kind(outer) == "org":
        return (outer,)  # "Main Directorate for Reconnaissance (Hauptverwaltung Aufklärung)"
    return (name,)  # "Feng Xi (Stalin)": the authority file tells which name it knows


_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)+")
_ROMAN = re.compile(r"[IVXLC]+")
_BODY_STEM = re.compile(
    r"(?i:minis|verwaltung|direc|zarz|urz[aą]d|amt\b|sekretar|komit|bizotts|spr[aá]v|hivatal"
    r"|abteilung|dienst|wydzia|oddzia|odbor|sluzb|služb|upravl|otdel)"
)
"""Stems of body words in the languages the archives write (a ministry, an administration, a
directorate, an office, a department, a service): a bracket holding one is the body's own name
in its language, no one's ("(Belügyminisztérium)", "(Hauptverwaltung Aufklärung)")."""


def _surname_shaped(name: str) -> bool:
    """Whether a bracket has a person's name's shape: initials, then one to three capitalised
    words ("Siedlecki", "Bastian Pinto", "A. Puzanov"), or one surname in capitals
    ("SHCHERBAKOV"); never a Roman numeral ("Zarząd II")."""
    words = [w for w in name.split() if not _INITIALS.fullmatch(w)]
    if not words or len(words) > _HEAD_WORDS or any(_ROMAN.fullmatch(w) for w in words):
        return False
    if len(words) == 1 and words[0].isupper():
        return len(words[0]) > 2 and words[0].isalpha()
    return all(w[:1].isupper() and not w.isupper() for w in words)


def _capital_surname(word: str) -> bool:
    """Whether a word in capitals is a surname by its shape, as a head of mission is typed in
    brackets ("PUZANOV", "TESTAKOV"): five letters or more, two of them vowels, and no state's
    name ("USSR"); an acronym, as short as a surname in capitals can be, has fewer ("KGB",
    "CSSR")."""
    vowels = sum(letter in "AEIOUY" for letter in word)
    return (
        word.isalpha() and word.isupper() and len(word) >= 5 and vowels >= 2 and not is_state(word)
    )


def abbreviation_of(abbreviation: str, name: str) -> bool:
    """Whether a bracketed acronym abbreviates the body's name before it: its capitals are
    initials of the name's capitalised words, in order, and no shorter run of them at the
    name's end spells it ("MfS" of "Ministry of State Security", "KCIA" of "Korean Central
    Intelligence Agency"; not "CSSR" of "Czechoslovak Embassy", nor "PRC" of "Polish Embassy
    in the People's Republic of China", which abbreviates the country)."""
    if not re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z]", abbreviation):
        return False
    initials = [w[0] for w in name.split() if w[:1].isupper() and w not in ("The", "THE")]
    start = len(initials)
    for letter in reversed([c for c in abbreviation if c.isupper()]):
        start = next((k for k in range(start - 1, -1, -1) if initials[k] == letter), -1)
        if start < 0:
            return False
    return start == 0
