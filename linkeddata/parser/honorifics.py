"""The honorific before a person's name, and the gender it says ("Mrs. Nixon", "Herr Brandt"):
what tells two people of one family name apart; and which words before a name are an office
held, not an honorific."""

from __future__ import annotations

import re
from functools import lru_cache

from .names import personal_name
from .office_words import office_only

_WOMAN = re.compile(
    r"(?i:mrs|ms|miss|madame|mme|madam|mademoiselle|mlle|frau|fräulein|señora|senora|signora"
    r"|lady|pani|gospozha|dame)\.?"
)
_MAN = re.compile(r"(?i:mr|mister|monsieur|m|herr|señor|senor|signor|sir|pan|gospodin)\.?")


def honorific(name: str) -> tuple[str, str] | None:
    """The honorific before a person's name and whom it says: ("Mrs.", "female") for "Mrs.
    Nixon" or ("Herr", "male") for "Herr Brandt"; None where no honorific says (offices are
    held by both)."""
    words = name.split()
    own = len(personal_name(name).split())
    for word in reversed(words[: len(words) - own]):
        if (gender := honorific_gender(word)) is not None:
            return word, gender
    return None


def by_husbands_name(word: str) -> bool:
    """Whether a woman's honorific is the one English writes before her husband's name as
    before hers ("Mrs. Ferenc Kiss" is his wife): it stays in her name before any name."""
    return word.rstrip(".").casefold() == "mrs"


def honorific_gender(word: str) -> str | None:
    """ "female" for a woman's honorific ("Mrs", "Madame"), "male" for a man's ("Mr", "Herr")."""
    if _WOMAN.fullmatch(word):
        return "female"
    return "male" if _MAN.fullmatch(word) else None


_ADDRESSES = frozenset(
    {
        "comrade",
        "comrades",
        "cde",
        "tov",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "genosse",
        "genossin",
        "tovarishch",
    }
)
"""Forms of address before a name, which hold no office."""
_NO_OFFICES = _ADDRESSES | {"first", "vice"}
"""Words before a name that office_only reads as offices but that hold none ("first" and
"vice" only qualify one)."""


def an_address(word: str) -> bool:
    """Whether a folded word before a name is a form of address ("comrade", "dr"), no part of
    an office."""
    return word in _ADDRESSES


@lru_cache(maxsize=4096)
def an_office(word: str) -> bool:
    """Whether a folded word is an office one holds ("president", "ambassador"), not an
    honorific ("comrade", "mr"). Cached: the mention scan asks it of the first word of
    every label it meets."""
    return word not in _NO_OFFICES and honorific_gender(word) is None and office_only(word.title())
