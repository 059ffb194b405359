"""A protocol: the minutes of a session, or an agreement.

"Protocol" names two kinds of record. A session's protocol is its minutes ("Protocol No. 19 of
the Meeting of the Politburo", "Extract from Protocol No. 213", "Protocol of the SED Politburo
Meeting"); a protocol the parties signed is an agreement: one of cooperation or of, on or to an
agreement ("Protocol on Cooperation between X and Y", "Additional Protocol to the Treaty"), one
"between" parties ("Protocol between the USSR and the GDR"), and one named for where it was
signed, for its states or by an agreement's qualifier ("The Moscow Protocol", "Sino-Soviet
Protocol", "Secret Additional Protocol"). A number or a sitting after the word makes it
minutes whatever stands before ("Secret Protocol No. 5", "Soviet Protocol of the Meeting").
One name before the word that is no state may be a city, a surname or a common noun ("Warsaw
Protocol", "Brezhnev Protocol", "Autopsy Protocol"): only the authority file can tell a city,
so the parser keeps the minutes and names the word for the mapping to look up.
"""

from __future__ import annotations

import re

from ..record import Located
from .gatherings import EVENTS, GATHERINGS, SITTINGS, words
from .gazetteer import is_country
from .names import name_kind
from .nationalities import COMBINING, NATIONALITY, is_nationality
from .text import Joined
from .vocabulary import DOC_TYPES, wording_key

AGREEMENT = "treaty"
"""The type of a protocol the parties signed."""
_PROTOCOL = frozenset({"protocol", "protocols"})
_AGREED = re.compile(
    r"\s+(?i:on|of|to|concerning)\s+"
    r"(?:(?!(?i:on|of|to|between|with|from|by|for|in|at)\b)[^\W\d_][\w'’\-]*\s+){0,5}?"
    r"(?i:co-?operation|collaboration|agreements?|treat(?:y|ies)|conventions?|accords?|pacts?)"
    r"(?![^\W\d_])"
)
"""What a protocol agreed or was added to: "Protocol on Cooperation between the KGB and the
MfS", "Protocol of the Military Agreement between X and Y", "Additional Protocol to the
Treaty"."""
_SESSIONS = re.compile(
    r"\s*(?:(?i:no|nr|n°|nº)\.?|#|№)\s*\d"
    r"|\s+(?i:of|from)\s+(?:(?i:the|a|an)\s+)?(?:[\w'’\-]+\s+){0,3}?"
    rf"{words(SITTINGS | EVENTS | {'conversation', 'discussion'})}"
)
"""A session's protocol: numbered ("Protocol No. 5") or of a sitting or talks ("of the
Session", "Protocol of Talks", "of the Conversation")."""
_BETWEEN = re.compile(r"\s+(?i:between)\s")
_NAMED = re.compile(r"(?:^|(?<=\s))(?:(?i:the)\s+)?(?P<words>(?:[A-Z][\w'’\-]*\s+){1,3})$")
"""The capitalised words before the protocol's word, at the title's head or after "the"."""
_AGREEMENT_QUALIFIERS = frozenset(
    {"additional", "supplementary", "secret", "final", "optional", "trade", "commercial"}
)
"""Words that qualify a protocol the parties signed: "Additional Protocol", "Trade Protocol"."""
_NOT_A_PROPER_NAME = re.compile(
    r"(?i:.*(?:ic|al|ive|ary|ing|ed|tion|sion|ment)|verbatim|shorthand|special|official)"
)
"""A qualifier shaped as an adjective or an action's noun, which tells what kind of record the
protocol is ("Stenographic Protocol", "Interrogation Protocol"), not where it was signed."""


def agreed_protocol(text: str, start: int, end: int) -> bool:
    """Whether the type's wording at ``start``-``end`` is a protocol the parties signed."""
    return _reading(text, start, end) is True


def named_protocol_place(joined: Joined, found: tuple[str, int, int] | None) -> Located[str] | None:
    """The one name a title's protocol is called by, for the authority file to say if it is a
    city."""
    span = None if found is None else protocol_place(joined.text, found[1], found[2])
    if span is None:
        return None
    return Located(joined.text[span[0] : span[1]], joined.line_at(span[0]))


def protocol_place(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the one name before a protocol's word is, which makes it an agreement if it is
    a city ("the Testburg Protocol"), and a session's minutes if it is a surname or a common
    noun ("Testov Protocol", "Autopsy Protocol"): the authority file tells."""
    found = _reading(text, start, end)
    return None if isinstance(found, bool) else found


def _reading(text: str, start: int, end: int) -> bool | tuple[int, int]:
    """Whether the protocol at ``start``-``end`` is an agreement, or the span of the one
    name that decides it."""
    if wording_key(text[start:end]) not in _PROTOCOL:
        return False
    if _AGREED.match(text, end) is not None:
        return True
    if _SESSIONS.match(text, end) is not None:
        return False
    if _BETWEEN.match(text, end) is not None:
        return True
    named = _NAMED.search(text, 0, start)
    if named is None:
        return False
    found = _names_an_agreement(named["words"].split())
    if found is not None:
        return found
    name_end = named.end("words") - len(named["words"]) + len(named["words"].rstrip())
    return (name_end - len(named["words"].split()[-1]), name_end)


def _names_an_agreement(qualifiers: list[str]) -> bool | None:
    """Whether the words before "Protocol" name an agreement: its qualifiers, its states
    ("Sino-Soviet", "Soviet-Cuban") or one state's name, where it was signed ("Cuba"); never a
    body ("Politburo Protocol"), a gathering ("Session Protocol"), a lone nationality nor a
    record's kind ("Stenographic Protocol"). None for one other name, which may be a city."""
    if all(word.casefold() in _AGREEMENT_QUALIFIERS for word in qualifiers):
        return True
    *kinds, name = qualifiers
    if not all(word.casefold() in _AGREEMENT_QUALIFIERS for word in kinds):
        return False
    if "-" in name:
        return all(COMBINING.fullmatch(part) or is_nationality(part) for part in name.split("-"))
    if name.isupper():
        return False
    if is_country(name):
        return True
    if (
        name_kind(name) is not None
        or is_nationality(name)
        or re.fullmatch(NATIONALITY, name)  # "Testian Protocol": whose record, by its shape
        or re.fullmatch(words(GATHERINGS), name)
        or wording_key(name) in DOC_TYPES
        or _NOT_A_PROPER_NAME.fullmatch(name)
    ):
        return False
    return None
