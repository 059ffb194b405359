"""Whether a full name written before a bracketed abbreviation contradicts the entity the
abbreviation names: "Archive of the Ministry of Foreign Affairs of Romania (AMAE)" and
"Romanian Ministry of Foreign Affairs Archive (AMAE)" are both the Romanian archive, whatever
the translator's wording, but "Archives du Ministère des Affaires Étrangères (AMAE)" is the
French one: abbreviations recur between countries, wordings vary within one.

A full name contradicts the entity when it names a country or a nationality that none of the
entity's labels names (in their words or their language: a label in Polish says Poland), or
when it is written in another language than every label, as its function words show ("du",
"des", "der").

:func:`bracketed` is the lookup that needs this: the entity a name with a bracket after it
names, an abbreviation ("Ministry of State Security (MfS)") or a cover name's bearer ("Feng Xi
(Stalin)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pycountry
from rdflib import Literal

from ..parser.text import last_bracket
from .authority import Authority
from .entities import AGENT_KINDS, Entity

_WORD = re.compile(r"[^\W\d_]+")
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]{2,}")
_STEM = 3  # "Poland" and "Polish", "Romania" and "Romanian", "China" and "Chinese"
_FUNCTION_WORDS = frozenset(
    {"du", "des", "de", "la", "le", "les", "der", "die", "das", "für", "und", "del", "los"}
    | {"della", "degli", "dei", "do", "da", "dos", "van", "het", "och", "și", "al", "ai"}
)
"""Words that tell a name's language where its nouns may be cognates ("Archives")."""


def contradicts(full: str, labels: Iterable[Literal]) -> bool:
    """Whether ``full`` names another country or is in another language than ``labels``."""
    stems: set[str] = set()
    words: set[str] = set()
    for label in labels:
        found = [w.casefold() for w in _WORD.findall(str(label))]
        words.update(found)
        stems.update(w[:_STEM] for w in found)
        if label.language and (language := _language_name(label.language)) is not None:
            stems.add(language[:_STEM])
    own = {w.casefold() for w in _WORD.findall(full)}
    if (own & _FUNCTION_WORDS) - words:
        return True
    countries = {w.casefold()[:_STEM] for w in _CAPITALISED.findall(full) if _names_country(w)}
    return not countries <= stems


@lru_cache(maxsize=256)
def _language_name(tag: str) -> str | None:
    """The English name of a label's language ("pl" is Polish), casefolded."""
    found = pycountry.languages.get(alpha_2=tag.split("-")[0].casefold())
    return None if found is None else str(found.name).casefold()


@lru_cache(maxsize=4096)
def _names_country(word: str) -> bool:
    """Whether a capitalised word is a country's name or its language's ("Romania",
    "Polish"), by the ISO registries that pycountry maintains."""
    try:
        pycountry.countries.lookup(word)
        return True
    except LookupError:
        pass
    try:
        found = pycountry.languages.lookup(word)
    except LookupError:
        return False
    return str(found.name).casefold() == word.casefold()  # "Polish", not a code such as "Pol"


_ABBREVIATION = re.compile(r"[A-Z][A-Za-z&.-]*[A-Z](?:\s[A-Z][A-Za-z&.-]*)?")
_AFTER_BRACKET = re.compile(r"(?<=[)\]]),\s*[^,()\[\]]+$")
"""A city after a bracketed abbreviation, which the name without it is looked up without."""


def bracketed(authority: Authority, name: str, wanted: tuple[str, ...]) -> Entity | None:
    """The entity of "Feng Xi (Stalin)" or "Feng Xi [Stalin]": the bracketed name, which
    says who a cover name was (a person or an organisation, never a place: "Chairman X
    [Moscow]" is no one in Moscow), else the name before it, when the authority file knows
    exactly one of the wanted kinds."""
    parts = last_bracket(_AFTER_BRACKET.sub("", name))  # "Museum (NMML), New Delhi"
    if parts is None:
        return None
    outer, inner = parts
    if inner.isupper() and inner.isalpha():  # "the Central Committee of the CCP [CCP]":
        whole = [e for e in authority.lookup(outer) if e.kind in wanted]
        if len(whole) == 1:  # an acronym of the name's last words, not of the whole
            return whole[0]
    for part, kinds in ((inner, AGENT_KINDS), (outer, wanted)):
        found = [e for e in authority.lookup(part) if e.kind in wanted and e.kind in kinds]
        if len(found) == 1 and (part is outer or _abbreviates(authority, inner, outer, found[0])):
            return found[0]
    return None


def _abbreviates(authority: Authority, abbreviation: str, full: str, entity: Entity) -> bool:
    """Whether an organisation's abbreviation in brackets stands for the entity it names
    in the authority file: unless the full name before it names another country or is in
    another language (abbreviations recur between countries: "Archives du Ministère des
    Affaires Étrangères (AMAE)" is not the Romanian AMAE). A person's bracket says who a
    cover name was, whatever it."""
    if entity.kind != "org" or not _ABBREVIATION.fullmatch(abbreviation):
        return True
    if entity in authority.lookup(full):
        return True
    return not contradicts(full, authority.labels(entity))
