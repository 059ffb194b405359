"""A body's leadership named for the body: "the PKI Leadership" is the PKI."""

from __future__ import annotations

from ..record import Located
from .brackets import ACRONYM
from .names import name_kind
from .text import strip_article


def leadership(name: Located[str]) -> Located[str]:
    """A party's or a body's leadership is that body: "the PKI Leadership", "the Leadership of
    the PKI" (a country's "Soviet Leadership" is left as it is: an adjective is no body)."""
    words = name.value.split()  # words, not a pattern: linear on runs of spaces
    folded = [word.casefold() for word in words]
    whose = ""
    if len(words) > 1 and folded[-1] == "leadership":
        whose = " ".join(words[:-1])
    elif len(words) > 2 and folded[:2] == ["leadership", "of"]:
        whose = strip_article(" ".join(words[2:]))
    if whose and (ACRONYM.fullmatch(whose) or name_kind(whose) == "org"):
        return Located(whose, name.line)
    return name
