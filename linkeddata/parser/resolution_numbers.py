"""A resolution's own number in its title, written after the body that adopted it or after the
word "Resolution": "Resolution of the UN General Assembly 46/1" (the session and the number),
"Security Council Resolution 687 (1991)" (the number and the year), "General Assembly
Resolution 1514 (XV)" (the number and the session). The number is the resolution's, no part of
the body's name; a body's own number ("Archives Center No. 3", "Military Unit 12345") is
neither written so nor after the word."""

from __future__ import annotations

import re

from ..record import Located
from .text import Joined

_SESSION = r"\((?:(?:19|20)\d\d|(?:E?S-)?[IVXLC]{1,7})\)"
"""The year or the session after a resolution's number: "(1991)", "(XV)", "(ES-VII)"."""
_HEAD_END = re.compile(r",|\s(?i:on|concerning|regarding|about|to|for|and)\s")
"""Where the resolution's head ends and its subject begins: a number after it is another
document's ("Resolution of the CC on Security Council Resolution 242")."""
_NUMBER = re.compile(
    rf"(?:\b(?i:resolution)\s+(?P<n>\d{{1,4}}(?:/\d{{1,4}})?)(?:\s*{_SESSION})?"
    rf"|(?<=[^\W\d_])\s+(?:(?P<s>\d{{1,3}}/\d{{1,4}})(?:\s*{_SESSION})?|(?P<y>\d{{1,4}})\s*{_SESSION}))"
    r"(?=\s*(?:,|$|\s))"
)
"""The number: after the word "Resolution" ("Resolution 83"), as a session and a number
("46/1"), or with its year or session in brackets ("687 (1991)"); a bare number after a name
is no resolution's ("Military Unit 12345")."""


def resolution_number(
    joined: Joined, found: tuple[str, int, int] | None
) -> tuple[Joined, tuple[Located[str], ...]]:
    """The title with its resolution's own number blanked out, and the number, when the title's
    type is a resolution and the number stands in its head (before a subject or a comma)."""
    if found is None or found[0] != "resolution":
        return joined, ()
    text = joined.text
    head = _HEAD_END.search(text, found[2])
    end = len(text) if head is None else head.start()
    number = _NUMBER.search(text, found[1], end)
    if number is None:
        return joined, ()
    group = next(g for g in ("n", "s", "y") if number[g] is not None)
    start = number.start(group)  # the word "Resolution" stays: it is the type
    blank = text[:start] + " " * (number.end() - start) + text[number.end() :]
    own = Located(number[group], joined.line_at(number.start(group)))
    return Joined(blank, joined.starts, joined.lines), (own,)
