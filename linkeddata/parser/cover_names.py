"""A signature under a cover name or a party alias, the real name added by the editor in square
brackets: "Ba [Lê Duẩn]", "Filippov [Stalin]", or "Ba" over "[Le Duan]". The document went out
under the alias, so the signature as written keeps it, and the bracketed person signs."""

from __future__ import annotations

import re

from ..record import Located
from .gazetteer import is_country, state_word
from .honorifics import an_address, honorific_gender
from .names import name_kind
from .signed_names import MARK_WORDS, SURNAME
from .signer_lines import ADDRESSED, Signature, apparatus_word, signing_name

_ALIAS = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}"
"""A cover name or an alias: one to three words, each opening with a letter ("Ba", "Anh Sáu",
"Feng Xi")."""
_ALIASED = re.compile(rf"^(?P<alias>{_ALIAS})\s*\[(?P<name>[^\[\]]+)\]$")
_BRACKETED = re.compile(r"^\[(?P<name>[^\[\]]+)\]$")
_MARKS = re.compile(rf"^{MARK_WORDS}$")
_NO_ALIASES = frozenset({"to", "from", "for", "by", "via", "per", "see", "dear", "cc", "re"})
"""Words that address, route or refer, never a cover name: "To [Le Testuan]" is an addressee."""


def under_a_cover_name(tail: list[tuple[int, str]]) -> Signature | None:
    """The signature on the last line (or the last two) that is an alias and the real name in
    the editor's brackets, signed by the bracketed person; None for any other line: a mark
    or a stamp in brackets ("Mao Zedong [Signature]", "[Stamp: ...]", "[signed, illegible]")
    names no one, and a bracket inside a line ("Comrades [Peng] Dehuai and ...") is an
    editor's expansion."""
    if not tail:
        return None
    line, text = tail[-1]
    if (found := _ALIASED.match(text)) is not None and _alias(found["alias"]):
        return _signed(Located(text, line), found["name"].strip(), line)
    alone = _BRACKETED.match(text)
    if alone is None or len(tail) < 2 or not _alias(above := tail[-2][1]):  # "Ba" / "[Le Duan]"
        return None
    return _signed(Located(f"{above}\n{text}", tail[-2][0]), alone["name"].strip(), line)


def _alias(text: str) -> bool:
    """Whether a line can be a cover name: capitalised words, no office or body, no word that
    addresses or routes ("To", "Dear"), no honorific ("Comrade") and no country ("Vietnam
    [Democratic Republic]" is a state's name and its editor's completion)."""
    return (
        _ALIASED.match(f"{text} [x]") is not None
        and all(word[:1].isupper() for word in text.split())
        and name_kind(text) is None
        and not apparatus_word(text)
        and ADDRESSED.match(f"{text} ") is None
        and not is_country(text)
        and not any(
            word.casefold().strip(".") in _NO_ALIASES
            or an_address(word.casefold().strip("."))
            or honorific_gender(word) is not None
            or is_country(word)
            for word in text.split()
        )
    )


def _signed(written: Located[str], name: str, line: int) -> Signature | None:
    """The signature by the bracketed ``name``: a signatory's name or a surname alone, never a
    mark's or the apparatus's word ("Signature", "Seal"), nor a state's ("Democratic
    Republic")."""
    if _MARKS.match(name) or apparatus_word(name) or is_country(name):
        return None
    if any(state_word(word) or is_country(word) for word in name.split()):
        return None
    if not (signing_name(name) or (SURNAME.match(name) and name_kind(name) is None)):
        return None
    return Signature(written, (Located(name, line),))
