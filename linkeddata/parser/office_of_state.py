"""An office, a person's name and the state the office is of: "Chancellor Helmut Kohl of the
Federal Republic of Germany", "President Gorbachev of the USSR" name the person, whose office
the state qualifies; no part of his name."""

from __future__ import annotations

import re

from ..record import Located
from .gazetteer import is_state, names_a_state
from .names import name_kind, personal_name
from .text import is_name_like, strip_article

_SOVEREIGN = re.compile(r"\b(?i:king|queen|shah|emperor|empress|sultan|emir|prince|princess)\s+$")
"""A sovereign's title before one name, which the realm tells apart: "King Khalid of Saudi
Arabia" is no "Khalid" alone."""


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
        if named and not regnal and name_kind(held) != "org":  # not "Committee for ..."
            return Located(held, name.line)
        return name
    return name
