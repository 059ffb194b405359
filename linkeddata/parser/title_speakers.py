"""Who took part in a recorded talk, named before the talk's word with no type before them,
as the catalogue of captured Iraqi recordings titles its records: "Saddam Hussein Meeting with
His Cabinet", "Saddam Hussein and His Advisers Discussing the Iranian Revolution". Such a
title records a discussion, and the people it opens with took part in it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..record import Located, Title
from .gazetteer import is_state
from .name_clauses import clause_end
from .names import name_kind, personal_name_shape
from .nationalities import COMBINING, is_nationality
from .office_words import office_only
from .opening_persons import an_opening_person
from .side_names import names_in
from .text import Joined
from .title_tags import is_date

_NOT_A_RUN = re.compile(r"[,;:()\[\]\"]|['’]s\b")
"""What a plain run of names before the type never holds: a comma, a bracket, a possessive."""
_TALK = re.compile(r"(?i:discuss(?:es|ing)?\b|(?:meeting|discussion|conversation)s?\s+with\b)")
"""The wordings of a recorded talk after its speakers ("Meeting with His Cabinet",
"Discussing the Iranian Revolution"); an event's name goes before "Talks" or "Meeting of"
("Strategic Arms Limitation Talks", "Four Power Meeting on Berlin")."""
_EVENT_WORDS = re.compile(
    r"\b(?:summit|plenary|powers?|four|big|talks|peace|border|secret|house|line|group|session"
    r"|ambassadorial|cross|conference|negotiations?)\b",
    re.IGNORECASE,
)
"""Words of an event's, a place's or a marking's name, never of a speaker's: "Geneva Summit
Meeting with ...", "Blair House Meeting with the Shah", "Top Secret Meeting with ..."."""


def speakers_before(joined: Joined, type_start: int) -> tuple[Located[str], ...]:
    """The people named before a talk's word that opens the title ("Saddam Hussein Meeting
    with ..."), when the first is a person's name (never "Soviet Record of Conversation",
    nor a body's "Politburo Meeting") and no word of the run names an event or a place
    ("Geneva Summit Meeting of Reagan and Gorbachev")."""
    before = joined.text[:type_start].rstrip()
    if not before or _NOT_A_RUN.search(before) or _EVENT_WORDS.search(before):
        return ()
    if not _TALK.match(joined.text, type_start):
        return ()
    if not an_opening_person(re.split(r"\s(?:and|&)\s", before)[0]):
        return ()
    return names_in(joined, 0, len(before))


_PAIR_TALK = re.compile(
    r"(?<![\w'’.-])(?P<a>[A-Z][\w'’.]+)[-–](?P<b>[A-Z][\w'’.]+(?:\s[A-Z][\w'’.]+){0,2}?)\s+"
    r"(?=(?i:meetings?|talks|summit|conversations?|negotiations)\b)"
)
"""Two surnames joined by a hyphen before the talk they had: "Eshkol-Johnson Meeting",
"Tito-Nasser Talks", "the Brezhnev-Assad Talks"; the second may be a name of up to three
words ("the Kosygin-Zhou Enlai Meeting")."""


def paired_before_talk(joined: Joined, end: int) -> tuple[Located[str], ...]:
    """A pair of surnames before a talk's word in the title's head (before ``end``), as one
    name: the mapping links each person the authority file knows ("Kissinger-Zhou"). Never a
    pair of states or nationalities ("Sino-Soviet Talks", "Soviet-Cuban Talks")."""
    found = _PAIR_TALK.search(joined.text, 0, end)
    if found is None or any(
        COMBINING.fullmatch(word) or is_nationality(word) or is_state(word)
        for word in (found["a"], found["b"])
    ):
        return ()
    if _NO_SURNAME.fullmatch(found["a"]) or _NO_SURNAME.fullmatch(found["b"]):
        return ()  # "the Six-Party Talks", "High-Level Talks", "the Top-Level Meeting"
    if _NAME_BEFORE.search(joined.text, 0, found.start()):
        return ()  # "Kim Il-Sung Meeting with ...": the pair ends a name
    return names_in(joined, found.start(), found.end("b"))


_NO_SURNAME = re.compile(
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|multi|high|top|low|post|pre|non"
    r"|follow|red|vice|big|inter|cross|mid|anti|pro|co|ex|sub|joint|full|half|first|second"
    r"|third|working|expert|party|parties|power|powers|level|nation|nations|way|side|sided"
    r"|round|day|year|point|stage|track|term|lateral|up|on)"
)
"""The halves of a hyphened word that names a talk's kind or its number of sides, never a
person ("Six-Party", "High-Level", "Four-Power", "Follow-Up", "Post-Summit")."""
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?i:the|a|an)\s)[A-Z][\w'’.]*\s+$")
"""A capitalised word just before the pair, no article: the pair ends a longer name ("Kim
Il-Sung"), not in "The Mao-Khrushchev Conversation"."""
_BETWEEN_AFTER_TALK = re.compile(
    r"\b(?i:meetings?|talks|conversations?|negotiations|discussions?|summit|session)"
    r"\s+(?i:between)\s+"
)


def untyped_talk(title: Title, joined: Joined) -> Title:
    """``title`` with who met, when it has no type and no participants but says a talk was
    "between A and B" or names the pair before it ("Reykjavik Summit, First Meeting between
    Reagan and Gorbachev", "The Testov-Testin Talks"); its type stays unknown."""
    if title.doc_type is not None or title.participants:
        return title
    text = joined.text
    if (between := _BETWEEN_AFTER_TALK.search(text)) is not None:
        end = clause_end(text, between.end(), len(text), across_commas=True)
        met = names_in(joined, between.end(), end)
    else:
        met = paired_before_talk(joined, len(text))
    return replace(title, participants=met) if met else title


_NO_NAME = re.compile(r"[;:()\[\]\"'‘’“”]")
"""What no name of a heading holds: a quotation's marks, a bracket, a colon."""
_PLACE = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}")
"""A place of one to three capitalised words: "Beijing", "New Delhi"."""


def spoken_heading(title: Title, joined: Joined) -> Title:
    """A title of two people's names or more (between commas and "and"), a place and a date,
    with no type, as the record of their conversation, as collections of talks head each
    one ("Zhou Enlai and Pham Van Dong, Beijing, 10 April 1967"): each name a participant,
    one of a person's full shape at once, any other only where the file knows it ("Nehru");
    ``title`` as it is unless one name at least has that shape and none is a body's, an
    office's or a state's, and the place is none of them either."""
    head, _, date = joined.text.rpartition(", ")
    listed, _, place = head.rpartition(", ")
    first, joined_by_and, last = listed.rpartition(" and ")
    if title.doc_type is not None or not joined_by_and or _NO_NAME.search(listed):
        return title
    if not (is_date(date.strip()) and _PLACE.fullmatch(place) and _a_place(place)):
        return title
    people = names_in(joined, 0, len(listed))
    written = [*first.split(","), last]
    if len(people) != len(written) or not all(_a_speaker(n.strip()) for n in written):
        return title
    if not any(personal_name_shape(p.value) for p in people):
        return title
    return replace(
        title,
        doc_type=Located("record-of-conversation", title.text.line),
        participants=tuple(p for p in people if personal_name_shape(p.value)),
        participants_if_known=tuple(p for p in people if not personal_name_shape(p.value)),
    )


def _a_speaker(name: str) -> bool:
    """Whether one name of a heading reads as a person's: no body's, office's or state's."""
    return (
        an_opening_person(name)
        and name_kind(name) != "org"
        and not office_only(name)
        and not is_state(name)
        and not is_nationality(name)
    )


def _a_place(name: str) -> bool:
    """Whether a heading's place may be one: no person's, body's or office's name."""
    return name_kind(name) is None and not personal_name_shape(name) and not office_only(name)
