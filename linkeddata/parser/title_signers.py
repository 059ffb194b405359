"""Who signed, countersigned or approved a document, in a comma's clause after its parties:
"Letter from the CC VKP(b) to the CC CPY, signed by Stalin and Molotov". A participle clause
names no addressee: it ends the sender/recipient clause, unless the "to" clause comes after it
("Letter from the Presidium, Signed by X and Y, to the CC"): it is left out of the parties
then. Whoever signed, or whose behalf they signed on ("Signed on Behalf of the CC VKP(b)"),
made the document: an author; in "signed for X by Y" and "signed by Y for X" only Y signed.
Whoever approved it, or whose notes it carries ("with Mao's Handwritten Notes"), is named by
the clause but made nothing: no one is read from it. A count ("42 Intellectuals", "Both
Parties"), an office or a body that says what it is but not whose ("the Ambassador", "the
Secretariat", "the Delegations") names no signer; a rank in brackets after a name is no part
of it ("Testov (Colonel)")."""

from __future__ import annotations

import re

from ..record import Located
from .bodies import generic_body
from .office_words import office_only
from .side_names import names_in
from .text import Joined, strip_article

PARTICIPLE_CLAUSE = re.compile(
    r"\s*(?:(?P<signed>(?i:signed|countersigned|co-signed|initial(?:l)?ed)"
    r"\s+(?:(?i:by)|(?i:on\s+behalf\s+of)|(?P<for>(?i:for))))"
    r"|(?i:approved|endorsed|ratified|confirmed|annotated)\s+(?i:by)"
    r"|(?i:with)\s+[^,;:]*?\b(?i:handwritten|marginal)\s+(?i:notes?|comments?|annotations?))\s"
)
"""A clause of signing, approving or annotating at a segment's start."""
_BY = re.compile(r"\s(?i:by)\s+")
"""Who signed after whose behalf: "signed for the Presidium by Testov"."""
_FOR = re.compile(r"\s(?i:for)\s")
"""Whose behalf the signers before it signed on: "signed by Testov for Testin"."""
_COUNT = re.compile(
    r"^(?:\d|(?i:both|all|several|many|some|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?)\b)"
)
"""How many signed, not who: "42 Intellectuals", "Both Parties", "Five Parties"."""
_THE_WORD = re.compile(r"(?i:the)\s+(?P<word>[A-Z][a-z][\w'’-]*)(?=\s*(?:,|\s(?i:and)\s|$))")
"""One word after "the", no one's name: "the Delegations", "the Secretariat"."""
_RANK_AFTER = re.compile(r"\s*\((?P<rank>[^()]+)\)$")
_TO_NEXT = re.compile(r"\s*(?i:to)\s")
_TO_BEFORE = re.compile(r"\s(?i:to)\s")


def title_signers(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The signers a segment (``start``-``end``) of the title names, or none."""
    found = PARTICIPLE_CLAUSE.match(joined.text, start, end)
    if found is None or found["signed"] is None:
        return ()
    first = found.end()
    if found["for"] is not None:  # "signed for X by Y"
        by = _BY.search(joined.text, first, end)
        first = by.end() if by is not None else first
    elif (behalf := _FOR.search(joined.text, first, end)) is not None:
        end = behalf.start()  # "signed by Y for X"
    clause = joined.text[first:end]
    bare = {m["word"] for m in _THE_WORD.finditer(clause)}
    return tuple(
        Located(_RANK_AFTER.sub("", name.value), name.line)
        if (rank := _RANK_AFTER.search(name.value)) and office_only(rank["rank"])
        else name
        for name in names_in(joined, first, end)
        if _a_signer(strip_article(name.value), bare)
    )


def _a_signer(name: str, bare: set[str]) -> bool:
    """Whether a name in a signing clause names who signed: no count, no bare office or
    body."""
    return not (_COUNT.match(name) or name in bare or office_only(name) or generic_body(name))


def signing_before_to(joined: Joined, start: int) -> tuple[Joined, tuple[Located[str], ...]]:
    """The title with a signing clause between its sender and its "to" clause masked (the
    parties run on past it: "Letter from the Presidium, Signed by X and Y, to the CC"), and
    the signers it names."""
    text = joined.text
    for comma in (m.start() for m in re.finditer(",", text[start:])):
        at = start + comma + 1
        found = PARTICIPLE_CLAUSE.match(text, at)
        close = text.find(",", at)
        if found is None or found["signed"] is None or close < 0:
            continue
        if _TO_NEXT.match(text, close + 1) and not _TO_BEFORE.search(text, start, at):
            signers = title_signers(joined, at, close)
            masked = text[:at] + "," * (close - at) + text[close:]
            return Joined(masked, joined.starts, joined.lines), signers
    return joined, ()
