"""Dates as a document's closing lines write them, beyond the full dates of
:data:`.dates.DATE_AS_WRITTEN`: a telegram's day and month with no year ("2 October",
"October 2"), an editor's year or whole date in brackets ("2 October [1950]", "[2 October
1950]"), a time of day before or after the date ("10 p.m., 18 October", "2 October 1950, 3
a.m.") and a Chinese date in Chinese numerals ("一九五〇年十月二日", "十月二日"). They are
kept as written; the name over such a line signs as over any date."""

from __future__ import annotations

import re

from .dates import DATE_AS_WRITTEN, PLACE_NAME
from .vocabulary import MONTH_PATTERN

_TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?i:a\.\s?m\.?|p\.\s?m\.?|am|pm|hrs?\.?|hours|h)"
    r"|\d{1,2}:\d{2}|\d{4}\s*(?i:hrs?\.?|hours))"
)
_TIMED = re.compile(rf"^{_TIME},?\s+(?P<before>\S.*)$|^(?P<after>.*?\S),?\s+(?i:at\s+)?{_TIME}$")
"""A time of day before or after the date: "10 p.m., 18 October", "2 October 1950, 3 a.m."."""
_NO_YEAR = re.compile(
    rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"\.?$"
)
_HAN_DIGIT = "〇○零一二三四五六七八九十0-9０-９"
_CHINESE = re.compile(
    rf"^(?:[{_HAN_DIGIT}]{{2,4}}\s?年\s?)?[{_HAN_DIGIT}]{{1,3}}\s?月\s?[{_HAN_DIGIT}]{{1,3}}\s?[日号]$"
)
"""A Chinese date, in figures or Chinese numerals, with or without its year."""
_DATE_LENGTH = 60
_BRACKETED_YEAR = re.compile(r"\[(\d{4})\]")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
"""A Chinese personal name as signed: two to four characters ("毛泽东", "周恩来")."""
_SURNAMES = frozenset(
    "王李张章刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤聂粟康习乔姬耿伍柯薄洪解乌朴阮黃陳劉張趙吳葉鄧蕭羅鄭謝許馬孫楊"
)
"""Common family names (also Korean and Vietnamese ones written in Han): a signed name opens
with one, an institution ("中共中央", "外交部") seldom does."""
_INSTITUTIONAL = frozenset("部委会會局院央军軍社馆館处處厅廳司府署办辦")
"""Characters that head an organ's name, never a person's: ministry, committee, bureau..."""


def closing_date(text: str) -> bool:
    """Whether a line is a date as a closing writes it, with or without its year, an
    editor's brackets or a time of day."""
    date = text.strip()
    if len(date) > _DATE_LENGTH:
        return False  # no closing date is longer; bounds the time a hostile line takes
    if (timed := _TIMED.match(date)) is not None:
        date = timed["before"] or timed["after"]
    if date[:1] == "[" and date[-1:] == "]":
        date = date[1:-1].strip()  # "[2 October 1950]": the editor's date
    date = _BRACKETED_YEAR.sub(r"\1", date)  # "2 October [1950]"
    return bool(
        DATE_AS_WRITTEN.match(date) or _NO_YEAR.match(date) or _CHINESE.match(date.replace(" ", ""))
    )


_DATE_AND_PLACE = re.compile(rf"^(?P<date>\S.{{0,{_DATE_LENGTH}}}?),\s+(?P<place>{PLACE_NAME})$")
"""A closing line with the date first and the place after it: "18 April 1975, Testburg"."""


def date_then_place(text: str) -> tuple[str, str] | None:
    """The date and the place of a closing line that writes the date first ("5 November 1962,
    Testburg", "23.VIII.1968, Testgrad"), as "Place, date" gives them; a name after the date
    is the mapping's to pass over, which links only a place the authority file knows."""
    found = _DATE_AND_PLACE.match(text.strip())
    if found is None or not closing_date(found["date"]):
        return None
    return found["date"], found["place"]


def han_name(text: str) -> bool:
    """Whether a line is a name in Chinese characters, which signs over a date: it opens with
    a family name and has no organ's character ("毛泽东", never "中共中央" or "中央军委")."""
    return (
        _HAN_NAME.match(text) is not None
        and text[0] in _SURNAMES
        and not _INSTITUTIONAL.intersection(text)
    )
