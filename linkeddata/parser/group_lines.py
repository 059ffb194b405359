"""The groups of people present on the lines under a list's labelled line ("Present: PB
members: A, B" / "PB deputy members: C, D"), each under its side's or party's label (split from
:mod:`.participant_lists`, which reads the lists)."""

from __future__ import annotations

import re
from itertools import pairwise

from .memo_header import NEXT_LABEL
from .participant_items import a_sentence, listed_names, side_names
from .signer_lines import LIST_HEADER

_NOT_A_GROUP = re.compile(
    r"^\s*(?:[A-Z]{2,}|(?i:absent|absentees|excused|apologies|info|action|drafted|approved"
    r"|cleared))\s*:"
)
"""A line under a list that no group of those present opens: a routing or copy label in
capitals ("CC:", "INFO:", "TO:"), who was absent or excused, who drafted it. A party's acronym
heads a group below a list only before a dash ("TPSU - A, B")."""


def groups_below(frame: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names of the groups on the lines that go on, with no blank line, under a labelled
    line of names ("Present: Politburo members: A, B" / "Candidate members: C, D")."""
    items: list[tuple[int, str]] = []
    for (above, _), (below, text) in pairwise(frame):
        if NEXT_LABEL.match(text) or LIST_HEADER.match(text) or _NOT_A_GROUP.match(text):
            break  # "CC: X, Y", "ABSENT: Z", "DRAFTED: ...": the list has ended
        if below != above + 1 or not (grouped := group_line(text)):
            break
        items += [(below, item) for item in grouped]
    return items


def group_line(text: str) -> list[str]:
    """The names of a line of a side or a group under its label ("From the Testian side: A,
    B"); none for a speaker's line ("TPSU: We agree.")."""
    names = listed_names(side) if (side := side_names(text)) else []
    return [] if any(map(a_sentence, names)) else names
