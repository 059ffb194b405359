"""The repository in a citation's holdings, and where its name ends and its shelfmark begins.

A repository's name is the first comma-separated segment up to a number or a shelf unit
("PRC FMA 109-...", "AVPRF f. 0102"); it goes on over segments that end with its acronym, over
its seat ("Central State Archive, Sofia, fond 1-B") and over the institution or country after a
name that says only what kind of archive it is ("Diplomatic Archives, Ministry of Foreign
Affairs, Republic of Korea"); after its bracketed abbreviation comes a seat or a shelfmark,
never more name. Some catalogues name the repository after the shelfmark ("RG 59, Central
Decimal File, ..., National Archives, College Park"), which :mod:`.holder_after` reads.
"""

from __future__ import annotations

import re

from .archive_words import (
    ARCHIVE_WORDS,
    GENERIC_ARCHIVE,
    HOLDER_WORD,
    NOT_A_CITY,
    PARENT,
    PROJECT_OR_DATABASE,
    RECORDS_PROJECT,
    SERIES,
    UNIT_WORDS,
)
from .bodies import generic_body
from .brackets import abbreviation_of
from .demonyms import ABBREVIATED as COUNTRY_ABBREVIATIONS
from .gazetteer import is_country
from .names import name_kind
from .seats import state_code, state_or_country
from .text import is_name_like
from .vocabulary import SHELF_UNITS

_HEAD_NUMBER = re.compile(rf"\s(?=\d|(?i:{SHELF_UNITS}|vol|tom)\.?\s*\d|[DN][A-Z]\s?\d{{1,4}}\b)")
"""Where a shelfmark starts inside the repository's segment: "PRC FMA 109-03157-01",
"AVPRF f. 0102, op. 13", and a German federal archive's fonds code without a comma before it
("SAPMO-BArch DY 30/3609", "SAPMO DY30 JIV 2/201/1087", "BArch NY 4090/123")."""
_CODE_AFTER_ACRONYM = re.compile(
    r"\s*(?P<acronym>[A-Z][A-Za-z]{0,2}[A-Z]{2,7})\s+(?=[A-Z]{1,2}[a-z]?\s?\d)"
)
"""An archive's acronym, then a series' code of one or two capitals and its number: the code
starts the shelfmark ("IPN BU 1585/5373", "IPN Kr 0102/5", "TNA FO 371/1234"); a country's
abbreviation before an acronym is part of the archive's name ("PRC FMA 109-03157-01")."""
_NUMBERED_NAME = re.compile(r"\s(?:(?i:no|nr)\.|(?i:cent(?:er|re)|department|division|section))$")
"""A number that belongs to a name: "Archives Center No. 3", "National Archives Center 3",
"Working Paper No. 22"."""
_CAPITAL = "A-ZÀ-ÖØ-ÞČĆĐŁŃŐŘŚŠŤŰŹŻŽ"
_ACRONYM = (
    rf"\((?=[^()]*[{_CAPITAL}][^()]*[{_CAPITAL}])[{_CAPITAL}][{_CAPITAL}a-z&. -]*[{_CAPITAL}a-z]\)"
)
"""An acronym in brackets, two capitals or more, accented too: "(PA AA)", "(AdsD)",
"(SAPMO-BArch)", "(ÁBTL)"."""
_NAMED_BY_ACRONYM = re.compile(rf"^[^\d,()]+{_ACRONYM}$")
"""A segment that ends a repository's name with its acronym: "Berlin (PA AA)", "Stiftung
Archiv der Parteien ... der DDR (SAPMO-BArch)"."""
_FIRST_WORD_CAPITALS = re.compile(r"^\s*(?:[^\W\d_]*[A-Z]){2}")
"""A segment led by an abbreviation ("SAPMO-BArch, ...", "PRC FMA ...", "BStU, MfS")."""
_LETTERS = re.compile(r"[^\W\d_]+")
CLOSED_BY_ACRONYM = re.compile(rf"{_ACRONYM}\s*$")
"""A name closed by its abbreviation: what follows is its seat or a shelfmark."""
_ACRONYM_BEFORE = re.compile(rf"{_ACRONYM}\s*,")
"""A name closed by its abbreviation before its seat: "... Serbia (AMIP), Belgrade"."""


def generic_archive(name: str) -> bool:
    """Whether an archive's name says what it is but not whose ("the State Archive",
    "Diplomatic Archives, Ministry of Foreign Affairs"): its seat tells which."""
    words = [w for w in _LETTERS.findall(name.casefold()) if w not in ARCHIVE_WORDS]
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
    code = _CODE_AFTER_ACRONYM.match(text, start, head_end)
    if code is not None and code["acronym"] not in COUNTRY_ABBREVIATIONS:  # "PRC FMA 109-..."
        return code.end("acronym"), code.end()  # "IPN BU 1585/5373": IPN's series BU
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
        and not reads_as_city(segments[0], text[start:head_end])  # "Library, Austin, Texas, NSF"
        and not any(map(SERIES.search, segments))  # "Archives, Presidential Papers, Cairo"
        and not (
            HOLDER_WORD.search(text, start, head_end)
            and any(map(PROJECT_OR_DATABASE.search, segments))
        )
    ):  # "National Security Archive, Carter-Brezhnev Project": a project is the shelfmark
        return end, end
    while head_end < end and GENERIC_ARCHIVE.fullmatch(text[start:head_end].strip()):
        following = top_level(text, head_end + 1, end)  # "Diplomatic Archives, Ministry of
        segment = text[head_end + 1 : following].strip()  # Foreign Affairs, Republic of Korea"
        if any(c.isdigit() for c in segment) or not is_name_like(segment):
            break
        if RECORDS_PROJECT.search(segment) and not HOLDER_WORD.search(segment):
            break  # "National Archives, Nixon Presidential Materials Project, NSC Files"
        head_end = following
        if not GENERIC_ARCHIVE.fullmatch(segment):
            break
    city = parent = False  # one seat and one parent: what follows is a series ("Telegramas")
    while head_end < end:
        following = top_level(text, head_end + 1, end)
        segment = text[head_end + 1 : following].strip()
        if not (city or parent) and (
            is_parent(segment) or _body_before_seat(text, start, head_end, following, end)
        ):
            parent = True  # "Conflict Records Research Center, National Defense University"
            head_end = following
            continue
        if not city and (series := _series_after_seat(segment, text[start:head_end])):
            raw = text[head_end + 1 : following]
            bracket = head_end + 1 + len(raw) - len(raw.lstrip()) + series
            return bracket, bracket  # "Brasília (Secret Telegrams, 1962)": a series after it
        seat = (
            not city
            and (following < end or len(segment.split()) <= 2)  # "..., Tirana." ends it
            and (
                reads_as_city(segment, text[start:head_end])
                or (is_country(segment) and generic_archive(text[start:head_end]))
            )  # "Archive of the Ministry of Foreign Affairs, Mongolia": the country says whose
        )
        state = state_code(segment) or (city and state_or_country(segment))
        named = (
            _NAMED_BY_ACRONYM.match(segment)
            and not (SERIES.search(segment) or PROJECT_OR_DATABASE.search(segment))
            and not _fonds_by_acronym(text, start, head_end, following, end)
        )
        if not (named or seat or state):
            break  # "..., P.N. Haksar Papers (I-II Installment)": a collection, no more name
        if not seat and CLOSED_BY_ACRONYM.search(text, start, head_end) is not None:
            break  # "... (DAMSPS), PA, 1955": after its abbreviation, a series
        if not (seat or state) and city and _ACRONYM_BEFORE.search(text, start, head_end):
            break  # "... (AMIP), Belgrade, PA (Confidential Archive)": a series and its gloss
        city = city or seat
        head_end = following
    return head_end, head_end + 1


def _fonds_by_acronym(text: str, start: int, head_end: int, following: int, end: int) -> bool:
    """Whether the body named with its acronym after an archive's name is a fonds, the body
    whose records these are, and so the shelfmark's first part: "Archiwum Akt Nowych, Komitet
    Obrony Kraju (KOK), sygn. 1805/19". The archive's own unit has an archive's word
    ("Bundesarchiv, Stiftung Archiv der Parteien ... (SAPMO-BArch)"), and a body with the
    repository's seat after it is the one the repository belongs to ("Archivo Histórico Genaro
    Estrada, Secretaría de Relaciones Exteriores (SRE), Mexico City"), and so is a state with
    the archive's acronym ("Archive of Foreign Policy, Russian Federation (AVP RF)")."""
    segment = text[head_end + 1 : following]
    after = text[following + 1 : top_level(text, following + 1, end)].strip()
    return (
        not is_country(segment.split("(")[0].strip())  # "Russian Federation (AVP RF)": its own
        and HOLDER_WORD.search(text, start, head_end) is not None
        and HOLDER_WORD.search(segment) is None
        and not is_parent(segment)
        and not (following < end and reads_as_city(after, text[start:head_end]))
    )


def _series_after_seat(segment: str, repository: str) -> int:
    """Where a bracketed series starts after the archive's seat, or 0: "Arquivo Histórico do
    Itamaraty, Brasília (Secret Telegrams Received and Sent, Havana, 1962)" (a bracket that
    names the repository there, "Praha (National Archives, Prague)", is its seat's)."""
    found = _BRACKET_AFTER.fullmatch(segment)
    if found is None or HOLDER_WORD.search(found["inside"]):
        return 0
    inside = found["inside"]
    series = any(c.isdigit() for c in inside) or SERIES.search(inside) or NOT_A_CITY.search(inside)
    return found.start("bracket") if series and reads_as_city(found["seat"], repository) else 0


def _body_before_seat(text: str, start: int, head_end: int, following: int, end: int) -> bool:
    """Whether the segment after an archive's name is the body it belongs to, its seat after
    it: "Archivo Histórico Genaro Estrada, Secretaría de Relaciones Exteriores, Mexico City"
    (as with the body's acronym, :func:`_fonds_by_acronym`); a body's records cited after the
    seat are a fonds ("Archive of Modern Records, Warsaw, KC PZPR")."""
    segment = text[head_end + 1 : following].strip()
    after = text[following + 1 : top_level(text, following + 1, end)].strip()
    return (
        following < end
        and name_kind(segment) == "org"
        and is_name_like(segment)
        and HOLDER_WORD.search(segment) is None
        and SERIES.search(segment) is None
        and not any(c.isdigit() for c in segment)
        and (  # "..., Brasília (Secret Telegrams ...)": the seat, then a series in brackets
            reads_as_city(after, text[start:head_end])
            or _series_after_seat(after, text[start:head_end]) > 0
        )
    )


def is_parent(segment: str) -> bool:
    """Whether a segment after a repository's name is the institution it is a unit of."""
    segment = segment.strip()
    return (
        PARENT.search(segment) is not None
        and not any(c.isdigit() for c in segment)
        and is_name_like(segment)
        and SERIES.search(segment) is None  # "Stanford University, Volkogonov Papers"
    )


def without_parent(name: str) -> str:
    """A repository's name less the institution it is a unit of, which the unit's name does
    not need to tell it apart ("Hoover Institution Archives, Stanford University" is Hoover
    Institution Archives; "Bundesarchiv, Stiftung ... (SAPMO-BArch)" is SAPMO-BArch); a name
    that says only what a unit is keeps its parent ("Archives, Stanford University", "Special
    Collections, University of Maryland")."""
    segments = [segment.strip() for segment in name.split(",")]
    if len(segments) > 1 and is_parent(segments[0]) and _NAMED_BY_ACRONYM.match(segments[1]):
        segments = segments[1:]  # the unit is the one its acronym closes
    kept = segments[:1] + [s for s in segments[1:] if not is_parent(s)]
    return name if unit_only(kept[0]) else ", ".join(kept)


def unit_only(name: str) -> bool:
    """Whether a repository's name says what kind of unit it is but not whose: "Special
    Collections", "Manuscripts and Archives", "Rare Book and Manuscript Library". Every
    university has one, so only its parent tells which."""
    words = _LETTERS.findall(name.casefold())
    return generic_archive(name) or all(w in ARCHIVE_WORDS | UNIT_WORDS for w in words)


def acronym_led(segment: str) -> bool:
    """Whether a segment opens with an abbreviation: then it names the repository."""
    first = segment.split()[0] if segment.split() else ""
    return _FIRST_WORD_CAPITALS.match(first) is not None


def reads_as_city(segment: str, repository: str) -> bool:
    """Whether the segment after an archive's name is its city ("Central State Archive,
    Sofia, fond 1-B"), not a series or a collection ("Presidential Library, National
    Security File, Box 3") nor a fonds by its acronym ("Warsaw, KC PZPR")."""
    if (bracket := _CITY_BRACKET.search(segment)) is not None:
        segment = segment[: bracket.start()]  # "Freiburg (BA-MA)", "Praha (National Archives,
        if abbreviation_of(bracket["inside"], segment):  # Prague)"; "Komitet Obrony Kraju
            return False  # (KOK)" is a body by its acronym
    segment = _CITY_PARTICLE.sub(" ", segment)  # "Freiburg im Breisgau"
    return (
        HOLDER_WORD.search(repository) is not None
        and SERIES.search(segment) is None  # "Depositum Helmut Schmidt", "Nachlass Ulbricht"
        and _ABBREVIATED_WORD.search(segment) is None  # "Teleg. Došlé": a series
        and not is_country(segment)  # "..., Vietnam, 1965": a file series by country
        and is_name_like(segment, 3)
        and not any(c.isdigit() for c in segment)
        and not any(sum(c.isupper() for c in word) > 1 for word in segment.split())
        and NOT_A_CITY.search(segment) is None
        and HOLDER_WORD.search(segment) is None
    )


_CITY_BRACKET = re.compile(r"(?<!\s)\s+\((?P<inside>[^()\d]+)\)$")
"""A city's bracket that names the repository there: its acronym, "Freiburg (BA-MA)", or its
name in English, "Praha (National Archives, Prague)"."""
_BRACKET_AFTER = re.compile(r"(?P<seat>[^()]+?)\s*(?P<bracket>\((?P<inside>[^()]+)\))")
"""A bracket after a name: "Brasília (Secret Telegrams Received and Sent, Havana, 1962)"."""
_CITY_PARTICLE = re.compile(r"(?<=\S)\s+(?:im|am|an\s+der|upon)\s+(?=[A-Z])")
"""The words inside a city's name: "Freiburg im Breisgau", "Frankfurt am Main", "Halle an der
Saale", "Newcastle upon Tyne"."""
_ABBREVIATED_WORD = re.compile(r"\b[^\W\d_]{4,}\.")
"""A word cut short, as a series' name is and a city's never: "Teleg. Došlé"."""


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
