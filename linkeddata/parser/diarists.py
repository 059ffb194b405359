"""Whose diary a later part of the title says the record was taken from: "Record of
Conversation with Kim Il Sung, from the Diary of Soviet Ambassador A. M. Puzanov". The diary's
keeper wrote the record, as "From the Diary of X" at the title's head says (there the type is
the diary's); a "from" before a diary names its source, never a sender."""

from __future__ import annotations

import re

from ..record import Located
from .parties import names_in
from .text import Joined
from .vocabulary import DOC_TYPES

_PERSONAL = sorted((w for w, k in DOC_TYPES.items() if k in {"diary", "memoir"}), key=len)
FROM_DIARY = re.compile(
    r"\s*(?i:from)\s+(?:(?i:the)\s+)?(?i:"
    + "|".join(re.escape(w) for w in reversed(_PERSONAL))
    + r")\s+(?i:of)\s+"
)
"""A diary or a memoir "from" which the record is, before its keeper: "from the Diary of"."""


def diarists(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The keeper of the diary a segment (``start``-``end``, after the title's type) says the
    record is from, or none."""
    found = FROM_DIARY.match(joined.text, start, end)
    return () if found is None else names_in(joined, found.end(), end)
