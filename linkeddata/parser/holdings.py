"""A citation's holdings: which repositories hold the document, under which shelfmarks, and
where it was printed (``MOL, XIX-J-1-j ...``, ``APRF, fond 45, ... and APRF, fond 3``,
``...; reprinted in CWIHP Bulletin 6/7, p. 5``).

:mod:`.citations` finds where the holdings begin and end in the citation paragraph (after the
archive's name, before the credits); this module reads the locations between: where one ends
and the next begins, which notes on a copy name no holder, and which part is a publication.
"""

from __future__ import annotations

import re

from ..record import Located
from .archive_words import ARCHIVE_STEM, HOLDER_WORD, PROJECT
from .credits import COPY_NOUN
from .fonds_seat import fonds_at_seat
from .holder_after import holder_after_shelfmark
from .publications import issued_by_source, publication_start, reads_as_publication
from .repositories import acronym_led, is_parent, repository_end, top_level
from .text import Joined, trimmed
from .title_tags import is_date
from .vocabulary import SHELF_UNITS

_SEMICOLON = r"(?<!\s)\s*;\s*(?:and\s+)?"
_LOCATION_SPLIT = re.compile(
    rf"(?:(?<!\s)\s+and\s+|{_SEMICOLON})(?=[A-Z][A-Z .]*[A-Z](?:,|\s+\d))"
    rf"|{_SEMICOLON}(?=[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*[\s,])(?![IVXLC]+-)"
    rf"|{_SEMICOLON}(?=[^,;]{{0,80}}?{HOLDER_WORD.pattern}[^,;]{{0,80}},)"
    rf"|{_SEMICOLON}(?=[^,;]{{0,60}}\b(?i:papers|collection)\s*,)"
)
"""Where another location begins: " and " or ";" before a repository's acronym ("APRF, fond
45, ... and APRF, fond 3", "...; AVPRF, Fond 059a, ..."); ";" before an acronym in any case
("...; TsKhSD, f. 89", "; SAPMO-BArch, DY 30"), an archive's name, or a personal collection
and its holder ("; Volkogonov Papers, Library of Congress"); "; and" is read as ";". A shelf
unit after ";" ("Box 4; Folder 3") goes on the shelfmark, and so does a roman-numeral series
("; II-B-5, Chine")."""
_COPY_NOTE = re.compile(
    r"[,;.]\s*(?i:(?:a\s+)?copy\s+(?:also\s+)?(?:courtesy\s+of|in|from|at|held|obtained|on\s+file)"
    r"|courtesy\s+of|(?:special\s+)?declassification)\b"
)
"""Where a note on a copy begins ("..., copy courtesy of NSA", "..., copy in the Volkogonov
Collection", "; copy also in the Volkogonov Papers", "; copy on file at the National Security
Archive"), and a declassification note ("APRF, Special Declassification, April 2002"): it
ends the shelfmark and names no repository."""
_SHELF_AFTER_NOTE = re.compile(rf"\s*(?i:{SHELF_UNITS})\.?\s*\d")
"""A shelf unit and its number after a copy note and ";": the shelfmark goes on ("AVP RF, copy
courtesy of X; Fond 059a, Opis 5a, ...")."""
_PLACELESS_NOTE = re.compile(
    r"[,;.]\s*(?i:(?:a\s+)?copy\s+(?:also\s+)?(?:courtesy\s+of|obtained)|courtesy\s+of"
    r"|(?:special\s+)?declassification)\b"
)
"""A copy note that names who gave the copy or when it was released, no second location
("copy courtesy of X", "copy obtained by X", "Special Declassification, April 2002"): a shelf
unit after it is still the original's; after "copy in", "copy at" or "copy on file at" it is
the copy's ("...; copy in the X Papers, Library of Congress; Box 24")."""
_COURTESY = re.compile(r"(?i:(?:a\s+)?copy\s+)?(?i:courtesy\s+of)\s")
_NOT_A_REPOSITORY = re.compile(
    r"(?i:\binterview|\bconducted\s+by\b|\boral\s+history\b)"
    r"|^(?i:(?:source\s*:?\s*)?unknown(?:\s+source)?)$"
    r"|^[A-Z][a-z]+ed\s+(?:by|to|from|in|on|under|through|via|and)\b"
    r"|\s(?:is|are|was|were|has\s+been|have\s+been)\s"
)
"""An interview and an unknown source name no holder: who conducted an interview is no
repository ("Oral history interview conducted by X"), nor is "Source unknown"; nor is a
clause, which a repository's name never is: one that opens with a past participle ("Leaked to
and published by X", "Declassified in 1998") or holds a verb ("Record of the conversation is
part of a collection of ...")."""
_RELEASE_ROUTE = re.compile(
    r"\b(?:FOIA|MDR|CREST)\b|(?i:\bfreedom\s+of\s+information\b|\bmandatory\s+declassification\b)"
)
"""The way a copy was released, with the releasing agency or the requester or not: "FOIA
release", "State Department FOIA release", "CIA FOIA Electronic Reading Room", "Mandatory
Declassification Review request", "CIA Records Search Tool (CREST)", "FOIA request by the
National Security Archive". A segment that names one names no holder; a repository may follow
it ("CIA Records Search Tool (CREST), National Archives, College Park")."""
_RELEASED_CODE = re.compile(
    r"(?:[A-Z][A-Za-z]*\.?\s+){0,2}(?=[A-Z0-9]*\d|[A-Z0-9]+-[A-Z0-9]*\d)"
    r"[A-Z0-9]+(?:/[A-Z0-9]+)*-[A-Z0-9]+(?:[-/][A-Z0-9]+)*"
)
"""A code after a release route that names no holder: the document's number under that
route, capitals and digits whose groups a dash joins ("TDCS DB-315/02145-68",
"CIA-RDP79T00975A012300010001-4", "Case No. F-2009-01234"); a repository's name has words
("CIA FOIA release; National Archives, College Park")."""
_BROADCAST = re.compile(
    r",\s*(?i:in)\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s*,\s*\d{4}\s*(?:GMT|UTC)\b"
)
"""A broadcast as the monitoring services cite it, its language and time after the station:
"Pyongyang Domestic Service, in Korean, 0900 GMT, 12 September 1970". It was published on
the air: the station holds no original, and the time is no shelfmark."""
_DOTTED_END = re.compile(r"(?<![\w.])[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+$")
"""A shelf unit's dotted abbreviation at a shelfmark's end, whose last stop is its own:
"M-KS 288. f. 47/739. ő.e." (őrzési egység), "a.e."."""
_EDITORS = re.compile(r"[^\d]*,\s*(?i:eds?)\.?$")
"""Editors, named where a citation names no archive: "Chen Jian and James G. Hershberg,
eds.", the editors of a publication, which hold nothing (a location with a number is an
archive's: its shelfmark may end in an abbreviation)."""
EDGE_PUNCTUATION = " \t,.;:"
"""Spaces and punctuation trimmed from both ends of a part of the citation."""
_FROM_PRIVATE = re.compile(
    rf"\s*(?:(?i:{COPY_NOUN}s?\s+)?(?i:obtained)\s+)?(?i:from)\s+(?:(?i:the)\s+)?"
    r"(?=(?i:personal|private|family)\s)"
)
"""Where a copy came from, before a private holder: "From the personal archive of Dr. X",
"Document obtained from the private collection of Professor X"."""
_BRACKET_NOTE = re.compile(r"(?<!\s)\s*\((?P<note>[^()\d]*)\)\s*$")
_PARTICLE = re.compile(
    r"(?i:of|the|and|for|on|in|at|de|du|des|der|die|das|für|di|del|della|la|le|y|i|na|pri)"
)
_NOTE_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
"""A bracketed note in words, one of them in lower case other than a name's particle, no
number, that ends a repository's name is no part of it: "DPRK archives (from Soviet copy)";
an acronym ("(AMAE)", "(BA-MA)") or a name ("(Archive of Modern Records)") in brackets is."""
Holdings = tuple[tuple[Located[str], ...], tuple[Located[str], ...], tuple[Located[str], ...]]
"""Repositories, shelfmarks and publications."""


def parse_holdings(joined: Joined, start: int, end: int) -> Holdings:
    """Repositories, shelfmarks and publications: ``MOL, XIX-J-1-j ...``, ``PRC FMA
    109-03157-01, 39-42``, ``APRF, fond 45, ...; reprinted in CWIHP Bulletin 6/7, p. 5``."""
    text = joined.text
    start, end = _inside(text, start, end)
    archival_end, printed = end, []
    if (marker := publication_start(text, start, end)) is not None:
        archival_end = start if issued_by_source(text, start, marker[0]) else marker[0]
        printed.append((marker[1], end))
    pos = start
    while pos < archival_end:  # a part after ";" may be a publication without a marker
        part_end = top_level(text, pos, archival_end, ";")
        first = text[pos : top_level(text, pos, part_end)]
        if reads_as_publication(text[pos:part_end]) and not HOLDER_WORD.search(first):
            printed.insert(0, (pos, archival_end))
            archival_end = pos
            break
        pos = part_end + 1
    publications = (joined.located(*_inside(text, *span)) for span in printed)
    repositories, shelfmarks = _archival(joined, *_inside(text, start, archival_end))
    return repositories, shelfmarks, tuple(p for p in publications if p is not None)


def _same_fonds(text: str, pos: int, before: int, after: int, end: int) -> bool:
    """Whether the name after a ";" is a fonds or a creating agency the location before it
    already cites after its repository ("BStU, MfS, ZAIG 123; MfS, HA XX 456", "AAN, KC PZPR,
    237; KC PZPR, 238"): the same repository's next file, not another repository."""
    name = text[after : top_level(text, after, end)].strip()
    shelf = text[top_level(text, pos, before) : before]
    return bool(name) and re.search(rf",\s*{re.escape(name)}\s*(?:,|$)", shelf) is not None


def _archival(
    joined: Joined, start: int, end: int
) -> tuple[tuple[Located[str], ...], tuple[Located[str], ...]]:
    """Repositories and their shelfmarks, joined by "and" when several hold the document."""
    text = joined.text
    repositories: list[Located[str]] = []
    shelfmarks: list[Located[str]] = []
    pos = start
    after_note = None
    if (copy := _COPY_NOTE.search(text, start, end)) is not None:
        note_end = top_level(text, copy.end(), end, ";")
        placeless = _PLACELESS_NOTE.match(text, copy.start()) is not None
        if placeless and _SHELF_AFTER_NOTE.match(text, note_end + 1, end):
            # "...; Fond 059a, Opis 5a": more of the same location's shelfmark
            after_note = trimmed(joined.located(note_end + 1, end), EDGE_PUNCTUATION)
        end = copy.start()  # "copy courtesy of NSA": where a copy came from, no shelfmark
    if _COURTESY.match(text, start, end):
        end = start  # "Courtesy of X." names who gave a copy, no repository
    for split in [*_LOCATION_SPLIT.finditer(text, start, end), None]:
        if split is not None and _same_fonds(text, pos, split.start(), split.end(), end):
            continue  # "BStU, MfS, ZAIG 123; MfS, HA XX 456": more of BStU's files
        location_end = split.start() if split else end
        if (
            _BROADCAST.search(text, pos, location_end) is not None
            or _EDITORS.match(text, pos, location_end) is not None
        ):
            pos = split.end() if split else end
            continue  # "Radio Hanoi, in Vietnamese, 1300 GMT, ...": a broadcast; "X, eds."
        routed = _past_release_routes(text, pos, location_end)
        released = text[routed:location_end].strip()
        if routed > pos and (is_date(released) or _RELEASED_CODE.fullmatch(released)):
            if not is_date(released):  # "CIA FOIA release, 2009-01-15": when, no number
                shelfmarks.extend(s for s in (joined.located(routed, location_end),) if s)
            pos = split.end() if split else end
            continue  # "CIA FOIA Electronic Reading Room, TDCS DB-315/...": its number
        pos = routed
        pos = _past_projects(text, pos, location_end)
        if pos >= location_end:
            pos = split.end() if split else end
            continue  # "State Department FOIA release": how a copy came out, no holder
        if (fonds := fonds_at_seat(text, pos, location_end)) is not None:
            archive, seat = (text[slice(*span)].strip() for span in (fonds.archive, fonds.seat))
            repositories.append(Located(f"{archive}, {seat}", joined.line_at(pos)))
            shelf = text[slice(*fonds.fonds)] + text[fonds.rest : location_end].rstrip()
            shelfmarks.append(Located(shelf.strip(EDGE_PUNCTUATION), joined.line_at(pos)))
            pos = split.end() if split else end
            continue  # "National Archive, Archive of the CC CPCz, (Prague); File: ..."
        if (named := holder_after_shelfmark(text, pos, location_end)) is not None:
            repositories.extend(r for r in (joined.located(*named),) if r is not None)
            parts = [text[pos : named[0]], text[named[1] : location_end]]  # around the holder
            shelf = ", ".join(p.strip(EDGE_PUNCTUATION) for p in parts if p.strip(EDGE_PUNCTUATION))
            if shelf:
                shelfmarks.append(Located(shelf, joined.line_at(pos)))
            pos = split.end() if split else end
            continue
        if (came_from := _FROM_PRIVATE.match(text, pos, location_end)) is not None:
            pos = came_from.end()  # the personal archive of Dr. X
        head_end, shelf_start = repository_end(text, pos, location_end)
        if (route := _route_in(text, pos, head_end)) is not None:
            head_end, shelf_start = route - 1, route  # "..., FOIA release": no part of it
        note = _BRACKET_NOTE.search(text, pos, head_end)
        if note is not None and any(
            not _PARTICLE.fullmatch(word) for word in _NOTE_WORD.findall(note["note"])
        ):
            head_end = note.start()  # "DPRK archives (from Soviet copy)": a note, no name
        if _NOT_A_REPOSITORY.search(text[pos:head_end].strip()):
            pos = split.end() if split else end
            continue
        if (repository := joined.located(pos, head_end)) is not None:
            repositories.append(repository)
            shelfmark = trimmed(joined.located(shelf_start, location_end), EDGE_PUNCTUATION)
            if (
                shelfmark
                and _DOTTED_END.search(shelfmark.value)
                and text.startswith(".", location_end)
            ):
                shelfmark = Located(shelfmark.value + ".", shelfmark.line)  # "ő.e.", "a.e."
            if shelfmark is not None and shelf_start == head_end:  # "Brasília (Series)"
                shelfmark = _unbracketed(shelfmark)
            if shelfmark is not None:
                shelfmarks.append(shelfmark)
        pos = split.end() if split else end
    if after_note is not None and repositories:
        shelfmarks.append(after_note)
    return tuple(repositories), tuple(shelfmarks)


def _past_release_routes(text: str, start: int, end: int) -> int:
    """Where the location goes on after the segments that open it with the way a copy was
    released ("CIA Records Search Tool (CREST), National Archives, ..."): ``end`` if all do."""
    while start < end and _RELEASE_ROUTE.search(text, start, top_level(text, start, end)):
        start = top_level(text, start, end) + 1
        while start < end and text[start] in EDGE_PUNCTUATION:
            start += 1
    return min(start, end)


def _past_projects(text: str, start: int, end: int) -> int:
    """Where the location goes on after a documentation project named before the repository
    that holds the original ("Parallel History Project on Cooperative Security (PHP),
    SAPMO-BArch, DY 30/...", "CWIHP, RGANI, f. 89"): the project published a copy and holds
    nothing; with no repository after it, or only the university or institution that hosts
    it, it stays what the citation names."""
    while start < end:
        first_end = top_level(text, start, end)
        following = text[first_end + 1 : top_level(text, first_end + 1, end)].strip()
        named = HOLDER_WORD.search(following) or (  # "RG 59" is a shelf unit, no acronym
            acronym_led(following) and not any(c.isdigit() for c in following)
        )
        if is_parent(following) and not ARCHIVE_STEM.search(following):
            break  # "X Project, Testing University, Testburg": the project's host, no archive
        if not PROJECT.match(text[start:first_end].strip()) or not named:
            break
        start = first_end + 1
        while start < end and text[start] in EDGE_PUNCTUATION:
            start += 1
    return min(start, end)


def _route_in(text: str, start: int, end: int) -> int | None:
    """Where the first segment after the first that says how a copy was released begins in
    a repository's name, which it is no part of ("National Archives, CIA FOIA Electronic
    Reading Room")."""
    segment = top_level(text, start, end) + 1
    while segment < end:
        following = top_level(text, segment, end)
        if _RELEASE_ROUTE.search(text, segment, following):
            return segment
        segment = following + 1
    return None


def _unbracketed(shelfmark: Located[str]) -> Located[str]:
    """A shelfmark that is one bracket right after the repository's name, a series after its
    seat ("Brasília (Secret Telegrams Received and Sent, Havana, 1962)"), less the brackets;
    after a comma they are the shelfmark's own ("Memoranda, (Box 19)")."""
    value = shelfmark.value
    if value.startswith("(") and top_level(value, 1, len(value), ")") == len(value) - 1:
        return Located(value[1:-1].strip(), shelfmark.line)
    return shelfmark


def _inside(text: str, start: int, end: int) -> tuple[int, int]:
    """The span less punctuation and spaces at both ends."""
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCTUATION:
        end -= 1
    return start, end
