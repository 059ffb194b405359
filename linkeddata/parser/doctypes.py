"""The document type a title names at its head: "Weekly Report No. 7 from A to B" is a report.

An archivist reads the type from the head of the title's first noun phrase: the words before
the first preposition, comma, bracket, quotation mark or number. The type is the longest
wording of the document-type scheme that ends that phrase ("Information Report", "the
Legation's Annual Report", "StB Note", "Second Conversation"); a wording that holds a
preposition itself ("Memorandum of Conversation") is read whole, and so is a record, memorandum,
minutes, notes or summary of a conversation, talks or a discussion with words between ("Record
of a Confidential Conversation", "Summary of the Second Talks"); failing all, a wording that
opens the title ("Letter Kim Il Sung to Stalin"). A partitive head ("Excerpts from", "Extract
of", "From the") defers to the whole it is taken from: an excerpt from a named report is a
report, and only an excerpt of something unnamed is an excerpt. Nothing else is read for the
type: a headline with no type word has none, but for "<person> (and others) Discussing
<topic>", the wording of a recorded discussion.

>>> read_doc_type("Excerpt from the Legation's Annual Report, 1956")
('report', 35, 41)
>>> read_doc_type("A's Conversation with B on June 3, 1972")[0]
'record-of-conversation'
>>> read_doc_type("Record of a Friendly Conversation with C, 1961")
('record-of-conversation', 0, 33)
>>> read_doc_type("Down with the Imperialists!") is None
True
"""

from __future__ import annotations

import re

from .gatherings import GATHERINGS, SITTINGS, words
from .names import name_kind, personal_name_shape
from .nationalities import COMPASS_NATIONALITY
from .opening_persons import an_opening_person
from .phrase_heads import PHRASE_WORDS, heads_phrase, phrase
from .protocols import AGREEMENT, agreed_protocol
from .quoted_works import QUOTE_OPENS, names_quoted_work, nicknamed
from .services import a_service
from .vocabulary import DOC_TYPES, wording_key

_WORDINGS = sorted(DOC_TYPES, key=len, reverse=True)
AT_WORDING = re.compile(
    r"(?i:"
    + "|".join(
        re.escape(w).replace(r"\ \-\ ", r"\s*-\s*").replace(r"\ ", r"\s+") for w in _WORDINGS
    )
    + r")(?![^\W\d_])"
)
_LONGEST = max(len(w.split()) for w in _WORDINGS)
_PARTITIVE = re.compile(
    r"(?i:(?:excerpts?|extracts?|fragments?|entry|entries|pages?|passages?|parts?|sections?"
    r"|drafts?|copy|copies|translation|text|outline|abstract|summary|summaries|synopsis"
    r"|main\s+points|exchanges?)"
    r"\s+(?:from|of)|from(?=\s+the\s))\s+"
)
_POSSESSIVE = re.compile(r"^[^,;:()]{1,120}?['’]s\s+(?P<quote>['‘\"“])?(?=[^\W\d_])")
_OWNER_AT = re.compile(r"[^,;:()]{1,120}?['’]s\s+(?=[^\W\d_])")
"""A possessor before the type, which may hold prepositions: "Soviet Ambassador to the DPRK
V.V. Ivanov's Conversation with ..."."""
_RECEPTION = re.compile(r"(?i:receptions?)(?=\s+(?i:of)\s)")
"""A person's reception of a visitor, an audience: a conversation ("X's Reception of Y"; a
reception "for" a delegation may be a banquet)."""
_RECEPTION_HEAD = re.compile(r"(?i:records?|summary|summaries|accounts?)\s")
"""The heads that make a person's reception of a visitor a record of conversation; another
type word at the head is the type ("Minutes of X's Reception of Y" are minutes)."""
_RECORD_OF = re.compile(
    r"(?i:records?|memorand(?:um|a|ums)|memos?|minutes|notes?|summary|summaries|accounts?)\s+"
    r"(?i:of|on|about)\s+"
    r"(?:(?!(?i:from|to|with|between|by|on|in|at|and|for|during|regarding)\b)"
    r"[^\W\d_][\w'’\-]*\s+){0,5}?"
    r"(?:(?i:conversations?|talks?|discussions?|negotiations?)(?![^\W\d_])"
    r"|(?<!(?i:minutes of the) )(?<!(?i:minutes of) )(?i:meetings?)(?=\s+(?i:between|with)\s)"
    rf"|(?<=['’]s\s){_RECEPTION.pattern})"
)
"""A record of a conversation however the catalogue words it, with determiners and modifiers
between its head and "conversation": "Record of a Confidential Conversation", "Summary of the
Second Conversation", "Record of the Main Content of the Talks", "Notes on a Discussion", and
of a person's reception of a visitor, an audience ("Record of Premier Zhou Enlai's Reception of
the Indian Ambassador"; a reception no one's, "Record of the Reception ... at the Airport", may
be a ceremony)."""
_TALK = re.compile(
    r"(?:(?i:the|a)\s+)?(?i:talks?|negotiations?)\s+(?=(?:(?i:by)\s+[^,;:()]{1,60}?\s+)?(?i:between|with)\s)"
)
"""A talk between or with people is a conversation ("Talk between Zhou Enlai and Pham Van
Dong", "Talk by Mao Zedong with Ambassador Yudin", a summary of "the Talk between ..."), where
a "Talk by X at the Conference" is a speech."""
_MINUTES_OF = re.compile(
    r"(?:(?i:the|a)\s+)?(?:(?i:records?|protocols?|minutes)(?:\s+(?i:no|nr|n°)\.?\s*[\w./-]+)?"
    r"\s+(?i:of|from)|(?:(?i:working|rough|handwritten|shorthand|stenographic|verbatim)\s+)?"
    r"(?P<notes>(?i:notes?))\s+(?P<on>(?i:of|from|on|taken\s+at)))"
    r"\s+(?:(?i:the|a|an)\s+)?"
    r"(?:(?:[^\W\d_][\w'’\-]*|\d+(?i:st|nd|rd|th))\s+){0,3}?"  # "the 543rd Meeting"
    rf"{words(SITTINGS | {'conference'})}(?![^\W\d_])"
)
"""The record of a meeting or a session: its minutes ("Record of the Meeting of
Representatives", "Record of the 543rd Meeting", "Protocol No. 7 of the Session of the
Politburo"), notes taken at it too ("Working Notes from the Session of the Presidium", "Rough
Notes of a Meeting of the Politburo": a note is a message, notes of a sitting are its record),
unless it was a meeting of someone with someone ("Record of a Meeting of Mao Zedong with Ho Chi
Minh", "Note on the Meeting of X with Y"): a conversation. Notes "on" a sitting, talking,
background or press notes may be anyone's about it: their type is read as any title's."""
_MEETING_OF = re.compile(
    r"(?i:meetings?|sessions?|sittings?)(?P<of>\s+(?i:of)\s)(?P<body>[^,;:()]+)"
)
"""A body's meeting is recorded in minutes ("Meeting of the Political Consultative Committee");
a meeting of people with people is a conversation."""
_GROUP = re.compile(
    r"\s(?:and|&)\s|^(?:[A-Z][a-z]+\s+)?(?i:ambassadors|ministers|leaders|heads|representatives"
    r"|secretaries|delegations|chiefs|envoys)\b"
)
"""Parties of a meeting, no one body: "Kim Il Sung and the Soviet Delegation", "the
Ambassadors of the Socialist Countries", "Foreign Ministers"."""
_WITH_SOMEONE = re.compile(r"[^,;:(]*?\s(?i:with|between)\s")
_ORGANISATION_FIRST = re.compile(
    r"(?P<org>[^,;:()\[\]\d]{3,100}?)(?:\s+\((?P<head>[^,;:()\[\]\d]{2,40})\))?,\s+"
    r"(?P<quote>['‘\"“])?"
)
"""An author before the type, as some catalogues put the author first: "Polish Embassy in
Hanoi, Cable No. 5427", "Hungarian Embassy in Pyongyang, Report, 12 May 1962", "Polish
Ambassador to China Kiryluk, Ciphergram, 30 October 1956", with the head of a mission in
brackets: "Czechoslovak Embassy in Pyongyang (Moravec), Report on ...", or a quoted work
after its author: "CCP Central Committee, 'Circular on ...'", "Mao Zedong, 'Instruction ...'"."""
_AGENT_BEFORE_TYPE = 80  # "Bulgarian Ministry of Foreign Affairs Information on ..."
_NATIONALITIES = re.compile(COMPASS_NATIONALITY)
GATHERING_WORD = re.compile(words(GATHERINGS))
_LEADING_NATIONALITY = re.compile(rf"{_NATIONALITIES.pattern}\s+")
_RECORD_COMMA = re.compile(r"(?i:records?|notes?|summary|summaries|accounts?)\s*,\s+")
"""A record's word alone before a comma and whose talk it records: "Record, Kim Jong Il's
Talk with ...", "Summary, Zhou Enlai's Talk" (as "Minutes, Mao Zedong's Conversation")."""
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_SURNAME = re.compile(r"[A-Z][a-zà-ž'’]+")
_AND_THEN = re.compile(r"\s+(?:and|&)\s+")
"""Two types of one record: "Cover Letter and Report from X to Y" (the first is its type)."""
_WORD_START = re.compile(r"(?<![^\W_])[^\W\d_]")
_THEN_TYPE = re.compile(r",\s+")  # "Minutes, Conversation between ...": the second says which
_EXCERPT = "excerpt"
_CONVERSATION = "record-of-conversation"
_MINUTES = "minutes"


def read_doc_type(text: str) -> tuple[str, int, int] | None:
    """The type's key and the span of the wording that names it, or None."""
    partitive = _PARTITIVE.match(text)
    if partitive is not None:
        found = _agreement(text, _head_type(text, partitive.end()))
        if found is not None:
            return found
        if partitive.group().lower().startswith(("excerpt", "extract")):
            word_end = text.index(" ", 0, partitive.end())
            return _EXCERPT, 0, word_end
    found = discussion_type(text) or _head_type(text, 0)  # "X Discussing the Order to ..."
    if found is not None and (comma := _THEN_TYPE.match(text, found[2])) is not None:
        again = _head_type(text, comma.end())  # "Minutes, Conversation between X and Y"
        if again is not None and again[0] == _CONVERSATION:
            found = again
    if found is None and (owner := _POSSESSIVE.search(text)) is not None:
        found = _head_type(text, owner.end())  # "Ambassador to the DPRK X's Conversation"
        found = None if owner["quote"] and not nicknamed(text, owner.end(), found) else found
    if found is None and (whose := record_before_owner(text)) is not None:
        owner_end = _OWNER_AT.match(text, whose)
        found = _head_type(text, owner_end.end()) if owner_end is not None else None
    first = _ORGANISATION_FIRST.match(text) if found is None else None
    if first is not None and (
        name_kind(first["org"].strip()) is not None
        or (first["quote"] and personal_name_shape(first["org"].strip()))
    ):  # "Testo Testman, 'Instruction on ...'": the quoted work's type
        found = _head_type(text, first.end())  # "Polish Embassy in Hanoi, Cable No. 5427"
        if found is not None and first["quote"] and not names_quoted_work(text, first.end(), found):
            found = None  # "Testburg Radio, 'Citizens Help Police Restore Order'": a headline
    if found is None and (opened := QUOTE_OPENS.search(text)) is not None:
        found = _head_type(text, opened.end())  # "Testburg Summary, 'Testov Speech to ...'"
        found = found if found and names_quoted_work(text, opened.end(), found) else None
    if found is None and (national := _LEADING_NATIONALITY.match(text)) is not None:
        found = _head_type(text, national.end())  # "Soviet Record of the Meeting of ..."
    if found is None:
        found = _after_agent(text)
    if found is not None and (joined := _AND_THEN.match(text, found[2])) is not None:
        second = _head_type(text, joined.end())  # "Cover Letter and Report from X to Y"
        if second is not None and second[1] == joined.end():
            found = (found[0], found[1], second[2])
    return _agreement(text, found)


def _agreement(text: str, found: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """The type, an agreement when its wording is a protocol the parties signed."""
    if found is not None and agreed_protocol(text, found[1], found[2]):  # "Moscow Protocol"
        return (AGREEMENT, found[1], found[2])
    return found


def record_before_owner(text: str) -> int | None:
    """Where the owner begins after a record's word and a comma ("Record, X's Talk"), if the
    title opens so."""
    found = _RECORD_COMMA.match(text)
    return None if found is None or not _OWNER_AT.match(text, found.end()) else found.end()


def listed_names(before: str) -> bool:
    """Whether the words before a type are three surnames or more listed with commas, the
    writers of a joint report: "Gromyko, Andropov, Ustinov, Ponomarev Report to CPSU CC"."""
    names = _LIST_SPLIT.split(before)
    return len(names) > 2 and all(_SURNAME.fullmatch(name) for name in names)


def _after_agent(text: str) -> tuple[str, int, int] | None:
    """The type after an agency or a nationality that opens the title without a comma:
    "Department of State Telegram to ...", "Soviet Record of the Meeting", "NSC Paper on"."""
    for word in _WORD_START.finditer(text, 0, _AGENT_BEFORE_TYPE):
        if (wording := AT_WORDING.match(text, word.start(), _AGENT_BEFORE_TYPE)) is None:
            continue  # each word may start one: "Directorate of Intelligence Report" is a report
        before = text[: wording.start()].strip()
        listed = listed_names(before)  # "Gromyko, Andropov, Ustinov Report"
        marked = any(c in before for c in ",;:()'’") and not listed
        if not before or (marked and not a_service(before)):
            break  # "Romanian Foreign Intelligence (DIE) Report" goes on
        last = before.split()[-1].strip("()")  # "(DIE)": the service's acronym
        if GATHERING_WORD.fullmatch(last) or not last[:1].isupper():
            continue  # "Conference Transcript", "Draft of the Joint Communiqué"
        if name_kind(before) == "org" or _NATIONALITIES.fullmatch(before) or listed:
            return _head_type(text, wording.start())
    return None


def _head_type(text: str, start: int) -> tuple[str, int, int] | None:
    """The type named by the head of the noun phrase that starts at ``start``."""
    owner = _OWNER_AT.match(text, start)
    if owner is not None and AT_WORDING.search(text, start, owner.end()):
        owner = None  # "Transcript of X's Talk with Y" is a transcript
    talk_start = owner.end() if owner is not None else start  # "Zhou Enlai's Talk with X"
    record = _RECORD_OF.match(text, start)
    if record is not None and record[0].casefold().endswith(("reception", "receptions")):
        record = _RECEPTION_HEAD.match(text, start) and record  # "Minutes of X's Reception"
    record = record or _TALK.match(text, talk_start)
    if record is None and owner is not None:
        record = _RECEPTION.match(text, talk_start)  # "Summary of Zhou Enlai's Reception of X"
    if record is not None:
        return _CONVERSATION, record.start(), record.end()
    if (minutes := _MINUTES_OF.match(text, start)) is not None:
        with_someone = _WITH_SOMEONE.match(text, minutes.end()) is not None
        taken = (minutes["notes"] or "notes").casefold() == "notes" and minutes["on"] != "on"
        if with_someone or taken:  # "Notes on the Session": about it, maybe by an outsider
            return _CONVERSATION if with_someone else _MINUTES, start, minutes.end()
    if (sitting := _MEETING_OF.match(text, start)) is not None:
        body = sitting["body"].removeprefix("the ").strip()
        one_body = name_kind(body) == "org" and _GROUP.search(body) is None
        if one_body and _WITH_SOMEONE.match(text, sitting.end("of")) is None:
            return _MINUTES, start, sitting.start("of")  # "Meeting of the PCC, Sofia, 1978"
    words = phrase(text, start)
    if not words:
        return None
    end = words[-1][1] if len(words) < PHRASE_WORDS else -1
    for first, _ in words:  # a wording running past the phrase: "Record of Conversation"
        found = AT_WORDING.match(text, first)
        if found is not None and found.end() > end >= 0:
            return DOC_TYPES[wording_key(found.group())], first, found.end()
    for count in range(min(len(words), _LONGEST), 0, -1):  # the longest one ending it
        first = words[-count][0]
        if end >= 0 and (key := DOC_TYPES.get(wording_key(text[first:end]))) is not None:
            if count > 1 and a_service(text[start : words[-count][1]]):
                continue  # "Czechoslovak Intelligence Report": the service's word, a report
            if not heads_phrase(text, start, (key, first, end)):
                break  # "Letter Transmitting Maps": the letter's, opening it
            return key, first, end
    found = AT_WORDING.match(text, start)
    head = None if found is None else (DOC_TYPES[wording_key(found.group())], start, found.end())
    return head if head is None or heads_phrase(text, start, head) else None


_DISCUSSING = re.compile(
    r"^(?P<who>[A-Z][^,;:()\[\]\"‘“]{2,120}?)\s+(?P<word>(?i:discuss(?:es|ing)?))\s+\S"
)
"""Names, then "Discussing" and the topic: a discussion's record with no type word."""


def discussion_type(text: str) -> tuple[str, int, int] | None:
    """The type of a title "<names> Discussing <topic>": a record of their conversation, if
    the title opens with a person's name."""
    found = _DISCUSSING.match(text)
    if found is None or AT_WORDING.search(found["who"]) is not None:  # "X Telegram Discussing"
        return None
    if not an_opening_person(re.split(r"\s(?:and|&)\s", found["who"])[0]):
        return None
    return "record-of-conversation", found.start("word"), found.end("word")
