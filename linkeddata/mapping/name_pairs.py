"""Two people named by their surnames joined by a hyphen: "Kissinger-Zhou" in "Memorandum of
Conversation, Kissinger-Zhou" is Henry Kissinger and Zhou Enlai.

A hyphen joins many names that are one ("Sino-Soviet", "Austro-Hungarian", "Kim Il-Sung"), so
the pair is read as two people only when it is two words alone, or a word and a full name the
authority file knows ("Kosygin-Zhou Enlai"), and the authority file knows
one as one person, by a whole label ("Kissinger"), a surname or a family name that only one
person has ("Zhou"), and the other as one person too, or not at all and as no nation's or
state's word: a surname it lacks ("Gorbachev-Németh").
"""

from __future__ import annotations

import re

from ..parser.gazetteer import is_state
from ..parser.nationalities import COMBINING, is_nationality
from ..parser.text import strip_article
from ..record import Located
from .authority import Authority
from .entities import Entity
from .linker import Linker

_PAIR = re.compile(r"(?P<a>[A-Z][\w'’.]+)\s*[-–]\s*(?P<b>[A-Z][\w'’.]+(?:\s[A-Z][\w'’.]+){0,2})")
"""A word, then a word or a full name ("Kosygin-Zhou Enlai"): "Kim Il-Sung" is one name,
whose "Sung" ends Kim Il Sung's."""


def people_paired(name: Located[str], linker: Linker) -> list[Entity | None] | None:
    """The two people a hyphenated pair of names stands for, or None: each the authority
    file's person, or, beside one it knows, a surname's stub ("Gorbachev-Németh" is
    Gorbachev and a Németh). A surname the file knows whole ("Aleksandrov-Agentov") and a
    pair of which one side is a nation's word ("Sino-Soviet", "Soviet-Testish") are one name."""
    pair = pair_sides(name.value, linker.authority)
    if pair is None:
        return None
    return [
        linker.resolve(Located(side, name.line), "person") if isinstance(side, str) else side
        for side in pair
    ]


def unpaired(name: Located[str], authority: Authority) -> bool:
    """Whether a hyphenated pair is no two people and no one the file knows by it whole: two
    cities ("Warsaw-Moscow"), a pact ("Molotov-Ribbentrop Pact"), a place after the pair
    ("Bush-Gorbachev Malta"); it names no participant, since as one name it names no one."""
    found = _PAIR.fullmatch(strip_article(name.value))
    return (
        found is not None
        and pair_sides(name.value, authority) is None
        and not any(e.kind == "person" for e in authority.lookup(found.group()))
    )


def pair_sides(name: str, authority: Authority) -> tuple[Entity | str, Entity | str] | None:
    """The pair's people, or the surname of one the authority file lacks."""
    found = _PAIR.fullmatch(strip_article(name))
    if found is None or any(e.kind == "person" for e in authority.lookup(found.group())):
        return None
    first, second = _one_person(found["a"], authority), _one_person(found["b"], authority)
    if " " in found["b"] and second is None:
        return None  # a full name after the hyphen only as one the file knows
    if first is not None and first == second:
        return None
    if first is None and second is None:
        return None
    if first is None or second is None:
        other = found["a"] if first is None else found["b"]
        if not _a_surname(other, authority):
            return None
    return (first or found["a"], second or found["b"])


def _a_surname(word: str, authority: Authority) -> bool:
    """Whether a word beside a known person's name may be a surname the file lacks: no
    nation's or state's word, nothing the file knows otherwise ("Moscow-Beijing")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and not is_nationality(word)
        and not is_state(word)
        and COMBINING.fullmatch(word) is None
        and not authority.lookup(word)
    )


def _one_person(name: str, authority: Authority) -> Entity | None:
    """The one person of the authority file a name can only mean."""
    people = [e for e in authority.lookup(name) if e.kind == "person"]
    people = people or authority.people_named(name) or authority.family_named(name)
    return people[0] if len(people) == 1 else None
