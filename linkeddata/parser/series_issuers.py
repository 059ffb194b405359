"""The issuer a series of documents always has, named by the series alone: a National
Intelligence Estimate ("NIE 11-4-57", "Special National Intelligence Estimate SNIE 100-11-58")
was issued by the Director of Central Intelligence for the intelligence community, which the
authority file holds as the Central Intelligence Agency. A series whose number only says whom
a paper went to ("Report to the National Security Council, NSC 7") names no issuer."""

from __future__ import annotations

import re

from ..record import Located
from .text import Joined

_WORDED = r"(?i:(?:special\s+)?national\s+intelligence\s+estimates?)"
_ESTIMATE = re.compile(rf"{_WORDED}|S?NIE")
"""The wordings of the estimate's type, as the title writes it."""
_OPENING = re.compile(
    r"(?:(?i:the\s+)?(?i:draft|text|copy|excerpt)\s+(?i:of)\s+(?i:the\s+)?|(?i:the)\s+)?"
    rf"(?:{_WORDED},?\s+)?"
)
"""What may stand before the estimate's wording for the title to be the estimate itself (its
long wording before its number: "Special National Intelligence Estimate SNIE 100-11-58")."""
_ANOTHER_HEAD = re.compile(r"(?:\s+S?NIE)?(?:\s+[\w./-]*\d[\w./-]*)?\s+(?i:and|vs\.?|versus)\s")
"""A second head after the estimate and its number: "NIE 11-8-62 and Its Critics"."""
ESTIMATES_ISSUER = "Central Intelligence Agency"


def with_issuer(
    joined: Joined, found: tuple[str, int, int] | None, authors: tuple[Located[str], ...]
) -> tuple[Located[str], ...]:
    """The authors, or the series' issuer when the title names none and is an estimate: its
    wording opens the title (after at most "Draft of") and heads it alone, so never a
    "British National Intelligence Estimate" (the issuer is another's) nor "NIE 11-8-62 and
    Its Critics" (a work about it)."""
    if authors or found is None or not _ESTIMATE.fullmatch(joined.text[found[1] : found[2]]):
        return authors
    text = joined.text
    if not _OPENING.fullmatch(text[: found[1]]) or _ANOTHER_HEAD.match(text, found[2]):
        return authors
    return (Located(ESTIMATES_ISSUER, joined.line_at(found[1])),)
