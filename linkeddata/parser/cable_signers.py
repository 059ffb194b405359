"""How a telegram or a cable is signed on its text's last line, with no office or mark beside
the name: a surname in capitals ("SHTYKOV", "RUSK"), and in a telegram also a full name in
capitals ("VASCO LEITÃO DA CUNHA") or a surname alone as the Hungarian and Polish ciphered
telegrams end ("Moldován", "Jeleń") above their footnotes or distribution list (split from
:mod:`.signer_lines`)."""

from __future__ import annotations

import re

from ..record import Located
from .bodies import stationed
from .closing_neighbours import a_date
from .gazetteer import is_country
from .names import name_kind, personal_name
from .signature_line import SEAL
from .signed_names import SURNAME, full_name_case
from .signer_lines import (
    CLOSING,
    LIST_HEADER,
    NAME_WORDS,
    Signature,
    apparatus_word,
    cable_formula,
    cabled_name,
    in_capitals,
    is_bare_name,
    is_prose,
    name_case,
)
from .text import NAME_PARTICLES
from .vocabulary import MONTHS, classification_of

_LIST_ITEM = re.compile(r"^\(?[b-z]\)\s")
"""A list's item after its first: "(b) European Security", "c) ..."."""
ANNOUNCING = re.compile(r"(?::|\b(?i:following)\b.*)$")
"""A line that announces a list: "... the following questions:", "... the following documents."."""


def ends_a_sentence(text: str) -> bool:
    """Whether a line is running text that ends a sentence (". ! ?") and announces nothing:
    a name under "... represented by the following comrade:" is the one announced, no
    signer."""
    return is_prose(text) and text.rstrip()[-1:] in ".!?" and ANNOUNCING.search(text) is None


_ASSENT = frozenset({"agreed", "correct", "noted", "true", "amen", "thanks", "yes", "approved"})
"""A reader's or a sender's word of assent or thanks, written alone under a text as a surname
may be: "Agreed", "Correct"."""
_NOTE = re.compile(r"^\[[^\]]*\]$")
"""A line in brackets, an editor's or a reader's: "[Handwritten: Comrade X to read]"."""


def cabled_surname(
    tail: list[tuple[int, str]],
    cabled: bool = False,
    authors: tuple[str, ...] = (),
) -> Signature:
    """A surname in capitals alone on the last line, as telegrams and cables are signed:
    "SHTYKOV", "RUSK", "BUNKER" (never a marking or the end of a message: "SECRET", "END"),
    with the surnames of the title's ``authors`` stacked right above it ("MIKOYAN" /
    "SUSLOV" under "Telegram from Mikoyan and Suslov"); in a telegram (``cabled``) over the
    sending station's line too ("CHERVONENKO" / "SOVIET EMBASSY PRAGUE": a title sender's
    surname, else only ``if_known``, for a word over the station is as often an agency, a
    place or a heading: "TASS", "TONKIN"), and also a full
    name in capitals, which signs only if a person the authority file or the record names
    bears it (``if_known``: "WITH COMMUNIST GREETINGS", "OPERATION ANADYR" are no one), as a
    full name in name case right under the text's last sentence does ("George Testescu"), or a
    surname in name case at the text's end (:func:`_lone_surname`)."""
    stationed = cabled and len(tail) > 1 and _station(tail[-1][1], authors)
    if stationed:
        tail = tail[:-1]  # "SOVIET EMBASSY PRAGUE", "BUDAPEST" under the ambassador's name
    if not tail:
        return Signature()
    line, text = tail[-1]
    bare = text.strip(" .")
    if " " in bare:
        name = _cabled_full_name(bare) if cabled else None
        if name is None and cabled and _under_the_text(tail) and is_bare_name(bare):
            name = bare  # "George Testescu" under the telegram's last sentence
        if name is None:
            return Signature()
        return Signature(Located(text, line), (Located(name, line),), if_known=True)
    if not cabled_name(bare):
        return _lone_surname(tail) if cabled else Signature()
    first = len(tail) - 1
    surnames = _senders_surnames(authors)
    while first > 0 and _one_of(tail[first - 1][1].strip(" ."), surnames):
        first -= 1  # "MIKOYAN" / "SUSLOV": the title's senders sign together
    names = tuple(Located(text.strip(" ."), line) for line, text in tail[first:])
    written = "\n".join(text for _, text in tail[first:])
    known = not stationed or _one_of(bare, surnames)  # over a station: "TASS", "TONKIN"
    return Signature(Located(written, tail[first][0]), names, if_known=not known)


def _under_the_text(tail: list[tuple[int, str]]) -> bool:
    """Whether the last line stands right under the text's last sentence, one that
    announces nothing (:func:`ends_a_sentence`)."""
    return len(tail) > 1 and ends_a_sentence(tail[-2][1])


def senders_over_a_date(tail: list[tuple[int, str]], authors: tuple[str, ...]) -> Signature | None:
    """The surnames of the title's senders stacked in capitals over the closing date, which
    sign together as they do with no date under them ("MIKOYAN" / "SUSLOV" / "24.X.56"; the
    registry number under them is cut as office routine); None when one surname or none, or
    when the stack is only a list's tail: a list's head or another surname in capitals above
    it ("Present:" / "NAGY" / "KADAR" / "MIKOYAN" / "SUSLOV" / "24.X.56")."""
    if len(tail) < 3 or not a_date(tail[-1][1]):
        return None
    stack = cabled_surname(tail[:-1], authors=authors)
    if len(stack.signatories) < 2 or stack.text is None:
        return None
    first = next(i for i, (line, _) in enumerate(tail) if line == stack.text.line)
    above = tail[first - 1][1].strip(" .") if first else ""
    return None if LIST_HEADER.match(above) or cabled_name(above) else stack


def _senders_surnames(authors: tuple[str, ...]) -> set[str]:
    """The surnames (casefolded) of the title's senders who are people, less where the title
    says they are: "Mikoyan" and "Suslov" of "Mikoyan and Suslov in Budapest"."""
    surnames: set[str] = set()
    for author in authors:
        who = stationed(author)
        name = personal_name(who[0] if who else author)
        if name_kind(name) != "org" and (words := name.split()):
            surnames.add(words[-1].casefold())
    return surnames


def _one_of(text: str, surnames: set[str]) -> bool:
    """Whether a line is one of the ``surnames`` typed in capitals as a cable signs."""
    return text.casefold() in surnames and cabled_name(text)


def _station(text: str, authors: tuple[str, ...]) -> bool:
    """Whether a cable's last line in capitals names the station or the body that sent it,
    which its signer's surname stands over: a body's name ("SOVIET EMBASSY PRAGUE", "EMBASSY
    OF THE USSR"), or the place of a sender the title names ("BUDAPEST" for "the Soviet
    Embassy in Budapest"), never a formula ("REQUEST INSTRUCTIONS")."""
    if not in_capitals(text) or ":" in text or cable_formula(text):
        return False
    cased = name_case(text.strip(" ."))
    if name_kind(cased) == "org":
        return True
    placed = re.compile(rf"\b(?:in|at)\s+{re.escape(cased)}$")
    return any(placed.search(author) for author in authors)


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
    cased = full_name_case(text)
    return cased if name_kind(cased) in (None, "person") and not is_country(cased) else None


def _listed_above(text: str) -> bool:
    """Whether a line is a distribution list with its names on it, which a ciphered telegram's
    signer's surname may stand under ("Copies to: Testov, Testin" / "Testmann"); a list's
    head alone ("Copies to:") announces the names under it."""
    return LIST_HEADER.match(text) is not None and not text.rstrip().endswith(":")


def _lone_surname(tail: list[tuple[int, str]]) -> Signature:
    """A telegram's sender's surname alone in name case on the text's last line, under its
    last sentence or a reader's note, as Hungarian and Polish ciphered telegrams are signed
    ("Testai" under the text: a sentence that ends with ". ! ?" and announces nothing), also
    over what only follows a text's end: its distribution list, stamps, a reader's note, or
    footnotes cut from under it ("Moldován" / "[1] ...", "Jeleń" / "[Distribution list:]" /
    ...), or under a distribution list with its names ("Copies to: Testov" / "Testmann").
    Never a month, a marking, a country, a body's or an office's word, a closing
    ("Respectfully", "Hochachtungsvoll") or an assent ("Agreed", "Correct"), nor a name of
    the list under it; a place stays for the mapping, which knows the places ("Budapest"
    signs nothing there), and a surname alone is linked only to a person it can be
    (:func:`.mapping.capital_signers.signer`)."""
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
        or not (ends_a_sentence(above) or _NOTE.match(above) or _listed_above(above))
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


def first_list_item(tail: list[tuple[int, str]], index: int) -> bool:
    """Whether the "(a) ..." at ``index`` is a list's first item, not the Portuguese mark of
    signing: other items follow it in the tail, or the line above announces a list."""
    if any(_LIST_ITEM.match(text) for _, text in tail[index + 1 :]):
        return True
    return index > 0 and ANNOUNCING.search(tail[index - 1][1]) is not None
