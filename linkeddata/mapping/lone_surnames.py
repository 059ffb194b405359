"""A surname alone that the authority file gives its bearers only in full ("Bush", "Roosevelt":
the file refuses the bare surname, which other people of the period bear too) is never a
stub, whose one key would stand for every namesake in every record. Records name a head of
state, of government or of a ruling party by the surname alone ("between Bush and
Gorbachev"), so it is the one bearer whose note dates such a head's office over the record's
year ("Bush" in 1989 is the President); a lesser post says nothing of the record ("Brown" of
1967 is not the Air Force Secretary Harold Brown), nor does the chair of a commission or an
academy, and the surname is then not linked. The surname must be the bearer's family name as
filed: "Minh" of Ho Chi Minh and "Sung" of Kim Il Sung are given names, and "Hussein" may be
King Hussein bin Talal as well as Saddam Hussein."""

from __future__ import annotations

import re

from ..parser.honorifics import an_office, honorific
from ..parser.names import shared_family_name
from .authority import Authority
from .entities import Entity
from .note_years import clauses_of_year
from .office_terms import in_office

_HEADS = (
    "president",
    "premier",
    "prime minister",
    "chairman",
    "general secretary",
    "king",
    "leader",
)
"""The heads' offices (folded words) whose holder of the year a surname alone may name."""
_HEAD = re.compile(
    r"(?<![\w-])(?<!to the )(?<!to )(?i:president|premier|prime\s+minister|chairman"
    r"|general\s+secretary|king|leader)\b(?P<of>[^,;\d]*)"
)
"""A head's office in a note's clause, and what it is of ("of the United States, 1989")."""
_BODY = re.compile(
    r"\b(?i:commission|association|academy|(?<!central )committee|institute|society|foundation"
    r"|bank|board|company|corporation|university|federation|league|agency|court|conference)\b"
)
"""A body whose chair heads no state, government or party: "Chairman of the Pakistan Atomic
Energy Commission", "President of the Chinese Academy of Social Sciences"."""


def lone_surname_bearers(
    authority: Authority, written: str, surname: str, year: int | None, texts: str = ""
) -> list[Entity] | None:
    """The people of the file bearing ``surname`` (one word, read from ``written``) as their
    family name who, by their notes, held a head's office in ``year``; none where an office
    is written before it or in apposition after it in ``texts`` (which named no bearer then:
    "Foreign Minister Testaka", "Mr. Testaka, Deputy Under Secretary" are not the Prime
    Minister), where the surname begins another's name or ends a family-first one, or where
    two bearers held any dated post that year; None where the file knows no one by that
    surname whom the honorific before it may name ("Mrs. Testvelt" beside the President: a
    stub of her own, as any unknown name)."""
    said = honorific(written)
    bearers = [
        person
        for person in (authority.people_named(surname) if " " not in surname.strip() else [])
        if said is None or person.gender in (None, said[1])
    ]
    if not bearers:
        return None
    family = [person for person in bearers if not _family_first(person.label)]
    others = {*authority.family_named(surname), *authority.spelled_named(surname)} - {*family}
    office = any(an_office(word.casefold()) for word in written.split()[:-1])
    if year is None or office or others or _office_after(written, texts):
        return []
    if sum(bool(clauses_of_year(authority.graph, p.iri, year)) for p in family) > 1:
        return []
    return [person for person in family if _head_in(authority, person, year)]


def _family_first(label: str) -> bool:
    """Whether a filed name begins with its family name ("Ho Chi Minh", "Kim Il Sung")."""
    words = label.split()
    return len(words) > 1 and shared_family_name(words[0])


def _head_in(authority: Authority, person: Entity, year: int) -> bool:
    """Whether the note of ``person`` dates a state's, government's or party's head's office
    over ``year``: not a commission's chairman, nor "Special Assistant to the President"."""
    return in_office(authority.graph, person.iri, _HEADS, year) and any(
        _BODY.search(found["of"]) is None
        for clause in clauses_of_year(authority.graph, person.iri, year)
        for found in _HEAD.finditer(clause)
    )


def _office_after(written: str, texts: str) -> bool:
    """Whether ``texts`` write an office other than a head's in apposition after ``written``:
    "Mr. Testaka, Deputy Under Secretary" or "Testaka (Deputy Under Secretary)", but not
    "Testaka, the President"."""
    pattern = rf"(?<![\w.]){re.escape(written)}\s*[,(]\s*((?:[\w.'-]+\s+){{0,3}}[\w.'-]+)"
    return any(
        any(an_office(word.casefold()) for word in found.group(1).split())
        and _HEAD.match(found.group(1).removeprefix("the ")) is None
        for found in re.finditer(pattern, texts)
    )


def headless_sender(doc_type: str | None) -> bool:
    """Whether the sender of a record of ``doc_type`` is no head by the surname alone: a
    memorandum goes from an official to another ("Memorandum from Testson to Rusk" of 1964 is
    not the President's, who writes letters and is named by his office in a memorandum)."""
    return doc_type is not None and doc_type.casefold().startswith("memorandum")
