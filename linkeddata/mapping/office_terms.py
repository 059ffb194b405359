"""The years a person of the authority file held an office, read from the entry's note
("President of the Republic of Korea, 1988-1993"; "Foreign Minister (1963-1966), President
(1971-1973) and Prime Minister (1973-1977) of Pakistan"), and whether a name made of an
office and their surname can be theirs in a record of a given year. An office passes to
others: "President Chiang" in 1979 is not Chiang Kai-shek, President to 1975, nor "Prime
Minister Bhutto" in 1989 Zulfikar Ali Bhutto; and "General Carter" in 1962 is not Jimmy
Carter, whom the file knows only from 1977.

The note is the only place the file dates a person's offices; an office it gives no years
for tells nothing, and such a name is then theirs in any year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rdflib import Graph

from ..parser.demonyms import ADJECTIVES, adjective, spellings
from ..parser.honorifics import an_address, an_office, honorific_gender
from ..parser.names import shared_family_name
from ..parser.nationalities import is_state_adjective
from .entities import Entity
from .name_neighbours import KIN
from .note_years import ASIDE, MORE_YEARS, YEARS, Term, note, term

_WORD = re.compile(r"[^\W\d_]+")
MILITARY_RANKS = frozenset(
    {"general", "admiral", "marshal", "colonel", "major", "captain", "lieutenant", "commander"}
)
"""Ranks a person held before the offices the file dates, and which another of that surname
may hold: the one kind of office before a surname that the file's years can rule out."""
HEAD_OFFICES = (
    r"president|premier|chairman|prime\s+minister|general\s+secretary|first\s+secretary"
    r"|marshal|king|emperor"
)
"""Offices one person holds in a state at a time: "Premier Zhou" names one man a year."""
_SOLE_OFFICE = re.compile(
    rf"(?:{HEAD_OFFICES}|foreign\s+minister|minister\s+of\s+foreign\s+affairs)"
)
"""The offices by which the file's years may pick one bearer of a family name many share
("Foreign Minister Pak" of 1965): one holder in a state at a time, as an Ambassador, a
Minister or a Vice Minister is not."""


def out_of_office(
    graph: Graph, iri: str, label: tuple[str, ...], year: int | None, others: Iterable[str] = ()
) -> bool:
    """Whether a label of the person ``iri`` made of an office and their surname (folded
    words: "prime", "minister", "bhutto") cannot name them in a record of ``year``: their
    note dates that office, and ``year`` falls before its first term, or after their terms
    while one of ``others`` (the file's other people of that surname) held it ("Prime
    Minister Bhutto" in 1989 is Benazir). After their terms and no namesake in office, it is
    still theirs: records recall the dead and the retired ("Premier Zhou" in 1980)."""
    if year is None or len(label) < 2 or not an_office(label[-2]):
        return False
    office = " ".join(label[:-1])
    terms = _terms(graph, iri, office)
    if not terms or any(start <= year <= end for start, end in terms):
        return False
    if year < min(start for start, _ in terms):
        return True
    return any(
        start <= year <= end for other in others for start, end in _terms(graph, other, office)
    )


def before_any_office(graph: Graph, iri: str, office: str, year: int | None) -> bool:
    """Whether a military ``office`` (a folded word: "general", "admiral") written before the
    person's surname alone is none that their note names, in a record of a ``year`` before
    every year it gives: "General Carter" in 1962 is not the President of 1977-1981. A civil
    office may come before the ones the file dates ("Governor Reagan" in 1980 is Reagan)."""
    if year is None or office not in MILITARY_RANKS:
        return False
    written = note(graph, iri)
    years = [int(found) for found in re.findall(r"\b\d{4}\b", written)]
    named = {word.casefold() for word in _WORD.findall(written)}
    return bool(years) and office not in named and year < min(years)


def named_by_office(
    graph: Graph, surname: str, bearers: list[Entity], before: Sequence[str], year: int | None
) -> list[Entity] | None:
    """The people of the file whom an office written ``before`` a ``surname`` alone names in
    a record of ``year``, of its ``bearers`` (:meth:`.Authority.bearers`), by their notes:
    "Prime Minister Tanaka" in 1973 is Kakuei Tanaka, "Indian Ambassador Nehru" in 1957 R.K.
    Nehru, not the Prime Minister; none or several where no one or several held it while the
    file has namesakes. A nationality before the office must be the state of the note's
    office ("Chinese Ambassador Nehru" is no Indian ambassador). None where the office tells
    nothing: no note gives it, the one bearer of the surname holds it in no term of the year,
    or the surname is a family name millions share and the office one many hold at a time
    ("Ambassador Wang", "Minister Chen")."""
    office = written_office(before) if bearers else None
    if office is None or (shared_family_name(surname) and not _SOLE_OFFICE.fullmatch(office)):
        return None
    held = holding(graph, [p.iri for p in bearers], office, year, written_state(before))
    if held is None or (len(bearers) == 1 and len(held) != 1):
        return None
    return [p for p in bearers if p.iri in held]


def holding(
    graph: Graph, people: Sequence[str], office: str, year: int | None, state: str | None = None
) -> list[str] | None:
    """Of ``people`` (the IRIs of the file's people of one surname), those whom ``office``
    (folded words: "prime minister") of ``state`` (an adjective, "Indian") and the surname
    name in a record of ``year``, as :func:`out_of_office` reads a label of the two: their
    note dates the office, of that state, and the year is no reason against it ("Ambassador
    Nehru" in 1957 is the ambassador of 1955-1958, not the Prime Minister). None when no
    one's note gives the office, which then tells nothing."""
    dated = [iri for iri in people if _terms(graph, iri, office)]
    if not dated:
        return None
    label = (*office.split(), "")
    return [
        iri
        for iri in dated
        if (state is None or _terms(graph, iri, office, state))
        and not out_of_office(graph, iri, label, year, [other for other in dated if other != iri])
    ]


_NO_OFFICE_WORDS = frozenset({"the", "and", "with", "between", "from", "to", "of", "by", "for"})
"""Words before an office that end it, in title case too ("Talk With Ambassador Testov")."""


def written_office(before: Sequence[str]) -> str | None:
    """The office (folded words) that the words ``before`` a surname end with, less the
    nationality and honorific before it: "Indian Ambassador" is "ambassador", "Japanese Prime
    Minister" "prime minister"; None when the last word holds no office ("Mr.", "Comrade")."""
    run = [word.casefold().rstrip(".") for word in before[len(before) - _office_length(before) :]]
    return " ".join(run) if run and an_office(run[-1]) else None


def written_state(before: Sequence[str]) -> str | None:
    """The adjective of the state whose office the words ``before`` a surname give, written
    before the office: "Indian" of "Indian Ambassador", "East German" of "GDR Foreign
    Minister"; None when none is written."""
    rest = list(before[: len(before) - _office_length(before)])
    if not rest or not _national(rest[-1]):
        return None
    pair = " ".join(rest[-2:])
    if len(rest) > 1 and pair in ADJECTIVES:
        return pair  # "North Korean", not "Korean"
    return adjective(rest[-1]) or rest[-1]


def _office_length(before: Sequence[str]) -> int:
    """How many of the last words ``before`` a surname are an office's, up to its
    nationality, honorific or any other word that ends it."""
    count = 0
    for word in reversed(before):
        folded = word.casefold().rstrip(".")
        if (
            not word[:1].isupper()
            or folded in _NO_OFFICE_WORDS
            or _national(word)
            or honorific_gender(word) is not None
            or an_address(folded)
        ):
            break
        count += 1
    return count


def _national(word: str) -> bool:
    """Whether a word names a country or is its adjective ("Indian", "US"): whose an office
    is, no part of which office."""
    return is_state_adjective(word) or adjective(word) is not None


def _longer_office(clause: str, start: int) -> bool:
    """Whether the word before an office's mention at ``start`` makes it another office:
    "Prime" of "Prime Minister", "Vice" of "Vice Premier" (a country's adjective, "Indian
    Ambassador", or a body's acronym, "KGB Chairman", says only whose it is, and "First" of
    "First Vice Minister" or "First Deputy Premier" only its rank among the vice ones)."""
    found = _LAST_WORD.search(clause, 0, start)
    word = found[1] if found else ""
    if word == "First" and _DEPUTY.match(clause, start):
        return False
    return word[:1].isupper() and not word.isupper() and not _national(word)


_DEPUTY = re.compile(r"(?i:vice|deputy)\b")
_POSTED = re.compile(
    r"\b(?:to|in|at|with)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*"
)
"""A post's place after an office ("to the People's Republic of China"): where, not whose."""


def _of_state(clause: str, start: int, end: int, state: str) -> bool:
    """Whether the office mentioned from ``start`` to ``end`` of a note's clause is the
    state's of the adjective ``state``: written just before it ("PRC Ambassador", "Chinese
    Minister") or after it with "of" ("Premier of the PRC"), never as its post ("Indian
    Ambassador to China" is no Chinese ambassador)."""
    names = "|".join(re.escape(s) for s in sorted(spellings(state), key=len, reverse=True))
    if re.search(rf"\b(?:{names})\s+$", clause[:start]):
        return True
    after = _POSTED.sub("", clause[end:])
    return re.search(rf"\bof\s+(?:the\s+)?(?:{names})\b", after) is not None


_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_SIGNING_YEARS = 5
"""The years after the last one a person's note dates in which they may still sign a record."""


def signed_after_their_years(graph: Graph, iri: str, year: int | None) -> bool:
    """Whether a record of ``year`` falls more than five years after every year the note of
    ``iri`` dates: a surname alone that signs it, which another person of the file bears too,
    is not theirs (Nikolai Roshchin, ambassador to China in 1948-1952, did not sign the Soviet
    delegation's cables from Geneva in 1968; A.A. Roshchin did)."""
    years = [int(found) for found in re.findall(r"\b\d{4}\b", note(graph, iri))]
    return year is not None and bool(years) and year > max(years) + _SIGNING_YEARS


def outside_their_years(graph: Graph, iri: str, year: int | None) -> bool:
    """Whether a record of ``year`` falls more than five years before or after every year the
    note of ``iri`` dates (as :func:`signed_after_their_years` reads the years after)."""
    years = [int(found) for found in re.findall(r"\b\d{4}\b", note(graph, iri))]
    return (
        year is not None
        and bool(years)
        and not min(years) - _SIGNING_YEARS <= year <= max(years) + _SIGNING_YEARS
    )


def addressed_elsewhere(
    graph: Graph, person: Entity, namesakes: Iterable[Entity], year: int | None
) -> bool:
    """Whether a form of address and the surname of ``person`` may name another in a record
    of ``year``: it falls after every year his note dates, or more than five years before
    them, and the surname is not his alone (another of ``namesakes`` bears it, or his note
    names a relative)."""
    text = note(graph, person.iri)
    years = [int(found) for found in re.findall(r"\b\d{4}\b", text)]
    return (
        (any(other != person for other in namesakes) or _KIN_NOTED.search(text) is not None)
        and year is not None
        and bool(years)
        and not min(years) - _SIGNING_YEARS <= year <= max(years)
    )


_KIN_NOTED = re.compile(rf"\b(?i:{'|'.join(sorted(KIN, key=len, reverse=True))})\b")
"""A relative in a note ("daughter of ...", "not his brother ..."), who shares the surname."""


def in_office(graph: Graph, iri: str, offices: Iterable[str], year: int | None) -> bool:
    """Whether the note of ``iri`` dates one of ``offices`` (folded words: "ambassador") in a
    term holding ``year`` (any term, when the year is unknown): an office held before or after
    the record's year says nothing of where the person was then."""
    terms = [term for office in offices for term in _terms(graph, iri, office)]
    return any(year is None or start <= year <= end for start, end in terms)


_POST = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?(?P<post>[^,;()]+?)\s*,?\s*$")
"""The post between an office and its years: "Ambassador to the Soviet Union, 1962-1966"."""


def posts(graph: Graph, iri: str, offices: Iterable[str], year: int | None) -> tuple[str, ...]:
    """The places the note of ``iri`` posts the person to in one of ``offices`` (folded
    words: "ambassador") for a term holding ``year`` (any, when the year is unknown): "the
    Soviet Union" of "US Ambassador to the Soviet Union, 1962-1966" in 1963."""
    found: list[str] = []
    for clause in ASIDE.sub("", note(graph, iri)).split(";"):
        for office in offices:
            for at in re.finditer(rf"\b{re.escape(office)}\b", clause, re.IGNORECASE):
                years = YEARS.search(clause, at.end())
                post = _POST.match(clause[at.end() : years.start()]) if years else None
                terms = [term(years)] if years else []
                while years is not None and (years := MORE_YEARS.match(clause, years.end())):
                    terms.append(term(years))
                if post and any(year is None or a <= year <= b for a, b in terms):
                    found.append(post["post"])
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=4096)
def _terms(graph: Graph, iri: str, office: str, state: str | None = None) -> tuple[Term, ...]:
    """The terms the note of ``iri`` gives ``office`` (folded words: "prime minister"), of
    ``state`` if given (see :func:`_of_state`): the years written after each mention of it
    with no other office between, and the years that go on from them ("1966-1977 and
    1980-1984")."""
    found: list[Term] = []
    mention = re.compile(rf"\b{re.escape(office)}\b", re.IGNORECASE)
    for clause in ASIDE.sub("", note(graph, iri)).split(";"):
        for at in mention.finditer(clause):
            if _longer_office(clause, at.start()):
                continue  # "Vice Premier" gives no term as Premier
            if state is not None and not _of_state(clause, at.start(), at.end(), state):
                continue
            years = YEARS.search(clause, at.end())
            between = clause[at.end() : years.start()] if years else ""
            if any(an_office(w.casefold()) for w in _WORD.findall(between)):
                continue
            while years is not None:
                found.append(term(years))
                years = MORE_YEARS.match(clause, years.end())
    return tuple(found)
