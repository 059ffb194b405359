"""The people a name means by the offices around it: "Premier Zhou" is Zhou Enlai, "Soviet
Ambassador to China Yudin" is Yudin, "Sergo Mikoyan" is not Anastas Mikoyan."""

from __future__ import annotations

import re

from ..iris import slug
from ..parser.bodies import MISSION
from ..parser.names import honorific, name_kind, office_only, personal_name
from ..parser.text import is_name_like
from .authority import Authority, Entity

HEAD_OF = re.compile(
    r"\b(?i:president|premier|chairman|prime\s+minister|general\s+secretary|first\s+secretary"
    r"|marshal|king|emperor)\s+[^\s]+$"
)
"""An office one person holds in a state at a time, before a family name: "Premier Zhou"."""
_POST = re.compile(rf"\b{MISSION}\s+(?i:to|in|at)\s+(?:(?i:the)\s+)?(?P<rest>.+)$")


def office_holder(authority: Authority, name: str) -> Entity | None:
    """The person of the authority file whose name ends a title or office: "Comrade Kim Il
    Sung", "Soviet Ambassador to the DPRK A.M. Puzanov" (the longest known ending that
    names exactly one person; an office alone, "the Ambassador", names nobody)."""
    words, own = name.split(), personal_name(name).split()
    said = honorific(name)
    for start in range(1, len(words)):
        people = [e for e in authority.lookup(" ".join(words[start:])) if e.kind == "person"]
        if len(people) == 1:
            given = own[: max(0, len(own) - (len(words) - start))]
            person = people[0]
            if said is not None and person.gender not in (None, said[1]):
                return None  # "Mrs. Nixon" is not Richard Nixon
            return person if same_given_name(given, person.label) else None
    return None


def post_holder(authority: Authority, name: str) -> str | None:
    """The name after an office's post: "Soviet Ambassador to China Yudin" is Yudin, "the
    Chargé d'Affaires in Vientiane Kuznetsov" Kuznetsov. The post is the longest place
    of the authority file that follows "to", "in" or "at", else one word."""
    found = _POST.search(name)
    if found is None or personal_name(name) != name:
        return None
    words = found["rest"].split()
    leading = leading_place(authority, words)
    holder = " ".join(words[leading[0] if leading else 1 :])
    named = holder and is_name_like(holder, 4) and not office_only(holder)
    return holder if named and name_kind(holder) != "org" else None


def leading_place(authority: Authority, words: list[str]) -> tuple[int, Entity] | None:
    """The longest place of the authority file that begins ``words`` and is not all of
    them, with its number of words."""
    for count in range(len(words) - 1, 0, -1):
        places = [e for e in authority.lookup(" ".join(words[:count])) if e.kind == "place"]
        if len(places) == 1:
            return count, places[0]
    return None


def same_given_name(given: list[str], label: str) -> bool:
    """Whether the given name or initials written before a known surname agree with the
    person's label: "A. Mikoyan" and "Comrade Mikoyan" are Anastas Mikoyan, "Sergo Mikoyan"
    and "S. Mikoyan" are someone else (his son)."""
    known = label.split()[:-1]
    if not given or not known:
        return True
    first, theirs = slug(given[0]), slug(known[0])
    if "." in given[0] or len(first) == 1:  # initials: "N.S."
        return first[:1] == theirs[:1]
    return first == theirs
