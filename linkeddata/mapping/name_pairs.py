"""Two people named by their surnames joined by a hyphen: "Kissinger-Zhou" in "Memorandum of
Conversation, Kissinger-Zhou" is Henry Kissinger and Zhou Enlai.

A hyphen joins many names that are one ("Sino-Soviet", "Austro-Hungarian", "Kim Il-Sung"), so
the pair is read as two people only when it is two words alone and the authority file knows
each as one person, by a whole label ("Kissinger"), a surname or a family name that only one
person has ("Zhou").
"""

from __future__ import annotations

import re

from ..parser.text import strip_article
from .authority import Authority
from .entities import Entity

_PAIR = re.compile(r"(?P<a>[A-Z][\w'’.]+)\s*[-–]\s*(?P<b>[A-Z][\w'’.]+)")
"""Two single words: "Kim Il-Sung" is one name, whose "Sung" ends Kim Il Sung's."""


def people_paired(name: str, authority: Authority) -> tuple[Entity, Entity] | None:
    """The two people a hyphenated pair of names stands for, or None."""
    found = _PAIR.fullmatch(strip_article(name))
    if found is None:
        return None
    first, second = _one_person(found["a"], authority), _one_person(found["b"], authority)
    return None if first is None or second is None or first == second else (first, second)


def _one_person(name: str, authority: Authority) -> Entity | None:
    """The one person of the authority file a name can only mean."""
    people = [e for e in authority.lookup(name) if e.kind == "person"]
    people = people or authority.people_named(name) or authority.family_named(name)
    return people[0] if len(people) == 1 else None
