"""The issuer a series of documents always has, named by the series alone: a National
Intelligence Estimate ("NIE 11-4-57", "Special National Intelligence Estimate SNIE 100-11-58")
was issued by the Director of Central Intelligence for the intelligence community, which the
authority file holds as the Central Intelligence Agency. A series whose number only says whom
a paper went to ("Report to the National Security Council, NSC 7") names no issuer."""

from __future__ import annotations

import re

from ..record import Located
from .text import Joined

_ESTIMATE = re.compile(r"(?i:(?:special\s+)?national\s+intelligence\s+estimates?)|S?NIE")
"""The wordings of the estimate's type, as the title writes it."""
ESTIMATES_ISSUER = "Central Intelligence Agency"


def with_issuer(
    joined: Joined, found: tuple[str, int, int] | None, authors: tuple[Located[str], ...]
) -> tuple[Located[str], ...]:
    """The authors, or the series' issuer when the title names none and its type is an
    estimate's wording."""
    if authors or found is None or not _ESTIMATE.fullmatch(joined.text[found[1] : found[2]]):
        return authors
    return (Located(ESTIMATES_ISSUER, joined.line_at(found[1])),)
