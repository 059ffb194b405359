"""The party that ruled a one-party state in a year: "the Central Committee" or "the
Politburo" that a state's mission or ministry reports to is that party's ("Report from the
Soviet Embassy in Hanoi to the Central Committee" goes to the CPSU's), and so is a state's
organ named by its nationality ("the Vietnamese Politburo" of 1975 is the VWP's)."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import ORG, SKOS

from ..parser.nationalities import COMPASS_NATIONALITY
from ..parser.text import strip_article
from .authority import Authority
from .entities import Entity, entity_of, of_the_year
from .party_names import known_organ

POLITICAL_BUREAU = re.compile(r"(?i:political\s+bureau)")
"""The Politburo's name in full, which the files write "Politburo"."""
_ORGANS = r"Politburo|Political\s+Bureau|Central\s+Committee|Secretariat"
_NATIONAL_ORGAN = re.compile(rf"\b(?P<national>{COMPASS_NATIONALITY})\s+(?P<organ>{_ORGANS})\b")
"""A ruling party's organ named by the state's nationality: "the Chinese Politburo"."""
_ORGAN = re.compile(rf"(?:{_ORGANS})\b")  # its start is bounded by the space before it
_NATIONAL_BEFORE = re.compile(rf"\b(?P<national>{COMPASS_NATIONALITY})\s+$")
"""Running text is searched for the organ's name, then for the nationality just before it:
a search for the nationality at every word costs a fifth of a record's mention scan."""

_RULING: dict[str, tuple[tuple[int, str], ...]] = {
    "Soviet": ((1925, "VKP(b)"), (1952, "CPSU")),
    "Hungarian": ((1948, "HWP"), (1956, "HSWP")),
    "Polish": ((1948, "PUWP"),),
    "Czechoslovak": ((1948, "CPCz"),),
    "Bulgarian": ((1948, "BCP"),),
    "East German": ((1949, "SED"),),
    "Chinese": ((1949, "CCP"),),
    "North Korean": ((1948, "KWP"),),
    "North Vietnamese": ((1951, "VWP"),),
    "Vietnamese": ((1951, "VWP"), (1976, "CPV")),
    "Mongolian": ((1921, "MPRP"),),
    "Romanian": ((1948, "RWP"), (1965, "RCP")),
    "Yugoslav": ((1952, "LCY"),),
}
"""Each state's ruling parties by the year they took that name (the authority file's
abbreviations): within a year of a change, and before the first, no party is told."""


def ruling_party(authority: Authority, national: str, year: int | None) -> Entity | None:
    """The party that ruled the state of ``national`` (an adjective: "Soviet") in ``year``;
    none where the year is unknown and the party changed its name, or in a year it did."""
    parties = _RULING.get(national, ())
    if year is None:
        known = parties[0][1] if len(parties) == 1 else None
    else:
        since = [label for start, label in parties if start <= year]
        changed = any(start == year for start, _ in parties[1:])
        known = since[-1] if since and not changed else None
    named = of_the_year(authority.graph, authority.lookup(known), year) if known else []
    found = [e for e in named if e.kind == "org"]  # "CPV" of 1980: the party, no volunteers
    return found[0] if len(found) == 1 else None


def national_organ(authority: Authority, name: str, year: int | None) -> Entity | None:
    """The organ a name such as "the Vietnamese Politburo" or "the Chinese Central Committee"
    is: the organ of that state's ruling party in ``year`` (none where the file lacks it);
    or the file's organ another wording names ("the Politburo of the CC of the P",
    :func:`.party_names.known_organ`)."""
    found = _NATIONAL_ORGAN.fullmatch(strip_article(name))
    if found is None:
        return known_organ(authority, name)
    return _organ(authority, found["national"], found["organ"], year)


def national_organs(authority: Authority, text: str, year: int | None) -> list[Entity]:
    """The ruling parties' organs that running text names by a nationality ("The Mongolian
    Politburo sent greetings")."""
    found = []
    for organ in _ORGAN.finditer(text):
        national = _NATIONAL_BEFORE.search(text, max(0, organ.start() - 60), organ.start())
        if national is not None:
            found.append(_organ(authority, national["national"], organ.group(), year))
    return list(dict.fromkeys(e for e in found if e is not None))


def _organ(authority: Authority, national: str, name: str, year: int | None) -> Entity | None:
    party = ruling_party(authority, national, year)
    organ = POLITICAL_BUREAU.sub("Politburo", name)
    return organ_of_kin(authority, organ, party) if party is not None else None


def organ_of_kin(authority: Authority, organ: str, kin: Entity) -> Entity | None:
    """The one organisation of ``kin``'s family (its party and the party's organs, by
    org:subOrganizationOf) whose name begins with ``organ``: "the Central Committee" in a
    letter from the CPSU Politburo is the CPSU's Central Committee."""
    top, seen = URIRef(kin.iri), set()
    while isinstance(parent := authority.graph.value(top, ORG.subOrganizationOf), URIRef):
        if parent in seen:
            break
        seen.add(top := parent)
    family = {
        s
        for s in authority.graph.transitive_subjects(ORG.subOrganizationOf, top)
        if isinstance(s, URIRef)
    }
    wanted = organ.casefold()
    found = {
        subject
        for subject in family
        for label in authority.graph.objects(subject, SKOS.prefLabel)
        if str(label).casefold().startswith(f"{wanted} ")
    }
    entities = [e for e in (entity_of(authority.graph, s, "") for s in found) if e is not None]
    return entities[0] if len(entities) == 1 else None
