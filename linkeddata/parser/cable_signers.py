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
    CLOSING,
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

_ASSENT = frozenset({"agreed", "correct", "noted", "true", "amen", "thanks", "yes", "approved"})
"""A reader's or a sender's word of assent or thanks, written alone under a text as a surname
may be: "Agreed", "Correct"."""
_NOTE = re.compile(r"^\[[^\]]*\]$")
"""A line in brackets, an editor's or a reader's: "[Handwritten: Comrade X to read]"."""


def cabled_surname(
    tail: list[tuple[int, str]], cabled: bool = False, framed: bool = False
) -> Signature:
    """A surname in capitals alone on the last line, as telegrams and cables are signed:
    "SHTYKOV", "RUSK", "BUNKER" (never a marking or the end of a message: "SECRET", "END");
    in a telegram (``cabled``) also a full name in capitals, which signs only if a person
    the authority file or the record names bears it (``if_known``: "WITH COMMUNIST
    GREETINGS", "OPERATION ANADYR" are no one), or a surname in name case framed as the
    text's end (:func:`_lone_surname`; ``framed``: footnotes were cut from under it)."""
    if not tail:
        return Signature()
    line, text = tail[-1]
    bare = text.strip(" .")
    if " " in bare:
        name = _cabled_full_name(bare) if cabled else None
        if name is None:
            return Signature()
        return Signature(Located(text, line), (Located(name, line),), if_known=True)
    if not cabled_name(bare):
        return _lone_surname(tail, framed) if cabled else Signature()
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


def _lone_surname(tail: list[tuple[int, str]], framed: bool) -> Signature:
    """A telegram's sender's surname alone in name case on the text's last line, under its
    last sentence or a reader's note and over what only follows a text's end: its
    distribution list, stamps, a reader's note, or footnotes cut from under it (``framed``:
    "Moldován" / "[1] ...", "Jeleń" / "[Distribution list:]" / ...). A bare last word under
    the text signs nothing, for it is as often a closing ("Respectfully", "Hochachtungsvoll"),
    an assent ("Agreed", "Correct") or a place; so is never a month, a marking, a country, a
    body's or an office's word, a closing or an assent, nor a name of the list under it."""
    text_ends = max((i for i, (_, text) in enumerate(tail) if is_prose(text)), default=-1)
    end = next(  # "[Distribution list:]" / the names that got a copy, under the text
        (
            i
            for i, (_, text) in enumerate(tail)
            if i > text_ends and LIST_HEADER.match(text.strip("[]"))
        ),
        len(tail),
    )
    framed = framed or end < len(tail)
    while end > 0 and (SEAL.match(tail[end - 1][1]) or _NOTE.match(tail[end - 1][1])):
        end -= 1  # "[stamp]" under the name
        framed = True
    if end < 2 or not framed:
        return Signature()
    line, text = tail[end - 1]
    above = tail[end - 2][1]
    if (
        SURNAME.match(text) is None
        or not (is_prose(above) or _NOTE.match(above))
        or apparatus_word(text)
        or text.casefold() in MONTHS
        or text.casefold() in _ASSENT
        or CLOSING.search(text) is not None
        or classification_of(text) is not None
        or name_kind(text) is not None
        or is_country(text)
    ):
        return Signature()
    return Signature(Located(text, line), (Located(text, line),))
