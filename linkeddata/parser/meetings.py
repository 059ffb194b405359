"""The records of a gathering (minutes, protocols, stenographic records of a meeting or a
session) and the body that met: "Protocol No. 58 of the Meeting of the Politburo of the CC
PUWP" was made by the Politburo, unless a group met ("Representatives of ...")."""

from __future__ import annotations

import re

from .gatherings import GATHERINGS, SITTINGS, words
from .names import name_kind

OF_AFTER_TYPE = re.compile(r"\s+(?:(?i:no|nr)\.?\s*\d[\w./-]*\s+)?(?i:of)\s+")
"""What the type is of, after its number if any: "Political Report No. 5 of the Embassy"."""

_MEETING_RECORDS = frozenset(
    {"minutes", "transcript", "resolution", "communique", "decree", "directive", "statement"}
    | {"note", "order", "instruction"}
)
"""Records a body's sitting keeps, adopts or issues: its minutes and notes, its resolutions,
decisions and communiqués ("Resolution of the Ninth Plenum of the Central Committee")."""
_GATHERING = words(SITTINGS)
_GATHERING_END = re.compile(rf"{_GATHERING}$")
SITTING_WORD = re.compile(_GATHERING)
"""A body's sitting as a record's whole type: "Meeting of the Soviet Politburo"."""
_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|[IVXL]+|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|twenty-\w+|extraordinary))"
)
_BODY_SITTING = (
    rf"(?:{words(SITTINGS)}|{_ORDINAL}\s+(?i:congress)"
    r"|(?i:congress)(?=\s+(?i:of)\s+(?:(?i:the)\s+)?(?:[A-Z]{2,}\b|[\w'’ ]*\b(?i:party)\b)))"
)
"""A body sitting: a party's numbered congress, or a congress of a party, is the party (no
author of its own); a legislature called Congress ("the US Congress") is a body itself."""
_OF_GATHERING = re.compile(
    rf"(?<!\s)\s+(?i:of|from)\s+(?:(?i:the|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_BODY_SITTING}"
    rf"(?:\s+{_BODY_SITTING})?(?=\s|$)"
)
"""The record of a gathering, whose "of X" names the body that met ("Working Notes from the
Session of the CPSU CC Presidium", "of the Plenary Session of"); the ordinal is no part of
the body."""
_SITTING_KINDS = (
    "Plenary", "Extended", "Enlarged", "Expanded", "Joint", "Special", "Regular", "Extraordinary",
    "Closed", "Emergency", "Ordinary",
)  # fmt: skip
"""Words of a meeting's kind, no part of the body that meets: "the CC KWP Plenary Meeting",
"the Politburo Extended Meeting"."""
_NOT_A_KIND = "".join(rf"(?<!\s{kind})" for kind in _SITTING_KINDS)
_DISCUSSIONS = r"(?i:discussions?|deliberations)"
_BODY_THEN_GATHERING = re.compile(
    rf"(?<!\s)\s+(?i:of|from)\s+(?:(?i:the|a|an)\s+)?"
    rf"(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){{0,5}}){_NOT_A_KIND}"
    rf"(?:\s+(?:{'|'.join(_SITTING_KINDS)}))*\s+(?:{_BODY_SITTING}|{_DISCUSSIONS})(?=\s|,|$)"
)
"""The body named before its gathering, the whole run of its name's words with an "of" inside
it: "Minutes of the NSC Meeting", "of the Albanian Party of Labor Politburo Meeting", "of the
Polish United Workers' Party Politburo Meeting", and notes "from" it ("Notes from the CC CPSU
Politburo Session", as "from the Session of the CPSU CC Politburo"); a record of its
discussions is its too ("Transcript of CPSU CC Politburo Discussions on X")."""
_ACRONYM = re.compile(r"[A-Z][A-Z&.]*[A-Z]\.?")
_NO_BODY = re.compile(
    rf"(?:.*\s)?(?:{words(GATHERINGS - {'congress'})}"
    r"|(?i:kremlin|white\s+house|camp\s+david|[ée]lys[ée]e|downing\s+street|zhongnanhai))"
)
"""What a gathering may be named for that is no body meeting: a gathering's own name ("the
Testburg Conference Session") and a seat of power, where a meeting was held ("the Kremlin
Meeting", "the White House Meeting"); a congress may be a body ("the US Congress")."""


def gathering_end(
    text: str, doc_type: str | None, type_start: int, type_end: int, head_end: int
) -> int | None:
    """Where the gathering a record is of ends ("Minutes of the Meeting", "Stenographic Record
    of the Session"), its "of X" to follow; None for other records."""
    if doc_type not in _MEETING_RECORDS:
        return None
    if _GATHERING_END.search(text, type_start, type_end):
        return type_end
    gathering = _OF_GATHERING.match(text, type_end, head_end)
    return None if gathering is None else gathering.end()


DISCUSSION_AT_SITTING = re.compile(
    r"\s+(?:(?i:of\s+(?:the\s+)?discussions?)\s+)?(?i:at|of)\s+(?i:the)\s+"
    r"(?:\d+(?:st|nd|rd|th)?\s+|[A-Z][a-z]+\s+)?(?i:meeting|session|sitting)\s+(?i:of)\s+"
    r"(?:(?i:the)\s+)?(?P<body>[^,;:()]+)"
)
"""A discussion at a body's meeting: "of Discussion at the 179th Meeting of the National
Security Council", "at the Special Meeting of the NSC"."""


def one_body(name: str) -> bool:
    """Whether a name is one body ("the CC SED Politburo", "the Political Consultative
    Committee of the Warsaw Treaty Member States"), not a group ("Representatives of ...")."""
    head = re.split(r"\s(?i:of|in|to|at|for)\s", name, maxsplit=1)[0].split()
    last = head[-1] if head else ""
    return name_kind(name) == "org" and not (last.endswith("s") and not last.endswith("ss"))


def body_before_gathering(
    text: str, doc_type: str | None, type_start: int, head_end: int
) -> tuple[int, int] | None:
    """Where the body named before its gathering is ("Minutes of the NSC Meeting", "the
    Politburo Session"): an organisation's name or an acronym, never an adjective ("the
    First Meeting", "the Joint Session"), a gathering's name nor a seat of power."""
    if doc_type not in _MEETING_RECORDS:
        return None
    found = _BODY_THEN_GATHERING.search(text, type_start, head_end)
    if found is None or _NO_BODY.fullmatch(found["body"]) is not None:
        return None
    if not (_ACRONYM.fullmatch(found["body"]) or name_kind(found["body"]) == "org"):
        return None
    return found.span("body")


def discussion_minutes(text: str, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """A record of discussion at a body's meeting is its minutes: "Memorandum of Discussion
    at the 179th Meeting of the National Security Council" (the body is then its author)."""
    sitting = DISCUSSION_AT_SITTING.match(text, found[2])
    discussed = (
        "discussion" in f"{text[found[1] : found[2]]} {sitting[0] if sitting else ''}".casefold()
    )
    if sitting is None or not discussed or not one_body(sitting["body"].split(",")[0].strip()):
        return found  # "Memorandum of Conversation at the 15th Session of the UN": talks there
    return ("minutes", found[1], found[2])


_CONVOCATION = re.compile(
    rf"(?:(?i:the)\s+)?{_ORDINAL}\s+(?=(?:[A-Z][\w'’-]*\s+){{0,4}}(?:Assembly|Parliament|Sejm|Diet"
    r"|Duma|Volkskammer|Congress|Legislature|Soviet|Knesset|Majlis)\b)"
)
"""A convocation's ordinal before the legislature that met: "the Fourth Supreme People's
Assembly" (never an office's: "the First Secretary's Office")."""


def after_convocation(text: str, start: int) -> int:
    """Where the name of a body that met begins, past its convocation's ordinal: "Minutes of the
    Third Session of the Fourth Supreme People's Assembly" is the Supreme People's Assembly's
    (one body in all its convocations)."""
    found = _CONVOCATION.match(text, start)
    return start if found is None else found.end()


def body_met(
    text: str, doc_type: str | None, type_start: int, type_end: int, head_end: int
) -> int | None:
    """Where the name of the body whose gathering a record is of begins: "Minutes of the
    Meeting of the CC SED Politburo", "Stenographic Record of the Session of X"."""
    position = gathering_end(text, doc_type, type_start, type_end, head_end)
    of = OF_AFTER_TYPE.match(text, position, head_end) if position is not None else None
    if of is None or text[of.end() : of.end() + 1].isdigit():
        return None  # "the Politburo Session of 12 April 1988": a date, the body named before
    return after_convocation(text, of.end())
