"""A security or intelligence service named by its country's adjective: "the Lithuanian KGB",
"Czechoslovak Intelligence", "the Albanian Sigurimi", "Romanian Foreign Intelligence (DIE)".
The adjective says whose it is, so the words are an organisation's name wherever they stand:
before the type as "StB" or "Stasi" stand ("Lithuanian KGB Report") or after "of" ("Report of
the Albanian Sigurimi"), never a person nor a subject."""

from __future__ import annotations

import re

from .nationalities import COMPASS_NATIONALITY

SERVICE = re.compile(
    rf"(?:(?i:the)\s+)?{COMPASS_NATIONALITY}\s+(?:(?:Foreign|Military|Political|Civil)\s+)?"
    r"(?:KGB|MVD|MGB|NKVD|Intelligence|Counter-?[Ii]ntelligence|State\s+Security"
    r"|Security\s+Service|Sigurimi|Securitate)(?:\s+\([^()]{1,30}\))?"
)
"""A national service, its own name or acronym in brackets after it if any."""


def a_service(name: str) -> bool:
    """Whether the whole of ``name`` is a national security or intelligence service."""
    return SERVICE.fullmatch(name.strip()) is not None
