"""A name made of acronyms joined by "/" or "-": "CPDOC/FGV", "CPDOC-FGV", "SAPMO-BArch".

Brazilian and German citations name an archive with the acronym of the institution it is a
unit of, or the reverse: such a name is an organisation's, never a person's, and when the file
does not know it whole, it is the body its first acronym names."""

from __future__ import annotations

import re

_PAIR = re.compile(
    r"(?P<first>[A-Z][A-Z&]{1,9})(?:\s*[/-]\s*(?=[A-Z][a-z&]*[A-Z])[A-Z][A-Za-z&]{1,9})+"
)
"""Acronyms in capitals, the later ones may be mixed-case with two capitals ("BArch"); an
initialled name ("J.G. Hershberg") or a surname joined to another ("Testova-Testeva") has
lower-case words."""


def acronym_pair(name: str) -> str | None:
    """The first acronym of a name made of acronyms joined by "/" or "-", else None."""
    found = _PAIR.fullmatch(name.strip())
    return None if found is None else found["first"]
