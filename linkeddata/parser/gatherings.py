"""The words for a gathering, written once: a meeting, a conference, talks, a reception.

A gathering is an event. A title names it as what a record is of, from or at, never as an
agent that sends or receives, nor as a place: "Report on the Conference to ...", "Notes from
the Meeting of the Politburo", "X at the Summit". Each rule below takes the words it needs as a
pattern, with their plurals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["EVENTS", "GATHERINGS", "SITTINGS", "WHOSE_OCCASION", "an_event", "words"]

SITTINGS = frozenset({"meeting", "session", "sitting", "plenum", "plenary"})
"""A body's own gathering, whose "of X" names the body that met: "Minutes of the Session of
the Council of Ministers"."""

EVENTS = frozenset(
    {"conference", "summit", "talks", "negotiations", "consultations", "meeting", "session"}
    | {"round"}
)
"""A gathering that a report is about or was made at, never read as its addressee: "Report of
the Delegation to the Conference" names no one it is sent to. A congress or a plenum may be
addressed ("Report of the Central Committee to the Plenum"); a meeting or a session is not."""

GATHERINGS = (
    SITTINGS
    | EVENTS
    | frozenset({"congress", "symposium", "seminar", "workshop", "colloquium", "forum"})
    | frozenset({"reception", "dinner", "luncheon", "banquet", "audience"})
)
"""Every gathering: the last word of a name that is no agent ("Conference Transcript"), and
what follows "in" or "at" that is no place ("X at the Conference")."""


def words(names: Iterable[str]) -> str:
    """A case-insensitive alternation of ``names`` and their plurals (longest first), as
    whole words ("sessions", never the end of "Possessions")."""
    forms = {form for name in names for form in (name, _plural(name)) if form is not None}
    return r"\b(?i:" + "|".join(sorted(forms, key=lambda form: (-len(form), form))) + r")\b"


_LATIN_PLURALS = {"symposium": "symposia", "colloquium": "colloquia"}


def _plural(name: str) -> str | None:
    if name in _LATIN_PLURALS:
        return _LATIN_PLURALS[name]
    if name.endswith("s"):
        return name + "es" if name.endswith("ss") else None  # "talks" is plural already
    if name.endswith("y"):
        return name[:-1] + "ies"
    return name + "s"


WHOSE_OCCASION = re.compile(
    rf"['’]s\s+(?:[A-Z]\w*\s+)?(?:{words(GATHERINGS)}|\b(?i:visits?|trips?|talks?|conversations?"
    r"|discussions?|speech(?:es)?|journey)\b)"
)
"""Someone's occasion, never an agent's name: "for the President's Meeting with ..." names no
addressee, "of Chairman Mao Zedong's Meeting with ..." no participant "Mao Zedong's Meeting"."""


_EVENT = re.compile(words(EVENTS - {"conference"}))
"""Events that never act; a conference or a congress may be a standing body ("the Conference
on Disarmament", "the Testian Congress")."""
_HEAD_END = re.compile(r"\s(?i:of|in|at)\s")


def an_event(name: str) -> bool:
    """Whether a name's head ends in an event's word, never an author: "the Fourth Round of
    the Six-Party Talks", "the Plenary Session of the CC" (whose body is named after "of")."""
    head = _HEAD_END.split(name, maxsplit=1)[0].split()
    return bool(head) and _EVENT.fullmatch(head[-1]) is not None
