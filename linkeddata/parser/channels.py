"""How a message went, named after "via" where its carrier would be: "via Diplomatic
Channels", "via Courier", "via the Hotline". A channel is no agent, so it is no intermediary
("via Shtykov", "via the Chinese Embassy in Pyongyang" are)."""

from __future__ import annotations

import re

from .names import name_kind

_CHANNEL_WORDS = re.compile(
    r"(?i:the|diplomatic|military|party|official|normal|usual|regular|secure|secret|special"
    r"|direct|confidential|intelligence|channels?|couriers?|telegraph|telephone|radio|pouch"
    r"|cable|mail|post|wire|hotline|teletype)"
)
"""The words of a channel's name: what it is and what kind of line it is."""


def is_channel(via_text: str, name: str) -> bool:
    """Whether a name after "via" is a channel: made of channel words alone ("Telegraph",
    "Military Channels", not "Radio Hanoi"), or a common noun after "the" ("the Hotline")."""
    if all(_CHANNEL_WORDS.fullmatch(word) for word in name.split()):
        return True
    return (
        len(name.split()) == 1
        and name_kind(name) is None
        and re.search(rf"\b(?i:the)\s+{re.escape(name)}\b", via_text) is not None
    )
