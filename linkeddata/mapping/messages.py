"""Which documents are messages (schema:Message): the types the document-type scheme matches to
it, less the notes that are no diplomatic note."""

from __future__ import annotations

import re

from ..parser.demonyms import ADJECTIVES
from ..parser.vocabulary import MESSAGE_TYPES
from ..record import Title

ADDRESSED_NOTES = frozenset({"note"})
"""Types that are messages only when diplomatic: a note sent from or to someone, or a state's
("Soviet Note on Berlin", "Note of the Soviet Government"), is; a note for the file ("StB Note
on ...", "Note by Comrade Axen on the Talks") is not."""
_STATE_BODY = re.compile(
    r"\b(?i:government|ministry|embassy|legation|foreign\s+office|state\s+department)\b"
)


def is_message(title: Title, key: str) -> bool:
    """Whether a document of type ``key`` with this title is a message."""
    return key in MESSAGE_TYPES and (key not in ADDRESSED_NOTES or _diplomatic(title))


def _diplomatic(title: Title) -> bool:
    """Whether a note is a diplomatic one: sent from or to someone, or a state's."""
    if title.recipients or title.senders:
        return True
    words = title.text.value.split()
    at = next((i for i, word in enumerate(words[:4]) if word.casefold() == "note"), 0)
    national = at > 0 and " ".join(words[:at]) in ADJECTIVES  # "Soviet Note on Berlin"
    return national or any(_STATE_BODY.search(author.value) for author in title.authors)
