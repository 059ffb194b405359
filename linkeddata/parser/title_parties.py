"""Where a title's sender/recipient clause opens and how far it runs: "from X to Y", "of X
to Y", "to Y from X", "Letter of Thanks to X", "X to Y" with no type word, and the segments
after a comma that continue it ("from Kim, Lee, and Park to Mao")."""

from __future__ import annotations

import re

from ..record import PartyClause
from .appositions import holds_office, part_of_previous
from .bodies import ACCREDITED_TO, mission_place
from .clauses import (
    BY_TO,
    NOUN_WORD,
    agents_of_to,
    agents_to,
    continues_to,
    document_kind,
    for_whom,
    more_parties,
    place_like,
)
from .diarists import FROM_DIARY
from .doctypes import read_doc_type
from .gatherings import GATHERINGS, WHOSE_OCCASION, words
from .meant_for import FOR_SEGMENT, for_ranked_person, meant_for
from .message_kinds import KIND_FROM, MESSAGE_KIND, UNTYPED_KIND
from .name_words import ORG_WORDS
from .names import name_kind, personal_name_shape
from .subject_after import subject_segment
from .text import Joined, is_name_like, strip_article
from .title_reading import Reading
from .title_signers import PARTICIPLE_CLAUSE

_FROM = re.compile(r"^(?i:from)\s")
_FROM_EVENT = re.compile(
    r"^(?i:from)\s+(?:(?i:the)\s+)?(?:[^\W\d_][\w'’.-]*\s+){0,6}?"
    rf"{words(GATHERINGS | {'conversation', 'visit'})}\b"
)
"""A record "from" an event names the event, not a sender: "Notes from the Meeting of the
Politburo", "Record of Conversation from Premier Zhou Enlai's Reception of ..."."""
_OF_TO = re.compile(r"^(?i:of)\s.*\s(?i:to)\s")  # "Message of X to Y"
_OF_OFFICE_HOLDER_TO = re.compile(
    r"(?P<office>(?i:of)\s+[^,;:()]{3,80}?),\s+[^,;:()]{2,40}?,\s+(?P<to>(?i:to)\s.*)$"
)
"""An office, its holder between commas, then the addressee: "of the Ambassador, X, to Y"."""
_OF_ENVOY_TO = re.compile(r"(?i:of)\s+(?P<envoy>[^,;:()]+?)\s(?i:to)\s")
"""An "of" clause up to its first "to": "of the Hungarian Ambassador to ..."."""
_OF_KIND_OF = re.compile(rf"^(?i:of)\s+{MESSAGE_KIND}\s+(?P<of>(?i:of)\s)")
_OF_KIND_TO = re.compile(rf"^(?i:of)\s+{MESSAGE_KIND}\s+(?P<to>(?i:to)\s)")
_OF_KIND_FROM = re.compile(rf"^(?i:of)\s+{KIND_FROM.pattern}(?P<from>(?i:from)\s)")
"""What a message is of, then who sent it: "Message of Greetings from Brezhnev to Kim Il Sung",
"Letter of Invitation from X to Y" (whatever the noun, when "from" follows it)."""
_TO = re.compile(r"\s(?i:to)\s")
_OCCASION_FIRST = re.compile(rf"^(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*{WHOSE_OCCASION.pattern}")
"""A segment that opens with someone's occasion ("Secretary's Trip to Japan and Korea",
"Vice President's Visit to Testburg"): what the paper serves; its places are the occasion's."""
_TO_START = re.compile(r"^(?i:to)\s+")
_LOOKAHEAD = 200  # characters after a segment that tell whether a date follows it
_VIA = re.compile(r"^(?i:via)\s+\S")
"""Who carried the message, after a comma: still the parties' clause."""
_AND_MORE = re.compile(r"^(?:and|&)\s+[A-Z]")  # "from Kim, Lee, and Park to Mao"
_TO_FROM = re.compile(r"^(?i:to|for)\s.*\s(?i:from)\s")  # "Telegram to Y from X"
_KIND_BY = re.compile(r"^(?P<kind>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<by>(?i:from|of)\s+)")
"""One or two words before "from" or "of" in a title with no type: its kind, a name or an
event."""
_SUBJECT_FIRST = re.compile(r"\s*(?i:on|about|regarding|concerning)\s[^,]+,\s*$")
"""The subject right after the type, then a comma: "Report on the Situation in X, ..."."""
_LISTED = re.compile(r"\s*,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+")
_FOR_OPENING = re.compile(r"^(?i:for)\s")
_FROM_INSIDE = re.compile(r"\s(?i:from)\s")
_BY_BEFORE = re.compile(r"\s(?i:by)\s+[^,]{1,120},\s*(?:[^,]{1,40},\s*)?$")
"""An author, then where it sat, right before a "to": "Note Given by the Ministry of External
Affairs, New Delhi, to the Embassy of China in India"."""


def free_segment(
    joined: Joined, start: int, end: int, value: str, reading: Reading, typed: bool, message: bool
) -> None:
    """A segment that is no tag: the sender/recipient clause, its continuation, or prose."""
    offset = joined.text.index(value, start)
    first_free = not reading.free_seen
    reading.free_seen = True
    after_comma = joined.text.rfind(",", 0, offset) >= reading.rest_start
    if PARTICIPLE_CLAUSE.match(value):
        reading.end_head(offset)  # "..., Signed for X by Y": its signers are read apart
    if reading.party is None and _FROM.match(value) and not (first_free and reading.excerpt):
        if not (reading.records and _FROM_EVENT.match(value)) and not FROM_DIARY.match(value):
            start_party(reading, offset, end, "from")
    elif reading.party is None and first_free and (kind := _OF_KIND_FROM.match(value)):
        start_party(reading, offset + kind.start("from"), end, "from")  # "Letter of Thanks"
    elif reading.party is None and first_free and (kind := _OF_KIND_OF.match(value)):
        start_party(reading, offset + kind.start("of"), end, "of")  # "of Greetings of X to Y"
    elif reading.party is None and first_free and (kind := _OF_KIND_TO.match(value)):
        start_party(reading, offset + kind.start("to"), end, "to")  # "Letter of Thanks to X"
    elif (
        reading.party is None
        and first_free
        and not reading.listing
        and (_OF_TO.match(value) or _OF_OFFICE_HOLDER_TO.match(joined.text, offset))
        and (message or (reading.addressed and agents_of_to(_apposed(joined.text, offset))))
        and not _posted(joined.text, offset)
    ):
        start_party(reading, offset, end, "of")
    elif (
        reading.party is None
        and not reading.reply
        and first_free
        and _TO_FROM.match(value)
        and not _purpose(value)
    ):
        start_party(reading, offset, end, "to")
    elif (
        reading.party is None
        and reading.addressed
        and _TO_START.match(value)
        and (first_free or _BY_BEFORE.search(joined.text, reading.rest_start, offset))
    ):
        if not reading.reply:
            start_party(reading, offset, end, "to")  # "Letter to Stalin"; "Note Given by X, to Y"
    elif reading.party is None and reading.addressed and first_free and for_whom(value):
        if not reading.reply:
            start_party(reading, offset, end, "to")  # "Note for Comrade Ulbricht"
    elif reading.party is None and reading.addressed and after_comma and for_ranked_person(value):
        start_party(reading, offset, end, "to")  # "Report of X on Y, for Comandante Z"
    elif reading.party is None and reading.addressed and (by_to := BY_TO.match(value)):
        start_party(reading, offset + by_to.start("to"), end, "to")
    elif (
        reading.party is None
        and typed
        and first_free
        and after_comma
        and _TO.search(value)
        and not _OCCASION_FIRST.match(value)  # "..., Secretary's Trip to Japan": no parties
    ):
        start_party(reading, offset, end, "bare")
    elif (
        reading.party is None
        and reading.addressed
        and _SUBJECT_FIRST.match(joined.text, reading.rest_start, offset)
        and _listed_to(joined.text[offset:])
    ):
        start_party(reading, offset, end, "bare")  # "Report on X, Testov and Testin to Y"
    elif reading.party is None and not typed and first_free and (kind := _untyped_kind(value)):
        start_party(reading, offset + kind.start("by"), end, "of")  # "Petition of X to Y"
    elif (
        reading.party is None
        and not typed
        and first_free
        and agents_to(value)
        and not _event_head(value)
    ):
        start_party(reading, offset, end, "bare")  # "Ulbricht to Khrushchev", no type word
    elif reading.party_open and PARTICIPLE_CLAUSE.match(value):
        reading.party_open = False  # "..., signed by X and Y": no addressee
    elif reading.party_open and subject_segment(value) and _complete(joined.text, reading, offset):
        reading.party_open = False  # "..., Testov's Trip to Testburg": the subject, no party
    elif (
        reading.party_open
        and reading.party is not None
        and read_doc_type(value) is None  # "..., Report on the Congress" ends the parties
        and (
            continues_to(value, reading.clause)
            or _AND_MORE.match(value)
            or _meant_for(joined.text, reading, offset, value)
            or _VIA.match(value)  # "Filippov [Stalin] to Mao Zedong, via Roshchin"
            or more_parties(value, joined.text[end : end + _LOOKAHEAD], reading.stations)
            or _apposed_to_last(joined.text, reading.party[0], offset, value)
        )
    ):
        reading.party = (reading.party[0], end)
    else:
        if reading.party_open and place_like(value):
            reading.after_parties = joined.located(offset, offset + len(value))
            if not joined.text[offset + len(value) :].strip(" ."):  # "to Brezhnev, Berlin"
                reading.written_at = reading.written_at or reading.after_parties
        reading.party_open = False


def _listed_to(rest: str) -> bool:
    """Whether the rest of a title is senders listed by commas and "and", then "to" and the
    addressee: "Testov, Testin, and Testarov to the CC"."""
    to = _TO.search(rest)
    if to is None or _TO.search(rest, to.end()) is not None:
        return False
    senders = [strip_article(s) for s in _LISTED.split(rest[: to.start()]) if s.strip()]
    recipient = strip_article(rest[to.end() :].strip(" ."))
    return (
        bool(senders)
        and all(is_name_like(s, 4) and not NOUN_WORD.search(s) for s in senders)
        and (name_kind(recipient) is not None or personal_name_shape(recipient))
    )


def _untyped_kind(value: str) -> re.Match[str] | None:
    """The message word before "from" or "of" that opens a title whose kind the scheme lacks,
    never a sender's name: "Request from X to Y", "Petition of X to Y" (a body's head is no
    kind: "Ministry of Foreign Affairs to X"; nor an event: "Trip of X to Y")."""
    found = _KIND_BY.match(value)
    if found is None or not UNTYPED_KIND.fullmatch(found["kind"].split()[-1]):
        return None  # "Joint Appeal of X to Y" too
    if name_kind(found["kind"]) is not None or personal_name_shape(found["kind"]):
        return None
    return found if agents_to(value[found.end("by") :]) else None


def _event_head(value: str) -> bool:
    """Whether an untyped title opens with a noun that is no message before "of" or "from": an
    event or a movement, whose "X to Y" is where it went ("Transfer of Soviet Troops from
    Testland to Testia"), never a sender and an addressee."""
    found = _KIND_BY.match(value)
    return (
        found is not None
        and NOUN_WORD.search(found["kind"].split()[0]) is not None
        and name_kind(found["kind"]) is None  # "Commission of X to Y" is a body
        and not UNTYPED_KIND.fullmatch(found["kind"].split()[-1])
    )


def _purpose(value: str) -> bool:
    """Whether a segment opens with "for" and a purpose, whose "from" is a place or a movement
    inside it: "for the Withdrawal of the Volunteers from Korea" names no one."""
    whom = _FROM_INSIDE.split(value, maxsplit=1)[0]
    return _FOR_OPENING.match(value) is not None and not for_whom(whom)


def _meant_for(text: str, reading: Reading, at: int, value: str) -> bool:
    """Whether a segment says whom the message is meant for after its addressee: "to
    Kovalev, for Mao Zedong" is to both ("to Kovalev, for Stalin" where the authority file
    knows an agent by "Stalin", not "to Kovalev, for Korea")."""
    found = FOR_SEGMENT.match(value)
    return (
        found is not None
        and _complete(text, reading, at)
        and meant_for(found["whom"].rstrip(" .")) is not None
    )


def _complete(text: str, reading: Reading, at: int) -> bool:
    """Whether the sender/recipient clause before ``at`` has named its addressee."""
    if reading.party is None:
        return False
    return reading.clause in ("to", "bare") or _TO.search(text, reading.party[0], at) is not None


def _apposed_to_last(text: str, start: int, at: int, value: str) -> bool:
    """Whether a segment is the holder of the last party's office ("to the Soviet Ambassador,
    Puzanov"), a unit of its body ("from the French Foreign Ministry, Direction d'Europe") or,
    ending the title, the seat of a body named with no place ("to the Romanian Embassy,
    Pyongyang", "to the Ministry of External Affairs, New Delhi"; after a person, "to Brezhnev,
    Berlin", the city is where the letter was written)."""
    last = re.split(r",|\s(?i:and|&|to|from|via)\s", text[start:at].rstrip(" ,"))[-1]
    ends = not text[at + len(value) :].strip(" .")
    seat = (
        ends
        and not document_kind(value)  # "to the CPSU CC, Summary": a caption, no seat
        and name_kind(strip_article(last.strip())) == "org"
        and mission_place(last) is None
    )
    return seat or holds_office(last, value) or part_of_previous(last, ",", value, False)


def _posted(text: str, start: int) -> bool:
    """Whether the only "to" of an "of" clause is an envoy's post, never an addressee: "Report
    of the Hungarian Ambassador to the DPRK, Károly Práth, on the August Plenum" is his (never
    a body's: "Report of the Embassy to the Foreign Ministry")."""
    found = _OF_ENVOY_TO.match(text, start)
    if found is None or ACCREDITED_TO.search(found["envoy"]) is None:
        return False
    post = strip_article(text[found.end() :].split(",")[0].strip())
    body = any(ORG_WORDS.fullmatch(word) for word in post.split())  # "to the Foreign Ministry"
    return not body and _TO.search(text, found.end() - 1) is None


def _apposed(text: str, start: int) -> str:
    """The clause at ``start`` with an office's holder between commas left out: "of the Soviet
    Ambassador in the DPRK, A. Puzanov, to the MFA" reads as "of the Soviet Ambassador in the
    DPRK to the MFA"."""
    found = _OF_OFFICE_HOLDER_TO.match(text, start)
    return text[start:] if found is None else f"{found['office']} {found['to']}"


def start_party(reading: Reading, start: int, end: int, clause: PartyClause) -> None:
    """Open the sender/recipient clause (only the first one counts)."""
    if reading.party is None:
        reading.end_head(start)
        reading.party = (start, end)
        reading.party_open = True
        reading.clause = clause
