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
from .names import name_kind, personal_name_shape, record_word
from .nationalities import is_nationality
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


_KEPT = frozenset({"diary"})
_KIND_OF_DIARY = re.compile(
    r"(?i:personal|private|daily|pocket|official|office|desk|work(?:ing)?|travel|field|prison"
    r"|war|wartime|political|own|family|unpublished|new|last|first|second|third|final|early"
    r"|late|main|secret|kremlin|embassy|consulate|mission|ministry|party)"
)
"""Words that say what kind of diary it is or where it was kept, no keeper: "Personal Diary",
"Pocket Diary", "War Diary"."""
_KEEPER_WORDS = 3


def keeper_before(
    joined: Joined, start: int, type_start: int, doc_type: str | None
) -> tuple[Located[str], ...]:
    """The keeper a name directly before "Diary" (or "Journal", "Notebook") names, with no
    possessive: "Dimitrov Diary Entry", "Malyshev Diary"; an adjective names none ("Soviet
    Diary Entry", "Personal Diary")."""
    before = joined.text[start:type_start].strip()
    words = before.split()
    if doc_type not in _KEPT or not 0 < len(words) <= _KEEPER_WORDS:
        return ()
    if not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
        return ()
    if any(is_nationality(w) or record_word(w) or _KIND_OF_DIARY.fullmatch(w) for w in words):
        return ()
    if name_kind(before) is not None or common_nouns(before):
        return ()
    kept = joined.located(start, type_start)
    return () if kept is None else (kept,)
