"""A count and a group's plural noun before the names that make the group: "Four Chinese
Marshals, Chen Yi, Ye Jianying, ..." or "Three Generals - A, B and C -" is a caption of the
names, no agent of its own; the names after it are the parties."""

from __future__ import annotations

import re

_COUNT = r"(?:\d{1,3}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_CAPTION = re.compile(
    rf"^\s*(?:(?i:the)\s+)?{_COUNT}\s+(?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*(?:s|men)"
    r"\s*(?:,|:|\s[-–—])\s+(?=[A-Z])"
)
"""A count, words and a plural noun, then a comma, a colon or a dash before a name."""
_CLOSING_DASH = re.compile(r"\s[-–—]\s*$")
"""The dash that closes the names a dashed caption opens."""


def without_caption(text: str) -> str:
    """The text with a counted group's caption before its names blanked (offsets kept), and
    the dash that closes them: "Four Chinese Marshals - Chen Yi and Ye Jianying -" is "Chen
    Yi and Ye Jianying". A group's own name ("Gang of Four") has no count before its noun,
    and a count with no names after it stays as written ("42 Intellectuals")."""
    found = _CAPTION.match(text)
    if found is None:
        return text
    text = " " * found.end() + text[found.end() :]
    closing = _CLOSING_DASH.search(text)
    return text if closing is None else text[: closing.start()]
