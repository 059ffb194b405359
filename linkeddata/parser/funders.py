"""Funders: who a funder line says made the document possible, and who a credit sentence says
supported the work ("Translated by X, with the support of the Korea Foundation", "Funded by
the Korea Foundation"). A support phrase ends the credited agents, wherever it stands."""

from __future__ import annotations

import re

from ..record import Located
from .names import name_kind
from .repositories import top_level
from .seats import state_or_country
from .text import Joined, is_name_like, strip_article
from .vocabulary import CREDIT_VERBS, TITLE_ABBREVIATIONS

SUPPORT = (
    r"(?i:(?:with|through)\s+(?:the\s+)?(?:generous\s+|kind\s+|financial\s+)*"
    r"(?:support|funding)\s+(?:from|of|by)|funded\s+by)"
)
"""A phrase naming who supported the work: "with support from", "with the generous support
of", "funded by"."""
_ABBREVIATED = rf"\b(?:{TITLE_ABBREVIATIONS}|U\.S|U\.K|Inc|Corp|Co|Ltd|[A-Z])\."
"""A name's abbreviation, whose full stop ends no sentence: "Dr. Kim", "the U.S. Department of
State", "Youngone Corp. and the Korea Foundation", an initial ("the John D. and Catherine T.
MacArthur Foundation")."""
_CREDIT_ACT = "|".join(CREDIT_VERBS) + "|transcribed|transliterated|digitized|digitised|scanned"
_SUPPORTED = re.compile(
    rf"(?:^|(?<=\s))(?:,\s*)?{SUPPORT}\s+(?P<names>(?:{_ABBREVIATED}|[^.;])+?)"
    rf"(?=\s*(?:[.;]|$)|(?:,\s*(?:and\s+)?|\s+and\s+)(?i:{_CREDIT_ACT})\b"
    r"|\s+for\s+[A-Z][A-Z&-]+\b(?![a-z]))"
)
"""The names a support phrase gives end at the sentence's end, at another credit act ("...,
and translated by X") or at the project the work was done for ("for NKIDP")."""
_SEPARATOR = re.compile(r",?(?<!\s)(?<!\b[A-Z]\.)\s+and\s+")
"""Where a list of funders splits: never after an initial, for "John D. and Catherine T." are
the people one foundation is named for."""
_ARTICLE_START = re.compile(r"^(?i:the|a|an)\s")
_PARENT_BODY = re.compile(r"\b(?i:universit\w*|college|academy|académie|akademie|akademiia)\b")
"""A university or an academy after a comma: the body the name before it belongs to."""


def funder_names(names: str, line: int) -> list[Located[str]]:
    """Each funder a list names: split at "and" and at commas ("the MacArthur Foundation,
    the Korea Foundation, and the Leon Levy Foundation" are three), except a comma before
    the parent university or academy, or the place, of the name before it, without an
    article ("the Syngman Rhee Institute, Yonsei University" is one)."""
    parts: list[str] = []
    for listed in _SEPARATOR.split(names):
        for index, part in enumerate(_comma_parts(listed)):
            part = part.strip(" .,")
            if index and parts and _parent_or_place(part):
                parts[-1] = f"{parts[-1]}, {part}"
            elif part:
                parts.append(part)
    return [Located(name, line) for p in parts if (name := strip_article(p))]


def credit_funders(joined: Joined, start: int, end: int) -> list[Located[str]]:
    """The funders the support phrases of the credit sentences name."""
    funders: list[Located[str]] = []
    for found in _SUPPORTED.finditer(joined.text, start, end):
        funders += funder_names(found["names"], joined.line_at(found.start("names")))
    return funders


def _comma_parts(text: str) -> list[str]:
    """The parts of a text between its commas outside brackets."""
    parts, start = [], 0
    while (comma := top_level(text, start, len(text))) < len(text):
        parts.append(text[start:comma])
        start = comma + 1
    return [*parts, text[start:]]


def _parent_or_place(segment: str) -> bool:
    """Whether a segment after a comma in a funder list goes on with the name before it: its
    university or academy ("Yonsei University"), or its seat ("Seoul", "New York", "Korea"),
    written without an article."""
    if not segment or _ARTICLE_START.match(segment):
        return False
    return (
        bool(_PARENT_BODY.search(segment))
        or state_or_country(segment)
        or (is_name_like(segment, 1) and name_kind(segment) is None)
    )
