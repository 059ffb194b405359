"""A registry number and the marking written after it on one header line, joined by a slash
or a dash: "No. 37/1963/Top Secret", "Č. j. 0245/63-Tajné", "003/1962/Szigorúan titkos", "No.
12/1958 - Secret", as Hungarian and Czechoslovak reports write them. The number ends where the
marking begins: the marking is the record's classification, no part of its number."""

from __future__ import annotations

import re

from .vocabulary import classification_of

_JOIN = re.compile(r"\s*[/\u2013-]\s*")
"""A slash or a dash between the number and the marking, spaced or not."""
_NUMBER_END = re.compile(r"(?:^|[\s.:#№º°])\d[\w.]*(?:/\d[\w.]*)*$")
"""A number's last group before the join, of digits first ("37/1963", "0245/63", "No. 5"):
never a word's, so "Sheet 5/Secret" is read as written only where the number is."""


_OWN_NUMBER = re.compile(r"^\s*(?:(?:(?i:no|nr|n[º°]|č\.\s*j)\.?|[#№])\s*)?\d")
"""The line is the document's own number, a number label at most before its digits ("No.
37/1963", "Č. j. 0245/63", "003/1962"): never a reference's, an attachment's or a room's ("Ref:
your No. 45/1965/Top Secret", "Attachment No. 3 - Secret", "Room 5 - Confidential")."""


def marked_number(text: str) -> tuple[str, str] | None:
    """The line's part up to its number and the marking after it ("No. 37/1963", "Top
    Secret"), or None when no marking ends the line ("No. 2421/61/53/TJN", "# 600428/sh",
    "No. 3340/Taj. 1950": a register's letters and year are the number's)."""
    if "/" not in text and "-" not in text and "\u2013" not in text:
        return None  # the cheap test first: most lines have neither
    if not _OWN_NUMBER.match(text):
        return None
    for join in _JOIN.finditer(text):
        numbered, marking = text[: join.start()], text[join.end() :].strip(" .")
        if _NUMBER_END.search(numbered) and classification_of(marking) is not None:
            return numbered, marking
    return None
