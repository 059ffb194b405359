"""What the wording of a name tells where no authority file does: organisation or person,
and the place a diplomatic mission's name locates it in.

The wording is read at the name's head, before "of", "in", "to", "at" or "for": the
"Chairman of the Council of Ministers" is a person, the "Ministry of Foreign Affairs" an
organisation. A name whose head tells neither ("Ivan Petrović", "Hanoi") is left unknown:
the caller decides, and never makes a place of it on a guess.

>>> name_kind("Chairman of the Council of Ministers"), name_kind("Czechoslovak Embassy in Beijing")
('person', 'org')
>>> name_kind("Ivan Petrović") is None
True
>>> mission_place("Embassy of the DPRK in Moscow"), mission_place("Bulgarian Legation to Tirana")
('Moscow', 'Tirana')
"""

from __future__ import annotations

import re

ORG_WORDS = re.compile(
    r"\b(embassy|ministry|committee|party|government|office|department|council|bureau|"
    r"legation|consulate|agency|foundation|institute|university|library|archives?|project|"
    r"center|centre|program(me)?|commission|presidium|politburo|secretariat|headquarters|"
    r"army|command|mission|delegation|(?<!soviet )union|association|society|press|radio|news|staff|"
    r"assembly|nations|front|service|directorate|administration|section|division|conference|"
    r"congress|plenum|cc|central committee)\b",
    re.IGNORECASE,
)
# Honorifics and offices held by one person: the head of a name that denotes a person.
_PERSON_WORDS = re.compile(
    r"\b(comrade|mr|mrs|ms|dr|ambassador|charg[ée]|consul|chairman|president|premier|"
    r"prime minister|minister|deputy|secretary|general|marshal|admiral|colonel|captain|"
    r"senator|king|queen|prince|emperor|pope|professor|prof|academician|chancellor|envoy|"
    r"counsellor|counselor|attach[ée]|spokesman|leader)\b\.?",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"(?:^|\s)[A-Z][a-z]?\.(?:\s?[A-Z][a-z]?\.)*\s?[^\W\d_]{2}")
"""Initials before a surname: "A. Gromyko", "A.M. Puzanov", "Yu. Andropov"."""
_INITIALS_WORD = re.compile(r"^(?:[A-Z]\.)+(?:[A-Z][a-z]\w*)?$")  # "A.M." or "V.I.Ivanov"
_ACRONYMS = re.compile(r"^(?:[A-Z][A-Z&]{1,7}\s+)*[A-Z][A-Z&]{1,7}$")
_NAME_WORDS = re.compile(r"[^\W\d_]{2,}")
_INITIALS = re.compile(r"(?<![^\W\d_])([A-Z])[a-z]?\.")
_HEAD_END = re.compile(r"\s(?i:of|in|to|at|for)\s")

# Bodies and heads of a diplomatic mission: "in X" after them can only name a place.
MISSION = (
    r"(?i:embass(?:y|ies)|legations?|consulates?(?:[- ]general)?|missions?|delegations?"
    r"|trade representation|ambassador|charg[ée] d['’]affaires|consul(?:[- ]general)?|envoy)"
)
# Those accredited to a state: "to X" after them names the state or its capital.
_ACCREDITED = (
    r"(?i:embass(?:y|ies)|legations?|consulates?(?:[- ]general)?|ambassador|envoy"
    r"|charg[ée] d['’]affaires)"
)
_PLACE = (
    r"(?:\[?(?i:the)\]?\s+)?(?P<place>[^\W\d_][^\s,;()\[\]]*(?:\s+[^\W\d_][^\s,;()\[\]]*){0,3})"
)
_MISSION_IN = re.compile(rf"\b{MISSION}\b(?:\s.*?)?\s(?i:in|at)\s+{_PLACE}\s*$")
_MISSION_TO = re.compile(rf"\b{_ACCREDITED}\s+(?i:to)\s+{_PLACE}\s*$")
ACCREDITED_TO = re.compile(rf"\b{_ACCREDITED}$")  # a name that "to X" may continue
# Gatherings and affairs a mission may be "in" or "to" that are no places.
_NOT_PLACES = re.compile(
    r"\b(?i:conference|congress|session|meeting|talks|negotiations|summit|commission|charge)\b"
)


def name_kind(name: str) -> str | None:
    """``"org"`` or ``"person"`` when the head of ``name`` says so, else None; a name made
    only of abbreviations in capitals ("CC CPSU", "MFA") is an organisation."""
    if _ACRONYMS.match(name):
        return "org"
    found = _HEAD_END.search(name)
    head = name[: found.start()] if found else name
    if ORG_WORDS.search(head):
        return "org"
    if _PERSON_WORDS.search(head) or _INITIAL.search(name):
        return "person"
    return "org" if ORG_WORDS.search(name) else None


def office_only(name: str) -> bool:
    """Whether ``name`` names an office but not who held it: "the Ambassador of the GDR",
    "Soviet Ambassador" (not "Ambassador Puzanov")."""
    found = _HEAD_END.search(name)
    head = (name[: found.start()] if found else name).split()
    return bool(head) and _PERSON_WORDS.fullmatch(head[-1]) is not None


def same_person(signed: str, named: str) -> bool:
    """Whether a signature ("P. Yudin") names the person a title names ("Soviet Ambassador
    to the PRC P.F. Yudin"): the same surname, and initials that agree where both have them."""
    signed_words, named_words = _NAME_WORDS.findall(signed), _NAME_WORDS.findall(named)
    if not signed_words or not named_words or signed_words[-1] != named_words[-1]:
        return False
    initials = [w for w in _INITIALS.findall(signed) if w]
    others = [w for w in _INITIALS.findall(named) if w]
    return bool(initials) and (not others or others[: len(initials)] == initials)


def agent_kind(name: str, default: str = "person") -> str:
    """The kind of an agent's name: its wording's, else ``default``."""
    return name_kind(name) or default


def mission_place(name: str) -> str | None:
    """The place a mission's name locates it in: "Embassy in X", "Legation to X"."""
    found = _MISSION_IN.search(name) or _MISSION_TO.search(name)
    if found is None:
        return None
    place = _holder_cut(found["place"])
    if name_kind(place) == "person" or _NOT_PLACES.search(place):
        return None
    return place if place[0].isupper() else None


def _holder_cut(place: str) -> str:
    """The place less the name of the mission's head that may follow it: "the DPRK
    Shtykov", "North Korea V.I. Ivanov" (an acronym or initials end the place)."""
    words = place.split()
    for i, word in enumerate(words[1:], 1):
        initials = _INITIALS_WORD.match(word) is not None
        after_acronym = words[i - 1].isupper() and len(words[i - 1]) > 1 and not word.isupper()
        if initials or after_acronym:
            return " ".join(words[:i])
    return place
