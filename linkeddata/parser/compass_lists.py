"""Compass words in a list of names: "South and North Korea" are two states."""

from __future__ import annotations

import re

from ..record import Located
from .nationalities import COMPASS


def compass_shared(names: list[Located[str]]) -> list[Located[str]]:
    """A compass word before "and" takes the noun of the compass-qualified name after it:
    "South and North Korea" are South Korea and North Korea, "East and West Germany" East
    Germany and West Germany. A compass word alone in a list names no one, and is dropped
    ("between the North and the South"); alone in its slot it may be a surname ("from North
    to Testov"), which the authority file or the name's stub then tells."""
    if len(names) < 2:
        return names
    found: list[Located[str]] = []
    for index, name in enumerate(names):
        if re.fullmatch(COMPASS, name.value) is None:
            found.append(name)
            continue
        after = names[index + 1].value.split() if index + 1 < len(names) else []
        if len(after) > 1 and re.fullmatch(COMPASS, after[0]) is not None:
            found.append(Located(" ".join((name.value, *after[1:])), name.line))
    return found
