"""Whether two writings of a name are one person: a signature and the title's name ("P.
Yudin" under a title naming "Soviet Ambassador to the PRC P.F. Yudin"), with or without a
generational suffix ("ROSSOW" signing for "Robert Rossow, Jr.")."""

from __future__ import annotations

import re

from .names import GENERATION, NAME_WORDS

_INITIALS = re.compile(r"(?<![^\W\d_])([A-Z])[a-z]?\.")


def without_generation(name: str) -> str:
    """A name less its generational suffix, which is no surname: "Robert Rossow, Jr." is
    signed "ROSSOW"."""
    return GENERATION.sub("", name)


def same_person(signed: str, named: str) -> bool:
    """Whether a signature ("P. Yudin") names the person a title names ("Soviet Ambassador
    to the PRC P.F. Yudin"): the same surname, and initials that agree where both have them,
    or the same given name ("Arthur Schlesinger, Jr." for "Arthur M. Schlesinger, Jr.")."""
    signed, named = without_generation(signed), without_generation(named)
    signed_words, named_words = NAME_WORDS.findall(signed), NAME_WORDS.findall(named)
    if (
        not signed_words
        or not named_words
        or signed_words[-1].casefold() != named_words[-1].casefold()
    ):
        return False
    initials = [w for w in _INITIALS.findall(signed) if w]
    others = [w for w in _INITIALS.findall(named) if w]
    if not initials and len(signed_words) == 2:
        return signed_words[0].casefold() in {w.casefold() for w in named_words[:-1]}
    return bool(initials) and (not others or others[: len(initials)] == initials)
