"""Where talks were held, as the record's own opening sentence says: "Record of a meeting
between the President and Premier Chou En-lai held at the Great Hall of the People, Peking,
on 10th April 1967.", "The conversation took place in the Kremlin, Moscow." Only the first
sentence of the text, and only one that names the talks it records: a later one ("the talks
held in Geneva last year") tells of another occasion."""

from __future__ import annotations

import re

from ..record import Located

_TALKS = r"(?i:meetings?|conversations?|talks|discussions?)"
_HELD = re.compile(
    rf"^(?:(?i:record|minutes|memorandum|notes?|summary)\s+(?i:of)\s+(?:(?i:a|the)\s+)?{_TALKS}"
    r"\b[^.;!?]*?\b(?i:held)"
    rf"|(?i:the)\s+{_TALKS}\s+(?i:took\s+place|was\s+held|were\s+held))"
    r"\s+(?i:at|in)\s+(?P<place>[^.;!?]+?)(?=,?\s+(?i:on|between|from|with|at)\b|[.;!?]|$)"
)
"""The record's own words for itself, and where its talks were held: "Record of a meeting
... held at X", "The conversation took place in X" (never "The talks held in X last year were
recalled", a report's telling of them), up to their date, their parties or the sentence's
end."""


def held_at(frame: list[tuple[int, str]]) -> Located[str] | None:
    """Where the text's first sentence says its talks were held, as written ("the Great Hall
    of the People, Peking"): the mapping links the city after the building when the authority
    file knows it. The first sentence opens the first line of five words or more that ends one
    and opens with no header's label."""
    for line, text in frame:
        if len(text.split()) >= _SENTENCE_WORDS and _ENDS.search(text) and not _LABEL.match(text):
            found = _HELD.match(text)
            return Located(found["place"].strip(" ,"), line) if found is not None else None
    return None


_SENTENCE_WORDS = 5
_ENDS = re.compile(r"[.!?](?:\s|$)")
_LABEL = re.compile(r"^[^:]{1,40}:\s")
"""A header's label ("PARTICIPANTS: ...", "DATE AND PLACE: ..."), no sentence."""
