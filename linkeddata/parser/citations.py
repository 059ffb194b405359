"""The citation paragraph: kept verbatim, and cut into title, date, archive, holdings, credits.

The layout is ``"Title", date, Archive, Repository, shelfmark[ and Repository, shelfmark].
Credits.`` with many variants: the comma inside or outside the quotes, curly quotes, no
quotes at all, title and date only. The parts are found from landmarks (closing quote,
archive name, first credit verb) rather than by counting commas, which titles also hold.
"""

from __future__ import annotations

import re

from ..record import Citation, Located, ParseWarning
from .credits import credit_start, parse_credits
from .dates import DATE_TEXT
from .text import Joined, is_name_like, trimmed

_QUOTES = '"\u201c\u201d\u201e'
_OPEN_QUOTE = re.compile(rf"^[{_QUOTES}]")
_CLOSE_QUOTE = re.compile(r",?[\"”“],?(?=\s|$)")
_ARCHIVE = re.compile(
    r"(?:Wilson Center|History and Public Policy Program|Cold War International History Project)"
    r" Digital Archive"
)
_DATE_AT_START = re.compile(rf"[\s,.]*(?P<date>{DATE_TEXT})(?=[\s,.;]|$)")
_DATE_AT_END = re.compile(rf"(?P<date>{DATE_TEXT})[\s,.;]*$")
_LOCATION_SPLIT = re.compile(r"(?<!\s)\s+and\s+(?=[A-Z][A-Z .]*[A-Z](?:,|\s+\d))")
_HEAD_NUMBER = re.compile(
    r"\s(?=\d|(?i:f|fond|op|opis|d|delo|ll?|listy?|box|folder|file|vol|sygn|sig)\.?\s*\d)"
)
"""Where a shelfmark starts inside the repository's segment: "PRC FMA 109-03157-01",
"AVPRF f. 0102, op. 13"."""
_COPY_NOTE = re.compile(
    r"[,;]\s*(?i:(?:a\s+)?copy\s+(?:courtesy\s+of|in|from|at|held|obtained)|courtesy\s+of)\b"
)
"""Where a note on a copy begins ("..., copy courtesy of NSA", "..., copy in the Volkogonov
Collection"): it ends the shelfmark."""
_NAMED_BY_ACRONYM = re.compile(r"^[^\d,()]+\([A-Z][A-Za-z .]*[A-Z]\)$")
"""A segment that ends a repository's name with its acronym: "Berlin (PA AA)"."""
_EDGE_PUNCTUATION = " \t,.;:"

_Holdings = tuple[tuple[Located[str], ...], tuple[Located[str], ...]]  # repositories, shelfmarks


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
    holdings: _Holdings = ((), ())
    if archive or date or title:  # else nothing tells where the holdings begin
        holdings = _holdings(joined, holdings_start, end)
    credit_text = None if credits_at is None else joined.located(credits_at, len(text))
    return Citation(
        text=Located(text, joined.line_at(0)),
        title=title,
        date_text=date,
        archive=archive,
        repositories=holdings[0],
        shelfmarks=holdings[1],
        credit_text=credit_text,
        credits=() if credits_at is None else parse_credits(joined, credits_at, len(text)),
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
    """For a citation without quotes: the title is what precedes its last date."""
    date = _DATE_AT_END.search(joined.text, 0, end)
    if date is None or date.start() == 0:
        return None, None, 0
    title = trimmed(joined.located(0, date.start()), _EDGE_PUNCTUATION + _QUOTES)
    return title, joined.located(*date.span("date")), date.end()


def _date_after(joined: Joined, start: int, end: int) -> tuple[Located[str] | None, int]:
    """The date right after the title, and the offset after it."""
    date = _DATE_AT_START.match(joined.text, start, end)
    if date is None:
        return None, start
    return joined.located(*date.span("date")), date.end()


def _holdings(joined: Joined, start: int, end: int) -> _Holdings:
    """Repositories and shelfmarks: ``MOL, XIX-J-1-j ...`` or ``PRC FMA 109-03157-01, 39-42``."""
    text = joined.text
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    repositories: list[Located[str]] = []
    shelfmarks: list[Located[str]] = []
    pos = start
    if (copy := _COPY_NOTE.search(text, start, end)) is not None:
        end = copy.start()  # "copy courtesy of NSA": where a copy came from, no shelfmark
    for split in [*_LOCATION_SPLIT.finditer(text, start, end), None]:
        location_end = split.start() if split else end
        head_end, shelf_start = _repository_end(text, pos, location_end)
        if (repository := joined.located(pos, head_end)) is not None:
            repositories.append(repository)
            shelfmark = trimmed(joined.located(shelf_start, location_end), _EDGE_PUNCTUATION)
            if shelfmark is not None:
                shelfmarks.append(shelfmark)
        pos = split.end() if split else end
    return tuple(repositories), tuple(shelfmarks)


def _repository_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the repository's name ends and its shelfmark starts, between two offsets.

    The name is the first comma-separated segment, up to a number or a shelf unit in it
    ("PRC FMA 109-...", "AVPRF f. 0102"); it goes on over segments that end with its acronym
    ("Political Archive of the Federal Foreign Office, Berlin (PA AA), MfAA, C 1088/70"), and
    over the rest when no number follows and the rest reads as names ("Diplomatic Archives,
    Ministry of Foreign Affairs, Republic of Korea"): a shelfmark without a number is none.
    """
    head_end = _top_level_comma(text, start, end)
    for number in _HEAD_NUMBER.finditer(text, start, head_end):
        if _depth(text, start, number.start()) == 0:  # not in "(London: HMSO, 1954)"
            return number.start(), number.end()
    rest = text[head_end + 1 : end]
    segments = [segment.strip() for segment in rest.split(",")]
    if rest.strip() and not any(c.isdigit() for c in rest) and all(map(is_name_like, segments)):
        return end, end
    while head_end < end:
        following = _top_level_comma(text, head_end + 1, end)
        if not _NAMED_BY_ACRONYM.match(text[head_end + 1 : following].strip()):
            break
        head_end = following
    return head_end, head_end + 1


def _depth(text: str, start: int, end: int) -> int:
    """How many brackets are open at ``end``, counting from ``start``."""
    span = text[start:end]
    return max(0, span.count("(") + span.count("[") - span.count(")") - span.count("]"))


def _top_level_comma(text: str, start: int, end: int) -> int:
    """The first comma between two offsets outside brackets ("(London: HMSO, 1954)"), or end."""
    depth = 0
    for index in range(start, end):
        char = text[index]
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif char == "," and not depth:
            return index
    return end
