"""A spokesman with no name speaks in the name of the body he speaks for: the statement of "the
Spokesman of the Testlandic Foreign Ministry", or "the Testlandic Foreign Ministry Spokesman's
Statement", is the ministry's. A named spokesman ("Foreign Ministry Spokesman Ivan Testov") is
the person, and stays."""

from __future__ import annotations

import re

from ..record import Located
from .names import name_kind

_WORD = r"(?i:(?:chief\s+|deputy\s+|official\s+|press\s+)?spokes(?:man|woman|person|men))"
_FOR_BODY = re.compile(
    rf"(?:(?i:the|a|an)\s+)?{_WORD}\s+(?i:of|for)\s+(?:(?i:the)\s+)?(?P<body>[^,;:()]+)"
)
"""'the Spokesman of the Testlandic Foreign Ministry', 'a Spokesman for the Testburg Council'."""
_BODYS = re.compile(rf"(?:(?i:the)\s+)?(?P<body>[^,;:()]*[^\s,;:()])\s+{_WORD}")
"""'the Testlandic Foreign Ministry Spokesman'."""


def spoken_for(names: tuple[Located[str], ...]) -> tuple[Located[str], ...]:
    """The authors with each unnamed spokesman replaced by the body he speaks for."""
    return tuple(dict.fromkeys(_body_of(name) for name in names))


def _body_of(name: Located[str]) -> Located[str]:
    """The body an unnamed spokesman speaks for, or the name itself."""
    found = _FOR_BODY.fullmatch(name.value) or _BODYS.fullmatch(name.value)
    if found is None or name_kind(found["body"]) != "org":
        return name
    return Located(found["body"].strip(), name.line)
