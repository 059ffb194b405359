"""The repository in a citation's holdings, and where its name ends and its shelfmark begins.

A repository's name is the first comma-separated segment up to a number or a shelf unit
("PRC FMA 109-...", "AVPRF f. 0102"); it goes on over segments that end with its acronym, over
its seat ("Central State Archive, Sofia, fond 1-B") and over the institution or country after a
name that says only what kind of archive it is ("Diplomatic Archives, Ministry of Foreign
Affairs, Republic of Korea"); after its bracketed abbreviation comes a seat or a shelfmark,
never more name. Some catalogues name the repository after the shelfmark ("RG 59, Central
Decimal File, ..., National Archives, College Park").
"""

from __future__ import annotations

import re

from .bodies import generic_body
from .gazetteer import is_country
from .seats import state_code, state_or_country
from .text import is_name_like
from .vocabulary import SHELF_UNITS

_HEAD_NUMBER = re.compile(rf"\s(?=\d|(?i:{SHELF_UNITS}|vol|tom)\.?\s*\d|[DN][A-Z]\s?\d{{1,4}}\b)")
"""Where a shelfmark starts inside the repository's segment: "PRC FMA 109-03157-01",
"AVPRF f. 0102, op. 13", and a German federal archive's fonds code without a comma before it
("SAPMO-BArch DY 30/3609", "SAPMO DY30 JIV 2/201/1087", "BArch NY 4090/123")."""
_NUMBERED_NAME = re.compile(r"\s(?:(?i:no|nr)\.|(?i:cent(?:er|re)|department|division|section))$")
"""A number that belongs to a name: "Archives Center No. 3", "National Archives Center 3",
"Working Paper No. 22"."""
_ACRONYM = r"\((?=[^()]*[A-Z][^()]*[A-Z])[A-Z][A-Za-z&. -]*[A-Za-z]\)"
"""An acronym in brackets, two capitals or more: "(PA AA)", "(AdsD)", "(SAPMO-BArch)"."""
_NAMED_BY_ACRONYM = re.compile(rf"^[^\d,()]+{_ACRONYM}$")
"""A segment that ends a repository's name with its acronym: "Berlin (PA AA)", "Stiftung
Archiv der Parteien ... der DDR (SAPMO-BArch)"."""
PARENT = re.compile(
    r"(?i:universit|\binstitution\b|stiftung|foundation|fundação|fundación|fondation"
    r"|bundesarchiv|\bacademy\b|akademie)"
)
"""The institution a repository is a unit of, named after it: "Hoover Institution Archives,
Stanford University", "Archiv der sozialen Demokratie (AdsD), Friedrich-Ebert-Stiftung"."""
_SHELF_FIRST = re.compile(
    r"\s*(?:(?i:RG|record\s+group|fonds?|f\.|box|folder)\s*\d"
    r"|[^,;()\d]{2,60}\s(?i:papers|collection|files)\s*,)"
)
"""Holdings that open with their shelf unit or a personal collection and name the repository
after it: "RG 59, ..., National Archives", "Anastas Mikoyan Papers, RGASPI, f. 84"."""
_ARCHIVE_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z]{2,7}$")
"""An archive by its acronym: "RGASPI", "AVPRF", "SAPMO", "BStU"."""
HOLDER_WORD = re.compile(
    r"(?i:archiv|arhiv|archiw|arquiv|archyv|arkiv|levéltár|library|libraries|museum|institut"
    r"|bundesarchiv|records\s+office|documentation|universit|fondazione|fundação|fundación"
    r"|stiftung|foundation)"
)
_FIRST_WORD_CAPITALS = re.compile(r"^\s*(?:[^\W\d_]*[A-Z]){2}")
"""A segment led by an abbreviation ("SAPMO-BArch, ...", "PRC FMA ...", "BStU, MfS")."""
_NOT_A_CITY = re.compile(
    r"(?i:\b(?:files?|papers|collections?|materials?|records|series|division|section"
    r"|department|office|ministry|committee|fonds?|country|subject|general|secretariat"
    r"|archives?|library|security|affairs|central|national|state|foreign|reports?|memo\w*"
    r"|correspondence|telegrams|cables|minutes|documents|notes|speeches|diar\w+|projects?"
    r"|programs?|programmes?|staff|council|house|box|folder|fondo|serie|série|secci[oó]n"
    r"|expediente|legajo|caja|carpeta|maço|dossier)\b)"
)
"""Words of the series, collections and offices that follow a repository's name."""
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
_UNIT_WORDS = frozenset(
    {"special", "collections", "collection", "manuscripts", "manuscript", "rare", "book"}
    | {"books", "library", "libraries", "research", "center", "centre", "reading", "room"}
    | {"department", "division", "and", "of", "the", "for"}
)
"""Words of a unit's name that every university's library has: "Special Collections Research
Center", "Rare Book and Manuscript Library"."""
CLOSED_BY_ACRONYM = re.compile(rf"{_ACRONYM}\s*$")
_ACRONYM_BEFORE = re.compile(rf"{_ACRONYM}\s*,")
"""A name closed by its abbreviation before its seat: "... Serbia (AMIP), Belgrade"."""
"""A name closed by its abbreviation: what follows is its seat or a shelfmark."""


def generic_archive(name: str) -> bool:
    """Whether an archive's name says what it is but not whose ("the State Archive",
    "Diplomatic Archives, Ministry of Foreign Affairs"): its seat tells which."""
    words = [w for w in _LETTERS.findall(name.casefold()) if w not in _ARCHIVE_WORDS]
    return not words or generic_body(" ".join(words))


def repository_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the repository's name ends and its shelfmark starts, between two offsets.

    The name is the first comma-separated segment, up to a number or a shelf unit in it
    ("PRC FMA 109-...", "AVPRF f. 0102"); it goes on over segments that end with its acronym
    ("Political Archive of the Federal Foreign Office, Berlin (PA AA), MfAA, C 1088/70"), and
    over the rest when no number follows and the rest reads as names ("Diplomatic Archives,
    Ministry of Foreign Affairs, Republic of Korea"): a shelfmark without a number is none.
    """
    head_end = top_level(text, start, end)
    for number in _HEAD_NUMBER.finditer(text, start, head_end):
        numbered = _NUMBERED_NAME.search(text, start, number.start()) is not None
        if _depth(text, start, number.start()) == 0 and not numbered:  # "(London: HMSO, 1954)"
            return number.start(), number.end()
    rest = text[head_end + 1 : end]
    segments = [segment.strip() for segment in rest.split(",")]
    closed = CLOSED_BY_ACRONYM.search(text, start, head_end) is not None
    if (
        not closed
        and rest.strip()
        and not any(c.isdigit() for c in rest)
        and all(map(is_name_like, segments))
        and not _reads_as_city(segments[0], text[start:head_end])  # "Library, Austin, Texas, NSF"
        and not any(map(_SERIES.search, segments))  # "Archives, Presidential Papers, Cairo"
    ):
        return end, end
    while head_end < end and _GENERIC_ARCHIVE.fullmatch(text[start:head_end].strip()):
        following = top_level(text, head_end + 1, end)  # "Diplomatic Archives, Ministry of
        segment = text[head_end + 1 : following].strip()  # Foreign Affairs, Republic of Korea"
        if any(c.isdigit() for c in segment) or not is_name_like(segment):
            break
        head_end = following
        if not _GENERIC_ARCHIVE.fullmatch(segment):
            break
    city = parent = False  # one seat and one parent: what follows is a series ("Telegramas")
    while head_end < end:
        following = top_level(text, head_end + 1, end)
        segment = text[head_end + 1 : following].strip()
        if not (city or parent) and _parent(segment):
            parent = True  # "Conflict Records Research Center, National Defense University"
            head_end = following
            continue
        seat = (
            not city
            and (following < end or len(segment.split()) <= 2)  # "..., Tirana." ends it
            and _reads_as_city(segment, text[start:head_end])
        )
        state = state_code(segment) or (city and state_or_country(segment))
        if not (_NAMED_BY_ACRONYM.match(segment) or seat or state):
            break
        if not seat and CLOSED_BY_ACRONYM.search(text, start, head_end) is not None:
            break  # "... (DAMSPS), PA, 1955": after its abbreviation, a series
        if not (seat or state) and city and _ACRONYM_BEFORE.search(text, start, head_end):
            break  # "... (AMIP), Belgrade, PA (Confidential Archive)": a series and its gloss
        city = city or seat
        head_end = following
    return head_end, head_end + 1


def holder_after_shelfmark(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the repository named after its shelfmark ("RG 59, Central Decimal File,
    795.00/6-2550, National Archives, College Park"), when the holdings open with a shelf
    unit; an empty span at ``end`` when they name none ("RG 59, Box 4")."""
    first_end = top_level(text, start, end)
    first = text[start:first_end]
    unit_first = _SHELF_FIRST.match(text, start, end) is not None
    if (
        not unit_first
        and (
            HOLDER_WORD.search(first)
            or _acronym_led(first)
            or CLOSED_BY_ACRONYM.search(first)  # "Der Bundesbeauftragte ... (BStU), MfS, ZAIG"
            or _parent(text[first_end + 1 : top_level(text, first_end + 1, end)])
        )
    ):
        return None  # the holdings open with the repository: "MOL, XIX-J-1-j ..."
    position = first_end
    while position < end:
        following = top_level(text, position + 1, end)
        segment = text[position + 1 : following]
        holder = HOLDER_WORD.search(segment) or _ARCHIVE_ACRONYM.match(segment.strip())
        if holder and not any(c.isdigit() for c in segment):
            holder_start = position + 1 + len(segment) - len(segment.lstrip())
            if (
                position == first_end
                and not unit_first
                and _GENERIC_ARCHIVE.fullmatch(segment.strip())
            ):
                holder_start = start  # "Ministry of Foreign Affairs of the PRC, Archives"
            return holder_start, _holder_end(text, following, end, segment)
        position = following
    if not unit_first:
        return None  # no repository after it either: the first segment names it
    return end, end


def _holder_end(text: str, following: int, end: int, holder: str) -> int:
    """Where a repository named after its shelfmark ends: over the institution it is a unit
    of, its city and the city's state ("Hoover Institution Archives, Stanford University",
    "Library of Congress, Washington, DC")."""
    after = top_level(text, following + 1, end)
    if following < end and _parent(text[following + 1 : after]):
        following, after = after, top_level(text, after + 1, end)
    if following < end and _reads_as_city(text[following + 1 : after].strip(), holder):
        following = after
        state = top_level(text, following + 1, end)  # "Washington, DC": one place
        if following < end and state_or_country(text[following + 1 : state]):
            following = state
    return following


def _parent(segment: str) -> bool:
    """Whether a segment after a repository's name is the institution it is a unit of."""
    segment = segment.strip()
    return (
        PARENT.search(segment) is not None
        and not any(c.isdigit() for c in segment)
        and is_name_like(segment)
        and _SERIES.search(segment) is None  # "Stanford University, Volkogonov Papers"
    )


def without_parent(name: str) -> str:
    """A repository's name less the institution it is a unit of, which the unit's name does
    not need to tell it apart ("Hoover Institution Archives, Stanford University" is Hoover
    Institution Archives; "Bundesarchiv, Stiftung ... (SAPMO-BArch)" is SAPMO-BArch); a name
    that says only what a unit is keeps its parent ("Archives, Stanford University", "Special
    Collections, University of Maryland")."""
    segments = [segment.strip() for segment in name.split(",")]
    if len(segments) > 1 and _parent(segments[0]) and _NAMED_BY_ACRONYM.match(segments[1]):
        segments = segments[1:]  # the unit is the one its acronym closes
    kept = segments[:1] + [s for s in segments[1:] if not _parent(s)]
    return name if _unit_only(kept[0]) else ", ".join(kept)


def _unit_only(name: str) -> bool:
    """Whether a repository's name says what kind of unit it is but not whose: "Special
    Collections", "Manuscripts and Archives", "Rare Book and Manuscript Library". Every
    university has one, so only its parent tells which."""
    words = _LETTERS.findall(name.casefold())
    return generic_archive(name) or all(w in _ARCHIVE_WORDS | _UNIT_WORDS for w in words)


def _acronym_led(segment: str) -> bool:
    """Whether a segment opens with an abbreviation: then it names the repository."""
    first = segment.split()[0] if segment.split() else ""
    return _FIRST_WORD_CAPITALS.match(first) is not None


def _reads_as_city(segment: str, repository: str) -> bool:
    """Whether the segment after an archive's name is its city ("Central State Archive,
    Sofia, fond 1-B"), not a series or a collection ("Presidential Library, National
    Security File, Box 3") nor a fonds by its acronym ("Warsaw, KC PZPR")."""
    segment = _ITS_ACRONYM.sub("", segment)  # "Freiburg (BA-MA)"
    return (
        HOLDER_WORD.search(repository) is not None
        and not is_country(segment)  # "..., Vietnam, 1965": a file series by country
        and is_name_like(segment, 3)
        and not any(c.isdigit() for c in segment)
        and not any(sum(c.isupper() for c in word) > 1 for word in segment.split())
        and _NOT_A_CITY.search(segment) is None
        and HOLDER_WORD.search(segment) is None
    )


_SERIES = re.compile(
    r"\b(?i:papers|files?|collections?|records|series|fonds?|fondo|fondi|fondul|bestand|nachlass"
    r"|zesp[oó]ł|correspondence|telegrams|cables|minutes|diar(?:y|ies)|dossiers?|materials)\b"
)
"""Words of a series, a fonds or a collection in any language ("Fondo Amintore Fanfani",
"Bestand DY 30", "Nachlass Ulbricht") in the holdings: no part of the repository's name."""
_ITS_ACRONYM = re.compile(r"(?<!\s)\s+\([A-Z][A-Za-z-]{1,10}\)$")


def _depth(text: str, start: int, end: int) -> int:
    """How many brackets are open at ``end``, counting from ``start``."""
    span = text[start:end]
    return max(0, span.count("(") + span.count("[") - span.count(")") - span.count("]"))


def top_level(text: str, start: int, end: int, separator: str = ",") -> int:
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
