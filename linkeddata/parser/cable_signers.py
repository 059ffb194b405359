"""How a telegram or a cable is signed on its text's last line, with no office or mark beside
the name: a surname in capitals ("SHTYKOV", "RUSK"), and in a telegram also a full name in
capitals ("VASCO LEITÃO DA CUNHA") or a surname alone as the Hungarian and Polish ciphered
telegrams end ("Moldován", "Jeleń") above their footnotes or distribution list (split from
:mod:`.signer_lines`)."""

from __future__ import annotations

import re

from ..record import Located
from .gazetteer import is_country
from .names import name_kind
from .signature_line import SEAL
from .signed_names import SURNAME
from .signer_lines import (
    LIST_HEADER,
    NAME_WORDS,
    Signature,
    apparatus_word,
    cabled_name,
    is_prose,
    name_case,
)
from .text import NAME_PARTICLES
from .vocabulary import MONTHS, classification_of

_NOTE = re.compile(r"^\[[^\]]*\]$")
"""A line in brackets, an editor's or a reader's: "[Handwritten: Comrade X to read]"."""


def cabled_surname(tail: list[tuple[int, str]], cabled: bool = False) -> Signature:
    """A surname in capitals alone on the last line, as telegrams and cables are signed:
    "SHTYKOV", "RUSK", "BUNKER" (never a marking or the end of a message: "SECRET", "END");
    in a telegram (``cabled``) also a full name in capitals, or a surname in name case above
    the distribution list (:func:`_lone_surname`)."""
    if not tail:
        return Signature()
    line, text = tail[-1]
    bare = text.strip(" .")
    if " " in bare:
        name = _cabled_full_name(bare) if cabled else None
        return Signature(Located(text, line), (Located(name, line),)) if name else Signature()
    if not cabled_name(bare):
        return _lone_surname(tail) if cabled else Signature()
    return Signature(Located(text, line), (Located(bare, line),))


def _cabled_full_name(text: str) -> str | None:
    """A full name in capitals as a cable's last line, in name case with its particles in
    lower case ("VASCO LEITÃO DA CUNHA" is Vasco Leitão da Cunha, "CÂMARA CANTO" Câmara
    Canto): every other word one that can be a surname (:func:`.signer_lines.cabled_name`),
    so never a formula, a country or a body's words ("END OF MESSAGE", "REPÚBLICA DE CUBA",
    "PALÁCIO DO ITAMARATY")."""
    words = text.split()
    own = [word for word in words if word.casefold() not in NAME_PARTICLES]
    if not (2 <= len(own) <= NAME_WORDS) or words[0] not in own or words[-1] not in own:
        return None
    if not all(cabled_name(word) for word in own):
        return None
    cased = " ".join(
        word.casefold() if word.casefold() in NAME_PARTICLES else name_case(word) for word in words
    )
    return cased if name_kind(cased) in (None, "person") and not is_country(cased) else None


def _lone_surname(tail: list[tuple[int, str]]) -> Signature:
    """A telegram's sender's surname alone in name case on the text's last line, under its
    last sentence or a reader's note and over its distribution list or stamps ("Moldován",
    "Jeleń" / "[Distribution list:]" / ...): never a month, a marking, a country, a body's or
    an office's word, nor a name of the list under it."""
    text_ends = max((i for i, (_, text) in enumerate(tail) if is_prose(text)), default=-1)
    end = next(  # "[Distribution list:]" / the names that got a copy, under the text
        (
            i
            for i, (_, text) in enumerate(tail)
            if i > text_ends and LIST_HEADER.match(text.strip("[]"))
        ),
        len(tail),
    )
    while end > 0 and (SEAL.match(tail[end - 1][1]) or _NOTE.match(tail[end - 1][1])):
        end -= 1  # "[stamp]" under the name
    if end < 2:
        return Signature()
    line, text = tail[end - 1]
    above = tail[end - 2][1]
    if (
        SURNAME.match(text) is None
        or not (is_prose(above) or _NOTE.match(above))
        or apparatus_word(text)
        or text.casefold() in MONTHS
        or classification_of(text) is not None
        or name_kind(text) is not None
        or is_country(text)
    ):
        return Signature()
    return Signature(Located(text, line), (Located(text, line),))
