"""Names written surname first, then initials, the order of Soviet protocols, attendance and
distribution lists ("Present: Suslov M.A., Andropov Yu.V."): the same name as the initials
before the surname, so that it links to the same person ("M.A. Suslov")."""

from __future__ import annotations

import re

_INVERTED = re.compile(
    r"^(?P<surname>[A-Z][^\W\d_]+(?:['’][^\W\d_]+)?(?:-[A-Z][^\W\d_]+)?)\s+"
    r"(?P<initials>(?:[A-Z][a-z]?\.\s?)*[A-Z][a-z]?\.?)$"
)


def uninverted(name: str) -> str | None:
    """The name with its initials first ("Andropov Yu.V." is "Yu.V. Andropov", "Suslov M.A"
    with its last stop lost "M.A. Suslov"; the soft sign's apostrophe is the surname's: "Pel'she
    A.Ya." is "A.Ya. Pel'she"), or None when it is not written surname first; at least one stop
    tells initials from a word ("Kim Il" is no inverted name)."""
    found = _INVERTED.fullmatch(name.strip())
    if found is None or "." not in found["initials"]:
        return None
    initials = found["initials"].replace(" ", "")
    return f"{initials if initials.endswith('.') else initials + '.'} {found['surname']}"
