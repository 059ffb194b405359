"""An organisation a credit names (a funder, the project or the institution credited), linked
with its abbreviation in brackets as its alternative label, never as part of its key."""

from __future__ import annotations

import re

from ..parser.acronym_pairs import acronym_pair
from ..parser.seats import state_or_country
from ..parser.text import last_bracket, strip_article
from ..record import Located
from .abbreviations import bracketed
from .entities import AGENT_KINDS, Entity
from .linker import Linker
from .stubs import Stub

_ABBREVIATION = re.compile(r"[A-Z][A-Za-z&.-]*[A-Z]")
"""An organisation's abbreviation in brackets after its name: "(CCNY)"."""
_SEAT = re.compile(r"^(?P<body>[^,]{3,}),\s+(?P<city>[^,]+)(?:,\s+(?P<state>[^,]+))?$")
"""An organisation, then the city it sits in: "the Cold War History Research Center, Budapest",
with its state or district: "the National Security Archive, Washington, DC"."""
_CREDITED_ACRONYMS = {"NSA": "National Security Archive"}
"""Acronyms that a citation's credits and copy notes use for one institution only, which the
authority file gives no label because texts use them for another: "copy courtesy of NSA" is
the National Security Archive, which supplies copies; in a text NSA is the National Security
Agency."""


def known_by_first_acronym(linker: Linker, name: Located[str]) -> Entity | None:
    """The file's one organisation a pair of acronyms names by its first, when the file does
    not know the pair whole: "CPDOC/FGV" is the CPDOC (of the Getúlio Vargas Foundation)."""
    first = acronym_pair(name.value)
    if first is None or linker.authority.lookup(name.value):
        return None
    named = [e for e in linker.authority.lookup(first) if e.kind == "org"]
    return named[0] if len(named) == 1 else None


def credited_org(linker: Linker, name: Located[str]) -> Entity | None:
    """The organisation's entity: "Carnegie Corporation of New York (CCNY)" is the
    corporation, "the Nuclear Proliferation International History Project (NPIHP)" the
    project, keyed by the name without the abbreviation, which is its alternative label; a
    city after a comma (and its state) is where it sits, no part of its name; "NSA" is the
    National Security Archive (:data:`_CREDITED_ACRONYMS`)."""
    if (spelled := _CREDITED_ACRONYMS.get(strip_article(name.value.strip()))) is not None:
        name = Located(spelled, name.line)
    if (paired := known_by_first_acronym(linker, name)) is not None:
        return paired
    seat = _SEAT.match(name.value)
    if (
        seat
        and linker.is_place(seat["city"])
        and (seat["state"] is None or state_or_country(seat["state"]))
        and not linker.authority.lookup(name.value)
    ):
        name = Located(seat["body"], name.line)  # "Cold War History Research Center, Budapest"
    parts = last_bracket(name.value)
    if (
        parts is None
        or not _ABBREVIATION.fullmatch(parts[1])
        or linker.authority.lookup(name.value)
        or bracketed(linker.authority, name.value, AGENT_KINDS) is not None
    ):
        return linker.resolve(name, "org", kinds=AGENT_KINDS)
    entity = linker.resolve(Located(parts[0], name.line), "org", kinds=AGENT_KINDS)
    if entity is not None and Stub(entity.iri, "org", entity.label) in linker.stubs:
        linker.stubs[Stub(entity.iri, "org", parts[1])] = None  # its skos:altLabel
    return entity
