"""A registry number and the marking written after it on one header line, joined by a slash,
a dash, a comma or a space: "No. 37/1963/Top Secret", "Č. j. 0245/63-Tajné",
"003/1962/Szigorúan titkos", "No. 12/1958 - Secret", as Hungarian and Czechoslovak reports
write them, or a priority: "No. 1723/Urgent", "NO. 1723 URGENT", "Ciphergram No. 1723,
Urgent". The number ends where the marking begins: the marking is the record's classification
or priority, no part of its number."""

from __future__ import annotations

import re

from .vocabulary import DOC_TYPES, MESSAGE_TYPES, PRIORITIES, classification_of, wording_key

_JOIN = re.compile(r"\s*[,/\u2013-]\s*|\s+")
"""A slash, a dash or a comma between the number and the marking, spaced or not, or a space."""
_NUMBER_END = re.compile(r"(?:^|[\s.:#№º°])\d[\w.]*(?:/\d[\w.]*)*$")
"""A number's last group before the join, of digits first ("37/1963", "0245/63", "No. 5"):
never a word's, so "Sheet 5/Secret" is read as written only where the number is."""


_OWN_NUMBER = re.compile(
    r"^\s*(?:(?P<type>[^\W\d_]+)\s+(?=(?i:no|nr|n[º°])\.?\s*\d))?"
    r"(?:(?:(?i:no|nr|n[º°]|č\.\s*j)\.?|[#№])\s*)?\d"
)
"""The line is the document's own number, a number label at most before its digits ("No.
37/1963", "Č. j. 0245/63", "003/1962"), a message's type before the label ("Ciphergram No.
1723"): never a reference's, an attachment's or a room's ("Ref: your No. 45/1965/Top Secret",
"Attachment No. 3 - Secret", "Room 5 - Confidential")."""
_MESSAGE_WORDS = frozenset(
    wording for wording, key in DOC_TYPES.items() if " " not in wording and key in MESSAGE_TYPES
)


def marked_number(text: str) -> tuple[str, str] | None:
    """The line's part up to its number and the marking after it ("No. 37/1963", "Top
    Secret"; "No. 1723", "Urgent"), or None when no marking ends the line ("No.
    2421/61/53/TJN", "# 600428/sh", "No. 3340/Taj. 1950": a register's letters and year are
    the number's)."""
    own = _OWN_NUMBER.match(text)
    if own is None or (own["type"] and wording_key(own["type"]) not in _MESSAGE_WORDS):
        return None
    for join in _JOIN.finditer(text, own.end()):
        numbered, marking = text[: join.start()], text[join.end() :].strip(" .")
        if _NUMBER_END.search(numbered) and _a_marking(marking):
            return numbered, marking
    return None


def _a_marking(wording: str) -> bool:
    """Whether a wording is a classification or a priority."""
    return classification_of(wording) is not None or wording_key(wording) in PRIORITIES


def unmarked(number: str) -> str:
    """A number less the marking joined after it, as every number is read, another document's
    too ("12/Secret" is number 12, "0245/63-Tajné" number 0245/63: the marking is that
    document's); a register's letters stay ("600428/sh", "2421/61/53/TJN")."""
    for join in _JOIN.finditer(number):
        if _NUMBER_END.search(number[: join.start()]) and classification_of(number[join.end() :]):
            return number[: join.start()]
    return number
