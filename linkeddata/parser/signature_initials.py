"""A signature of initials alone ("C. A. W." under a minute): initials name no one that can be
stubbed, so they sign as the person the record names with those initials ("Mr. C. A.
Whitmore" in its list of those present), or only as written."""

from __future__ import annotations

import re

from ..record import Located
from .names import personal_name
from .signer_lines import INITIALS_ONLY, Signature

_PARTS = re.compile(r"[^\s.]+")
"""An initial or a particle of a signature of initials: "P", "O'D", "de"."""


def by_initials(signature: Signature, named: tuple[str, ...]) -> Signature:
    """``signature`` with each signatory of initials alone replaced by the one name among
    ``named`` (the record's participants and senders) whose words they are the initials of,
    or left out when no name or several fit; the signature as written is kept."""
    signers: list[Located[str]] = []
    for signer in signature.signatories:
        if INITIALS_ONLY.match(signer.value) is None:
            signers.append(signer)
            continue
        fits = {name for name in map(personal_name, named) if _initials_of(signer.value, name)}
        if len(fits) == 1:
            signers.append(Located(fits.pop(), signer.line))
    if signers == list(signature.signatories):
        return signature
    return Signature(signature.text, tuple(signers), signature.date)


def _initials_of(initials: str, name: str) -> bool:
    """Whether ``initials`` are those of ``name``'s words, one each, a particle written whole:
    "C. A. W." of "C. A. Whitmore", "M. O'D. B. A." of "M. O'D. B. Alexander", "P. F. de Z."
    of "P. F. de Zulueta" (never of "P. F. von Zulueta")."""
    letters = _PARTS.findall(initials)
    words = [word.strip(".") for word in name.split()]
    if len(letters) != len(words):
        return False
    return all(
        word == letter if letter.islower() else word.casefold().startswith(letter.casefold())
        for letter, word in zip(letters, words, strict=True)
    )
