"""The citation paragraph: kept verbatim, and cut into title, date, archive, holdings, credits.

The layout is ``"Title", date, Archive, Repository, shelfmark[ and Repository, shelfmark].
Credits.`` with many variants: the comma inside or outside the quotes, curly quotes, no
quotes at all, title and date only. The parts are found from landmarks (closing quote,
archive name, first credit verb) rather than by counting commas, which titles also hold; the
holdings between them are read by :mod:`.holdings`, the credits by :mod:`.credits`.
"""

from __future__ import annotations

import re

from ..record import Citation, Located, ParseWarning
from .archive_words import HOLDER_WORD
from .credits import credit_start, parse_credits
from .dates import DATE_TEXT
from .funders import credit_funders
from .holdings import EDGE_PUNCTUATION, Holdings, parse_holdings
from .publications import publication_at, publication_sentence
from .text import Joined, trimmed
from .vocabulary import SHELF_UNITS, TITLE_ABBREVIATIONS

_QUOTES = '"\u201c\u201d\u201e'
_OPEN_QUOTE = re.compile(rf"^[{_QUOTES}]")
_CLOSE_QUOTE = re.compile(r",?[\"”“],?(?=\s|$)")
_ARCHIVE = re.compile(
    r"(?:Wilson Center|History and Public Policy Program|Cold War International History Project)"
    r" Digital Archive"
)
_DATE_AT_START = re.compile(rf"[\s,.]*(?P<date>{DATE_TEXT})(?=[\s,.;]|$)")
_DATE_AT_END = re.compile(rf"(?P<date>{DATE_TEXT})[\s,.;]*$")
_DATE_BEFORE_ARCHIVE = re.compile(
    rf"(?<=,)\s*(?P<date>{DATE_TEXT})\s*,(?=[^,;.]*{HOLDER_WORD.pattern}[^,;.]*,)"
)
"""A date, then an archive's name and a comma: where the holdings of a citation with no
archive's name and no quotes begin."""
_FULL_STOP = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\d))\.\s+(?=[A-Z])")
"""A full stop after a word or a number, then a capital: where a sentence of the citation may
end."""
_WORD_WINDOW = 40
_ORDINAL = re.compile(r"(?:^|[,;:(]\s?)\d{1,3}$")
"""A number that opens its segment is an ordinal before a shelf unit: "4. Doboz"."""
_SHELF_GOES_ON = re.compile(rf"(?i:{SHELF_UNITS}|opis|delo|listy?|vol|no|nr)\.?\s*\d")
"""A shelfmark written in sentences: "Fond 0102. Opis 6. Delo 14"."""
_SHELF_WORDS = 3
_WORD_BEFORE = re.compile(r"[^\W\d_][\w.]*$")
_SERIES_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,5}")
"""A capitalised abbreviation a series' name may follow: "Teleg. Došlé"."""
_NAME_OR_CREDIT = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,|[^,]*,\s*(?i:eds?|trans|comp)\.")
"""A person's name before the comma, or an editor's or translator's credit after it: a
publication's author ("Kathryn Weathersby, trans.", "Bernd Schaefer, ed.")."""
_ABBREVIATED = re.compile(
    rf"(?i:{SHELF_UNITS}|vols?|nos?|nr|pp?|docs?|pt|fol|ff|tom|sygn|ed|eds|comp|trans|inv|ser"
    rf"|dept|co|inc|ltd|univ|{TITLE_ABBREVIATIONS})"
)
"""Abbreviations that a full stop does not end a sentence after: shelf units ("f.", "op.",
"d.", "ll.", "No.", "a.e."), volumes, pages, firms and honorifics."""


def parse_citation(joined: Joined, warnings: list[ParseWarning]) -> Citation:
    """Read the citation paragraph (its lines joined with spaces) into its parts."""
    text = joined.text
    title, rest = _quoted_title(joined, warnings)
    credits_at = credit_start(text, max(rest, 1), len(text))
    end = len(text) if credits_at is None else credits_at
    archive_match = _ARCHIVE.search(text, rest, end)
    archive = None if archive_match is None else joined.located(*archive_match.span())
    before_archive = archive_match.start() if archive_match else end
    if title is None and rest == 0:
        title, date, after_date = _unquoted_title_and_date(joined, before_archive)
    else:
        date, after_date = _date_after(joined, rest, before_archive)
    holdings_start = archive_match.end() if archive_match else after_date
    end = _sentence_end(text, holdings_start, end)
    holdings: Holdings = ((), (), ())
    if archive or date or title:  # else nothing tells where the holdings begin
        holdings = parse_holdings(joined, holdings_start, end)
    credits_end, publications = len(text), holdings[2]
    if credits_at is not None and (printed := publication_sentence(text, credits_at, len(text))):
        credits_end = printed[0]  # "Translated by X. Published in CWIHP Bulletin 8/9."
        more = credit_start(text, printed[1], len(text))  # a credit after the publication
        published = trimmed(joined.located(printed[1], more or len(text)), EDGE_PUNCTUATION)
        publications += () if published is None else (published,)
    credit_text = (
        None if credits_at is None else trimmed(joined.located(credits_at, credits_end), " ;")
    )
    return Citation(
        text=Located(text, joined.line_at(0)),
        title=title,
        date_text=date,
        archive=archive,
        repositories=holdings[0],
        shelfmarks=holdings[1],
        publications=publications,
        credit_text=credit_text,
        credits=() if credits_at is None else parse_credits(joined, credits_at, credits_end),
        funders=() if credits_at is None else tuple(credit_funders(joined, credits_at, len(text))),
    )


def _quoted_title(joined: Joined, warnings: list[ParseWarning]) -> tuple[Located[str] | None, int]:
    """The quoted title and the offset after it; (None, 0) when the citation has no quotes."""
    if not _OPEN_QUOTE.match(joined.text):
        return None, 0
    close = _CLOSE_QUOTE.search(joined.text, 1)
    if close is None:
        warnings.append(ParseWarning("the citation's title quote is not closed", joined.lines[0]))
        return None, 0
    return trimmed(joined.located(1, close.start()), ","), close.end()


def _unquoted_title_and_date(
    joined: Joined, end: int
) -> tuple[Located[str] | None, Located[str] | None, int]:
    """For a citation without quotes: the title is what precedes its last date, or, with
    no archive's name, the first date an archive's name follows ("Report ..., April 12, 1950,
    Military Historical Archive (VHA), Prague, ...": the repository is clear)."""
    date = _DATE_AT_END.search(joined.text, 0, end) or _DATE_BEFORE_ARCHIVE.search(
        joined.text, 0, end
    )
    if date is None or date.start() == 0:
        return None, None, 0
    title = trimmed(joined.located(0, date.start()), EDGE_PUNCTUATION + _QUOTES)
    return title, joined.located(*date.span("date")), date.end()


def _date_after(joined: Joined, start: int, end: int) -> tuple[Located[str] | None, int]:
    """The date right after the title, and the offset after it."""
    date = _DATE_AT_START.match(joined.text, start, end)
    if date is None:
        return None, start
    return joined.located(*date.span("date")), date.end()


def _sentence_end(text: str, start: int, end: int) -> int:
    """Where the holdings' sentence ends: at a full stop after a word or a number, then a
    capital ("AVPRF. Copy on file at ...", "d. 14. The original is ..."), outside brackets,
    unless the word is an abbreviation ("f. 0102", "No. 5", "Dr. X"), the number an ordinal
    ("4. Doboz"), or the next sentence goes on with the shelfmark ("Fond 5. Opis 3") or cites a
    publication ("... Reprinted in ...")."""
    depth, counted = 0, start
    for stop in _FULL_STOP.finditer(text, start, end):
        before = max(start, stop.start() - _WORD_WINDOW)  # bounds the work per full stop
        word = _WORD_BEFORE.search(text, before, stop.start())
        if word is not None and _ABBREVIATED.fullmatch(word.group()):
            continue
        span = text[counted : stop.start()]
        depth += span.count("(") + span.count("[") - span.count(")") - span.count("]")
        counted = stop.start()
        if depth > 0:
            continue  # "(Beijing: Renmin chubanshe. 1999)"
        abbreviated = word is not None and _SERIES_ABBREVIATION.fullmatch(word.group()) is not None
        if _ORDINAL.search(text, before, stop.start()) or _shelf_goes_on(
            text, stop.end(), end, abbreviated=abbreviated
        ):
            continue
        if publication_at(text, stop.end(), end):
            continue
        return stop.start()
    return end


def _shelf_goes_on(text: str, start: int, end: int, *, abbreviated: bool) -> bool:
    """Whether the text after a full stop goes on with the shelfmark rather than a sentence:
    a shelf unit and its number ("Fond 0102. Opis 6"), after an ``abbreviated`` word a word
    and then a comma ("Teleg. Došlé, 1968, č. 1234"; after a number or a name the next
    sentence cites a book: "dok. 1. Dmitrii Volkogonov, Lenin", "ll. 1-3. Kathryn Weathersby,
    trans."), or words with a number and none in lower case ("Bundesarchiv, Berlin. DY
    30/3497"; "Copy on file at ..." is a sentence)."""
    if _SHELF_GOES_ON.match(text, start, end):
        return True
    comma = text.find(",", start, end)
    if (
        abbreviated
        and comma > 0
        and ";" not in text[start:comma]
        and len(text[start:comma].split()) <= 2
        and _NAME_OR_CREDIT.match(text, start, min(end, comma + _WORD_WINDOW)) is None
    ):
        return True  # "Teleg. Došlé, 1968": a series' name after an abbreviation, then more
    words = text[start : min(end, start + 80)].split()[:_SHELF_WORDS]
    return any(any(c.isdigit() for c in w) for w in words) and not any(
        w[:1].islower() for w in words
    )
