"""Whose state a title's party is, and the capital a state had in a year, by the authority
file: what tells a city closing a message's title apart as where it was written or where it
went. A body sits at home ("the CCP Central Committee" in Beijing), so a city that is not its
state's capital is no seat of it; a city that is the addressee's capital and no sender's is
where the message went ("Letter from Testnev to Testecker, Berlin")."""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import ORG, SKOS

from ..parser.demonyms import COUNTRY_ADJECTIVES, adjective, spellings
from .authority import Authority
from .entities import Entity, entity_of
from .ruling_parties import ruling_party
from .state_years import was_capital
from .terms import SCHEMA


def capital(state: Entity, authority: Authority, year: int | None) -> Entity | None:
    """The one city the file puts in ``state`` as its capital for ``year`` (the file's
    ``schema:containedInPlace`` holds capitals only; of a state that moved its capital, the
    one of the year), or None: never today's capital for a year before it was one."""
    cities = (
        entity_of(authority.graph, city, "")
        for city in authority.graph.subjects(SCHEMA.containedInPlace, URIRef(state.iri))
        if isinstance(city, URIRef)
    )
    found = [c for c in cities if c is not None and authority.country_of(c, year) == state]
    if year is not None:
        found = [c for c in found if was_capital(c.label, year)]  # Nanjing of 1947, not Beijing
    return found[0] if len(found) == 1 else None


def body_state(body: Entity, authority: Authority) -> Entity | None:
    """The state a body of the file is, by the one country its labels name ("Central
    Committee of the Chinese Communist Party": China); a note, which may compare it with
    other states' bodies, says nothing."""
    if body.kind != "org":
        return None
    found = {
        COUNTRY_ADJECTIVES.get(word, word)
        for label in authority.labels(body)
        for word in _country_words().findall(str(label))
    }
    return state_named(found.pop(), authority) if len(found) == 1 else None


def state_organ(body: Entity, state: Entity, authority: Authority, year: int | None) -> bool:
    """Whether a body of the file is the state's own organ of ``year``, which sits in its
    capital: a ministry or government (none provisional, in exile or an archive), or the
    party that ruled it that year or that party's organ (``org:subOrganizationOf``). A
    liberation movement, an army in the field, a party in exile sit where they were."""
    if body.kind != "org" or not body.existed_in(year):
        return False
    labels = [str(label) for label in authority.labels(body)]
    if any(_GOVERNMENT.search(label) for label in labels):
        notes = authority.graph.objects(URIRef(body.iri), SKOS.note)
        return not any(_NO_SEAT.search(text) for text in (*labels, *map(str, notes)))
    national = adjective(state.label)
    party = ruling_party(authority, national, year) if national is not None else None
    if party is None:
        return False
    above = authority.graph.transitive_objects(URIRef(body.iri), ORG.subOrganizationOf)
    return URIRef(party.iri) in set(above)


_GOVERNMENT = re.compile(
    r"\b(?:Ministry|Ministerium|Government|Council\s+of\s+Ministers|State\s+Council"
    r"|Department\s+of\s+State|State\s+Department|Foreign\s+Office)\b"
)
"""A state's government and ministries, in the file's labels."""
_NO_SEAT = re.compile(r"\b(?i:provisional|exile|archives?)\b")
"""A government of no state's capital, or an archive, which keeps a ministry's name."""


def state_named(national: str, authority: Authority) -> Entity | None:
    """The file's state of an adjective ("Chinese": China), under any of its names."""
    for name in spellings(national)[1:]:
        places = [e for e in authority.lookup(name) if e.kind == "place"]
        if len(places) == 1:
            return places[0]
    return None


def own_texts(entity: Entity, authority: Authority) -> list[str]:
    """What says whose an entry is: its labels and, for a person, his note (a body's note
    may compare it with other states' bodies)."""
    texts = [str(label) for label in authority.labels(entity)]
    if entity.kind == "person":
        texts.extend(str(n) for n in authority.graph.objects(URIRef(entity.iri), SKOS.note))
    return texts


def names_state(texts: list[str], state: Entity, authority: Authority, year: int | None) -> bool:
    """Whether the texts say an entry is the state's: its name or adjective ("Soviet
    Minister of Foreign Affairs", "Leader of the DPRK") or its ruling party of ``year``
    ("General Secretary of the SED")."""
    national = adjective(state.label)
    if national is None:
        return False
    party = ruling_party(authority, national, year)
    words = [*spellings(national), *(authority.labels(party) if party else ())]
    return any(
        re.search(rf"(?<![\w-]){re.escape(str(word))}(?![\w-])", text)
        for text in texts
        for word in words
    )


@lru_cache(maxsize=1)
def _country_words() -> re.Pattern[str]:
    """Every country's name and adjective, longest first, as whole words."""
    names = sorted({*COUNTRY_ADJECTIVES, *COUNTRY_ADJECTIVES.values()}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in names)})(?![\w-])")
