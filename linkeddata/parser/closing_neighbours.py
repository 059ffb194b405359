"""What the lines around a name in a closing block say about it: a date under it, a place
over the date that closes a name and its office, initialled names stacked as joint
signatories (split from :mod:`.signatures`)."""

from __future__ import annotations

import re

from ..record import Located
from .closing_dates import closing_date, date_then_place
from .dates import PLACE_AND_DATE
from .signature_line import rank_label
from .signer_lines import INITIALLED, Signature, is_rank, name_case, signing_name

_PLACE_WORDS = 3  # "Rio de Janeiro"
_GOES_ON = re.compile(r"^(?:in|to|of|at|for)\s")
"""A line opening with a preposition in lower case: the rest of the office over it, as
translated reports break it after the country ("Ambassador of the USSR" / "in the DPRK")."""


def office_goes_on(text: str) -> bool:
    """Whether a line continues the office above it: never a name ("in Pyongyang")."""
    return _GOES_ON.match(text) is not None


def office_above(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether an office stands over the line at ``index``, on one line or broken over two
    ("Ambassador of the Romanian People's Republic" / "in Pyongyang" / "Dumitru Popa")."""
    if index < 1:
        return False
    above = lines[index - 1][1]
    if rank_label(above):
        return True
    return index > 1 and office_goes_on(above) and rank_label(lines[index - 2][1])


def place_under_office(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether a line is the place over the date that closes a name, or a name and its office
    ("N. KHRUSHCHEV" / "Moscow" / "24 October 1962"; "B.G. FOURIE" / "SECRETARY FOR FOREIGN
    AFFAIRS" / "PRETORIA" / "17 May 1977"): never a signer."""
    if index < 1 or index + 1 >= len(lines) or not a_date(lines[index + 1][1]):
        return False
    text = lines[index][1]
    if (
        len(text.split()) > _PLACE_WORDS
        or any(c.isdigit() for c in text)
        or not text[:1].isupper()
        or is_rank(text)
    ):
        return False
    above = lines[index - 1][1]
    if index > 1 and is_rank(above) and _signs(lines[index - 2][1]):
        return not (  # "New Delhi" under "Secretary to the Prime Minister"
            INITIALLED.match(name_case(text) if text.isupper() else text)
            or (index > 2 and is_rank(lines[index - 3][1]))
        )  # "Chairman of the KGB" / "Yu. Andropov" // "Minister" / "A. Gromyko": a block
    return _signs(above) and not _signs(text)  # "Zhou Enlai" under "Mao Zedong" signs too


def _signs(text: str) -> bool:
    """Whether a line is a signatory's name, also typed in capitals ("N. KHRUSHCHEV")."""
    return signing_name(name_case(text) if text.isupper() else text)


def a_date(text: str) -> bool:
    """Whether a line is a date alone, or a place and a date in either order, as written under
    a signature."""
    found = PLACE_AND_DATE.match(text)
    return closing_date(found["date"] if found is not None else text) or bool(date_then_place(text))


def stacked(lines: list[tuple[int, str]], index: int) -> Signature | None:
    """Initialled names on the lines ending at ``index``, two or more: joint signatories."""
    first = index
    while first > 0 and INITIALLED.match(lines[first - 1][1]):
        first -= 1
    if index - first < 1 or not INITIALLED.match(lines[index][1]):
        return None
    names = tuple(Located(text, line) for line, text in lines[first : index + 1])
    return Signature(Located("\n".join(n.value for n in names), names[0].line), names)
