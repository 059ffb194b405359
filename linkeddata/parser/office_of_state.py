"""An office, a person's name and the state the office is of: "Chancellor Helmut Kohl of the
Federal Republic of Germany", "President Gorbachev of the USSR" name the person, whose office
the state qualifies; no part of his name."""

from __future__ import annotations

import re

from ..record import Located
from .bodies import ACCREDITED_TO
from .gazetteer import is_state, names_a_state
from .names import name_kind, personal_name
from .text import is_name_like, strip_article

_SOVEREIGN = re.compile(r"\b(?i:king|queen|shah|emperor|empress|sultan|emir|prince|princess)\s+$")
"""A sovereign's title before one name, which the realm tells apart: "King Khalid of Saudi
Arabia" is no "Khalid" alone."""

_COURTESY = re.compile(r"(?i:the\s+)?(?i:minister|mr|mrs|ms|mister|dr)\.?")
"""A bare "Minister" (a cabinet's or an envoy's) or a courtesy title, which names no office
a surname alone could be told apart by."""


def _surname_unsure(office: str, own: str) -> bool:
    """Whether an envoy's title, a bare "Minister" or a courtesy title stands before a surname
    alone: the state is what tells the man apart ("Ambassador Kennedy of the United Kingdom" is
    no President Kennedy, "Minister Smith of Testland" no other Smith), so the phrase stays."""
    office = office.strip()
    return " " not in own and (
        ACCREDITED_TO.search(office) is not None or _COURTESY.fullmatch(office) is not None
    )


def without_state(name: Located[str]) -> Located[str]:
    """The office and the name before "of <state>", when an office stands before a personal
    name there ("Prime Minister Thatcher of the United Kingdom" is Prime Minister Thatcher);
    an office with no name ("the Chairman of the Council of Ministers of the USSR"), a body
    ("the Ministry of Foreign Affairs of the USSR") and a sovereign's one name stay whole."""
    words = name.value.split()
    for index, word in enumerate(words[2:-1], start=2):
        if word != "of":
            continue
        state = strip_article(" ".join(words[index + 1 :]))
        held = " ".join(words[:index])
        if not (is_state(state) or names_a_state(state)):
            continue
        own = personal_name(held)
        named = own != held and is_name_like(own, 4) and held.endswith(own)
        regnal = len(own.split()) == 1 and _SOVEREIGN.search(held[: -len(own)]) is not None
        unsure = named and _surname_unsure(held[: -len(own)], own)
        body = name_kind(held) == "org"  # "Committee for ..."
        if named and not regnal and not unsure and not body:
            return Located(held, name.line)
        return name
    return name
