"""Holdings that name the repository after the shelfmark: those that open with a shelf unit
("RG 59, Central Decimal File, 795.00/6-2550, National Archives, College Park") or with a
collection ("Anastas Mikoyan Papers, RGASPI, f. 84", "Azeredo da Silveira Archive, CPDOC,
..."), whose holder follows (split from :mod:`.repositories`, which reads a repository named
first).
"""

from __future__ import annotations

import re

from .archive_words import (
    ARCHIVE_ACRONYM,
    ARCHIVE_WORDS,
    GENERIC_ARCHIVE,
    HOLDER_WORD,
    NOT_A_CITY,
)
from .gazetteer import is_country
from .names import name_kind
from .nationalities import is_nationality
from .repositories import (
    CLOSED_BY_ACRONYM,
    acronym_led,
    is_parent,
    reads_as_city,
    top_level,
)
from .seats import state_or_country
from .text import NAME_PARTICLES

_SHELF_FIRST = re.compile(
    r"\s*(?:(?i:RG|record\s+group|fonds?|f\.|box|folder)\s*\d"
    r"|[^,;()\d]{2,60}\s(?i:papers|collection|files)\s*,)"
)
"""Holdings that open with their shelf unit or a personal collection and name the repository
after it: "RG 59, ..., National Archives", "Anastas Mikoyan Papers, RGASPI, f. 84"."""
_PERSONAL_FONDS = re.compile(
    r"(?i:arquivo|archivo|archivio|fondo|fonds|nachlass)\s+(?P<after>[^\d()]+)"
    r"|(?P<before>[^\d()]+?)\s+(?i:archive|papers|collection|nachlass)"
)
"""A person's papers by the collection's word before or after the name: "Arquivo Azeredo da
Silveira", "Azeredo da Silveira Archive", "Nachlass Walter Ulbricht"."""
_ARCHIVAL_ADJECTIVES = frozenset(
    {"histórico", "historico", "histórica", "storico", "historique", "historisches", "nacional"}
    | {"nazionale", "nationale", "general", "generale", "centrale", "estado", "stato"}
    | {"diplomático", "diplomatico", "diplomatique", "público", "publico", "municipal"}
    | {"provincial", "regional", "federal", "presidential", "secret", "segreto"}
)
"""Words of an archive's own name in its languages, never of a person's: "Arquivo Histórico
do Itamaraty", "Archivio Centrale dello Stato"."""
_ARCHIVE_KINDS = frozenset({"special", "special-purpose", "departmental", "operational"})
"""Kinds of archive, besides :data:`ARCHIVE_WORDS`, that a state keeps ("Special Archive")."""


def holder_after_shelfmark(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the repository named after its shelfmark ("RG 59, Central Decimal File,
    795.00/6-2550, National Archives, College Park"), when the holdings open with a shelf
    unit; an empty span at ``end`` when they name none ("RG 59, Box 4")."""
    first_end = top_level(text, start, end)
    first = text[start:first_end]
    second_end = top_level(text, first_end + 1, end)
    unit_first = _SHELF_FIRST.match(text, start, end) is not None or _personal_fonds(
        first,
        text[first_end + 1 : second_end],
        text[second_end + 1 : top_level(text, second_end + 1, end)],
    )
    if (
        not unit_first
        and (
            HOLDER_WORD.search(first)
            or acronym_led(first)
            or CLOSED_BY_ACRONYM.search(first)  # "Der Bundesbeauftragte ... (BStU), MfS, ZAIG"
            or is_parent(text[first_end + 1 : top_level(text, first_end + 1, end)])
        )
    ):
        return None  # the holdings open with the repository: "MOL, XIX-J-1-j ..."
    position = first_end
    while position < end:
        following = top_level(text, position + 1, end)
        segment = text[position + 1 : following]
        holder = HOLDER_WORD.search(segment) or ARCHIVE_ACRONYM.match(segment.strip())
        if holder and not any(c.isdigit() for c in segment):
            holder_start = position + 1 + len(segment) - len(segment.lstrip())
            if (
                position == first_end
                and not unit_first
                and GENERIC_ARCHIVE.fullmatch(segment.strip())
            ):
                holder_start = start  # "Ministry of Foreign Affairs of the PRC, Archives"
            return holder_start, _holder_end(text, following, end, segment)
        position = following
    if not unit_first:
        return None  # no repository after it either: the first segment names it
    return end, end


def _holder_end(text: str, following: int, end: int, holder: str) -> int:
    """Where a repository named after its shelfmark ends: over the institution it is a unit
    of, its city and the city's state ("Hoover Institution Archives, Stanford University",
    "Library of Congress, Washington, DC")."""
    after = top_level(text, following + 1, end)
    if following < end and is_parent(text[following + 1 : after]):
        following, after = after, top_level(text, after + 1, end)
    if following < end and reads_as_city(text[following + 1 : after].strip(), holder):
        following = after
        state = top_level(text, following + 1, end)  # "Washington, DC": one place
        if following < end and state_or_country(text[following + 1 : state]):
            following = state
    return following


def _personal_fonds(segment: str, following: str, after: str) -> bool:
    """Whether a segment is a person's papers and the next one the archive that holds them,
    by its acronym ("Azeredo da Silveira Archive, CPDOC, ...", "Arquivo Azeredo da Silveira,
    CPDOC") or by its name and then its city ("Testov Archive, Testing Archives Centre,
    Cambridge": the surname alone will do): a fonds, no holder. An archive's own name
    ("National Security Archive", "Arquivo Histórico do Itamaraty, MRE", "Party Archive,
    Institute of History, Sofia") has a word an archive's name has, and its own acronym
    ("Arquivo Nacional, AN") shares its first letter."""
    found = _PERSONAL_FONDS.fullmatch(segment.strip())
    acronym = following.strip()
    held = (
        HOLDER_WORD.search(acronym) is not None
        and not any(c.isdigit() for c in acronym)
        and not is_parent(acronym)  # "Hoover Archive, Stanford University": its unit
        and reads_as_city(after.strip(), acronym)
    )
    by_acronym = ARCHIVE_ACRONYM.match(acronym) is not None and acronym[0] != segment.strip()[:1]
    if found is None or not (by_acronym or held):
        return False
    name = found["after"] or found["before"]
    words = name.split()
    return (
        (1 if held else 2) <= len(words) <= 5
        and not any(w.casefold() in ARCHIVE_WORDS for w in words)
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
        and not any(w.casefold() in _ARCHIVAL_ADJECTIVES for w in words)
        and NOT_A_CITY.search(name) is None
        and HOLDER_WORD.search(name) is None
        and name_kind(name) != "org"
        and not (held and _states_archive(words))
    )


def _states_archive(words: list[str]) -> bool:
    """Whether a name before "Archive" is a state's or a kind of archive, not a person's:
    "Lithuanian Special Archive", "Testland Archive" (a state's adjective or name, or an
    archive's kind: special, secret, military, party, state)."""
    return any(w.casefold() in _ARCHIVE_KINDS or is_nationality(w) or is_country(w) for w in words)
