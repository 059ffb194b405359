"""Where a clause of names in a title's head ends: at a preposition that opens another
clause, a bracket or a comma, except where the name goes on ("the Embassy in Pyongyang",
"the Committee for State Security", "the Special Group (Augmented)", "the National Security
Council (Brazil)", "the Delegation Headed
by Suslov") or a list or an office's holder follows the comma ("A, B and C", "the Ambassador
of the GDR, Kim Jae-suk")."""

from __future__ import annotations

import re

from .appositions import holds_office
from .bodies import MISSION, for_in_name
from .brackets import QUALIFIER
from .demonyms import adjective
from .doctypes import read_doc_type
from .names import name_kind
from .side_names import ARTICLE, CLAUSE_WORDS
from .text import is_name_like, strip_article

_HOLDER_WORDS = 4
_BRACKETED_QUALIFIER = re.compile(rf"(?:{QUALIFIER.pattern})\)")
_BRACKETED_COUNTRY = re.compile(r"(?P<country>[A-Z][\w'’ .-]{1,30}?)\)")
_LED = re.compile(r"(?i:led|headed|chaired)$")
_STOP = re.compile(
    rf"(?<!\s)\s+(?:(?i:{CLAUSE_WORDS}|for|from|held|upon|at|in|to|by)\s|[(:;]|(?i:no|nr)\.?\s*\d)"
    r"|(?<!\s)\s+(?i:prepared|compiled|drafted|written|drawn\s+up|composed|submitted)\s+(?i:by)\s"
    r"|,|$"
)
"""What ends a clause of names, among them a participle of the document's making before "by"
("the Meeting with Kim Il Sung Prepared by X": Kim Il Sung)."""
_LIST_NAME = r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,3}"
"""One to four words, whitespace between them: a word is never split, so a list that ends
in no "and" fails at once (words joined by optional spaces backtracked exponentially)."""
_ANOTHER_LIST = re.compile(
    rf"\s*(?:(?:and|&)\s+[^\W\d_]|{_LIST_NAME}(?:\s*,\s*{_LIST_NAME})*"
    r",?\s+(?:and|&)\s+[^\W\d_])"
)
"""Names separated by commas up to another "and": "Chen Yi, Liu Shaoqi, and Wang Jiaxiang"."""
_PAIRED = re.compile(r"\s(?:and|&)\s")
"""An "and" that completes a pair of names: a body's name after it and a comma is no third
party but where the two met."""
_MISSION_HEAD = re.compile(
    rf"\b{MISSION}(?:\s+(?i:of)\s+(?:(?i:the)\s+)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){{0,3}})?$"
)
"""A mission's word at the end of the words before a preposition, or followed only by what it
is of: "the Embassy" or "the Embassy of the DPRK" go on "in Moscow"; "Ambassador Lee" does not."""
_NAMED_ON = re.compile(r"\b(?i:committee|subcommittee|commission|conference)$")
"""Bodies whose names go on with "on" and a field ("the Eighteen-Nation Committee on
Disarmament"); after a council or a board, "on" more often opens what a document is on ("the
Resolution of the Council on Synthetic Data")."""
_AFTER_MISSION = frozenset({"in", "at", "to"})
"""Prepositions that continue a mission's name once: "the Embassy in Pyongyang"."""
_ADDRESS = re.compile(
    r"(?:(?i:no)\.?\s*)?\d{1,4}[a-z]?\s+[A-Z]|(?i:no)\.?\s*\d"
    r"|(?i:the)\s+(?:White\s+House|[ÉE]lys[ée]e)\b"
)
"""An address after "at" or "in", where a meeting was held and no part of a mission's name:
a house number and its street ("at 10 Downing Street", "at No. 10"), "the White House"."""


def clause_end(text: str, start: int, end: int, across_commas: bool = False) -> int:
    """Where a name clause stops: at a preposition that opens another clause, a bracket, a
    comma (or, ``across_commas``, the first segment that is no name), or ``end``.

    The first "in", "at" or "to" after a mission's word continues its name ("the Embassy in
    Pyongyang", "Ambassador to the DPRK A.M. Puzanov").
    """
    mission_open = False
    position = start
    while (stop := _STOP.search(text, position, end)) is not None:
        word = stop.group().strip().casefold()
        if (
            word in _AFTER_MISSION
            and not mission_open
            and _MISSION_HEAD.search(text, start, stop.start())
            and _ADDRESS.match(text, stop.end()) is None  # "the Ambassador at 10 Downing Street"
        ):
            mission_open = True
            position = stop.end()
            continue
        if word == "(" and (qualifier := _BRACKETED_QUALIFIER.match(text, stop.end())):
            position = qualifier.end()  # "the Special Group (Augmented)": part of the name
            continue
        country = _BRACKETED_COUNTRY.match(text, stop.end()) if word == "(" else None
        if country is not None and adjective(country["country"]) is not None:
            position = country.end()  # "the National Security Council (Brazil)": whose
            continue
        if word == "by" and _LED.search(text, start, stop.start()):
            position = stop.end()  # "the Delegation Headed by Suslov": its leader
            continue
        if word == "for" and for_in_name(text[start : stop.start()]):
            position = stop.end()  # "the Committee for State Security"
            continue
        if (
            word == "on"
            and _NAMED_ON.search(text[max(start, stop.start() - 20) : stop.start()])
            and not ARTICLE.match(text, stop.end())
        ):
            position = stop.end()  # "the Committee on Disarmament", not "on the Situation"
            continue
        if word == "," and across_commas:
            following = _STOP.search(text, stop.end(), end)
            segment = text[stop.end() : following.start() if following else end].strip(" -–—")
            segment = strip_article(segment.removeprefix("and ").strip())
            listing = _ANOTHER_LIST.match(text, stop.end(), end)  # "A, B and C", not "A, Hanoi"
            paired = _PAIRED.search(text, start, stop.start()) is not None
            if listing and paired and name_kind(segment) == "org":
                listing = None  # "between X and Y, Foreign and Commonwealth Office": the venue
            named = all(is_name_like(strip_article(i)) for i in _PAIRED.split(segment))  # each
            if (listing and named) or _names_holder(text, start, stop, segment):
                position = stop.end()
                continue
        return stop.start()
    return end


def _names_holder(text: str, start: int, comma: re.Match[str], segment: str) -> bool:
    """Whether the segment after ``comma`` names who holds the office before it: "the
    Ambassador of the DPRK in the USSR, Kim Jae-suk"."""
    before = re.split(r",|\s(?:and|&)\s", text[start : comma.start()])[-1]
    return (
        holds_office(before, segment)
        and is_name_like(segment, _HOLDER_WORDS)
        and read_doc_type(segment) is None  # "..., Memorandum of Conversation with X"
    )
