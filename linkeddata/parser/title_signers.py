"""Who signed, countersigned or approved a document, in a comma's clause after its parties:
"Letter from the CC VKP(b) to the CC CPY, signed by Stalin and Molotov". A participle clause
names no addressee: it ends the sender/recipient clause, unless the "to" clause comes after it
("Letter from the Presidium, Signed by X and Y, to the CC"): it is left out of the parties
then. Whoever signed, or whose behalf they signed on ("Signed on Behalf of the CC VKP(b)"),
made the document: an author; in "signed for X by Y" and "signed by Y for X" only Y signed.
Whoever approved it, or whose notes it carries ("with Mao's Handwritten Notes"), is named by
the clause but made nothing: no one is read from it. A count ("42 Intellectuals", "Both
Parties"), a nationality's group ("Soviet Scientists"), an office or a body that says what it
is but not whose ("the Ambassador", "the Secretariat", "the Delegations") names no signer; a
rank in brackets after a name is no part of it ("Testov (Colonel)"). A clause needs no comma
before it: "Letter to the CC Signed by X" is to the CC."""

from __future__ import annotations

import re

from ..record import Located
from .bodies import generic_body
from .names import name_kind
from .nationalities import is_nationality
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
_AND_FOR = re.compile(r",?\s+(?:(?i:and)\s+)?(?i:for)\s")
"""The next pair of a "signed for X by Y" clause: "and for Z by W"."""
"""Whose behalf the signers before it signed on: "signed by Testov for Testin"."""
COUNTED = re.compile(
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
    first, text = found.end(), joined.text
    spans = [(first, end)]
    if found["for"] is not None:  # "signed for X by Y and for Z by W"
        spans = [
            (by.end(), more.start() if (more := _AND_FOR.search(text, by.end(), end)) else end)
            for by in _BY.finditer(text, first, end)
        ]
    elif (behalf := _FOR.search(joined.text, first, end)) is not None:
        spans = [(first, behalf.start())]  # "signed by Y for X"
    bare = {m["word"] for a, b in spans for m in _THE_WORD.finditer(joined.text[a:b])}
    return tuple(
        Located(_RANK_AFTER.sub("", name.value), name.line)
        if (rank := _RANK_AFTER.search(name.value)) and office_only(rank["rank"])
        else name
        for span in spans
        for name in names_in(joined, *span)
        if _a_signer(strip_article(name.value), bare)
    )


def signed_inside(joined: Joined, start: int, end: int) -> tuple[int, tuple[Located[str], ...]]:
    """Where a signing clause with no comma before it ends the parties' clause
    (``start``-``end``), and its signers: "Letter to the CC Signed by Testov" is to the CC."""
    for space in re.finditer(r"\s(?=\S)", joined.text[start:end]):
        at = start + space.start()
        if PARTICIPLE_CLAUSE.match(joined.text, at, end):
            return at, title_signers(joined, at, end)
    return end, ()


def _a_signer(name: str, bare: set[str]) -> bool:
    """Whether a name in a signing clause names who signed: no count, no bare office or
    body."""
    return not (
        COUNTED.match(name)
        or name in bare
        or office_only(name)
        or generic_body(name)
        or collective(name)
    )


def collective(name: str) -> bool:
    """Whether a signer is a people's group named by its nationality and what they are, no
    one: "Testish Scientists", "Testish Writers"."""
    words = name.split()
    return (
        len(words) > 1
        and is_nationality(words[0])
        and all(w[:1].isupper() and w.endswith("s") for w in words[1:])
        and name_kind(name) is None
    )


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
