"""Signatures at the end of a body, in the forms whose signatory can be read with confidence.

Recognised: ``Signed: N. Popa``, ``24.III.50 Shtykov`` (date and name), ``(A. Gromyko)``,
``[Signature] (S. Chervonenko)``, and bare ``[signed, illegible]`` / ``[Signature]`` marks
(a signature as written, with no signatory). Names followed or preceded by a rank on the
next line, ``By order of ...`` and institutional signatures are too varied to tell from the
text around them: nothing is extracted from them rather than a wrong name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .dates import ROMAN_DATE
from .text import is_name_like

_INITIALS_NAME = r"(?:[^\W\d_]\.\s?){1,3}[^\W\d_][\w'\u2019-]+"
_DATED = re.compile(rf"^(?P<date>{ROMAN_DATE})\s+(?P<name>[^\W\d_][\w .'\u2019-]*)$")
_PARENTHESISED = re.compile(
    rf"^(?:\[(?i:signature|signed)[^\]]*\]\s*)?\((?P<name>{_INITIALS_NAME})\)$"
)
_SIGNED = re.compile(r"^[(\[]?(?i:signed|sgd\.?)[)\]]?\s*[:,]?\s+(?P<name>[^\W\d_][^\]]*?)[.\]]?$")
_MARK = re.compile(r"^\[(?i:signature|signed)[^\]]*\]$")
_NAME_WORDS = 5
_LINE_LENGTH = 80


@dataclass(frozen=True)
class Signature:
    """A signature line as written, the signatory it names and a date written with it."""

    text: Located[str] | None = None
    signatories: tuple[Located[str], ...] = ()
    date: Located[str] | None = None


def find_signature(tail: list[tuple[int, str]]) -> Signature:
    """The last signature among the closing lines (file line, stripped text), if any."""
    for line, text in reversed(tail):
        if len(text) > _LINE_LENGTH:
            continue
        signature = _read(line, text)
        if signature is not None:
            return signature
    return Signature()


def _read(line: int, text: str) -> Signature | None:
    """One line read as a signature, or None."""
    here = Located(text, line)
    if (dated := _DATED.match(text)) is not None and _is_name(dated["name"]):
        return Signature(
            here, (Located(dated["name"].strip(), line),), Located(dated["date"], line)
        )
    if (bracketed := _PARENTHESISED.match(text)) is not None:
        return Signature(here, (Located(bracketed["name"], line),))
    if (signed := _SIGNED.match(text)) is not None:
        name = signed["name"].strip()
        if _is_name(name):
            return Signature(here, (Located(name, line),))
        return Signature(here) if text[0] in "([" else None
    if _MARK.match(text):
        return Signature(here)
    return None


def _is_name(text: str) -> bool:
    """A short capitalised phrase: a person's name, not a sentence."""
    return is_name_like(text, _NAME_WORDS) and not any(
        word.casefold() in {"of", "the", "and", "in", "for", "on"} for word in text.split()
    )
