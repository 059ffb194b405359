"""Published sources in a citation: where a text was printed, not the archive holding it.

A document read in print is cited by its publication ("Cold War International History Project
Bulletin, Issue 14/15 (Winter 2003-Spring 2004), pp. 130-132", "Mao Zedong wenji, vol. 6
(Beijing: Renmin chubanshe, 1999), 114-116"), and an archival original also printed by its
shelfmark, then "reprinted in ...". Either way the publication is no repository: it has issues,
volumes, pages and publishers where an archive has fonds, boxes and folders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .archive_words import HOLDER_WORD
from .repositories import top_level
from .signer_lines import signing_name
from .vocabulary import MONTH_PATTERN, SHELF_UNITS

_MARKER = re.compile(
    r"(?P<routed>(?i:\bas\s+(?:published|reprinted|printed|carried|broadcast|reported|quoted)"
    r"\s+(?:in|by|on))\s+)"
    r"|(?i:\b(?:(?:originally|first|also)\s+)?(?:published|reprinted|printed|reproduced"
    r"|excerpted|included)\s+in|\bexcerpts?\s+(?:from|in)|\balso\s+in)(?:\s*:)?\s+"
    r"|(?i:\btranslated\s+in)\s+(?=[\"“'‘A-Z])(?!(?i:full|part)\b)(?![^.;]*\s(?i:by)\s)"
    r"|(?P<translation>(?i:\b(?:english\s+)?(?:translation\s+(?:taken\s+)?|translated\s+)from)\s+)"
)
"""Wording that introduces a publication: "as published in", "as carried by", "as broadcast
by" after the source that issued the text (see :func:`issued_by_source`), "reprinted in",
"published in", "also in:",
"excerpted from", "included in" ("... by William Burr and included in NPIHP Research Update
#6"),
"translated in" where the translation was printed ("Translated in FBIS Daily Report"), never
how much or when it was translated, or by whom ("Translated in full/part/2009 by X" credits a
translator), and "translation from" or "translated from" before what reads as a publication
("translation from Problems of Communism, Spring 1992, pp. 60-62": see :func:`printed_source`)."""
_ALSO_IN = re.compile(r"(?i:also\s+in)\b")
_SENTENCE_OPENING = re.compile(r"[.;]\s*$")
_JOINED_TO_A_CREDIT = re.compile(r"\s(?i:by)\s[^.;]*?(?P<joiner>,?\s+(?i:and)\s+)$")
"""A publication joined to a credit that names its agent: "Translated by X and published in
CWIHP Bulletin 10"."""
_BRACKET = r"\((?=[^()]{0,300}\))"
"""A bracket that closes within 300 characters: an imprint's or a year's is short, and the
patterns that read inside it then take no more than linear time on an unclosed one."""
_PUBLISHER = re.compile(
    rf"{_BRACKET}[^()]*[^\W\d_][^():]*:\s*[^()]*\b\d{{4}}\)"
    r"|\([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?,\s*\d{4}\)"
)
"""A book's imprint in brackets: "(Beijing: Renmin chubanshe, 1999)", "(London: HMSO, 1954)",
or its city and year alone: "(Moscow, 1962)"."""
_ISSUE = re.compile(
    r"(?i:\b(?:issues?|vol(?:ume)?s?\.?|nos?\.|numbers?)\s*\d)"
    r"|\b(?i:vol(?:ume)?\.?|no\.)\s*[IVXL]+\b"
)
_EDITION_DOCUMENT = re.compile(r"\b(?i:doc(?:ument)?|dok(?:ument)?)\.?\s*(?:(?i:no)\.?\s*)?\d")
"""A document numbered within a printed edition: "1970, Vol. I, Doc. 9" (an archive cites
fonds, boxes and folders instead)."""
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_IMPRINT = re.compile(
    r"^[^,;:()]*\b(?i:press|publish\w*|verlag|izdatel\w*|chubanshe|[ée]ditions?|editora"
    r"|editorial|editrice|wydawnictwo|nakladatelstv\w*|kiadó|books|printing\s+house)\b[^,;:()]*"
    r"(?:,\s*[^,;:()\d]+){1,2},\s*(?:1[89]|20)\d{2}\W*$"
)
"""A book's imprint without brackets, its publisher, city and year: "Foreign Languages Press,
Peking, 1962"."""
_PAGES_OR_YEAR = re.compile(rf"\bpp?\.\s*\d|{_BRACKET}[^()]*\b\d{{4}}[^()]*\)")
"""Pages ("pp. 130-132") or a year in brackets ("(1996)", "(Winter 2003-Spring 2004)")."""
_SEASON = re.compile(r"\b(?i:spring|summer|fall|autumn|winter)\s+(?:1[89]|20)\d{2}\b")
"""A periodical's issue by its season: "Problems of Communism, Spring 1992, pp. 60-62" (with
pages an issue, as an archive's file never is)."""
_PERIODICAL = re.compile(
    r"(?i:\b(?:bulletin|journal|review|quarterly|yearbook|gazette|newsletter|magazine"
    r"|digest|annals|proceedings|zhurnal|vestnik|wenxian|ziliao|bao"
    r"|vedomosti|sbornik|gesetzblatt|dziennik|sb[ií]rka|bolet[ií]n|boletim|monitorul)\b)"
)
"""A periodical's or an official gazette's word, in its languages too: "Vedomosti
Verkhovnogo Soveta SSSR" (the Supreme Soviet's gazette), "Sbornik ..." (a printed collection
of documents), "Gesetzblatt der DDR", "Dziennik Ustaw", "Boletín Oficial"."""
_NAMED_PERIODICAL = re.compile(
    rf"^(?P<owner>[^,;()]+?)(?:\s*\([A-Z][A-Za-z&-]{{1,10}}\))?,\s*(?P<periodical>{_PERIODICAL.pattern})"
    r"(?=[\s,.]*(?i:no\.|issue|vol)?\.?\s*\d)"
)
"""A project's or an institution's periodical after its name (and acronym): "Cold War
International History Project (CWIHP), Bulletin 16" is that project's Bulletin, no holder."""
_NUMBERED_ISSUE = re.compile(
    r"^[^\W\d_][^\d,;:()]*?(?:\s+\d{1,3}(?:[-/]\d{1,3})?\s*\((?:1[89]|20)\d{2}\)"
    r"|,\s*(?i:no\.|nr\.|issue)\s*\d{1,3}(?:[-/]\d{1,3})?,\s*(?:1[89]|20)\d{2})\s*(?:$|[,:.])"
    r"|^(?=[^,]*[a-z])[^\W\d_][^\d,;:()]*,\s*(?:1[89]|20)\d{2},\s*(?i:no\.|nr\.|issue)\s*"
    r"\d{1,3}(?:[-/]\d{1,3})?\s*(?:$|[,:.])"
)
"""A periodical by its title, an issue's number and its year: "Istoricheskii arkhiv 3-4
(1993)", "Izvestiia TsK KPSS, No. 1, 1991", a gazette's year before its number, "Testovye
Vesti, 1979, No. 20" (a title in words: "RGANI, 1979, No. 20" is an archive's file; an
archive has fonds and files, no issues)."""
_SHELF_UNIT = re.compile(rf"(?i:\b(?:{SHELF_UNITS}|series)\.?\s*\d)")
_SHELF_UNIT_WORD = re.compile(rf"(?i:\b(?:{SHELF_UNITS}|series)\b)")
_VOLUME_PAGES = re.compile(
    r"^(?P<title>[^\W\d_][^,;:()\[\]\d]*?)(?:\s*\[[^\[\]]{1,200}\])?,\s*(?i:vol(?:ume)?)\.?\s*"
    r"(?:\d{1,3}|[IVXL]+),\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?[\s.]*$"
)
"""A printed volume cited by its title, volume and bare pages, with an English gloss of the
title in square brackets or not: "Jianguo yilai Mao Zedong wengao, vol. 1, 538", "Zhou Enlai
junshi wenxuan [Zhou Enlai's Selected Military Works], vol. 4, 80-81" (an archive's title
holds an archive's word: see :func:`reads_as_publication`)."""
_WORK_WORD = re.compile(
    r"\s(?i:nianpu|wenji|wengao|wenxuan|xuanji|huibian|waijiao|shilu|zhuan|riji|quanji)$"
)
"""A romanised Chinese work's word ending its title, in either case: "Zhou Enlai Nianpu" (a
chronology), "Mao Zedong Wenji" (collected works), "Dangdai Zhongguo Waijiao": with numbers
after it a printed volume, as no archive's name ends so."""
_WORDS_OF_A_TITLE = re.compile(r"\s[a-z]")
"""A word in lower case: a title's ("wengao", "of"), which an archive's acronym has none of
("AVPRF", "SAPMO-BArch", "TsAMO")."""
_ARCHIVE_TITLE = re.compile(rf"{HOLDER_WORD.pattern}|(?i:arkhiv|dang'?an)")
"""An archive's word, in the transliterations an archive's name has too: "Arkhiv Vneshnei
Politiki", "Zhongyang dang'an guan"."""
_DATED_ISSUE = re.compile(
    r"^[^,;:\d]+,\s+(?:(?i:no|nr|issue)\.?\s*\d{1,5}\s*,?\s*\(?)?"
    rf"(?:\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}}|{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}})\b"
)
"""A newspaper's issue of a day, with its number or not: "Rudé právo, 22 August 1968",
"Renmin Ribao, May 5, 1960", "Trybuna Ludu, No. 294, 14 December 1981", "Neues Deutschland,
Nr. 263 (10 November 1989)" (an archive's name with a number, "Archives Center No. 3", has no
day after it)."""
_EDITOR = re.compile(r"^[^;:()\d]+,\s+(?i:eds?|comp|comps|trans|tr)\.,\s+")
"""An editor or compiler, or a list of them, before a book's title: "Shen Zhihua, ed., ...",
"Csaba Békés, Malcolm Byrne, and János M. Rainer, eds., ..."."""
_AUTHOR = re.compile(
    r"^(?P<author>[^,;:()\d]{3,60}),\s+(?=[^\W\d_])"
    r"(?!(?i:vols?|nos?|t|tom|bd|issue|part|pp?)\b\.?\s*[\dIVXLC])"
)
"""An author's name before a book's title: "Abdel Magid Farid, Nasser: The Final Years
(Reading: Ithaca Press, 1994)"; never a title before its volume or issue, whose words read
as a name as well: "Zhou Enlai Nianpu, vol. 2 (Beijing: ...)"."""
_MONITORING_SERIAL = r"summary\s+of\s+world\s+broadcasts"
_SERIES = re.compile(
    r"(?i:\b(?:working\s+papers?|briefing\s+books?|occasional\s+papers?|treaty\s+series"
    r"|foreign\s+relations\s+of\s+the\s+united\s+states|daily\s+report"
    rf"|contemporary\s+archives|mainland\s+press|{_MONITORING_SERIAL})\b"
    r"|\b(?:FRUS|FBIS|JPRS|SCMP|SWB)\b)"
)
"""Series of printed sources: CWIHP Working Papers, FRUS, the FBIS Daily Report and the JPRS
reports, the BBC Summary of World Broadcasts (SWB), the UN Treaty Series, Keesing's
Contemporary Archives, the Survey of China Mainland Press."""
_MONITORING_CODE = re.compile(r"\s[A-Z]{2,3}/\d{3,4}(?:/[A-Z0-9]{1,3})+\b")
"""A monitoring serial's issue code after its name: "SWB SU/0123/A1/2" (series, issue, part,
item), no part of the serial's name."""
_MONITORING_ISSUE = re.compile(
    rf"(?:(?i:{_MONITORING_SERIAL})|\bSWB\b)[^;]*?,?{_MONITORING_CODE.pattern}"
)
"""The BBC Summary of World Broadcasts by its issue code: "BBC Summary of World Broadcasts,
FE/0483/B2/1", a publication whose part ("B2") is no archive's box."""
_EDGES = " \t,.;:"
_TITLE_END = re.compile(r",|\s\d(?!\d*\s+[A-Z][a-z])")
"""Where a title ends at the latest: a comma, or a number after it ("Bulletin 16"), never a
number inside it, before more of its words ("The 1956 Hungarian Revolution")."""


def _markers(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The wording that introduces a publication between two offsets; "also in" only before
    what reads as one ("also in: X, ed., Title (City: Publisher, 1994)"), for it also
    introduces an archive's second copy ("Also in RGANI, f. 5, op. 30, d. 335")."""
    return (found for found in _MARKER.finditer(text, start, end) if _introduces(found, end))


def _introduces(found: re.Match[str], end: int) -> bool:
    """Whether a marker introduces a publication: "also in" only before what reads as one,
    "translation from" only before a printed source."""
    text = found.string
    after = text[found.end() : top_level(text, found.end(), end, ";")]
    if found["translation"] is not None:
        return printed_source(after)
    return _ALSO_IN.match(found.group()) is None or reads_as_publication(after)


def printed_source(text: str) -> bool:
    """Whether what a translation was taken from is a publication: one by its reading, or a
    title with its volume or issue ("Survival, vol. 12, no. 3"); a translator, "FBIS", or a
    language, "Russian by X", has none."""
    return reads_as_publication(text) or _ISSUE.search(text) is not None


def publication_start(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the wording that introduces a publication between two offsets, if any."""
    found = next(_markers(text, start, end), None)
    return None if found is None else found.span()


def publication_sentence(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first sentence between two offsets that opens by citing a publication ("...
    Translated by X. Published in CWIHP Bulletin 8/9.", "...; originally published in ...",
    "Translated by X and published in ..."):
    where it starts and where its publication begins. It is no part of a credit."""
    for found in _markers(text, start, end):
        if found.start() == start or _SENTENCE_OPENING.search(text, start, found.start()):
            return found.span()
        if (joined := _JOINED_TO_A_CREDIT.search(text, start, found.start())) is not None:
            return joined.start("joiner"), found.end()  # "... by X and published in ..."
    return _periodical_after_credit(text, start, end)


def _periodical_after_credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A periodical with its issue and pages after a credit and ";", where the translation
    was printed, as "Published in" says: "Translated by X; Cold War International History
    Project Bulletin, Issues 6-7 (Winter 1995/1996), pp. 7-9."."""
    semicolon = top_level(text, start, end, ";")
    if semicolon >= end:
        return None
    after = semicolon + 1 + len(text[semicolon + 1 : end]) - len(text[semicolon + 1 : end].lstrip())
    printed = text[after:end].rstrip(" .")
    head = printed.split(",", 1)[0]
    if _PERIODICAL.search(head) and _ISSUE.search(printed) and _PAGES_OR_YEAR.search(printed):
        return semicolon, after
    return None


def issued_by_source(text: str, start: int, marker: int) -> bool:
    """Whether what comes before a publication introduced by "as published in", "as carried
    by" names the source that issued the text, no repository ("Korean Central News Agency, as
    published in FBIS-EAS-93-047"): it has no shelf unit and no number, as a shelfmark has."""
    before = text[start:marker]
    found = _MARKER.match(text, marker)
    return (
        found is not None
        and found["routed"] is not None
        and not any(c.isdigit() for c in before)
        and not _SHELF_UNIT_WORD.search(before)
        and not HOLDER_WORD.search(before)
    )


def publication_at(text: str, start: int, end: int) -> bool:
    """Whether the wording that introduces a publication begins at ``start``."""
    found = _MARKER.match(text, start, end)
    return found is not None and _introduces(found, end)


def reads_as_publication(text: str) -> bool:
    """Whether a holdings part cites a publication: an imprint (in brackets, or a publisher,
    its city and year), an issue with its pages or year, or a periodical's name with numbers;
    never when it names fonds, boxes or folders."""
    if _MONITORING_ISSUE.search(text):
        return True
    if _SHELF_UNIT.search(text):
        return False
    if _NAMED_PERIODICAL.match(text) or _NUMBERED_ISSUE.match(text):
        return True
    if (volume := _VOLUME_PAGES.match(text)) is not None:
        title = volume["title"]  # "Archives X, vol. 525, 112", "AVPRF, vol. 525, 112": archives'
        worded = _WORDS_OF_A_TITLE.search(title) or _WORK_WORD.search(title.strip())
        return worded is not None and not _ARCHIVE_TITLE.search(title)
    if _PUBLISHER.search(text) or _DATED_ISSUE.match(text) or _EDITOR.match(text):
        return True
    if _IMPRINT.match(text):
        return True
    if _SERIES.search(text) and (any(c.isdigit() for c in text) or _ISSUE.search(text)):
        return True
    if (_ISSUE.search(text) or _SEASON.search(text)) and _PAGES_OR_YEAR.search(text):
        return True
    if _EDITION_DOCUMENT.search(text) and (_ISSUE.search(text) or _YEAR.search(text)):
        return True
    head = text.split(",", 1)[0].strip()
    return bool(_PERIODICAL.search(head) or _WORK_WORD.search(head)) and any(
        c.isdigit() for c in text
    )


def publication_title(citation: str) -> str:
    """The publication's name, less its author or editor, issue, volume, imprint and pages; a
    periodical after its owner's name is named with it ("Cold War International History
    Project Bulletin")."""
    if (named := _NAMED_PERIODICAL.match(citation)) is not None:
        citation = f"{named['owner'].strip()} {named['periodical']}{citation[named.end() :]}"
    if (editor := _EDITOR.match(citation)) is not None:
        citation = citation[editor.end() :]
    elif (
        (author := _AUTHOR.match(citation)) is not None
        and _PUBLISHER.search(citation)
        and signing_name(author["author"].strip())
    ):
        citation = citation[author.end() :]  # the author's name, then the book's title
    if (issued := _ISSUE.search(citation)) is not None and not _PUBLISHER.search(citation):
        segment = citation.rfind(",", 0, issued.start()) + 1  # a publisher before the title:
        if citation[segment : issued.start()].strip():  # "MEA, India, White Paper No. VIII"
            citation = citation[segment:]
    cut = len(citation)
    for pattern in (_PUBLISHER, _ISSUE, _PAGES_OR_YEAR, _TITLE_END, _MONITORING_CODE):
        if (found := pattern.search(citation)) is not None and found.start() > 0:
            cut = min(cut, found.start())
    return citation[:cut].strip(_EDGES) or citation.strip(_EDGES)
