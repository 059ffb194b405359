"""Dates written in the original's language under a translated text, as the collection's
documents close: "5th March 1962", German "den 14. September 1983", Hungarian "1956. november
1.", Czech, Slovak and Polish genitive months ("14. srpna 1968", "dnia 13 grudnia 1981 r."),
Swedish, Danish and Norwegian "den 9 mars 1968", Spanish and Portuguese "27 de octubre de 1962"
("em 12 de agosto de 1977"), Vietnamese "ngày 7 tháng 4 năm 1965". They are
kept as written, and the name under such a line signs as under an English date."""

from __future__ import annotations

import re

from .vocabulary import MONTH_PATTERN

_GERMAN = r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
_HUNGARIAN = (
    r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október"
    r"|november|december)"
)
_GENITIVE = (
    r"(?:ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
    r"|januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra"
    r"|decembra|stycznia|lutego|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia)"
)
_IBERIAN = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro"
    r"|dezembro)"
)
_ITALIAN = (
    r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
    r"|dicembre)"
)
_NORDIC = (
    r"(?:januari|januar|februari|februar|mars|marts|april|maj|mai|juni|juli|augusti|august"
    r"|september|oktober|november|december|desember)"
)
"""The months in Swedish, Danish and Norwegian."""
_DEN = r"(?i:den)"
_DNIA = r"(?i:dnia)"
_EM = r"(?i:em|a|el)"
ON_THE_DAY = re.compile(rf"^(?:{_DEN}|{_DNIA}|{_EM})\s+(?=\d)")
"""The word before a date that says "on the (day)", no part of the date: German, Swedish,
Danish and Norwegian "den 26. November 1980", "den 9 mars 1968", Polish "dnia 13 grudnia 1981
r.", Portuguese "em 12 de agosto de 1977", Spanish "a 11 de septiembre de 1973"."""
LOCAL_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th),?\s+{MONTH_PATTERN},?\s+\d{{4}}"  # 5th March, 1962
    rf"|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th),?\s+\d{{4}}"  # March 5th, 1962
    # den 14. September 1983, den 14.9.1983
    rf"|(?:{_DEN}\s+)?\d{{1,2}}\.\s?(?:(?i:{_GERMAN})\s+\d{{4}}|\d{{1,2}}\.\s?\d{{2,4}})"
    rf"|\d{{4}}\.\s?(?i:{_HUNGARIAN})\s+\d{{1,2}}\."  # 1956. november 1.
    rf"|(?:{_DNIA}\s+)?\d{{1,2}}\.?\s+(?i:{_GENITIVE})\s+\d{{4}}(?:\s?r\.)?"  # 13 grudnia 1981 r.
    rf"|(?:{_DEN}\s+)?\d{{1,2}}\.?\s+(?i:{_NORDIC})\s+\d{{4}}"  # den 9 mars 1968, den 3. april
    # 27 de octubre de 1962, em 12 de agosto de 1977
    rf"|(?:{_EM}\s+)?\d{{1,2}}º?\s+(?i:de)\s+(?i:{_IBERIAN})\s+(?i:de)\s+\d{{4}}"
    r"|(?i:ngày)\s+\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4})"  # ngày 7 tháng 4 năm 1965
)
"""A date in one of the written forms above, the whole of what follows a place's comma."""
MONTH_AND_YEAR = re.compile(
    rf"^(?:(?i:im)\s+)?(?:{MONTH_PATTERN}|(?i:{_GERMAN}|{_IBERIAN}|{_ITALIAN}))\s+(?:(?i:de)\s+)?"
    r"\d{4}\.?$"
    r"|^[IVX]{1,4}\.\s?\d{4}\.?$|^\d{4}\.?$"
)
"""A date of a month or a year only, as a heading's or a closing's "Place, date" line may
write it: "March 1961", "im Juli 1968", "marzo de 1961", "III.1961", "1976"."""
