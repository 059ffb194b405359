"""A funder named in a credit, linked with its abbreviation as its alternative label."""

from __future__ import annotations

import re

from ..parser.text import last_bracket
from ..record import Located
from .entities import Entity
from .linker import AGENT_KINDS, Linker
from .stubs import Stub

_ABBREVIATION = re.compile(r"[A-Z][A-Za-z&.-]*[A-Z]")
"""An organisation's abbreviation in brackets after its name: "(CCNY)"."""


def funder(linker: Linker, name: Located[str]) -> Entity | None:
    """The funder's entity: "Carnegie Corporation of New York (CCNY)" is the corporation,
    keyed by its name without the abbreviation, which is its alternative label."""
    parts = last_bracket(name.value)
    if (
        parts is None
        or not _ABBREVIATION.fullmatch(parts[1])
        or linker.authority.lookup(name.value)
        or linker.bracketed(name.value, AGENT_KINDS) is not None
    ):
        return linker.resolve(name, "org", kinds=AGENT_KINDS)
    entity = linker.resolve(Located(parts[0], name.line), "org", kinds=AGENT_KINDS)
    if entity is not None and Stub(entity.iri, "org", entity.label) in linker.stubs:
        linker.stubs[Stub(entity.iri, "org", parts[1])] = None  # its skos:altLabel
    return entity
