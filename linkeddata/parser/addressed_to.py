"""The United Nations' letter titles, "Letter dated ... from the Permanent Representative of X
to the United Nations addressed to the Secretary-General": "addressed to" introduces the
addressee, so the "to" before it is no addressee's but the sender's office's ("Permanent
Representative ... to the United Nations"), and no body's name runs on past "Addressed"."""

from __future__ import annotations

import re

from ..record import Located
from .office_words import office_only
from .parties import Parties, parse_parties
from .side_names import names_in
from .text import Joined, strip_article

_ADDRESSED = re.compile(r"\s(?i:addressed)\s+(?i:to)\s+")


def addressed_parties(joined: Joined, start: int, end: int) -> Parties | None:
    """The parties of a clause (``start``-``end``) that says whom it is addressed to, or None:
    the addressee is the one after "addressed to"; an office without a name before it keeps
    the "to" that ends it ("the Permanent Representative of X to the United Nations")."""
    found = _ADDRESSED.search(joined.text, start, end)
    if found is None:
        return None
    before = parse_parties(joined, start, found.start())
    senders = before.senders
    if (
        len(senders) == 1
        and len(before.recipients) == 1
        and office_only(strip_article(senders[0].value))
    ):
        at = joined.text.find(senders[0].value, start, found.start())
        if at >= 0:
            senders = (Located(joined.text[at : found.start()].strip(), senders[0].line),)
    return Parties(senders, names_in(joined, found.end(), end), before.intermediaries)
