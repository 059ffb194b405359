"""A document's own number and marking as labelled header lines and American cable headers
give them: "Number: USW-1023", "Č.j. 0234/67", "L.dz. 00234/81", "Classification: Top Secret",
and the first line of a State Department telegram, "CONFIDENTIAL TEHRAN 11634" (its marking,
the post that sent it and the post's number for it). A reference to another message ("REF:",
"REFTEL", "your telegram No. ...") is no such line."""

from __future__ import annotations

import re

from .cable_routing import PRECEDENCE, ROUTING_WORDS
from .vocabulary import MONTHS, classification_of, is_caveat

_MONTH_WORD = "|".join(sorted((name.upper() for name in MONTHS), key=len, reverse=True))
_US_MARKING = r"(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|LIMITED\s+OFFICIAL\s+USE|UNCLASSIFIED)"
_POST_AND_NUMBER = (
    rf"(?!REF|PAGE|(?:{_MONTH_WORD}|{ROUTING_WORDS})\b)[A-Z]{{3,}}(?:\s[A-Z]{{3,}})?"
    r"\s+(?!(?:1[89]|20)\d\d\b)\d{3,6}"
)
"""A post and its number for a cable, never a month or a bare year ("AUGUST 1961", "SPECIAL
FILE 1961", "WASHINGTON 1961" under a marking date or file the document), nor a routing's
post with the number it gives that post ("AMEMBASSY PARIS 2345" under an "INFO" line)."""
_US_CABLE_HEAD = re.compile(
    rf"^(?:(?P<marking>{_US_MARKING})\s+|PAGE\s+\d{{1,3}}\s+)"
    r"(?:SECTION\s+\d{1,2}\s+OF\s+\d{1,2}\s+)?"
    rf"(?P<number>{_POST_AND_NUMBER})"
    r"(?:\s+\d{1,2}\s+OF\s+\d{1,2})?(?:\s+\d{6}Z)?$"
)
"""The first line of an American cable: "CONFIDENTIAL TEHRAN 11634", "SECRET STATE 012345",
"CONFIDENTIAL SECTION 01 OF 02 TEHRAN 11634", "PAGE 01 MOSCOW 04567 01 OF 02 051234Z" (the
number is unique only with its post, so it is kept with it)."""
_POST_NUMBER = re.compile(rf"^(?P<number>{_POST_AND_NUMBER})$")
"""The post and number alone, on the line under the marking ("SECRET" / "TEHRAN 11634")."""
_US_MARKING_LINE = re.compile(rf"^(?:{_US_MARKING}(?:\s+(?:{PRECEDENCE}))?|{PRECEDENCE})$")
"""A cable's marking line over its post and number: its grade, its precedence or both,
"CONFIDENTIAL  IMMEDIATE" (spaced apart as the telegram's header types them)."""
GRADE_AND_PRECEDENCE = re.compile(rf"^(?P<grade>{_US_MARKING})\s+(?P<precedence>{PRECEDENCE})$")
"""A cable's grade and precedence on one line, spaces only between them, in capitals:
"CONFIDENTIAL  IMMEDIATE", "SECRET NIACT IMMEDIATE" (never a sentence's "secret priority")."""
_LABELLED_NUMBER = re.compile(
    r"^\[?(?i:number|no\.?|nr\.?|registry\s+(?:no\.?|number)|reg\.\s*no\.?)\s*:\s*"
    r"(?P<n>[^\W_][\w./-]*\d[\w./-]*)\]?$"
    r"|^\[?(?:[ČčCc]\.?\s?[jJ]\.|[Ll]\.\s?dz\.|(?i:sz[áa]m)\s*:|[Pp]ov\.\s?br\.|[Ee]v\.\s?[čc]\."
    r"|[Ll]\.\s?sz\.|[Ss]ố|(?i:n[úu]mero))\s*:?\s*(?P<cj>(?:[A-Z]{1,4}-)?\d[\w./-]*)\]?$"
    r"|^(?P<office>[A-Z]{1,6}(?:/[A-Z]{1,6}(?:-[IVX]{1,4})?)+/\s?\d{1,6})$"
)
"""A number under its label: "Number: USW-1023", "No.: 123/4", and the national registry
labels, the Czech and Slovak "Č.j. 0234/67", "Čj. OS-00123/77" (číslo jednací), "Ev. č.
123/70" (evidenční číslo), the Polish "L.dz. 00234/81" (liczba dziennika), the Hungarian
"Szám: 45/12/1988", "l.sz. 0012/1968" (lajstromszám), the Yugoslav "Pov. br. 456" (poverljivi
broj), the Vietnamese "Số 45/TTg", the Spanish and Portuguese "NÚMERO 273", "Número: 273"
(never "NÚMERO DE HOJAS 2"); the number may begin with the office's letter code ("Č.j.
A-00456/10-68"), or be the office's code and the number, the whole line ("G/SG/DAM-II/ 256",
the Brazilian Foreign Ministry's divisions, as writers of a memorandum number it)."""
_YEAR = r"[\[(](?:19|20)?\d{2}[\])]"
_REGISTER = r"[A-Z][a-z]*(?:fa|zi|bu|ban|han|tong|bao)"
"""A register's name in pinyin, by its last syllable: an organ's issue ("Zhongfa", "Guofa",
"Junfa"), its letters ("Waizi"), its office's ("Zhongban"), its correspondence ("Guohan"):
never a city's or a word's ("Moscow (1963) 158", "Pages (63) 12")."""
_YEARLY_REGISTER = re.compile(
    rf"^(?:{_REGISTER}\s*{_YEAR}|{_YEAR}\s*{_REGISTER})\s*(?:No\.\s*)?\d{{1,5}}$"
)
"""A Chinese document number, whole: the issuing organ's register, its year in brackets and
the number, in either order ("Zhongfa [1963] No. 158", "Zhongfa (63) 158", "(63) Waizi No.
0452"): the register restarts every year, so "158" alone names no document."""
_SPACED = re.compile(r"(?<![\w.])(?:[A-Z] ){2,}[A-Z](?![\w.])")
"""Capitals typed one a time with a space between, as cable headers space a marking out."""
_LABELLED_MARKING = re.compile(
    r"^\[?(?i:(?:security\s+)?classification(?:\s+level)?|security\s+level|grif)\s*:\s*"
    r"(?P<marking>[^\]]+?)\s*\]?$"
)
"""A marking under its label: "Classification: Top Secret", "Security Classification:
SECRET", "[Classification Level: Secret]"."""


def unspaced(text: str) -> str:
    """A line with a marking typed in spaced capitals closed up: "S E C R E T TEHRAN 04567" is
    "SECRET TEHRAN 04567", "T O P  S E C R E T" "TOP SECRET"."""
    return _SPACED.sub(lambda found: found.group().replace(" ", ""), text)


def labelled_marking(text: str) -> str:
    """The marking a header line gives, without its label or the American cable's post and
    number ("CONFIDENTIAL TEHRAN 11634" is "CONFIDENTIAL"); any other line as it is."""
    text = unspaced(text)
    if (cable := _US_CABLE_HEAD.match(text)) is not None and cable["marking"]:
        return cable["marking"]
    labelled = _LABELLED_MARKING.match(text)
    return labelled["marking"] if labelled is not None else text


def cable_head_number(text: str) -> str | None:
    """The post and number an American cable's first line gives after its marking
    ("CONFIDENTIAL WARSAW 08456" is "WARSAW 08456"), also where it opens the text under the
    routing's "BT"."""
    cable = _US_CABLE_HEAD.match(unspaced(text))
    return cable["number"] if cable is not None and cable["marking"] else None


def labelled_number(text: str, previous: str = "", *, routed: bool = False) -> str | None:
    """The document's own number a header line gives under a label or as an American cable's
    head (``previous``: the line above, a marking before a post and number alone; ``routed``:
    the line stands above an American cable's routing, "FM AMEMBASSY ...", where its post and
    number may stand alone under a handling caveat, "SECRET" / "NODIS" / "STATE 267413")."""
    text, previous = unspaced(text), unspaced(previous)
    if (cable := _US_CABLE_HEAD.match(text)) is not None:
        return cable["number"]
    if (routed or _US_MARKING_LINE.match(previous)) and (
        alone := _POST_NUMBER.match(text)
    ) is not None:
        return alone["number"]
    if _YEARLY_REGISTER.match(text) is not None:
        return text
    if (labelled := _LABELLED_NUMBER.match(text)) is not None:
        if labelled["office"] and _marks_in(labelled["office"]):
            return None
        return labelled["n"] or labelled["cj"] or labelled["office"]
    return None


def _marks_in(code: str) -> bool:
    """Whether an office code's slash parts hold a marking or a handling caveat: "SECRET/NODIS/
    2", "TOP/SECRET/ 1983" are a marking line and a page or year, no office's number."""
    return any(
        classification_of(part) is not None or is_caveat(part) for part in code.split("/")[:-1]
    )
