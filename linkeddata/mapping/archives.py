"""The archive a citation names as holding the original.

An archive the authority file knows is linked whatever a citation adds to its name: its seat
("John F. Kennedy Presidential Library, Boston") or its abbreviation. One it does not know is
one stub without them ("Arquivo Histórico do Itamaraty (AHI), Brasília" and "Arquivo
Histórico do Itamaraty, Brasília" are one; a city the authority file does not know is a seat
when it is one word, "Ljubljana", or its state or country follows it: "Stanford, CA"; a
leading "The" is no part of the key either), except that a name which says what an
archive is but not whose keeps its seat: "State Archive, Sofia", and "National Archives (NA),
Prague" is no other country's National Archives; an English gloss in brackets after an
archive's own name translates it and is matched only when the own name is unknown and the
gloss says whose archive it is ("Národní archiv (National Archives), Prague" is the Czech
National Archives), unless the authority file seats an archive
of that name there ("National Archives, Washington, D.C." is NARA). A seat's state or country
("Austin, Texas", "College Park, MD") is part of the seat. The institution a repository is a
unit of is no part of its key ("Hoover Institution Archives, Stanford University, Stanford,
CA" is Hoover Institution Archives), and nor is the body an archive belongs to, named before
its seat ("Archivo Histórico Genaro Estrada, Secretaría de Relaciones Exteriores (SRE), Mexico
City"); a body's name then its generic unit is the body's archive as the file names it
("Ministry of Foreign Affairs of the People's Republic of China, Archives" is the Archives of
the Ministry ...), else a stub of both, never a bare "Archives"; the state "of" an archive's
body is its adjective before it ("... of Mongolia" is the Mongolian ...), and so is a country
after a comma that says whose a generic archive is ("Archive of the Ministry of Foreign
Affairs, Mongolia"; a stub keeps the country in its name, never one key for every state's)."""

from __future__ import annotations

import re

from ..parser.archive_words import GENERIC_ARCHIVE, HOLDER_WORD
from ..parser.brackets import abbreviation_of
from ..parser.gazetteer import is_country
from ..parser.names import name_kind
from ..parser.national_names import national_name
from ..parser.repositories import (
    CLOSED_BY_ACRONYM,
    generic_archive,
    unit_only,
    without_parent,
)
from ..parser.seats import state_or_country
from ..parser.text import CITY_NAME, strip_article
from ..record import Located
from .abbreviations import bracketed
from .credited_orgs import known_by_first_acronym
from .entities import Entity
from .linker import Linker
from .national_archives import archive_of_seat, state_archive
from .state_names import states_of
from .stubs import Stub

_CITY_LIKE = re.compile(CITY_NAME)
_GLOSS = re.compile(r"^(?P<own>[^,()]+?)\s*\((?P<gloss>[^()]+)\)(?=,|$)")
"""An English gloss in brackets after a repository's own name, which translates it: "Národní
archiv (National Archives), Prague" (words, never an acronym: "(AMIP)", "(SAPMO-BArch)"; that
test is `_is_gloss`, because one run of the bracket's class keeps the match linear on a long
unclosed bracket, where three runs of it backtrack in cubic time)."""
_ARCHIVE_OF = re.compile(
    rf"(?P<archive>{GENERIC_ARCHIVE.pattern})\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<of>[^,()]+)"
)
"""An archive's name, then whose it is: "Archive of the Ministry of Foreign Affairs of
Mongolia"."""
_ONE_WORD = re.compile(r"(?:(?:La|Le|Las|Los|El|Den)\s+)?[^\s,]+")
"""A city's name of one word, with its article: "Ljubljana", "La Habana", "Den Haag"."""
_LOWER = re.compile(r"[a-z]")
_SQUARE_GLOSS = re.compile(r"(?<=\))\s*\[(?P<gloss>[^\[\]()]*[a-z][^\[\]()]*\s[^\[\]()]*)\](?=,|$)")
"""An English gloss in square brackets after an archive's own name and acronym, read as one
in round brackets is: "Állambiztonsági Szolgálatok Történeti Levéltára (ÁBTL) [Historical
Archives of the Hungarian State Security]"."""


def holding_archive(linker: Linker, name: Located[str]) -> Entity | None:
    """The entity of the repository ``name`` (a file's archive, else a stub)."""
    if (square := _SQUARE_GLOSS.search(name.value)) is not None:  # "... (ÁBTL) [Historical
        bare = CLOSED_BY_ACRONYM.sub("", name.value[: square.start()]).strip()  # Archives ...]"
        rounded = f"{bare} ({square['gloss']}){name.value[square.end() :]}"
        return holding_archive(linker, Located(rounded, name.line))
    if (states := state_archive(linker, name)) is not None:
        return states  # "The National Archives (UK)": the British one, never NARA
    if (gloss := _glossed(name.value)) is not None:  # the own name and its city say which
        own = Located(gloss["own"] + name.value[gloss.end() :], name.line)
        glossed = [e for e in linker.authority.lookup(gloss["gloss"]) if e.kind == "org"]
        if linker.authority.lookup(gloss["own"]) or generic_archive(gloss["gloss"]):
            return holding_archive(linker, own)
        return glossed[0] if len(glossed) == 1 else holding_archive(linker, own)
    if len(named := [e for e in linker.authority.lookup(name.value) if e.kind == "org"]) == 1:
        return named[0]  # "Ministry of External Relations Archives, Brasilia, Brazil"
    if (paired := known_by_first_acronym(linker, name)) is not None:
        return paired  # "CPDOC/FGV": the CPDOC
    if (library := _presidential_library(linker, name.value)) is not None:
        return library  # "Nixon Presidential Library and Museum": the file's Nixon Library
    if (unit := without_parent(name.value)) != name.value:  # "..., Stanford University"
        return holding_archive(linker, Located(unit, name.line))
    if (archives := _archives_of(linker, name.value)) is not None:
        return archives  # "Ministry of Foreign Affairs of the PRC, Archives"
    if (national := _of_its_state(linker, name.value)) is not None:
        return national  # "Archive of the Ministry of Foreign Affairs of Mongolia"
    archive, _, country = name.value.rpartition(",")
    if "," not in archive and is_country(country.strip()) and generic_archive(archive):
        whose = _of_its_state(linker, f"{archive.strip()} of {country.strip()}")
        if whose is not None:  # "Archive of the Ministry of Foreign Affairs, Mongolia"
            return whose
    if (less := _less_its_body(linker, name.value)) is not None:  # "Archivo Histórico Genaro
        return holding_archive(linker, Located(less, name.line))  # Estrada, Secretaría ..."
    head, _, state = name.value.rpartition(",")
    stated = "," in head and state_or_country(state)
    if stated:  # "Kennedy Library, Boston, MA": its seat
        name = Located(head, name.line)
    head, _, seat = name.value.rpartition(",")
    bare_head = CLOSED_BY_ACRONYM.sub("", head).strip()
    in_unit = "," in head and unit_only(head.split(",")[0].strip())  # "Archives Division, X"
    if head.strip() and generic_archive(bare_head) and not in_unit and linker.is_place(seat):
        there = _seated_there(linker, bare_head, seat) or archive_of_seat(linker, bare_head, seat)
        if there is not None:  # "National Archives, Washington", "The National Archives, London"
            return there
        stub = linker.resolve(Located(f"{bare_head}, {seat.strip()}", name.line), "org")
        return _with_acronym(linker, stub, head)
    named = [e for e in linker.authority.lookup(head) if e.kind == "org"] if head else []
    if len(named) == 1 and _CITY_LIKE.fullmatch(seat.strip()) and not generic_archive(bare_head):
        return named[0]  # "John F. Kennedy Presidential Library, Boston": the library (a
        # generic name is the file's archive only in its own seats: "National Archives, X")
    if (
        not linker.authority.lookup(name.value)
        and bracketed(linker.authority, name.value, ("org",)) is None
    ):
        city = _CITY_LIKE.fullmatch(seat.strip()) is not None
        seated = (
            head.strip()
            and (
                linker.is_place(seat)
                or (city and (stated or _ONE_WORD.fullmatch(seat.strip()) or in_unit))
            )
            and (in_unit or not generic_archive(head))
        )  # "Hoover Institution Archives, Stanford, CA": a city before its state is a seat,
        # and so is one word ("Archives of the Slovenian Republic (ARS), Ljubljana") and a
        # city after a unit and its body ("Archives Division, Ministry of X (MX), New Delhi")
        named_as = head if seated else name.value
        bare = CLOSED_BY_ACRONYM.sub("", named_as).strip(" ,")
        if bare:
            stub = linker.resolve(Located(strip_article(bare), name.line), "org")
            return _with_acronym(linker, stub, named_as)
    return linker.resolve(name, "org")


_AND_MUSEUM = re.compile(r"(?<=\bLibrary)\s+and\s+Museum\b")
_GIVEN_NAMES = re.compile(
    r"^(?:[A-Z][\w.]*\s+)+?(?=(?!Presidential\b)[A-Z][\w'-]+\s+(?:Presidential\s+)?Library\b)"
)
"""A president's given names and initials before the surname that names the library."""


def _presidential_library(linker: Linker, name: str) -> Entity | None:
    """The file's presidential library under another of the wordings it goes by, with or
    without the president's given names and "and Museum" ("Nixon Presidential Library and
    Museum", "Richard M. Nixon Presidential Library", with a seat or not): the one the file
    labels so, never another president's."""
    head = name.split(",")[0].strip()
    forms = {_AND_MUSEUM.sub("", head)}
    forms |= {_GIVEN_NAMES.sub("", form) for form in forms}
    for form in sorted(forms - {head}):
        named = [e for e in linker.authority.lookup(form) if e.kind == "org"]
        if len(named) == 1:
            return named[0]
    return None


def _with_acronym(linker: Linker, entity: Entity | None, named_as: str) -> Entity | None:
    """An archive's stub, the acronym in brackets of the wording it is ``named_as`` an
    alternative label of it ("Military Historical Archive (VHA), Prague" is the stub
    "Military Historical Archive", also "VHA"), when the acronym closes the stub's own name
    or abbreviates its whole label: a parent body's acronym is the body's ("Archives
    Division, Ministry of External Affairs (MEA)": "MEA" is no name of the division)."""
    stub = entity is not None and Stub(entity.iri, entity.kind, entity.label) in linker.stubs
    acronym = CLOSED_BY_ACRONYM.search(named_as)
    if acronym is not None and entity is not None and "," in named_as[: acronym.start()]:
        acronym = acronym if abbreviation_of(acronym.group().strip()[1:-1], entity.label) else None
    if entity is not None and acronym is not None and stub:
        linker.stubs[Stub(entity.iri, entity.kind, acronym.group().strip()[1:-1])] = None
    return entity


def _glossed(name: str) -> re.Match[str] | None:
    """The match of an own name and its gloss in words, if ``name`` has one."""
    if (gloss := _GLOSS.match(name)) is None:
        return None
    lower = _LOWER.search(gloss["gloss"])  # a lower-case letter, then a space
    words = lower is not None and any(c.isspace() for c in gloss["gloss"][lower.end() :])
    return gloss if words else None


def _seated_there(linker: Linker, name: str, seat: str) -> Entity | None:
    """The one archive of the authority file called ``name`` that sits in ``seat``: a name
    every country's archive has is the file's archive only in that archive's city."""
    places = {e.iri for e in linker.authority.lookup(seat.strip()) if e.kind == "place"}
    found = [e for e in linker.authority.lookup(name) if e.kind == "org" and e.seats & places]
    return found[0] if len(found) == 1 else None


def _archives_of(linker: Linker, name: str) -> Entity | None:
    """The file's archive that a body's name and then its generic unit name, as the file
    names it the other way round: "Ministry of Foreign Affairs of the People's Republic of
    China, Archives" is the Archives of the Ministry of Foreign Affairs of the People's
    Republic of China."""
    body, _, unit = name.rpartition(",")
    body, unit = body.strip(), unit.strip()
    if not body or "," in body or not generic_archive(unit) or linker.is_place(body):
        return None
    bare = strip_article(body)
    for turned in (f"{unit} of the {bare}", f"{unit} of {bare}", f"{bare} {unit}"):
        found = [e for e in linker.authority.lookup(turned) if e.kind == "org"]
        if len(found) == 1:
            return found[0]
    return None


def _less_its_body(linker: Linker, name: str) -> str | None:
    """An archive's name less the body it belongs to, named after it with or without the
    body's acronym and before the archive's seat: "Archivo Histórico Genaro Estrada,
    Secretaría de Relaciones Exteriores (SRE), Mexico City" is the Archivo Histórico Genaro
    Estrada in Mexico City, whose ministry only says whose it is (without a seat, only an
    archive the file knows: the parser reads "Archives of X, Y Embassy" as one name). A name
    that says only what a unit is ("Archives Division, Ministry of External Affairs (MEA)")
    keeps its body, and another archive after it ("..., Library") is no body, nor is a place
    or a state with the archive's own acronym ("Archive of Foreign Policy, Russian Federation
    (AVP RF)")."""
    own, *after = (segment.strip() for segment in name.split(","))
    if not after or HOLDER_WORD.search(own) is None or unit_only(own):
        return None
    body, *seat = after
    if HOLDER_WORD.search(body) or any(c.isdigit() for c in body) or len(seat) > 2:
        return None
    bare_body, acronym = CLOSED_BY_ACRONYM.sub("", body).strip(), CLOSED_BY_ACRONYM.search(body)
    if linker.is_place(bare_body) or is_country(bare_body) or state_or_country(bare_body):
        return None  # "..., Brasilia, Brazil": the seat
    if acronym is not None and not abbreviation_of(acronym.group().strip()[1:-1], bare_body):
        return None  # "(AVP RF)": the archive's own
    known = len([e for e in linker.authority.lookup(own) if e.kind == "org"]) == 1
    if not known and (not seat or name_kind(bare_body) != "org"):
        return None
    if seat and not (
        (linker.is_place(seat[0]) or _CITY_LIKE.fullmatch(seat[0]))
        and all(map(state_or_country, seat[1:]))
    ):
        return None
    return ", ".join([own, *seat])


def _of_its_state(linker: Linker, name: str) -> Entity | None:
    """The file's archive named with its state "of" it after the body, as the file names it
    with the state's adjective before the body: "Archive of the Ministry of Foreign Affairs
    of Mongolia" is the Archive of the Mongolian Ministry of Foreign Affairs (the Mongolian
    Foreign Ministry Archive), "National Archives of Testia" the Testian National Archives;
    only the adjective of the state named, so never another state's archive."""
    own, _, seat = name.partition(",")
    found = _ARCHIVE_OF.fullmatch(CLOSED_BY_ACRONYM.sub("", own).strip())
    if found is None or (seat.strip() and not linker.is_place(seat)):
        return None
    archive, parts = found["archive"], found["of"].split(" of ")
    national = states_of(linker.authority)
    for cut in range(len(parts)):  # the longest state first: "the Republic of China"
        if (adjective := national(" of ".join(parts[cut:]))) is None:
            continue
        body = " of ".join(parts[:cut])
        bodies = (f"{adjective} {body}", national_name(f"{body} of {' of '.join(parts[cut:])}"))
        names = [f"{adjective} {archive}"] if not body else []
        names += [n for b in bodies for n in (f"{archive} of the {b}", f"{b} {archive}")]
        entities = {e for n in names for e in linker.authority.lookup(n) if e.kind == "org"}
        return entities.pop() if len(entities) == 1 else None
    return None
