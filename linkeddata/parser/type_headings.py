"""A line that is only the document's type, its heading: "TELEGRAM", "Ciphered Telegram",
"INFORMATION", "URGENT CIPHERGRAM", "Top Secret Record of Conversation". East-bloc telegrams
and reports open with it over the place and the date; it names the kind of document, so it is
never a name, a signature or a letterhead, wherever it stands."""

from __future__ import annotations

from .closing_neighbours import a_date
from .office_tail import own_number
from .vocabulary import DOC_TYPES, PRIORITIES, classification_of, wording_key

_MARK_WORDS = 3
"""The priority and classification words a heading may open with: "Top Secret", "Very Urgent"."""
_LONGEST = max(len(wording.split()) for wording in DOC_TYPES)


def type_heading(text: str) -> bool:
    """Whether a line is a wording of the document-type scheme alone, after a priority or a
    classification written before it ("URGENT TELEGRAM", "SECRET INFORMATION")."""
    words = text.strip(" .:").split()
    if len(words) > _MARK_WORDS + _LONGEST:
        return False  # a sentence: asked of every closing line, so the marks are read last
    for cut in range(min(_MARK_WORDS, len(words) - 1) + 1):
        if wording_key(" ".join(words[cut:])) not in DOC_TYPES:
            continue
        marks = " ".join(words[:cut])
        if not cut or wording_key(marks) in PRIORITIES or classification_of(marks) is not None:
            return True
    return False


def heads_the_text(below: str) -> bool:
    """Whether a type line stands over its heading's companion, the place and the date, a date
    or the document's number ("TELEGRAM" / "Havana, 5 November 1962", "No. 2783/62"): the
    heading at the text's top, above which nothing signs; a type word under a signature
    ("Enclosure:" / "Memorandum", "REPLY") heads nothing above it."""
    return a_date(below) or own_number(below)


def type_line(tail: list[tuple[int, str]], index: int) -> bool:
    """Whether the line at ``index`` is only a document type under the text ("George Testescu"
    / "TELEGRAM", "TESTESCU" / "Ciphered Telegram"): no one's name, so the signature is looked
    for as if it were not there; a type over the place and the date, a date or a number heads
    a text and stays (:func:`.signatures._closing_block` stops at it)."""
    below = tail[index + 1][1] if index + 1 < len(tail) else ""
    return type_heading(tail[index][1]) and not heads_the_text(below)
