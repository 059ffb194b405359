"""A generic archive's name, a body's fonds, then the archive's seat: "National Archive,
Archive of the CC CPCz, (Prague); File: ...", as the Czech collection cites its party records
(split from :mod:`.holdings`). The archive is the one of that city, the bracketed city its
seat, and the fonds the first part of the shelfmark."""

from __future__ import annotations

import re
from typing import NamedTuple

from .archive_words import GENERIC_ARCHIVE
from .names import name_kind
from .repositories import reads_as_city

_FONDS_AT_SEAT = re.compile(
    rf"(?P<archive>{GENERIC_ARCHIVE.pattern})\s*,\s*"
    r"(?P<fonds>(?i:archives?|fonds?)\s+(?i:of)\s+(?P<body>[^,;()]+?))\s*"
    r"(?:,?\s*\((?P<bracketed>[^()]+)\)|,\s*(?P<seat>[^,;()]+?))\s*(?=[,;.]|$)"
)
"""The archive, the fonds ("Archive of the CC CPCz", "Fond of the Presidium") and the seat,
in brackets or after a comma."""


class FondsAtSeat(NamedTuple):
    """Where the archive's name, the fonds and the seat are, and where the rest begins."""

    archive: tuple[int, int]
    fonds: tuple[int, int]
    seat: tuple[int, int]
    rest: int


def fonds_at_seat(text: str, start: int, end: int) -> FondsAtSeat | None:
    """The parts of holdings that name a generic archive, a body's fonds and then the
    archive's seat ("National Archive, Archive of the CC CPCz (Prague), f. 07/16"), or None.
    An archive's own name ("Archive of the President of the Russian Federation (APRF)") has
    no generic archive before it, and an archive's name after one ("National Archives,
    Archive of Modern Records") names no body."""
    found = _FONDS_AT_SEAT.match(text, start, end)
    if found is None or name_kind(found["body"]) != "org":
        return None
    seat = "bracketed" if found["bracketed"] is not None else "seat"
    if not reads_as_city(found[seat].strip(), found["archive"]):
        return None
    return FondsAtSeat(found.span("archive"), found.span("fonds"), found.span(seat), found.end())
