"""Where a treaty or an agreement says it was signed, in its closing formula: "Done in Moscow
on 20 November 1978", "Signed at Testburg, this ...", "Fait à Paris, le ...". The same words
in a letter's or a memorandum's prose tell of another act ("Signed in Moscow, the treaty was
a turning point"), so the formula is read only in a treaty's text or just above the parties'
signatures ("For the Government of Testland:")."""

from __future__ import annotations

import re

from ..record import Located
from .languages import language_codes
from .nationalities import is_nationality
from .party_signers import party_line

_DONE_AT = re.compile(
    r"^(?i:done|signed|concluded|fait|hecho|feito|fatto|geschehen|sporządzono)"
    r"(?:\s+(?i:in\s+(?:duplicate|triplicate|\w+\s+copies)|en\s+double\s+exemplaire),?)?"
    r"\s+(?i:in|at|à|a|en|em|zu|w)\s+(?:(?i:the\s+city\s+of)\s+)?"
    r"(?!(?i:duplicate|triplicate)\b)"
    r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})"
    r"(?=\s*,|\s+(?i:on|this|the|le|el|am|in|den|dnia)\b|\s*\.?$)"
)
"""A closing formula that says where the document was signed: "Done in Moscow on 20 November
1978", "Done at Testburg, this ...", "Signed in Testgrad on ...", "Done in duplicate at ...",
"Fait à Paris, le ..." (never "Done in two copies" nor "Done in Duplicate": no place)."""
_DONE_LINES = 12
"""The last lines a closing formula stands in, above the parties' signatures."""


def done_at(lines: list[tuple[int, str]], *, treaty: bool) -> Located[str] | None:
    """The place a closing formula names on one of the last lines (file line, place): Moscow
    of "Done in Moscow on 20 November 1978 in two copies", in a ``treaty``'s text or on the
    line above a party's signatures; never a language ("Done in Russian and English")."""
    last = lines[-_DONE_LINES:]
    for index in reversed(range(len(last))):
        line, text = last[index]
        found = _DONE_AT.match(text)
        if found is None or not (treaty or _above_parties(last, index)):
            continue
        place = found["place"]
        if language_codes(place) is None and not is_nationality(place):
            return Located(place, line)
    return None


def _above_parties(lines: list[tuple[int, str]], index: int) -> bool:
    """Whether the line at ``index`` stands just above a party's signatures ("For the
    Government of Testland:")."""
    return index + 1 < len(lines) and party_line(lines[index + 1][1])
