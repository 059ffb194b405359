"""The citation paragraph: kept verbatim, and cut into title, date, archive, holdings, credits.

The layout is ``"Title", date, Archive, Repository, shelfmark[ and Repository, shelfmark].
Credits.`` with many variants: the comma inside or outside the quotes, curly quotes, no
quotes at all, title and date only. The parts are found from landmarks (closing quote,
archive name, first credit verb) rather than by counting commas, which titles also hold.
"""

from __future__ import annotations

import re

from ..record import Citation, Located, ParseWarning
from .bodies import generic_body
from .credits import credit_start, parse_credits
from .dates import DATE_TEXT
from .publications import publication_start, reads_as_publication
from .text import Joined, is_name_like, trimmed
from .vocabulary import SHELF_UNITS

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
_HEAD_NUMBER = re.compile(rf"\s(?=\d|(?i:{SHELF_UNITS}|vol|tom)\.?\s*\d)")
"""Where a shelfmark starts inside the repository's segment: "PRC FMA 109-03157-01",
"AVPRF f. 0102, op. 13"."""
_COPY_NOTE = re.compile(
    r"[,;.]\s*(?i:(?:a\s+)?copy\s+(?:courtesy\s+of|in|from|at|held|obtained)|courtesy\s+of)\b"
)
"""Where a note on a copy begins ("..., copy courtesy of NSA", "..., copy in the Volkogonov
Collection"): it ends the shelfmark."""
_COURTESY = re.compile(r"(?i:(?:a\s+)?copy\s+)?(?i:courtesy\s+of)\s")
_NUMBERED_NAME = re.compile(r"\s(?:(?i:no|nr)\.|(?i:cent(?:er|re)|department|division|section))$")
"""A number that belongs to a name: "Archives Center No. 3", "National Archives Center 3",
"Working Paper No. 22"."""
_NAMED_BY_ACRONYM = re.compile(r"^[^\d,()]+\([A-Z][A-Za-z .]*[A-Z]\)$")
"""A segment that ends a repository's name with its acronym: "Berlin (PA AA)"."""
_SHELF_FIRST = re.compile(
    r"\s*(?:(?i:RG|record\s+group|fonds?|f\.|box|folder)\s*\d"
    r"|[^,;()\d]{2,60}\s(?i:papers|collection|files)\s*,)"
)
"""Holdings that open with their shelf unit or a personal collection and name the repository
after it: "RG 59, ..., National Archives", "Anastas Mikoyan Papers, RGASPI, f. 84"."""
_ARCHIVE_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{2,7}$")
"""An archive by its acronym: "RGASPI", "AVPRF", "SAPMO", "BStU"."""
_HOLDER_WORD = re.compile(
    r"(?i:archiv|arhiv|archiw|arquiv|archyv|arkiv|levéltár|library|libraries|museum|institut"
    r"|bundesarchiv|records\s+office|documentation|universit|fondazione|fundação|fundación"
    r"|stiftung|foundation)"
)
_FIRST_WORD_CAPITALS = re.compile(r"^\s*(?:[^\W\d_]*[A-Z]){2}")
"""A segment led by an abbreviation ("SAPMO-BArch, ...", "PRC FMA ...", "BStU, MfS")."""
_NOT_A_REPOSITORY = re.compile(r"(?i:\binterview|\bconducted\s+by\b|\boral\s+history\b)")
"""Who conducted an interview is no repository: "Oral history interview conducted by X"."""
_NOT_A_CITY = re.compile(
    r"(?i:\b(?:files?|papers|collections?|materials?|records|series|division|section"
    r"|department|office|ministry|committee|fonds?|country|subject|general|secretariat"
    r"|archives?|library|security|affairs|central|national|state|foreign|reports?|memo\w*"
    r"|correspondence|telegrams|cables|minutes|documents|notes|speeches|diar\w+|projects?"
    r"|programs?|programmes?|staff|council|house|box|folder|fondo|serie|série|secci[oó]n"
    r"|expediente|legajo|caja|carpeta|maço|dossier)\b)"
)
"""Words of the series, collections and offices that follow a repository's name."""
_STATE_AFTER_CITY = re.compile(r"^(?:[A-Z]\.?){2}$")
"""A state or district after a city: "Washington, DC", "College Park, MD"."""
_EDGE_PUNCTUATION = " \t,.;:"

_Holdings = tuple[tuple[Located[str], ...], tuple[Located[str], ...], tuple[Located[str], ...]]
"""Repositories, shelfmarks and publications."""


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
    holdings: _Holdings = ((), (), ())
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
        publications=holdings[2],
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
    """Repositories, shelfmarks and publications: ``MOL, XIX-J-1-j ...``, ``PRC FMA
    109-03157-01, 39-42``, ``APRF, fond 45, ...; reprinted in CWIHP Bulletin 6/7, p. 5``."""
    text = joined.text
    start, end = _inside(text, start, end)
    archival_end, printed = end, []
    if (marker := publication_start(text, start, end)) is not None:
        archival_end = marker[0]
        printed.append((marker[1], end))
    pos = start
    while pos < archival_end:  # a part after ";" may be a publication without a marker
        part_end = _top_level(text, pos, archival_end, ";")
        first = text[pos : _top_level(text, pos, part_end)]
        if reads_as_publication(text[pos:part_end]) and not _HOLDER_WORD.search(first):
            printed.insert(0, (pos, archival_end))
            archival_end = pos
            break
        pos = part_end + 1
    publications = (joined.located(*_inside(text, *span)) for span in printed)
    repositories, shelfmarks = _archival(joined, *_inside(text, start, archival_end))
    return repositories, shelfmarks, tuple(p for p in publications if p is not None)


def _archival(
    joined: Joined, start: int, end: int
) -> tuple[tuple[Located[str], ...], tuple[Located[str], ...]]:
    """Repositories and their shelfmarks, joined by "and" when several hold the document."""
    text = joined.text
    repositories: list[Located[str]] = []
    shelfmarks: list[Located[str]] = []
    pos = start
    if (copy := _COPY_NOTE.search(text, start, end)) is not None:
        end = copy.start()  # "copy courtesy of NSA": where a copy came from, no shelfmark
    if _COURTESY.match(text, start, end):
        end = start  # "Courtesy of X." names who gave a copy, no repository
    for split in [*_LOCATION_SPLIT.finditer(text, start, end), None]:
        location_end = split.start() if split else end
        if (named := _holder_after_shelfmark(text, pos, location_end)) is not None:
            repositories.extend(r for r in (joined.located(*named),) if r is not None)
            parts = [text[pos : named[0]], text[named[1] : location_end]]  # around the holder
            shelf = ", ".join(
                p.strip(_EDGE_PUNCTUATION) for p in parts if p.strip(_EDGE_PUNCTUATION)
            )
            if shelf:
                shelfmarks.append(Located(shelf, joined.line_at(pos)))
            pos = split.end() if split else end
            continue
        head_end, shelf_start = _repository_end(text, pos, location_end)
        if _NOT_A_REPOSITORY.search(text, pos, head_end):
            pos = split.end() if split else end
            continue
        if (repository := joined.located(pos, head_end)) is not None:
            repositories.append(repository)
            shelfmark = trimmed(joined.located(shelf_start, location_end), _EDGE_PUNCTUATION)
            if shelfmark is not None:
                shelfmarks.append(shelfmark)
        pos = split.end() if split else end
    return tuple(repositories), tuple(shelfmarks)


def _inside(text: str, start: int, end: int) -> tuple[int, int]:
    """The span less punctuation and spaces at both ends."""
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return start, end


_GENERIC_ARCHIVE = re.compile(
    r"(?i:(?:the\s+)?(?:(?:national|state|central|diplomatic|historical|foreign\s+policy"
    r"|political|presidential|general)\s+)*archives?)"
)
"""An archive's name that says what it is but not whose: the institution or the country after
it belongs to the name ("Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea")."""
_LETTERS = re.compile(r"[^\W\d_]+")
_ARCHIVE_WORDS = frozenset(
    {"archive", "archives", "national", "state", "central", "diplomatic", "historical"}
    | {"political", "presidential", "general", "military", "party", "records", "record"}
)
"""Words of an archive's name that every country's archives have."""
_CLOSED_BY_ACRONYM = re.compile(r"\([A-Z][A-Za-z&. ]*[A-Z]\)\s*$")
"""A name closed by its abbreviation: what follows is its seat or a shelfmark."""


def generic_archive(name: str) -> bool:
    """Whether an archive's name says what it is but not whose ("the State Archive",
    "Diplomatic Archives, Ministry of Foreign Affairs"): its seat tells which."""
    words = [w for w in _LETTERS.findall(name.casefold()) if w not in _ARCHIVE_WORDS]
    return not words or generic_body(" ".join(words))


def _repository_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the repository's name ends and its shelfmark starts, between two offsets.

    The name is the first comma-separated segment, up to a number or a shelf unit in it
    ("PRC FMA 109-...", "AVPRF f. 0102"); it goes on over segments that end with its acronym
    ("Political Archive of the Federal Foreign Office, Berlin (PA AA), MfAA, C 1088/70"), and
    over the rest when no number follows and the rest reads as names ("Diplomatic Archives,
    Ministry of Foreign Affairs, Republic of Korea"): a shelfmark without a number is none.
    """
    head_end = _top_level(text, start, end)
    for number in _HEAD_NUMBER.finditer(text, start, head_end):
        numbered = _NUMBERED_NAME.search(text, start, number.start()) is not None
        if _depth(text, start, number.start()) == 0 and not numbered:  # "(London: HMSO, 1954)"
            return number.start(), number.end()
    rest = text[head_end + 1 : end]
    segments = [segment.strip() for segment in rest.split(",")]
    closed = _CLOSED_BY_ACRONYM.search(text, start, head_end) is not None
    if (
        not closed
        and rest.strip()
        and not any(c.isdigit() for c in rest)
        and all(map(is_name_like, segments))
        and not _reads_as_city(segments[0], text[start:head_end])  # "Library, Austin, Texas, NSF"
    ):
        return end, end
    while head_end < end and _GENERIC_ARCHIVE.fullmatch(text[start:head_end].strip()):
        following = _top_level(text, head_end + 1, end)  # "Diplomatic Archives, Ministry of
        segment = text[head_end + 1 : following].strip()  # Foreign Affairs, Republic of Korea"
        if any(c.isdigit() for c in segment) or not is_name_like(segment):
            break
        head_end = following
        if not _GENERIC_ARCHIVE.fullmatch(segment):
            break
    city = False  # a repository has one seat: what follows it is a series ("Telegramas")
    while head_end < end:
        following = _top_level(text, head_end + 1, end)
        segment = text[head_end + 1 : following].strip()
        seat = not city and following < end and _reads_as_city(segment, text[start:head_end])
        if not (_NAMED_BY_ACRONYM.match(segment) or seat or _STATE_AFTER_CITY.match(segment)):
            break
        if not seat and _CLOSED_BY_ACRONYM.search(text, start, head_end) is not None:
            break  # "... (DAMSPS), PA, 1955": after its abbreviation, a series
        city = city or seat
        head_end = following
    return head_end, head_end + 1


def _holder_after_shelfmark(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the repository named after its shelfmark ("RG 59, Central Decimal File,
    795.00/6-2550, National Archives, College Park"), when the holdings open with a shelf
    unit; an empty span at ``end`` when they name none ("RG 59, Box 4")."""
    first_end = _top_level(text, start, end)
    first = text[start:first_end]
    unit_first = _SHELF_FIRST.match(text, start, end) is not None
    if not unit_first and (_HOLDER_WORD.search(first) or _acronym_led(first)):
        return None  # the holdings open with the repository: "MOL, XIX-J-1-j ..."
    position = first_end
    while position < end:
        following = _top_level(text, position + 1, end)
        segment = text[position + 1 : following]
        holder = _HOLDER_WORD.search(segment) or _ARCHIVE_ACRONYM.match(segment.strip())
        if holder and not any(c.isdigit() for c in segment):
            after = _top_level(text, following + 1, end)
            if following < end and _reads_as_city(text[following + 1 : after].strip(), segment):
                following = after
            return position + 1 + len(segment) - len(segment.lstrip()), following
        position = following
    if not unit_first:
        return None  # no repository after it either: the first segment names it
    return end, end


def _acronym_led(segment: str) -> bool:
    """Whether a segment opens with an abbreviation: then it names the repository."""
    first = segment.split()[0] if segment.split() else ""
    return _FIRST_WORD_CAPITALS.match(first) is not None


def _reads_as_city(segment: str, repository: str) -> bool:
    """Whether the segment after an archive's name is its city ("Central State Archive,
    Sofia, fond 1-B"), not a series or a collection ("Presidential Library, National
    Security File, Box 3") nor a fonds by its acronym ("Warsaw, KC PZPR")."""
    return (
        _HOLDER_WORD.search(repository) is not None
        and is_name_like(segment, 3)
        and not any(c.isdigit() for c in segment)
        and not any(sum(c.isupper() for c in word) > 1 for word in segment.split())
        and _NOT_A_CITY.search(segment) is None
        and _HOLDER_WORD.search(segment) is None
    )


def _depth(text: str, start: int, end: int) -> int:
    """How many brackets are open at ``end``, counting from ``start``."""
    span = text[start:end]
    return max(0, span.count("(") + span.count("[") - span.count(")") - span.count("]"))


def _top_level(text: str, start: int, end: int, separator: str = ",") -> int:
    """The first separator between two offsets outside brackets ("(London: HMSO, 1954)"), or
    end."""
    depth = 0
    for index in range(start, end):
        char = text[index]
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif char == separator and not depth:
            return index
    return end
