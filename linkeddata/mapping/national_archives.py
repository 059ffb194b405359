"""Which state's archive a name that every state's archives bear means: the one of the state
the citation names with it. "The National Archives (UK)", "National Archives (U.K.)" and
"National Archives of the United Kingdom" are the British National Archives, and "The
National Archives, London" is too, by its seat's country; the file's bare "National
Archives" (NARA's hidden label) is never meant where another state is named. A state the
file has no archive of gets a stub of the archive "of" it ("National Archives (Testland)" is
the National Archives of Testland), never another state's archive."""

from __future__ import annotations

import re

from ..parser.archive_words import ARCHIVE_WORDS, GENERIC_ARCHIVE, HOLDER_WORD
from ..parser.demonyms import spellings
from ..parser.gazetteer import is_country
from ..parser.name_words import ORG_WORDS
from ..parser.repositories import CLOSED_BY_ACRONYM
from ..parser.text import strip_article
from ..record import Located
from .entities import Entity
from .linker import Linker
from .state_names import states_of

_IN_BRACKETS = re.compile(
    rf"(?P<archive>{GENERIC_ARCHIVE.pattern})\s*\((?P<state>[^()]+)\)(?:\s*,[^()]*)?"
)
"""A generic archive, its state in brackets, perhaps its seat: "The National Archives (UK),
Kew"."""
_CAPITALISED = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}")
_OF_STATE = re.compile(rf"(?P<archive>{GENERIC_ARCHIVE.pattern})\s+of\s+(?P<state>[^,()]+)")
"""A generic archive "of" its state: "National Archives of the United Kingdom"."""


def state_archive(linker: Linker, name: Located[str]) -> Entity | None:
    """The archive of the state that a generic archive's name is qualified by, in brackets
    or after "of" (in brackets, a stub of it where the file has none, and a stub of the name
    and a state the file does not know: never the file's bare "National Archives"); None
    where no state qualifies it, so that its seat, gloss or label say which ("National
    Archives (Kew)", "National Archives (Record Group 59), College Park", "National Archives
    (NA), Prague")."""
    bracketed = _IN_BRACKETS.fullmatch(name.value.strip())  # "(UK)" is no acronym of its own
    found = bracketed or _OF_STATE.fullmatch(CLOSED_BY_ACRONYM.sub("", name.value).strip())
    if found is None:
        return None
    archive = strip_article(found["archive"])
    state = found["state"].strip()
    if (adjective := states_of(linker.authority)(state)) is None:
        if bracketed is None or not _unknown_state(linker, state):
            return None  # "(Record Group 59)", "(Kew)": a unit, a gloss or a seat, read later
        between = " of " if is_country(state) else ", "  # "(Testland)": kept as it is written
        return linker.resolve(Located(f"{archive}{between}{state}", name.line), "org")
    if (known := _of_the_state(linker, archive, adjective)) is not None or bracketed is None:
        return known
    return linker.resolve(Located(f"{archive} of {state}", name.line), "org")


def _unknown_state(linker: Linker, words: str) -> bool:
    """Whether the words in a generic archive's brackets may name a state the file does not
    know ("Nigeria", "South Testland"): one to three capitalised words, no body's or holder's
    word, no place the file knows; never a unit, a gloss or a note ("Record Group 59",
    "Archives II", "Foreign Office", "formerly Public Record Office", "College Park, MD")."""
    return (
        _CAPITALISED.fullmatch(words) is not None
        and not any(w.casefold() in ARCHIVE_WORDS for w in words.split())
        and ORG_WORDS.search(words) is None
        and HOLDER_WORD.search(words) is None
        and (is_country(words) or not linker.is_place(words))
    )


def archive_of_seat(linker: Linker, archive: str, seat: str) -> Entity | None:
    """The file's archive called ``archive`` (a generic name) of the state its ``seat`` is
    in: "The National Archives, London" is the British one, whatever city the file seats
    it in."""
    places = [e for e in linker.authority.lookup(seat.strip()) if e.kind == "place"]
    country = linker.authority.country_of(places[0], linker.year) if len(places) == 1 else None
    labels = linker.authority.labels(country) if country is not None else []
    adjective = next((a for x in labels if (a := states_of(linker.authority)(str(x)))), None)
    if adjective is None:
        return None
    return _of_the_state(linker, strip_article(archive), adjective)


def _of_the_state(linker: Linker, archive: str, adjective: str) -> Entity | None:
    """The one archive the file names ``archive`` with the state of ``adjective`` before or
    after it, under any of the state's names ("UK National Archives", "National Archives of
    the UK", "British National Archives")."""
    names = [
        wording
        for state in spellings(adjective)
        for wording in (f"{state} {archive}", f"{archive} of {state}", f"{archive} of the {state}")
    ]
    found = {e for n in names for e in linker.authority.lookup(n) if e.kind == "org"}
    return found.pop() if len(found) == 1 else None
