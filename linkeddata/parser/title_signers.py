"""Who signed, countersigned or approved a document, in a comma's clause after its parties:
"Letter from the CC VKP(b) to the CC CPY, signed by Stalin and Molotov". A participle clause
names no addressee: it ends the sender/recipient clause. Whoever signed, or whose behalf they
signed on ("Signed on Behalf of the CC VKP(b)"), made the document: an author. Whoever
approved it, or whose notes it carries ("with Mao's Handwritten Notes"), is named by the
clause but made nothing: no one is read from it."""

from __future__ import annotations

import re

from ..record import Located
from .side_names import names_in
from .text import Joined

PARTICIPLE_CLAUSE = re.compile(
    r"\s*(?:(?P<signed>(?i:signed|countersigned|co-signed|initial(?:l)?ed)"
    r"\s+(?:(?i:by)|(?i:on\s+behalf\s+of)|(?i:for)))"
    r"|(?i:approved|endorsed|ratified|confirmed|annotated)\s+(?i:by)"
    r"|(?i:with)\s+[^,;:]*?\b(?i:handwritten|marginal)\s+(?i:notes?|comments?|annotations?))\s"
)
"""A clause of signing, approving or annotating at a segment's start."""


def title_signers(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The signers a segment (``start``-``end``) of the title names, or none."""
    found = PARTICIPLE_CLAUSE.match(joined.text, start, end)
    if found is None or found["signed"] is None:
        return ()
    return names_in(joined, found.end(), end)
