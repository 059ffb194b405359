"""What the lines around a name in a closing block say about it: a date under it, a place
over the date that closes a name and its office, initialled names stacked as joint
signatories (split from :mod:`.signatures`)."""

from __future__ import annotations

from ..record import Located
from .closing_dates import closing_date
from .dates import PLACE_AND_DATE
from .signer_lines import INITIALLED, Signature, is_rank, name_case, signing_name

_PLACE_WORDS = 3  # "Rio de Janeiro"


def place_under_office(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether a line is the place over the date that closes a name and its office ("B.G.
    FOURIE" / "SECRETARY FOR FOREIGN AFFAIRS" / "PRETORIA" / "17 May 1977"): never a signer."""
    if index < 2 or index + 1 >= len(lines) or not a_date(lines[index + 1][1]):
        return False
    text, office, name = lines[index][1], lines[index - 1][1], lines[index - 2][1]
    return (
        len(text.split()) <= _PLACE_WORDS
        and not any(c.isdigit() for c in text)
        and is_rank(office)
        and signing_name(name_case(name) if name.isupper() else name)
    )


def a_date(text: str) -> bool:
    """Whether a line is a date alone, or a place and a date, as written under a signature."""
    found = PLACE_AND_DATE.match(text)
    return closing_date(found["date"] if found is not None else text)


def stacked(lines: list[tuple[int, str]], index: int) -> Signature | None:
    """Initialled names on the lines ending at ``index``, two or more: joint signatories."""
    first = index
    while first > 0 and INITIALLED.match(lines[first - 1][1]):
        first -= 1
    if index - first < 1 or not INITIALLED.match(lines[index][1]):
        return None
    names = tuple(Located(text, line) for line, text in lines[first : index + 1])
    return Signature(Located("\n".join(n.value for n in names), names[0].line), names)
