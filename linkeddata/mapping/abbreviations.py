"""Whether a full name written before a bracketed abbreviation contradicts the entity the
abbreviation names: "Archive of the Ministry of Foreign Affairs of Romania (AMAE)" and
"Romanian Ministry of Foreign Affairs Archive (AMAE)" are both the Romanian archive, whatever
the translator's wording, but "Archives du Ministère des Affaires Étrangères (AMAE)" is the
French one: abbreviations recur between countries, wordings vary within one.

A full name contradicts the entity when it names a country or a nationality that none of the
entity's labels names (in their words or their language: a label in Polish says Poland), or
when it is written in another language than every label, as its function words show ("du",
"des", "der").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pycountry
from rdflib import Literal

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
