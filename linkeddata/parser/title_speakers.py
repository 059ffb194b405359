"""Who took part in a recorded talk, named before the talk's word with no type before them,
as the catalogue of captured Iraqi recordings titles its records: "Saddam Hussein Meeting with
His Cabinet", "Saddam Hussein and His Advisers Discussing the Iranian Revolution". Such a
title records a discussion, and the people it opens with took part in it."""

from __future__ import annotations

import re

from ..record import Located
from .doctypes import a_person
from .parties import names_in
from .text import Joined

_NOT_A_RUN = re.compile(r"[,;:()\[\]\"]|['’]s\b")
"""What a plain run of names before the type never holds: a comma, a bracket, a possessive."""


def speakers_before(joined: Joined, type_start: int) -> tuple[Located[str], ...]:
    """The people named before a talk's word that opens the title ("Saddam Hussein Meeting
    with ..."), when the first is a person's name (never "Soviet Record of Conversation",
    nor a body's "Politburo Meeting")."""
    before = joined.text[:type_start].rstrip()
    if not before or _NOT_A_RUN.search(before):
        return ()
    if not a_person(re.split(r"\s(?:and|&)\s", before)[0]):
        return ()
    return names_in(joined, 0, len(before))
