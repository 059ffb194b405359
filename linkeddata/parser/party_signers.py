"""Joint documents signed party by party: each signatory under the party they sign for
("For the Government of Japan:" / "Etsusaburo Shiina", "On behalf of the Politburo of the CC
KWP" / "Kim Il Sung"), every name of a party's row or column ("For the CPCz: A. Dubček, O.
Černík", "For the HSWP:" / "J. Kádár" / "J. Fock")."""

from __future__ import annotations

import re

from ..record import Located
from .gazetteer import is_state
from .names import name_kind
from .signed_names import full_name_case, listed_signers
from .signer_lines import (
    Signature,
    in_capitals,
    initialled,
    is_name,
    is_prose,
    is_rank,
    signing_name,
)

_FOR_PARTY = re.compile(
    r"^(?:(?i:for|on\s+behalf\s+of|pour|für|per|por|za|за)\s+(?:(?i:the)\s+)?"
    r"[^\W\d_a-z][^:]{1,80}:(?:\s+(?P<name>[^\W\d_].{1,200}))?"
    r"|(?i:on\s+behalf\s+of|in\s+the\s+name\s+of|t/m|for)\s+(?:(?i:the)\s+)?"
    r"[^\W\d_a-z][^:.]{1,80})$"
)
"""The party a signatory signs for, a colon closing it ("For the Government of Japan:"), or
a whole line that says so ("On behalf of the Politburo of the CC KWP", "For the Central
Committee of the RCP", the Vietnamese "T/M Bộ Chính trị"); a party is a name, never "For your
information:"."""
_GOES_ON = re.compile(r"\s(?i:of|the|and|for|de|des|du|del|der|und|et|y|и)$")
"""A party's line that ends on a word that joins it to its next line: "For the Government of
the" / "People's Republic of Testland"."""
_STATE_WORD = re.compile(
    r"\b(?i:republics?|kingdom|federation|emirates|states|union|jamahiriya|confederation)\b"
)
"""A state's noun, which ends a state's name wrapped under its party line: "For the Union of
Soviet" / "Socialist Republics"."""


def party_line(text: str) -> bool:
    """Whether a line names a party its signatories sign for ("For the Government of Japan:")."""
    return _FOR_PARTY.match(text) is not None


def on_behalf(tail: list[tuple[int, str]]) -> Signature | None:
    """The signatories of a treaty or a joint document, each under the party they sign for:
    "For the Republic of Korea:" / "Lee Tong-won" / "For Japan:" / "Etsusaburo Shiina" (or
    the names on the same line, after the colon), under the text's last sentence. Every
    party's signatories sign: all the names after its colon, or on the lines under it up to
    the next party or another line (the place and date, the end)."""
    names: list[Located[str]] = []
    first_line = 0
    text_ends = max(  # the parties of a list of participants above the text sign nothing
        (i for i, (_, text) in enumerate(tail) if is_prose(text) and not _FOR_PARTY.match(text)),
        default=-1,
    )
    for index, (line, text) in enumerate(tail):
        if index <= text_ends:
            continue
        found = _FOR_PARTY.match(text)
        if found is None:
            continue
        signers = _on_the_line(found["name"], line) if found["name"] else []
        signers = signers or _under(tail, _party_end(tail, index))
        if not signers:
            continue
        names.extend(signers)
        first_line = first_line or line
    if not names:
        return None
    written = "\n".join(text for line, text in tail if line >= first_line)
    return Signature(Located(written, first_line), tuple(names))


def _on_the_line(text: str, line: int) -> list[Located[str]]:
    """The names after a party's colon: one ("Kim Il Sung") or a row of them between commas
    ("A. Dubček, O. Černík")."""
    text = text.strip()
    names = listed_signers(text) or ([text] if is_name(text) else [])
    return [Located(_cased(name), line) for name in names]


def _party_end(tail: list[tuple[int, str]], index: int) -> int:
    """The line after a party's name, which may wrap from its line at ``index`` over the next:
    "For the Union of Soviet" / "Socialist Republics", "For the Government of the" /
    "People's Republic of Testland" (a line that goes on with a state's or a body's name is
    the party's, never a signer's, whatever its case); initials and a surname never go on
    with it."""
    party, end = tail[index][1], index + 1
    while end < len(tail) and not party.endswith(":"):
        text = tail[end][1]
        cased = _cased(text)
        if _FOR_PARTY.match(text) or is_prose(text) or initialled(cased):
            break
        if not (
            text[:1].islower()
            or _GOES_ON.search(party)
            or _STATE_WORD.search(cased)
            or name_kind(cased) == "org"
            or is_state(cased)
        ):
            break
        party, end = f"{party} {text}", end + 1
    return end


def _under(tail: list[tuple[int, str]], start: int) -> list[Located[str]]:
    """The names stacked under a party's line, from ``start``: each line a signatory or a row
    of them, an office under a name passed over ("A. Gromyko" / "Minister of Foreign
    Affairs" / "A. Kosygin"), up to the first other line."""
    names: list[Located[str]] = []
    for line, text in tail[start:]:
        if _FOR_PARTY.match(text):
            break
        if _signs(text):
            names.append(Located(_cased(text), line))
        elif row := listed_signers(text):
            names.extend(Located(_cased(name), line) for name in row)
        elif not (names and is_rank(text)):
            break
    return names


def party_blocks(tail: list[tuple[int, str]], near: int) -> list[tuple[int, str]]:
    """The last ``near`` lines, and above them the parties and signatories that go on upwards
    from them: the five "On behalf of ..." / name blocks of a joint letter all sign."""
    start = max(0, len(tail) - near)
    while start > 0:
        top = start - 1
        while top > 0 and not _FOR_PARTY.match(tail[top][1]) and _signs(tail[top][1]):
            top -= 1  # "For the HSWP:" / "J. Kádár" / "J. Fock": the column up to its party
        if not _FOR_PARTY.match(tail[top][1]):
            break
        start = top
    return tail[start:]


def _signs(text: str) -> bool:
    """Whether a line under a party is its signatory's name, in any case ("KIM IL SUNG")."""
    return signing_name(_cased(text))


def _cased(text: str) -> str:
    """A signatory's name as a catalogue writes it: "ABDUL FATTAH ISMAIL" is a person's name in
    capitals, Abdul Fattah Ismail, as "N. KHRUSHCHEV" is N. Khrushchev."""
    return full_name_case(text) if in_capitals(text) else text
