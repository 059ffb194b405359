"""A sender-to-recipient pair after a telegram's stations: "Telegram from Ulaanbaatar to
Pyongyang, the Mongolian Ministry of Foreign Affairs to the Mongolian Embassy" went between the
two cities, from the ministry to the embassy. The second pair is split at its "to" as any
"Type, X to Y" title is, never read as one name with "to" inside; a mission's own "to" ("the
Permanent Mission of the DPRK to the United Nations", "the Soviet Ambassador to the DPRK") is no
split."""

from __future__ import annotations

from .bodies import ACCREDITED_TO
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
    return Parties(
        first.senders + second.senders,
        first.recipients + second.recipients,
        first.intermediaries + second.intermediaries,
    )


def _posted(pair: Parties) -> bool:
    """Whether a pair is an envoy and the state he is accredited to: one name, "the Soviet
    Ambassador to the DPRK"."""
    envoy = ACCREDITED_TO.search(pair.senders[-1].value) is not None
    return envoy and is_state(strip_article(pair.recipients[0].value))
