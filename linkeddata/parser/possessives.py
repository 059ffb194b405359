"""A party named by what he sent: "Letter, Mao Zedong's Reply to Khrushchev" is Mao Zedong's
letter to Khrushchev. The noun after the possessive ("Reply", "Answer", "Message") is what the
document is, never part of the sender's name (a body's noun is: "Her Majesty's Government")."""

from __future__ import annotations

import re

_WHOSE = re.compile(
    r"^(?P<owner>[^'’]+?)['’]s\s+(?i:reply|answer|response|letter|message|note|telegram|cable"
    r"|memorandum|request|proposals?|appeal|statement|remarks|comments|questions|instructions"
    r"|greetings|congratulations|condolences)$"
)


def whose(name: str) -> str:
    """``name`` less a noun after its possessive: "Mao Zedong's Reply" is "Mao Zedong"."""
    found = _WHOSE.match(name)
    return name if found is None else found["owner"]
