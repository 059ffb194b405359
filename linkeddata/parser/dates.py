"""Dates: the record's date line read into ISO 8601, and date wordings found in other places.

The date line is the catalogue's date, so it is normalised: an exact day, month or year to
ISO 8601; an approximate date, a range, a season, a decade or an open bound to EDTF (the
Extended Date/Time Format of ISO 8601-2): "ca. 1950" and "1950 (approx.)" are ``1950~``,
"1950-1953" and "between 1950 and 1953" ``1950/1953``, "Spring 1968" ``1968-21``, "1950s"
``195X``, "[not before] 1950" ``1950/..``, "1950 [?]" ``1950?``. "Early", "mid", "late" only
narrow a period that the date keeps ("Late 1950s" is ``195X``), and a date in brackets
("[May 1, 1967]", "undated [1955]") was supplied by the cataloguer. Dates inside
titles, citations and bodies are only recognised (and kept exactly as written), never
normalised.
"""

from __future__ import annotations

import re

from ..record import Precision, RecordDate
from .iso_dates import iso_date
from .local_dates import LOCAL_DATE
from .name_words import PERSON_WORDS
from .venue_words import VENUE
from .vocabulary import MONTH_PATTERN

_M = MONTH_PATTERN

_WEEKDAY = re.compile(
    r"^(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
    r"\.?,?\s+"
)
_TIME = re.compile(
    r",?\s+(?:(?i:at)\s+)?\d{1,2}(?:[:.]\d{2}\s*(?i:a\.?m\.?|p\.?m\.?|hours|hrs|h)?"
    r"|\s*(?i:a\.?m\.?|p\.?m\.?|hours|hrs))\.?$"
)
"""A time of day after the date: "March 5, 1953, 10:00 a.m.", "5 May 1953 14.30 hours"."""
_SEASON_ACROSS = re.compile(
    r"^(?P<season>(?i:winter)),?\s+(?P<y>\d{4})\s*[-\u2013/]\s*(?:\d{2}|\d{4})$"
)
"""A winter across two years: "Winter 1950-1951" is the winter of 1950."""
_NO_DATE = (
    r"(?i:undated|not\s+dated|n\.\s?d\.?|s\.\s?d\.?|no\s+date|without\s+date|date\s+unknown"
    r"|unknown\s+date|date\s+not\s+(?:known|given))"
)
"""The wordings of a record without a date: "Undated", "n.d.", "Date unknown", "s.d."."""
_UNDATED = re.compile(rf"^(?:{_NO_DATE}|(?i:unknown)|\[{_NO_DATE}\]|\({_NO_DATE}\))$")
_UNDATED_GUESS = re.compile(rf"^{_NO_DATE}\s*(?:[\[(](?P<guess>[^\])]*)[\])]|,\s*(?P<after>\S.*))$")
_CIRCA = re.compile(r"^(?i:c\.|ca\.?|circa|approx\.|approximately|about)\s*(?P<date>.+)$")
_BOUND = re.compile(
    r"^\[?(?i:(?:not\s+(?P<side>before|after))|(?P<plain>before|after|by|since))\]?\s*(?P<date>.+)$"
)
"""An open bound: "[not before] 1950" is ``1950/..``; "before 1955" and "by 1955" are read as
not after it (``../1955``: EDTF has no exclusive bound), "after" and "since" as not before."""
_SEASON = re.compile(r"^(?P<season>(?i:spring|summer|autumn|fall|winter)),?\s+(?P<y>\d{4})$")
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_DECADE = re.compile(r"^(?:(?i:the)\s+)?(?P<d>\d{3})0['’]?s$")
_DAYS_FIRST = re.compile(
    rf"^(?P<a>\d{{1,2}})(?:\s*[-\u2013]\s*|\s+(?i:and|or|&)\s+)(?P<b>\d{{1,2}})\s+(?P<m>{_M}),?"
    rf"\s+(?P<y>\d{{4}})$"
)
_SEASON_WORD = r"(?i:spring|summer|autumn|fall|winter)"
_SEASONS_RANGE = re.compile(
    rf"^(?P<a>{_SEASON_WORD})\s*[-\u2013/]\s*(?P<b>{_SEASON_WORD}),?\s+(?P<y>\d{{4}})$"
)
_UNCERTAIN = re.compile(r"^(?P<date>.+?)\s*\?$")
_CIRCA_AFTER = re.compile(r"^(?P<date>.+?),?\s*(?i:approx\.?|approximately|circa)$")
_BETWEEN = re.compile(r"^(?i:between)\s+(?P<a>.+?)\s+(?i:and)\s+(?P<b>.+)$")
_SUPPLIED = re.compile(r"^\[(?P<guess>[^\[\]]+)\]$")
_PART_OF = re.compile(
    r"^(?i:early|mid|middle|late|end\s+of|beginning\s+of|start\s+of|middle\s+of"
    r"|(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)"
    r"\s+(?:half|quarter|week|days?|decade)\s+of)"
    r"(?:\s+|-)(?P<date>.+)$"
)
"""A part of a period, which the date keeps: "Late 1950s", "First week of October 1956"."""
_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:[-\u2013\u2014/]|\s(?i:to|until|or|and)\s)\s*(?P<b>.+)$")
"""Two ends: "1950-1953", "May to June 1967"; "1956 or 1957" and "1 and 3 October 1965" are
read as within the two."""
_NOTE = re.compile(r"^(?P<date>.+?),?\s*[\[(](?P<note>[^\[\]()]{1,40})[\])]$")
"""A cataloguer's note after the date: "December 1979 (exact date unknown)"."""
_NOTE_APPROXIMATE = re.compile(r"(?i:approx|estimat|\best\b|circa|\bca\b|roughly)")
_NOTE_UNCERTAIN = re.compile(r"(?i:probabl|presum|possibl|likely|uncertain|unsure|\?)")
_PROBABLY = re.compile(r"^(?i:probably|presumably|possibly|likely)\s+(?P<date>.+)$")
_DAY_RANGE = re.compile(
    rf"^(?P<m>{MONTH_PATTERN})\s+(?P<a>\d{{1,2}})\s*[-\u2013]\s*(?P<b>\d{{1,2}}),?\s*(?P<y>\d{{4}})$"
)
_YEAR_AT_END = re.compile(r"\d{4}$")
_SHORT_YEAR = re.compile(r"^\d{2}$")
_EDTF_LENGTH = 60  # no date line is longer; a hostile one is not searched for ranges
_DATE_LINE_LENGTH = 120  # a cataloguer's note included: "December 1979 (exact date unknown)"

# A date as catalogues write it, inside a longer text (title, citation).
DATE_TEXT = (
    rf"(?:(?:\d{{1,2}}\s+)?{_M},?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?\d{{4}}"
    r"|(?i:undated|date unknown|n\.\s?d\.)(?:\s*\[[^\]]{1,20}\])?"
    r"|(?:(?i:c\.|ca\.|circa)\s*)?\[?(?:1[5-9]|20)\d{2}\]?s?)"
)
DATE_TEXT_FULL = re.compile(rf"^{DATE_TEXT}$")

_PLACE_WORD = r"[A-ZÀ-ÞА-ЯЁ][^\W\d_'’.-]*"
PLACE_NAME = (
    rf"{_PLACE_WORD}(?:(?:[ -](?:de|do|da|dos|das|del|di|la|le|les|sur|am|an|der|upon))?"
    rf"[ -]{_PLACE_WORD}){{0,2}}"
)
"""A place's name as a heading or a closing line writes it: one to three capitalised words,
in any script, with a particle between them ("Rio de Janeiro", "Frankfurt am Main")."""
_BUILDING = (
    rf"(?:(?i:the)\s+)?(?=[^,]*\b{VENUE}\b)(?!(?i:{PERSON_WORDS.pattern})[\s,])"
    r"[A-Z][^\W\d_'’]*(?:\s+(?:(?i:of|the|for|de)\s+)*[A-Z][^\W\d_'’]*){0,5}"
)
"""A building after the city, on a line that dates a signing: "Kremlin", "the Great Hall of
the People" (a venue's word in it, and no office at its head: "Testov, Chairman, 5 May 1990",
"Testov, Speaker of the House, 5 May 1990" are a signer's lines)."""
PLACE_AND_DATE = re.compile(
    rf"^{PLACE_NAME}(?:,\s+(?:[A-Z]\.\s?[A-Z]\.|{_BUILDING}))?,\s+(?P<date>\S.*)$"
)
"""A closing line with the place first, in any script: "Moscow, 12 March 1958", "Pyongyang,
5.V.1950", "Москва, 24 октября 1962 г.", with a particle in the place's name: "Rio de Janeiro,
15 de agosto de 1974", "Frankfurt am Main, den 2. Mai 1961", with the district's letters
after the city's name: "México, D.F., a 11 de septiembre de 1973", or the building where it
was signed: "Moscow, Kremlin, 12 June 1990"."""

_RUSSIAN_MONTH = (
    r"(?i:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
"""A month in Russian, as dates are written in it ("12 мая 1950 г.")."""
# A date line at the end of a body, in the forms letters and telegrams use.
DATE_AS_WRITTEN = re.compile(
    r"^(?:\d{1,2}\.[IVXivx]{1,4}(?:[./]\s?\d{1,4})?"  # 29.IV/7, 24.III.50, 8.II.1950
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"  # 13/5-50, 10/14/50, 1.5.1967
    rf"|[\"“„«]?\d{{1,2}}[\"”“»]?\s+(?:{_M}|{_RUSSIAN_MONTH}),?\s+\d{{4}}"  # "12" мая 1950
    rf"|\d{{4}}\s+{_M}\s+\d{{1,2}}"  # 1972 April 4
    r"|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}"  # 1950. 6. 25. (Korean)
    r"|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"  # 1950年6月25日
    rf"|{_M}\s+\d{{1,2}},?\s+\d{{4}}"  # May 1, 1967
    rf"|{LOCAL_DATE})"  # "den 14. September 1983", "27 de octubre de 1962"
    r"(?:\s?(?:г|гг|goda|g|r)\.?)?\.?$"  # 25.VI.1950 г. (Russian "year"), 13.12.1981 r.
)
ROMAN_DATE = r"\d{1,2}[./][IVX]{1,4}[./-]\d{2,4}"


def read_date_line(text: str, line: int) -> RecordDate | None:
    """Read a bold date line; None when it is not one of the known date forms."""
    clean = text.strip().rstrip(".").strip()
    if len(clean) > _DATE_LINE_LENGTH:
        return None  # no date line is that long, and a hostile one is not searched
    if _UNDATED.match(clean):
        return RecordDate(text=text, line=line)
    guess = None
    for form in (_SUPPLIED, _UNDATED_GUESS):  # "[Undated, probably 1962]"
        if found := form.match(clean):
            guess = found
            clean = (found["guess"] or found.groupdict().get("after") or "").strip()
    mark, clean = _qualifier(clean)
    if part := _PART_OF.match(clean):  # "Early 1967" was in 1967, "Late 1950s" in the 1950s
        clean = part["date"]
    clean = _TIME.sub("", _WEEKDAY.sub("", clean)) if _has_year(clean) else clean
    exact = iso_date(clean)
    value: str
    precision: Precision
    if exact is not None:
        value, precision = exact
    elif (edtf := _edtf(clean) if len(clean) <= _EDTF_LENGTH else None) is not None:
        value, precision = edtf, "edtf"
    else:
        return None
    if mark and "/" not in value:  # a range's ends keep theirs
        value, precision = _marked(value, mark), "edtf"
    return RecordDate(text, line, iso=value, precision=precision, inferred=guess is not None)


def _marked(value: str, mark: str) -> str:
    """An EDTF date with a qualifier added: approximate and uncertain together are "%"."""
    if value[-1] in "~?%":
        return value if value[-1] in (mark, "%") else f"{value[:-1]}%"
    return value + mark


def _qualifier(text: str) -> tuple[str, str]:
    """The EDTF mark a cataloguer's wording puts on a date ("~" approximate, "?" uncertain, ""
    none) and the date without it. Any other note after a date ("(exact date unknown)",
    "(received May 3)") leaves the date as precise as it is written."""
    if found := _PROBABLY.match(text):
        return "?", found["date"]
    found = _NOTE.match(text) if len(text) <= _EDTF_LENGTH else None
    if found is None or (iso_date(found["date"]) or _edtf(found["date"])) is None:
        return "", text
    note = found["note"]
    if _NOTE_APPROXIMATE.search(note):
        return "~", found["date"]
    if _NOTE_UNCERTAIN.search(note):
        return "?", found["date"]
    return "", found["date"]


def _edtf(text: str) -> str | None:
    """The EDTF form of an approximate, uncertain, open, seasonal or ranged date line."""
    if (found := _CIRCA.match(text) or _CIRCA_AFTER.match(text)) and (
        exact := iso_date(found["date"])
    ):
        return f"{exact[0]}~"
    if found := _BETWEEN.match(text):
        return _interval(found["a"], found["b"])
    if (found := _BOUND.match(text)) and (exact := iso_date(found["date"])):
        side = (found["side"] or "").casefold()
        opening = side == "before" or (found["plain"] or "").casefold() in ("after", "since")
        return f"{exact[0]}/.." if opening else f"../{exact[0]}"
    if (found := _CIRCA.match(text)) and (decade := _DECADE.match(found["date"])):
        return f"{decade['d']}X~"  # "ca. 1950s"
    if (found := _CIRCA.match(text)) and (part := _PART_OF.match(found["date"])):
        return _edtf(f"ca. {part['date']}")  # "ca. late 1962" was about 1962
    if (found := _CIRCA.match(text)) and (span := _edtf(found["date"])) and "/" in span:
        return "/".join(_marked(end, "~") for end in span.split("/"))  # "c. 1955-1956"
    if found := _SEASON.match(text) or _SEASON_ACROSS.match(text):
        return f"{found['y']}-{_SEASONS[found['season'].casefold()]}"
    if found := _DECADE.match(text):
        return f"{found['d']}X"
    if (found := _UNCERTAIN.match(text)) and (exact := iso_date(found["date"])):
        return f"{exact[0]}?"
    if found := _DAYS_FIRST.match(text):  # "27-28 October 1962"
        month, year = found["m"], found["y"]
        return _interval(f"{found['a']} {month} {year}", f"{found['b']} {month} {year}")
    if found := _SEASONS_RANGE.match(text):  # "Summer-Fall 1962"
        first, last = (_SEASONS[found[k].casefold()] for k in ("a", "b"))
        return f"{found['y']}-{first}/{found['y']}-{last}" if first < last else None
    if found := _DAY_RANGE.match(text):
        month = found["m"]
        return _interval(
            f"{month} {found['a']}, {found['y']}", f"{month} {found['b']}, {found['y']}"
        )
    if found := _RANGE.match(text):
        start, end = found["a"], found["b"]
        year = _YEAR_AT_END.search(end)
        if not _YEAR_AT_END.search(start) and year is not None:  # "May-June 1967"
            start = f"{start} {year.group()}"
        elif _SHORT_YEAR.match(end) and _YEAR_AT_END.search(start):  # "1950-53"
            end = f"{start[-4:-2]}{end}"
        return _interval(start, end)
    return None


def _has_year(text: str) -> bool:
    """Whether a date line holds a four-digit year (a time is only cut from such a line)."""
    return re.search(r"\b\d{4}\b", text) is not None


def _interval(start: str, end: str) -> str | None:
    """``start/end`` in EDTF when both ends are dates or decades and the first comes first."""
    first, last = _end(start.strip()), _end(end.strip())
    if first is None or last is None or first > last:
        return None
    return f"{first}/{last}"


def _end(text: str) -> str | None:
    """One end of a range: a date, or a decade ("late 1950s-early 1960s" is ``195X/196X``)."""
    if part := _PART_OF.match(text):
        text = part["date"]
    if decade := _DECADE.match(text):
        return f"{decade['d']}X"
    exact = iso_date(text)
    return None if exact is None else exact[0]
