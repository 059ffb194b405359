"""A memorandum's header lines, in English as the translations give them: who it is from and
to ("FROM: Henry A. Kissinger", "MEMORANDUM FOR: THE PRESIDENT") and where it was held
("PLACE: The White House, Washington", "Location: Great Hall of the People, Beijing"); who
took part is read by :mod:`.participant_lists`. US memoranda of conversation and the Chinese
records of conversation put these on the first lines, and many of their titles carry only a
subject.
"""

from __future__ import annotations

import re

from ..record import Located
from .body_numbers import FRAME_LINE_LENGTH
from .cable_routing import ROUTED, SENT_FROM, routed
from .closing_dates import closing_date
from .dates import PLACE_AND_DATE
from .honorifics import an_address
from .local_dates import MONTH_AND_YEAR, ON_THE_DAY
from .names import agent_kind, name_kind
from .office_words import office_only
from .participant_items import honoured_names
from .signer_lines import in_capitals, name_case
from .text import strip_article

HEADER_FROM = re.compile(rf"^(?:(?i:from)\s*:|FM{ROUTED})\s*(?P<names>[^\W\d_].*)$")
HEADER_TO = re.compile(
    rf"^(?:(?i:to|memorandum\s+for|memo\s+for)\s*:|TO{ROUTED})\s*(?P<names>[^\W\d_].*)$"
)
"""A header's sender and addressee lines, labelled ("FROM: ...", "TO: ...") or as a State
Department cable routes itself ("FM AMEMBASSY TEHRAN", "TO SECSTATE WASHDC IMMEDIATE 4567")."""
TO_COMRADE = re.compile(
    r"^(?i:to)\s+(?P<names>(?:(?i:the)\s+[^,;]+(?:,\s+|\s+(?=(?i:comrades?)\s)))?"
    r"(?i:comrades?)\s+[^\W\d_][^;'’:!?]*)(?<!\.)$"
)
"""An addressee's line without its colon, as the socialist states' telegrams open: "To Comrade
Teodor Testescu, Ambassador", "To the Ministry of Foreign Affairs, Comrade Ion Testescu", "TO
THE GENERAL SECRETARY OF THE CC TPP COMRADE T. TESTOV"; never a sentence ("To Comrade Testov's
question, I answered ...")."""
_TO_BODY = re.compile(r"^(?i:to)\s+(?P<names>[^\W\d_][^\d,;:!?.]*)$")
"""A body addressed on a line without its colon, as reports to a party's leadership open: "To
the CC CPSU", "TO THE POLITBURO OF THE CC OF THE BCP" (see :func:`header_addressees`)."""
_NAME_FILLERS = frozenset({"the", "of", "and", "for", "in", "on"})
_OF = re.compile(r"\s+(?i:of)\s+")
_NO_BODY = re.compile(r"^(?i:be)\s|\s(?i:to)\s")
"""A line "To ..." that addresses no body though a body's name ends it: an instruction ("TO
BE RETURNED TO THE GENERAL DEPARTMENT OF THE CC"); the body addressed is named by its own
head noun, never by a document of it ("To the Draft Resolution of the Security Council")."""
_HEADER_NAME = re.compile(
    r"^(?!(?i:(?:the\s+)?(?:record|files?|distribution|all|addressees?|see|secstate))\b)"
    r"[^\W\d_][^\d]{1,60}$"
)
"""A header's value that can name an agent: no number, no cable routing left unread
("SECSTATE" with no post), no file ("MEMORANDUM FOR: The Record", "To: Distribution List")."""
_PLACE = re.compile(r"^(?i:place|location|venue)\s*:\s*(?P<place>[^\W\d_].{0,99})$")
_DATED_PLACE = re.compile(
    r"^(?i:(?P<first>date|time|date\s+and\s+time|date,\s+time)\s+and\s+(?:place|location)"
    r"|(?:place|location)\s+and\s+(?:date|time))\s*:\s*(?P<value>[^\W_].{0,139})$"
)
"""A label joining the date and the place: "DATE AND PLACE: Saturday, March 15, 1969, 11:30
a.m., The White House", "Place and date: Testburg, 3 May 1970"."""
NEXT_LABEL = re.compile(
    r"^(?i:date|time|date\s+and\s+time|(?:date|time)\s+and\s+place|place|location|venue|subject|topic"
    r"|copies(?:\s+to)?|cc|distribution|from|to|memorandum\s+for|classification"
    r"|(?:drafted|approved|cleared|prepared)\s+by)\s*:"
)
"""The header line after a list of participants one a line, which ends it."""


_LABEL = re.compile(r"^[^\W\d_][^\s:]*(?:\s+[^\s:]+){0,3}\s*:")
"""A header's label before its value: "PARTICIPANTS:", "Date and time:"."""


def before_text(head: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header lines above the first paragraph of text (a line longer than a header's, with
    no label nor a telegram's sending station and times), where a quoted or attached
    document's lines cannot be."""
    for index, (_, text) in enumerate(head):
        if len(text) > FRAME_LINE_LENGTH and not _LABEL.match(text) and not SENT_FROM.match(text):
            return head[:index]
    return head


def header_names(head: list[tuple[int, str]], label: re.Pattern[str]) -> tuple[Located[str], ...]:
    """The names on a memorandum's header line of one kind: "FROM: Henry A. Kissinger",
    "TO: The Secretary; Mr. Habib" (several joined by a semicolon, or after one plural
    honorific: "To Comrades Testov and Testenko"), each less the office after it ("To:
    Comrade Ion Testescu, Minister of Foreign Affairs")."""
    for line, text in head:
        if len(text) <= FRAME_LINE_LENGTH and (found := label.match(text)) is not None:
            names = (
                _holder(routed(name))
                for part in found["names"].split(";")
                for name in honoured_names(_name_cased(part.strip(" .")))
            )
            return tuple(Located(name, line) for name in names if _HEADER_NAME.match(name))
    return ()


def header_addressees(head: list[tuple[int, str]]) -> tuple[Located[str], ...]:
    """Whom a memorandum's header addresses: its "TO:" line, else a line "To Comrade X" or
    "To <body>" without a colon; the body only by its name ("To the Central Committee of the
    Testian Workers' Party", every word capitalised but its fillers), never a sentence ("To the
    surprise of all, ...", "To the CC we reported that ...") nor a heading ("To the Question of
    the Border")."""
    return (
        header_names(head, HEADER_TO)
        or header_names(head, TO_COMRADE)
        or tuple(
            Located(strip_article(name.value), name.line)
            for name in header_names(head, _TO_BODY)
            if _a_body(name.value)
        )
    )


def _a_body(name: str) -> bool:
    """Whether an addressee without an honorific is a body's name, every word of it
    capitalised but its fillers ("the Politburo of the CC of the TCP"); in capitals, by its
    words, as a heading in capitals reads as an acronym's ("THE QUESTION OF THE BORDER")."""
    words = name.split()
    capitalised = all(w[:1].isupper() or w.casefold() in _NAME_FILLERS for w in words)
    cased = name.title() if in_capitals(name) else name
    head = _OF.split(strip_article(cased), maxsplit=1)[0]  # "Draft Resolution" of a Council
    if _NO_BODY.search(cased) or name_kind(head) != "org":
        return False  # "TO BE RETURNED TO THE GENERAL DEPARTMENT", "To the Report of the CC"
    return capitalised and name_kind(name) == "org" and name_kind(cased) == "org"


def _name_cased(name: str) -> str:
    """An addressee typed in capitals after a form of address, in name case: "COMRADE TESTAN
    TESTOV" is Comrade Testan Testov, "COMRADES A. TESTOV AND B. TESTEV" Comrades A. Testov and
    B. Testev; a body in capitals ("THE CC OF THE CPSU") stays as typed."""
    words = name.split()
    if not words or not in_capitals(name) or not an_address(words[0].casefold().rstrip(".")):
        return name
    return " ".join("and" if word == "AND" else name_case(word) for word in words)


_COMRADE = re.compile(r"^(?i:comrade)\s+[^\W\d_]")
_OFFICE_COMRADE = re.compile(r"^(?i:the)\s+\S.*?\s+(?P<person>(?i:comrade)\s+[^\W\d_].*)$")


def _holder(name: str) -> str:
    """A name less the office a comma puts after it: "Comrade Ion Testescu, Minister of Foreign
    Affairs" is Comrade Ion Testescu (an office alone is kept: "The Secretary"); a body's
    comrade after it is the person addressed in it."""
    if (addressed := _OFFICE_COMRADE.match(name)) is not None and ", " not in name:
        return _name_cased(addressed["person"])  # "the General Secretary ... Comrade T. Testov"
    holder, comma, office = name.partition(", ")
    person = agent_kind(holder) == "person" and not office_only(holder)
    if comma and agent_kind(holder) == "org" and _COMRADE.match(office):
        return office  # "the Ministry of Foreign Affairs, Comrade Ion Testescu": the minister
    return holder if comma and person and office_only(office) else name


def header_place(head: list[tuple[int, str]]) -> Located[str] | None:
    """Where the header says the conversation was held, as written ("The White House,
    Washington"), also under a label joining it to the date ("DATE AND PLACE: ..."): the
    mapping links its place (the city after the building) when the authority file knows it."""
    for line, text in head:
        if (found := _PLACE.match(text)) is not None:
            return Located(found["place"].strip(" ."), line)
        if (dated := _DATED_PLACE.match(text)) is not None and (place := _undated(dated)):
            return Located(place, line)
    return None


def _undated(found: re.Match[str]) -> str:
    """The place a label joining it to the date gives, as written: the parts after the date and
    time ("Saturday, March 15, 1969, 11:30 a.m., The White House": "The White House"), or
    before them when the place comes first; empty when the value is a date alone."""
    parts = [part.strip(" .") for part in found["value"].split(",")]
    timed = [i for i, part in enumerate(parts) if any(c.isdigit() for c in part)]
    if not timed:
        return ""
    kept = parts[timed[-1] + 1 :] if found["first"] else parts[: timed[0]]
    return ", ".join(part for part in kept if part)


_CABLE_TIME = re.compile(r",?\s+\d{3,4}\s?Z\.?$")
"""A cable's time group after its date: "Seoul, January 24, 1968, 0915Z."."""
_HEAD_PLACE_LENGTH = 60
_DATE_LINE = re.compile(r"^(?i:date)\s*:\s*(?P<date>\S.*)$")
"""A header's date under its label: "Date: 28/3/1980"."""
_FINAL_STOP = re.compile(r"(?<=\d)\.\s*$|\s+$")
"""The sentence's stop after a date's last digit ("September 26, 1959."), never an
abbreviation's ("11 p.m.")."""


def head_written_at(head: list[tuple[int, str]]) -> Located[str] | None:
    """The place a "Place, date" line names among the header lines, before the first sentence
    of text, as a closing one does: "Embassy of the Hungarian People's Republic / Pyongyang, 12
    March 1958 / No. 88/1958", a FRUS cable's "Seoul, January 24, 1968, 0915Z.", or over two
    lines, the place ending in a comma ("New Delhi," / "September 26, 1959.")."""
    found = _head_dated(head)
    return Located(found[1], found[0]) if found is not None else None


def head_date(head: list[tuple[int, str]]) -> Located[str] | None:
    """The date as written among the header lines, before the first sentence of text: a
    "Place, date" line's ("Embassy of Testia / Testburg, 23 June 1965": the date the memorandum
    was written, most often a day after the conversation it records), else a "Date:" line's
    ("Date: 28/3/1980"), as written; a date inside the subject's sentence is the text's."""
    found = _head_dated(head)
    if found is not None and closing_date(found[2]):
        return Located(_FINAL_STOP.sub("", ON_THE_DAY.sub("", found[2]).strip()), found[0])
    for line, text in head:
        if len(text) > _HEAD_PLACE_LENGTH:
            return None
        labelled = _DATE_LINE.match(text)
        if labelled is not None and closing_date(date := _FINAL_STOP.sub("", labelled["date"])):
            return Located(date, line)
    return None


def _head_dated(head: list[tuple[int, str]]) -> tuple[int, str, str] | None:
    """The line, place and date of the first "Place, date" line among the header lines."""
    for index, (line, text) in enumerate(head):
        if len(text) > _HEAD_PLACE_LENGTH:
            return None  # the text has begun: a place in it is no header's
        if text.endswith(",") and index + 1 < len(head):
            text = f"{text} {head[index + 1][1]}"  # "Peking," / "September 8, 1959."
        dated = PLACE_AND_DATE.match(_CABLE_TIME.sub("", text))
        if dated is not None and (
            closing_date(dated["date"]) or MONTH_AND_YEAR.match(dated["date"])
        ):
            return line, text[: text.index(",")].strip(), dated["date"]  # "Moscow, November 1968"
    return None
