"""Registry numbers in a title, wherever the archives write them: a segment of their own
("Telegram, No. 76.153,"), inside the type's wording ("Protocol No. 58 of the Meeting"), right
after the type before whatever follows ("Report No. 3 on Events in Hungary", "Telegram 1234 to
the Embassy in Seoul"), or at the end of the parties ("Order of the Minister of Defense No.
0045")."""

from __future__ import annotations

import re

from ..record import Located
from .title_tags import is_date

_NUMBER_MARK = r"(?:(?i:spec)\.\s*)?(?:(?i:no|nr)\.?|N[º°o]\.?|№|#|(?i:number)):?"
_LETTERED = r"(?:[A-Z]{1,4}[- ]?)?"  # "A-123" (an airgram), "CAP 63561" (the White House)
_YEARS = r"(?:19|20)\d\d(?:[-/](?:(?:19|20)?\d\d))?"
"""A year or a span of years, no number: "1956", "1966-1970", "1962/63"."""
_NUMBER = rf"(?P<n>{_LETTERED}\d[\w./-]*)"
REGISTRY = re.compile(rf"^{_NUMBER_MARK}\s*(?P<n>{_LETTERED}\d[\w./-]*?)\.?$")
SERIES_CODES = ("NSC", "NSDM", "NSSM", "NSAM", "PD", "PRM", "NIE", "SNIE")
"""The codes of the United States' numbered policy papers, which cite even a paper's first
numbers alone: "NSC 7", "PRM-1"."""
_KNOWN = "(?:" + "|".join(SERIES_CODES) + ")"
_SERIES = rf"{_KNOWN}(?:/{_KNOWN})*"
_CODE = r"(?!(?:PART|ITEM|PAGE|BOOK|ANNEX|TAB|NO|NR)\b)"
BARE_NUMBER = re.compile(
    rf"^(?P<n>{_SERIES}[- ](?!{_YEARS}$)\d(?:[\d./-]*\d)?"
    rf"|{_CODE}(?:[A-Z]{{1,4}}-|[A-Z]{{2,5}} (?!{_YEARS}$))?\d[\d./-]*\d)"
    r"(?:/[^\W\d_]+)?$"
)
"""A number alone in its segment: "76.153", "A-412" (an airgram), a code and a number of two
figures or more: "NIE 11-4-57" (a National Intelligence Estimate), "NSC 5412/2"; a policy
paper's series code, slash-joined too, and any number: "NSC 7", "PD/NSC-13" (a Presidential
Directive). Never a body and a year ("KWP 1956"), a part's number ("PART 12"), nor another
code's single figure: a copy's, a volume's or a point's ("COPY 3", "VOL 2", "NATO 2"); never a
place nor an agent either."""
CODED_FIGURE = re.compile(r"^(?:[A-Z]{2,6}[ -]\d|[A-Z]{1,6}(?:/[A-Z]{1,6})+[ -]\d[\d./-]*)$")
"""A code and one figure, or a slash-joined code and a number, that is no known series':
a copy's, a volume's, a folio's ("COPY 3", "VOL 2", "FOLIO 5"), another office's ("PD/TSC-13"):
neither a number nor a place nor a party."""
DOCUMENT_SYMBOL = re.compile(r"^(?P<n>[A-Z]{1,8}(?:/(?=[A-Z0-9.]*\d)[A-Z0-9][A-Z0-9.]*)+)$")
"""An international organisation's document symbol, capitals and a number joined by slashes:
"GOV/2065", "GOV/OR.543" (the IAEA's), "INFCIRC/153", "S/RES/242" (never "SECRET/NODIS")."""
CABLE_NUMBER = re.compile(rf"^(?P<n>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s(?!{_YEARS}$)\d{{3,6}})$")
"""A cable's post and number, as posts number their own telegrams: "Tehran 05678", "STATE
123456" (never a year: "Moscow 1962")."""
NUMBER_THEN_FROM = re.compile(rf"^(?:{_NUMBER_MARK}\s*)?{_NUMBER}\s+(?=(?i:from)\s)")
NUMBER_THEN_CLAUSE = re.compile(
    rf"^(?:{_NUMBER_MARK}\s*{_NUMBER}|(?!{_YEARS}\s)(?P<bare>\d[\d./-]{{2,}}))\s+"
    r"(?=(?i:of|on|about|concerning|regarding|re:?|to|for|by|with|between|in)\s)"
)
"""A number between the type and the clause that goes on after it: "Report No. 45 of the
StB", "Information No. 12 on the Situation", "Telegram 1234 to the Embassy" (a bare number
of three figures or more that is no year)."""
NUMBER_IN_TYPE = re.compile(rf"\s{_NUMBER_MARK}\s*{_NUMBER}\s")
"""A number inside the type's wording: "Protocol No. 58 of the Meeting of ..."."""
NUMBER_AT_END = re.compile(rf"(?<!\s)\s+{_NUMBER_MARK}\s*(?P<n>{_LETTERED}\d[\w./-]*?)\.?$")
"""A number that closes the parties: "Order of the Minister of Defense No. 0045"."""

PROTOCOL_ITEM = re.compile(
    rf"(?i:protocol|протокол)\s+{_NUMBER_MARK}\s*(?P<n>[PП]?\d[\w./-]*?),?\s+"
    r"(?:(?i:item|punkt|пункт|p\.)\s*)(?P<item>\d+[a-zа-я]?)(?![\w.-])"
)
"""A party decision numbered by its protocol and item, one number kept as written with its
item: "Protocol No. 71, Item 191", "Protocol No. 4, item 1", "Protocol No. 49, p. 1" (the
protocol's point; "Protocol No. 7 of the Session" numbers the minutes alone)."""


def protocol_item(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The span of a protocol's number and item in ``text`` ("71, Item 191"), if it names one."""
    found = PROTOCOL_ITEM.search(text, start, len(text) if end is None else end)
    return None if found is None else (found.start("n"), found.end("item"))


def own_protocol_item(text: str, found: tuple[str, int, int] | None) -> re.Match[str] | None:
    """A protocol's number and item that number the title's own document: the protocol is its
    type ("Protocol No. 71, Item 191", "Extract from Protocol No. 49, p. 1") or a segment of
    its own ("Resolution of the Presidium, Protocol No. 71, Item 191"); never one its subject
    names ("regarding Protocol No. 4, item 2", "on the Implementation of Protocol No. 7, Item
    3": another document)."""
    item = PROTOCOL_ITEM.search(text)
    if item is None:
        return None
    in_type = found is not None and found[1] <= item.start() < found[2]
    before = text[: item.start()].rstrip()
    return item if in_type or not before or before.endswith(",") else None


def without_protocols_number(
    numbers: list[Located[str]], item: re.Match[str] | None
) -> list[Located[str]]:
    """The numbers less the bare number of the protocol whose number and item are the first:
    "Protocol No. 71, Item 191" is one number, not also "71"."""
    if item is None or not numbers:
        return numbers
    return [numbers[0], *(n for n in numbers[1:] if n.value != item["n"])]


def number_of(found: re.Match[str]) -> str:
    return found["n"] or found["bare"]


OF_AUTHOR = re.compile(r"^(?i:of)\s")
"""Whose act a number at the end closes: "Order of the Minister of Defense No. 0045" (after
"to" or "on" the number is another document's: "Reply to Telegram No. 123")."""


def dotted_date(number: str) -> bool:
    """Whether a number after the type is a date: "Telegram 12.5.1962 to Moscow"."""
    return any(c in number for c in "./") and is_date(number)


ONE_NUMBER = re.compile(r"^(?P<n>\d{1,3})$")
"""A short number right after the type: "National Security Study Memorandum 9, '...'"."""


def series_numbers(
    text: str, found: tuple[str, int, int] | None, numbers: list[Located[str]]
) -> tuple[Located[str], ...]:
    """The numbers, the first with its series' code when the type is written as one: "NIE
    11-3-62", "NSSM 14" (the series' code is part of how the number is cited)."""
    if not numbers or found is None:
        return tuple(numbers)
    code = text[found[1] : found[2]].strip()
    first = numbers[0]
    series = code.isupper() and code.isalpha() and not text.isupper()  # not "TELEGRAM 1234"
    if series and text[found[2] :].lstrip().startswith(first.value):
        return (Located(f"{code} {first.value}", first.line), *numbers[1:])
    return tuple(numbers)
