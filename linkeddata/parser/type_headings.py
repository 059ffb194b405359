"""A line that is only the document's type, its heading: "TELEGRAM", "Ciphered Telegram",
"INFORMATION", "URGENT CIPHERGRAM", "Top Secret Record of Conversation". East-bloc telegrams
and reports open with it over the place and the date; it names the kind of document, so it is
never a name, a signature or a letterhead, wherever it stands."""

from __future__ import annotations

from .vocabulary import DOC_TYPES, PRIORITIES, classification_of, wording_key

_MARK_WORDS = 3
"""The priority and classification words a heading may open with: "Top Secret", "Very Urgent"."""


def type_heading(text: str) -> bool:
    """Whether a line is a wording of the document-type scheme alone, after a priority or a
    classification written before it ("URGENT TELEGRAM", "SECRET INFORMATION")."""
    words = text.strip(" .:").split()
    for cut in range(min(_MARK_WORDS, len(words) - 1) + 1):
        marks = " ".join(words[:cut])
        if cut and wording_key(marks) not in PRIORITIES and classification_of(marks) is None:
            continue
        if wording_key(" ".join(words[cut:])) in DOC_TYPES:
            return True
    return False
