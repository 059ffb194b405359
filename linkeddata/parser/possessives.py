"""Whose a document is, by a possessive. A party named by what he sent: "Letter, Mao Zedong's
Reply to Khrushchev" is Mao Zedong's letter to Khrushchev. The noun after the possessive
("Reply", "Answer", "Message") is what the document is, never part of the sender's name (a
body's noun is: "Her Majesty's Government"). Before the type, the owner's name begins after
what the document is a part of, and after a type alone, or a record's word, before a comma
("Minutes, Mao Zedong's Conversation with ...", "Record, Kim Jong Il's Talk")."""

from __future__ import annotations

import re

from .doctypes import read_doc_type, record_before_owner
from .names import name_kind

_WHOSE = re.compile(
    r"^(?P<owner>[^'’]+?)['’]s\s+(?i:reply|answer|response|letter|message|note|telegram|cable"
    r"|memorandum|request|proposals?|appeal|statement|remarks|comments|questions|instructions"
    r"|greetings|congratulations|condolences)$"
)


def whose(name: str) -> str:
    """``name`` less a noun after its possessive: "Mao Zedong's Reply" is "Mao Zedong"."""
    found = _WHOSE.match(name)
    return name if found is None else found["owner"]


_PART_CUT = re.compile(r"\s(?i:of|from)\s+(?:(?i:the)\s+)?")
_TYPE_COMMA = re.compile(r"(?P<type>[^,;:()'’]+),\s+")
"""A type alone before a comma, then whose the document is: "Minutes, Mao Zedong's Talk"."""


def owner_from(text: str, end: int) -> int:
    """Where the owner's name begins in a possessive before the type, after what the document
    is a part of: "Excerpts from Zhou Enlai's Talk", "Main Points of Premier Zhou's Talk"
    (but "Chairman of the Council of Ministers Kosygin's Talk" is one name)."""
    typed = _TYPE_COMMA.match(text, 0, end)
    if typed is not None and read_doc_type(typed["type"]) is not None:
        return typed.end()  # "Minutes, Mao Zedong's Conversation": the type is no owner
    if (whose := record_before_owner(text)) is not None and whose < end:
        return whose  # "Record, Kim Jong Il's Talk"
    for cut in _PART_CUT.finditer(text, 0, end):
        if cut.group().strip().casefold() == "from" or name_kind(text[: cut.start()]) is None:
            return cut.end()
    return 0
