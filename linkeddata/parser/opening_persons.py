"""Whether the name that opens a title with no type word reads as a person's: the speaker of
a recorded discussion ("Saddam Hussein Discussing ...", "Saddam and Senior Iraqi Officials
Discuss ...", "Saddam Meeting with ..."), never a body, a country or a nationality (split from
:mod:`.doctypes`)."""

from __future__ import annotations

import re

from .gazetteer import is_state
from .names import name_kind, personal_name_shape
from .nationalities import COMPASS_NATIONALITY
from .text import is_name_like

_NATIONALITIES = re.compile(COMPASS_NATIONALITY)
_PERSON_WORDS = 4
_ONE_WORD = re.compile(r"[A-Z][a-z]{2,}")


def a_person(name: str) -> bool:
    """Whether a name reads as a person's: an office's or an honorific's head, or two
    capitalised words or more that are no body's and no nationality's ("Saddam Hussein")."""
    capitalised = all(word[:1].isupper() for word in name.split())  # not "Summary of"
    if not capitalised or not is_name_like(name, _PERSON_WORDS) or _NATIONALITIES.fullmatch(name):
        return False
    kind = name_kind(name)
    return kind == "person" or (kind is None and (personal_name_shape(name) or " " in name))


def an_opening_person(name: str) -> bool:
    """Whether the name that opens a recorded talk's title ("Saddam and Senior Iraqi Officials
    Discuss ...", "Saddam Meeting with ...") reads as a person's: as :func:`a_person` says, or
    one capitalised word (the catalogue's short form of a leader's name) that is no body's, no
    office's, no country's and no nationality's."""
    if a_person(name):
        return True
    one = _ONE_WORD.fullmatch(name) is not None and name_kind(name) is None
    return one and not is_state(name) and not _NATIONALITIES.fullmatch(name)
