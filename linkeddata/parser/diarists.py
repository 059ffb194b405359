"""Whose diary a later part of the title says the record was taken from: "Record of
Conversation with Kim Il Sung, from the Diary of Soviet Ambassador A. M. Puzanov". The diary's
keeper wrote the record, as "From the Diary of X" at the title's head says (there the type is
the diary's); a "from" before a diary names its source, never a sender. A diary of happenings
("from the Diary of Events in Testland", "from the Memoirs of the War") has no keeper named:
the keeper is an agent, never common nouns, nor a name after "the" that is no office or body."""

from __future__ import annotations

import re

from ..record import Located
from .clauses import common_nouns
from .names import name_kind, personal_name_shape
from .side_names import names_in
from .text import Joined
from .vocabulary import DOC_TYPES

_PERSONAL = sorted((w for w, k in DOC_TYPES.items() if k in {"diary", "memoir"}), key=len)
FROM_DIARY = re.compile(
    r"\s*(?i:from)\s+(?:(?i:the)\s+)?(?i:"
    + "|".join(re.escape(w) for w in reversed(_PERSONAL))
    + r")\s+(?i:of)\s+(?P<the>(?i:the)\s+)?"
)
"""A diary or a memoir "from" which the record is, before its keeper: "from the Diary of"."""


def diarists(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The keeper of the diary a segment (``start``-``end``, after the title's type) says the
    record is from, or none."""
    found = FROM_DIARY.match(joined.text, start, end)
    if found is None:
        return ()
    keepers = names_in(joined, found.start("the") if found["the"] else found.end(), end)
    return tuple(k for k in keepers if _an_agent(k.value, bool(found["the"])))


_PLURAL = re.compile(r"[^\W\d_]+[^s\W]s")
"""One word in the plural ("Events", "Talks"): things, where a surname is singular."""
_HEAD_END = re.compile(r"\s(?i:in|of|on|at|for|during)\s")


def _an_agent(name: str, after_the: bool) -> bool:
    """Whether a diary's keeper is someone: an office or a body ("the Soviet Ambassador"), a
    personal name; never common nouns ("the War", "Events")."""
    if name_kind(name) is not None or personal_name_shape(name):
        return True
    head = _HEAD_END.split(name, maxsplit=1)[0]
    return not (after_the or common_nouns(name) or _PLURAL.fullmatch(head))
