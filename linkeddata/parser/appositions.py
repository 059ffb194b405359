"""What a comma after a party's name sets off in a title: the holder of the office before it
("the Ambassador of the GDR, Comrade Wolfgang Weichelt": one person), the office of the person
before it ("Dr. Homi J. Bhabha, Chairman, Atomic Energy Commission,": his office and its body,
one sender), or a unit of the body before it ("the French Foreign Ministry, Direction
d'Europe", "the Polish Ministry of Internal Affairs, Department III": the ministry's)."""

from __future__ import annotations

import re

from .honorifics import an_address, an_office
from .names import name_kind, personal_name
from .office_words import office_only
from .state_surnames import surname_after_state
from .text import strip_article

_UNIT = re.compile(
    r"(?:(?i:sous|sub)-)?(?i:direction|directorate|dirección|direcção|direção|département"
    r"|department|departamento|division|divisão|división|abteilung|section|sección|secção"
    r"|service|referat|sektor)\b"
)
"""A unit's word in any language, which heads a part of the body named before it."""


def holder_after(previous: str, between: str, raw: str) -> bool:
    """Whether ``raw`` after a comma names who holds the office ``previous`` names."""
    return between.strip() == "," and holds_office(previous, raw)


def holds_office(office: str, raw: str) -> bool:
    """Whether ``raw``, set off by a comma, can name the holder of ``office``: the office must
    still lack its holder ("President of Syria H. Assad, Damascus" names him before the comma,
    so Damascus is a place, and so may "President of Syria Testad, Damascus", a surname the
    authority file may know) and ``raw`` have a person's shape, no house number and no body's
    name ("the Polish Ambassador, 10 Downing Street", "the Soviet Ambassador, Foreign and
    Commonwealth Office" say where they met)."""
    bare = strip_article(office.strip())
    named = personal_name(bare)  # "the 1st Secretary of the Soviet Embassy" names no one
    words = raw.split()
    addressed = bool(words) and _addressed(words[0].casefold().rstrip("."))
    return (
        office_only(bare)
        and (named == bare or (name_kind(named) == "org" and addressed))
        and surname_after_state(bare) is None
        and not any(c.isdigit() for c in raw)
        and name_kind(raw) != "org"
        and not office_only(strip_article(raw.strip()))
    )


def _addressed(word: str) -> bool:
    """Whether a name after a mission's rank opens with a form of address or a rank ("the 1st
    Secretary of the Soviet Embassy, Comrade Testov", "..., Colonel Testov"): the rank's
    holder; a bare word there is a day, a hotel or a caption as often ("..., Sunday",
    "..., Hotel Metropol", "..., Part II")."""
    return an_address(word) or an_office(word)


def part_of_previous(previous: str, between: str, raw: str, office_open: bool) -> bool:
    """Whether ``raw`` after a comma is part of the party before it: the office of a person
    named before ("Souvanna Phouma, Prime Minister of Laos"), the body of that office
    (``office_open``: "Chairman, Atomic Energy Commission"), or a unit of a body."""
    if between.strip() != ",":
        return False
    bare = strip_article(raw.strip())
    if office_open and name_kind(bare) == "org":
        return True  # "Chairman, Atomic Energy Commission": the office's body
    if name_kind(previous) == "org":
        return _UNIT.match(bare) is not None  # "Ministry of Internal Affairs, Department III"
    return office_only(bare) and not office_only(previous)  # "Souvanna Phouma, Prime Minister"
