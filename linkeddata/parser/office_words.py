"""Whether a word names an office, an honorific or what an office is of, never a person:
"Ambassador", "Chargé d'Affaires", "Under-Secretary", the "State" of "Secretary of State".

A name's words are read against these to find where an office ends and its holder's own
name begins (:func:`.names.personal_name`), and whether a name is an office alone.

>>> office_only("the Ambassador of the GDR"), office_only("Ambassador Puzanov")
(True, False)
>>> office_only("Winston Lord"), given_name_word("Sergo"), given_name_word("Soviet")
(False, True, False)
"""

from __future__ import annotations

import re

from .demonyms import ADJECTIVE_WORDS
from .name_words import PERSON_WORDS
from .nationalities import NATIONALITY

OFFICE_NOUN = re.compile(
    r"(?i:state|defen[cs]e|affairs|interior|justice|finance|trade|commerce|labou?r|agriculture"
    r"|navy|army|treasury|information|culture|education|health|security|department|ministers?"
    r"|council|committee|presidium|bureau|staff|relations|planning|intelligence|operations"
    r"|forces?|party|government|republic|union|states|nations|ministry|office|secretariat"
    r"|politburo|cabinet|assembly|division|section|administration|industry|transport|energy"
    r"|house|commons|lords|representatives|parliament|congress|senate|knesset|soviet)"
)
"""What an office is of, never a person's name: "Secretary of State Rusk" is Rusk."""
_ABBREVIATED_TITLES = frozenset(
    {"gen", "lt", "maj", "col", "capt", "adm", "amb", "sen", "gov", "rev", "hon", "prof", "tov"}
)
SURNAME_TITLE = re.compile(r"(?i:lord|king|bishop|major|prince|cardinal|marshal|sheikh)")
"""Titles that are also surnames: after a given name, the surname ("Winston Lord")."""
_NATIONALITY_WORD = re.compile(NATIONALITY)
OF_AFFAIRS = re.compile(r"(?i:d['’]affaires)")  # of "Chargé d'Affaires", not a surname
_OFFICE_PREFIX = re.compile(r"(?i:under|sub|co|ex|pro)")  # "Under-Secretary", "Co-Chairman"
JOINED_PARTICLE = re.compile(r"^[a-z]{1,3}[-'’](?=[^\W\d_])")  # "al-Karim", "d'Estaing"
HEAD_END = re.compile(r"\s(?i:of|in|to|at|for)\s")


def office_only(name: str) -> bool:
    """Whether ``name`` names an office but not who held it: "the Ambassador of the GDR",
    "Soviet Ambassador" (not "Ambassador Puzanov")."""
    found = HEAD_END.search(name)
    head = (name[: found.start()] if found else name).split()
    if len(head) > 1 and SURNAME_TITLE.fullmatch(head[-1]) and title_given_name(head[-2]):
        return False  # "Winston Lord", "Martin Luther King", "John Major"
    if len(head) > 1 and head[-1].casefold() in _ABBREVIATED_TITLES:
        return False  # "Son Sen": "Sen." abbreviates a title only with its point
    return bool(head) and office_word(head[-1])


def office_word(word: str) -> bool:
    """Whether a word is an office's or an honorific's: "Ambassador", "d'Affaires" (of
    "Chargé d'Affaires"), "Minister-Counselor" (an office in parts), "Under-Secretary" (an
    office after a prefix)."""
    if OF_AFFAIRS.fullmatch(word):
        return True
    bare = JOINED_PARTICLE.sub("", word)
    if PERSON_WORDS.fullmatch(bare):
        return True  # "Commander-in-Chief"
    *before, last = bare.split("-")
    return PERSON_WORDS.fullmatch(last) is not None and all(
        PERSON_WORDS.fullmatch(part) or _OFFICE_PREFIX.fullmatch(part) for part in before
    )


def title_given_name(word: str) -> bool:
    """Whether a word before a title that is also a surname is a given name: capitalised,
    neither a nationality ("Saudi King") nor an office ("Foreign Minister")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and not word.isupper()
        and _NATIONALITY_WORD.fullmatch(word) is None
        and PERSON_WORDS.fullmatch(word) is None
        and OFFICE_NOUN.fullmatch(word) is None
    )


def given_name_word(word: str) -> bool:
    """Whether a word in running text may be a given name before a family name ("Sergo
    Mikoyan", "Jean-Paul Testard"): capitalised, neither an office, an honorific nor a
    country's adjective ("Premier Zhou", "Soviet Khrushchev")."""
    bare = word.replace("-", "")
    return (
        word[:1].isupper()
        and bare.isalpha()
        and not word.isupper()
        and word not in ADJECTIVE_WORDS
        and PERSON_WORDS.fullmatch(word) is None
        and OFFICE_NOUN.fullmatch(word) is None
    )
