"""Who made a document, or took part in what it records, as the head of its title says.

"Speech by Kim Il Sung at ...", "Report by the Hungarian Embassy in Pyongyang on ...",
"Diary of Soviet Ambassador A.M. Puzanov", "Statement of the Government of the DPRK" name
the document's authors; "Record of Conversation between X and Y", "Interview with X", "Notes
of Meeting between X and Y", "X's Conversation with Y" name who took part in the
conversation it records. Only the title's head is read: the words after the document type
and before the sender/recipient clause ("Report by X" is an author, "Report from X to Y" a
sender). "of X" names an author only where it cannot mean "about X": after a diary, speech,
statement or letter, or when X's own head says agent ("the Government of ...", "Deputy X",
"A.M. Puzanov"); "Report of the Visit" names nobody, nor does a "Biography of X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .agencies import agency_before_type, author_first, quoted_maker, sent_by_post
from .clauses import common_nouns
from .doctypes import GATHERING_WORD
from .gatherings import WHOSE_OCCASION, an_event
from .meetings import (
    DISCUSSION_AT_SITTING,
    OF_AFTER_TYPE,
    SITTING_WORD,
    body_before_gathering,
    body_met,
    one_body,
)
from .message_kinds import KIND_FROM, MESSAGE_KIND
from .name_clauses import clause_end
from .names import name_kind, personal_name_shape
from .office_words import office_only
from .possessives import owner_from
from .quoted_works import shaped_maker
from .side_names import names_in
from .spoken_records import RECORDED_TALK, SPEECH_TYPES, of_participants
from .subject_by import authored_by, subject_between, talk_holder
from .text import Joined, is_name_like
from .title_lists import PERSON_WORDS, body_after_type, name_run, with_seat
from .title_speakers import paired_before_talk, speakers_before
from .title_tags import is_date
from .treaty_parties import states_governments
from .vocabulary import classification_of

_OFFICE_HELD = re.compile(r"(?P<office>[^(),;:]+?)\s*\([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\)")
"""An office, then its holder in brackets: "the Assistant Secretary of State for Far Eastern
Affairs (Robertson)"."""
_OF_KIND = re.compile(MESSAGE_KIND)
"""What a message is of, never who wrote it: "Message of Greetings", "Letter of Thanks"."""
_WITH = re.compile(
    r"(?<!\S)(?i:between|with)\s+(?!(?i:attachments?|enclosures?|annex(?:es)?|appendix)\b)"
)
"""Who a talk is between or with, never "with Attachment: Letter from ..."."""
_POSSESSIVE = re.compile(r"^(?P<name>[^'’]+?)['’]s\s+['‘\"“]?(?:[A-Z][a-z]*\.?\s+){0,2}$")
"""Whose the document is, with up to two words before its type, quoted or not: "Khrushchev's
'Secret Speech'", "Zhou Enlai's Second Talk with ..."."""
_PART_OF = re.compile(r"(?i:extracts?|excerpts?)\s+(?i:from)\s+(?:(?i:the)\s+)?")
"""A part of a document, whose author is the whole's: "Extract from CPSU CC Politburo
Decision" is the Politburo's."""
_INNER_OWNER = re.compile(
    r"\s(?i:of|on|from|for)\s++(?:(?i:the)\s++)?"
    r"(?P<name>(?:(?!\s(?i:of|on|from)\s)[^,;:()])+?)['’]s\s"
)
"""Whose conversation a record is of: "Record of Mao Zedong's Conversation with Ho Chi Minh"."""
_LISTED = re.compile(r"\s*[,:]\s+")
"""A list of names after a conversation's type and a comma or colon: participants when they
are two or more ("Minutes of Conversation, Mao Zedong and Ambassador Yudin")."""
_CONVERSING = re.compile(
    r"\b(?i:conversations?|talks?|meetings?|discussions?|interviews?|negotiations|exchanges?"
    r"|dialogues?|audiences?|consultations?|receptions?)\b"
)
_OWNED_TALK = re.compile(rf"(?:[A-Z][a-z]+\s+){{0,2}}{_CONVERSING.pattern}")
"""A talk after its owner's possessive, with up to two words of its kind between: "Brezhnev's
Telephone Conversation with Dubček", "Zhou Enlai's Second Talk with ..."."""
_RECEIVED = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,2}(?i:receptions?|audiences?)\s+(?i:of|(?P<for>for))\s+"
)
"""Whom a host received, after the host's possessive: "X's Reception of Y"."""
_TALK_OF = re.compile(
    rf"{_CONVERSING.pattern}\s+(?i:of)\s+(?P<name>[^,;:()]+?)(?<!\s)\s+(?i:with)\s"
)
"""Who had the talk: "the Meeting of Ceauşescu with Kim Il Sung"."""
_OWNER_WORDS = 10  # "Soviet Ambassador to the DPRK V.V. Ivanov's Conversation"
_OF_AUTHOR_TYPES = frozenset(
    {"diary", "speech", "remarks", "statement", "letter", "message", "oral-message", "article"}
    | {"memoir", "proposal"}
)
_RECORDING_TYPES = frozenset(
    {None, "note", "report", "information", "memorandum", "diary", "excerpt", "telegram"}
    | {"cable", "ciphered-telegram", "message", "letter"}
)
"""Types that may record or report talks ("Report on Talks with X"), unlike a speech "at the
Meeting with X"."""
_JOINT_TYPES = frozenset({"treaty", "communique", "statement", "letter", "message"})
"""Types whose "between X and Y" names the parties that made them together: a treaty, or an
exchange of letters ("Correspondence between Mao Zedong and Stalin")."""
_BETWEEN = re.compile(r"(?<!\S)(?i:between)\s+")
_NOT_OF_AUTHOR = frozenset(
    {"biography", "excerpt", "minutes", "transcript", "record-of-conversation", "interview"}
)
"""Types whose "of X" names what they are about or record ("Transcript of the Talks"); minutes
"of" one body ("Minutes of the Political Bureau") are its own."""


@dataclass(frozen=True)
class TitleAgents:
    """The authors and the participants that a title's head names, and the guests a
    reception was "for", agents only if the authority file knows them ("for National Day")."""

    authors: tuple[Located[str], ...] = ()
    participants: tuple[Located[str], ...] = ()
    if_known: tuple[Located[str], ...] = ()
    authors_if_known: tuple[Located[str], ...] = ()


def title_agents(
    joined: Joined,
    doc_type: str | None,
    type_start: int,
    type_end: int,
    head_end: int,
    sent: tuple[str, ...] = (),
) -> TitleAgents:
    """Read the head of the title (``type_end`` to ``head_end``) for authors and participants.

    ``type_start`` is where the document type's wording begins: a possessive before it
    ("Kim Il Sung's Conversation with ...") names an author or a participant too. ``sent``
    are the senders the title names after the type.
    """
    text = joined.text
    conversing = doc_type in SPEECH_TYPES
    authors: list[Located[str]] = []
    participants: list[Located[str]] = []
    if_known: list[Located[str]] = []
    authors_if_known: list[Located[str]] = []
    owner = _POSSESSIVE.match(text[:type_start])
    owner_start = owner_from(text, owner.end("name")) if owner else 0
    if owner is not None and is_name_like(text[owner_start : owner.end("name")], _OWNER_WORDS):
        found = names_in(joined, owner_start, owner.end("name"))
        (participants if conversing else authors).extend(found)
    speakers = speakers_before(joined, type_start) if conversing and owner is None else ()
    participants.extend(speakers)  # "Saddam Hussein Meeting with ...": no author
    if conversing or doc_type in _RECORDING_TYPES:  # "Memorandum on the Tito-Nasser Talks"
        participants.extend(paired_before_talk(joined, head_end))
    part = _PART_OF.match(text, 0, type_start)  # "Extract from CPSU CC Politburo Decision"
    lead = quoted_maker(text, type_start) or (part.end() if part is not None else 0)
    before = text[lead:type_start].rstrip()
    if (author_end := author_first(before)) is not None:
        authors.extend(names_in(joined, lead, lead + author_end))  # "Polish Embassy, Cable"
    elif (
        owner is None
        and not speakers
        and before
        and not sent_by_post(joined, doc_type, (type_end, head_end), sent, before)
        and not GATHERING_WORD.fullmatch(before.split()[-1])  # "Conference Transcript"
        and classification_of(before) is None
    ):
        if agency_before_type(before):  # "KGB Report", "State Department Telegram"
            authors.extend(names_in(joined, lead, lead + len(before)))
        elif shaped_maker(before):  # "Testo Testov Report", as "Long Testmarch Report"
            authors_if_known.extend(names_in(joined, lead, lead + len(before)))
    if not authors and not conversing:
        authors.extend(body_after_type(joined, type_end, head_end))
    if (
        not authors
        and doc_type == "minutes"
        and (discussed := DISCUSSION_AT_SITTING.match(text, type_end))
    ):  # "Memorandum of Discussion at the 179th Meeting of the National Security Council"
        body_start = discussed.start("body")
        end = clause_end(text, body_start, head_end)
        authors.extend(n for n in names_in(joined, body_start, end) if one_body(n.value))
    of = OF_AFTER_TYPE.match(text, type_end, head_end)
    if of is not None and of_participants(doc_type, text[type_start:type_end]):  # "of X"
        of_end = clause_end(text, of.end(), head_end)
        candidates = names_in(joined, of.end(), of_end)
        with_follows = _WITH.search(text, of.end(), of_end) is not None  # "of Kosygin with Y"
        sitting = SITTING_WORD.fullmatch(text[type_start:type_end].strip()) is not None
        if sitting and not with_follows and len(candidates) == 1 and one_body(candidates[0].value):
            authors.extend(candidates)  # "Meeting of the Soviet Politburo": its own record
        participants.extend(
            name
            for name in candidates
            if (with_follows or _head_names_agent(name.value, True))
            and not WHOSE_OCCASION.search(name.value)  # "of Mao's Meeting with": Mao's below
            and not is_date(name.value)  # "The Mao-Khrushchev Conversation of 2 October 1959"
        )
    inner_end = with_.start() if (with_ := _WITH.search(text, type_end, head_end)) else head_end
    by, by_end = authored_by(text, type_end, head_end), head_end
    by_names: tuple[Located[str], ...] = ()
    if by is not None:  # its author: "of X" is then an author only by its shape
        by_end = clause_end(text, by.end(), head_end, across_commas=True)  # "by the Minister, X,"
        if (held := _OFFICE_HELD.match(text, by.end(), head_end)) and office_only(held["office"]):
            by_end = held.end()  # FRUS: "by the Director of Central Intelligence (McCone)"
        by_names = names_in(joined, by.end(), by_end)
    recording = conversing or doc_type in _RECORDING_TYPES
    if recording and (holder := talk_holder(text, type_end, head_end)) is not None:
        participants.extend(names_in(joined, *holder))  # "the Talks Held by X with Y"
    inner = _INNER_OWNER.search(text, type_start, inner_end)
    if recording and (talk := _TALK_OF.search(text, type_start, head_end)) is not None:
        participants.extend(names_in(joined, talk.start("name"), talk.end("name")))
    if inner is not None and recording and _OWNED_TALK.match(text, inner.end()):
        participants.extend(names_in(joined, inner.start("name"), inner.end("name")))
        guest = _RECEIVED.match(text, inner.end()) if conversing else None
        if guest is not None:  # "Minutes of X's Reception of Y": Y took part too
            guests = names_in(joined, guest.end(), clause_end(text, guest.end(), head_end))
            for_ = guest["for"] is not None  # "Reception for National Day": an occasion
            participants.extend(n for n in guests if not for_ or name_kind(n.value) == "person")
            if_known.extend(n for n in guests if for_ and name_kind(n.value) != "person")
    elif (met := body_met(text, doc_type, type_start, type_end, head_end)) is not None:
        of_end = clause_end(text, met, head_end)  # "Minutes of the Meeting of the Politburo"
        met_names = names_in(joined, met, of_end)
        people = [n for n in met_names if name_kind(n.value) != "org"]
        if len(met_names) > 1 and people:  # "the Meeting of Zhou Enlai and Anthony Eden",
            participants.extend(met_names)  # "of Stalin and the Bulgarian Delegation": who met
        else:
            authors.extend(n for n in met_names if one_body(n.value))
    elif (body := body_before_gathering(text, doc_type, type_start, head_end)) is not None:
        authors.extend(names_in(joined, *body))  # "Minutes of the NSC Meeting"
    elif (
        of is not None
        and (doc_type not in _NOT_OF_AUTHOR or doc_type == "minutes")
        and not _OF_KIND.match(text, of.end())
        and not KIND_FROM.match(text, of.end())  # "Letter of Invitation from X"
    ):
        of_end = clause_end(text, of.end(), head_end, across_commas=True)
        if (between := _WITH.search(text, of.end(), of_end)) is not None:
            of_end = between.start()  # "Treaty of Friendship between X and Y"
        candidates = names_in(joined, of.end(), of_end)
        office = text[of.end() : of_end].split(",")[0]  # "of the Ambassador to X, Y,": Y's
        apposed = len(candidates) == 1 and "," in text[of.end() : of_end] and office_only(office)
        authors.extend(
            name
            for name in candidates
            if not an_event(name.value)  # "of the Fourth Round of the Six-Party Talks"
            and (
                (doc_type in _OF_AUTHOR_TYPES and not by_names and not common_nouns(name.value))
                or (_head_names_agent(name.value) and doc_type != "minutes")
                or (doc_type == "minutes" and one_body(name.value))  # "of the Politburo"
                or apposed
            )
        )
    if by is not None:
        talking = conversing and _WITH.search(text, by.end(), by_end) is not None  # "by X with Y"
        (participants if talking else authors).extend(by_names)
    between = _BETWEEN.search(text, type_end, head_end) if doc_type in _JOINT_TYPES else None
    agreed = doc_type == "treaty"
    if between and not (authors and subject_between(text, type_end, between.start(), agreed)):
        end = clause_end(text, between.end(), head_end, across_commas=True)
        authors.extend(states_governments(names_in(joined, between.end(), end), doc_type))
    if (with_ := _WITH.search(text, type_end, head_end)) is not None and (
        conversing
        or (doc_type in _RECORDING_TYPES and RECORDED_TALK.search(text, type_start, with_.start()))
    ):
        end = clause_end(text, with_.end(), head_end, across_commas=True)
        participants.extend(names_in(joined, with_.end(), end))
        if text.startswith(",", end):  # "between Mao Zedong and Pham Van Dong, Hoang Van Thai"
            more = name_run(joined, end + 1, head_end)
            participants.extend(n for n in more if personal_name_shape(n.value))
            odd = [n for n in more if not personal_name_shape(n.value) and not name_kind(n.value)]
            if_known.extend(n for n in odd if " " in n.value)  # a body's is no one: "White House"
    listed = _LISTED.match(text, type_end, head_end) if conversing else None
    if listed and (before_with := _WITH.search(text, listed.end(), head_end)) is not None:
        participants[:0] = [  # "X with Y"; "Meeting with Y" names one side only
            name
            for name in names_in(joined, listed.end(), before_with.start())
            if GATHERING_WORD.search(name.value) is None and not _CONVERSING.search(name.value)
        ]
    elif listed and not participants:
        end = clause_end(text, listed.end(), head_end, across_commas=True)
        named = names_in(joined, listed.end(), end)  # "Memcon, Kissinger and Zhou Enlai"
        if len(named) < 2:
            named = name_run(joined, listed.end(), head_end)  # "Memcon, Nixon, Kissinger, ..."
        named = tuple(n for n in named if GATHERING_WORD.search(n.value) is None)  # an event
        if len(named) > 1:
            participants.extend(named)
    authors = [with_seat(joined, author, head_end) for author in authors]
    return TitleAgents(
        tuple(dict.fromkeys(authors)),
        tuple(dict.fromkeys(participants)),
        (*if_known,),
        () if authors else (*authors_if_known,),
    )


def _head_names_agent(name: str, bare_person: bool = False) -> bool:
    """Whether the head of ``name`` (before "of", "in"...) says person or organisation, or,
    with ``bare_person``, whether it is a bare name ("Kim Il Sung")."""
    head = re.split(r"\s(?i:of|in|to|at|for)\s", name, maxsplit=1)[0]
    if name_kind(head) is not None:
        return True
    return (
        bare_person and head == name and len(name.split()) > 1 and is_name_like(name, PERSON_WORDS)
    )
