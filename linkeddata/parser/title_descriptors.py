"""A description before a name in lower case: "East German leader Erich Honecker", "US
president John F. Kennedy", "Soviet ambassador to Cuba Alekseev". Titles word it so as often
as with capitals ("Soviet Leader"); it is no part of the name and does not end the clause.
The title's parties are read with the description's words capitalised (offsets kept, so lines
stay right), as the capitalised office is read: the name after it is the party. So is what
says an office was held once, "former", "ex-" or "the late", before a capitalised office
("and former President Testov", "to ex-Premier Testin", "the late Chairman Testar"), in any
party's slot (never "the former Soviet Union": no office follows)."""

from __future__ import annotations

import re

from .name_words import PERSON_WORDS
from .nationalities import NATIONALITY
from .text import Joined

_MODIFIER = (
    r"(?:foreign|defen[cs]e|prime|party|state|first|general|deputy|vice|communist|army"
    r"|interior|trade|military|supreme|former|acting|senior)"
)
_OFFICE = (
    r"(?:leader|president|premier|ambassador|chairman|minister|secretary|envoy|chief|diplomat"
    r"|official|dictator|strongman|general|marshal|consul|attach[ée]|charg[ée]\s+d['’]affaires"
    r"|commander|representative|spokesman)"
)
_DESCRIPTION = re.compile(
    rf"(?P<before>\b(?:{NATIONALITY}|[A-Z]{{2,5}}|U\.S\.)\s)"
    rf"(?P<words>(?:{_MODIFIER}\s+)*{_OFFICE})"
    r"(?=\s+(?:(?:to|in|at)\s+(?:the\s+)?)?[A-Z])"
)
"""Lower-case office words after a nationality ("Soviet", "East German", "US") and before a
capitalised name or an envoy's post."""


_RECALLED = re.compile(r"\b(?:former|ex-|(?<=\bthe\s)late)(?=\s*[A-Z])")
"""An office held once, before the office: "former", "ex-", "the late"."""
_SLOT = re.compile(r"(?:^|[,;:]|\b(?i:from|to|between|with|by|and))\s*(?:(?i:the)\s+)?$")
"""Where a party's slot starts, which a recalled office may open: "from former President X".
After "of" the office is someone's kin's ("the Widow of the late Chairman X"), no party."""


def capitalised_descriptions(joined: Joined) -> Joined:
    """The title with lower-case descriptions before names capitalised, offsets unchanged."""
    text = _DESCRIPTION.sub(
        lambda found: found["before"] + _capitalised(found["words"]), joined.text
    )
    text = _RECALLED.sub(
        lambda found: (
            _capitalised(found.group())
            if PERSON_WORDS.match(text, found.end() + (text[found.end()] == " "))
            and _SLOT.search(text, 0, found.start())
            else found.group()
        ),
        text,
    )
    return joined if text == joined.text else Joined(text, joined.starts, joined.lines)


def _capitalised(words: str) -> str:
    return re.sub(r"(?<![\w'’])[a-z]", lambda letter: letter.group().upper(), words)
