"""Joint documents signed party by party: each signatory under the party they sign for
("For the Government of Japan:" / "Etsusaburo Shiina", "On behalf of the Politburo of the CC
KWP" / "Kim Il Sung")."""

from __future__ import annotations

import re

from ..record import Located
from .signer_lines import Signature, in_capitals, is_name, name_case, signing_name

_FOR_PARTY = re.compile(
    r"^(?:(?i:for|on\s+behalf\s+of|pour|für|per|por|za|за)\s+(?:(?i:the)\s+)?"
    r"[^\W\d_a-z][^:]{1,80}:(?:\s+(?P<name>[^\W\d_].{1,40}))?"
    r"|(?i:on\s+behalf\s+of|in\s+the\s+name\s+of|t/m|for)\s+(?:(?i:the)\s+)?"
    r"[^\W\d_a-z][^:.]{1,80})$"
)
"""The party a signatory signs for, a colon closing it ("For the Government of Japan:"), or
a whole line that says so ("On behalf of the Politburo of the CC KWP", "For the Central
Committee of the RCP", the Vietnamese "T/M Bộ Chính trị"); a party is a name, never "For your
information:"."""


def on_behalf(tail: list[tuple[int, str]]) -> Signature | None:
    """The signatories of a treaty or a joint document, each under the party they sign for:
    "For the Republic of Korea:" / "Lee Tong-won" / "For Japan:" / "Etsusaburo Shiina" (or
    the name on the same line, after the colon). Every party's signatory signs."""
    names: list[Located[str]] = []
    first_line = 0
    for index, (line, text) in enumerate(tail):
        found = _FOR_PARTY.match(text)
        if found is None:
            continue
        if found["name"] and is_name(found["name"].strip()):
            name = Located(found["name"].strip(), line)
        elif index + 1 < len(tail) and _signs(under := tail[index + 1][1]):
            name = Located(under, tail[index + 1][0])
        else:
            continue
        names.append(name)
        first_line = first_line or line
    if not names:
        return None
    written = "\n".join(text for line, text in tail if line >= first_line)
    return Signature(Located(written, first_line), tuple(names))


def party_blocks(tail: list[tuple[int, str]], near: int) -> list[tuple[int, str]]:
    """The last ``near`` lines, and above them the parties and signatories that go on upwards
    from them: the five "On behalf of ..." / name blocks of a joint letter all sign."""
    start = max(0, len(tail) - near)
    while start > 0 and (
        _FOR_PARTY.match(tail[start - 1][1])
        or (start > 1 and _FOR_PARTY.match(tail[start - 2][1]) and _signs(tail[start - 1][1]))
    ):
        start -= 1
    return tail[start:]


def _signs(text: str) -> bool:
    """Whether a line under a party is its signatory's name, in any case ("KIM IL SUNG")."""
    return signing_name(name_case(text) if in_capitals(text) else text)
