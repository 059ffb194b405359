"""A sender-to-recipient pair after a telegram's stations: "Telegram from Ulaanbaatar to
Pyongyang, the Mongolian Ministry of Foreign Affairs to the Mongolian Embassy" went between the
two cities, from the ministry to the embassy. The second pair is split at its "to" as any
"Type, X to Y" title is, never read as one name with "to" inside; a mission's own "to" ("the
Permanent Mission of the DPRK to the United Nations", "the Soviet Ambassador to the DPRK",
"the Delegation of the CPSU to Vietnam") is no split, and no subject is a pair: "Visit of
Testov to Testia" and "Return of the Delegation to Testburg" are what the telegram is about."""

from __future__ import annotations

import re

from .bodies import ACCREDITED_TO
from .clauses import NOUN_WORD, common_nouns
from .gazetteer import is_state
from .names import name_kind
from .parties import Parties, parse_parties
from .text import Joined, strip_article


def with_second_pair(joined: Joined, parties: Parties, start: int, end: int) -> Parties:
    """The parties of the clause ``start``-``end``, with a second pair after its stations (the
    first pair's senders and recipients all places, no agent) read as a pair of its own."""
    comma = joined.text.find(",", start, end)
    if comma < 0:
        return parties
    first = parse_parties(joined, start, comma)
    stations = (*first.senders, *first.recipients)
    if not first.senders or not first.recipients or any(name_kind(s.value) for s in stations):
        return parties
    second = parse_parties(joined, comma + 1, end)
    if not second.senders or not second.recipients or _posted(second):
        return parties  # "to Moscow, Beijing": more stations
    if not all(_an_agent(s.value) for s in second.senders):
        return first  # "Visit of Testov to Testia": the subject, no addressee
    return Parties(
        first.senders + second.senders,
        first.recipients + second.recipients,
        first.intermediaries + second.intermediaries,
        first.recipients_if_known + second.recipients_if_known,
    )


def _posted(pair: Parties) -> bool:
    """Whether a pair is an envoy or a delegation and the state it is accredited or sent to:
    one name, "the Soviet Ambassador to the DPRK", "the Delegation of the CPSU to Vietnam"."""
    sender = pair.senders[-1].value
    envoy = ACCREDITED_TO.search(sender) is not None or _DELEGATION.search(sender) is not None
    return envoy and is_state(strip_article(pair.recipients[0].value))


_DELEGATION = re.compile(r"\b(?i:delegations?|missions?)\b")
"""A body sent to a state: "the Delegation of the CPSU to Vietnam" went there."""
_OF = re.compile(r"\s(?i:of)\s")


def _an_agent(name: str) -> bool:
    """Whether a second pair's sender is someone, never an event's or an act's noun: "Visit of
    Testov", "Return of the Delegation" (its head is no body's) are a subject."""
    head = _OF.split(strip_article(name), maxsplit=1)[0]
    act = NOUN_WORD.search(head.split()[-1]) is not None and name_kind(head) != "org"
    return not act and not common_nouns(strip_article(name))
