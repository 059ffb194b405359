"""The state a person of the authority file led in a year, and how high his office ranked:
a state's leader sits in its capital, as its organs do. Of two of a state's people, the one
whose office ranks higher keeps the capital and the other travels to him: "Telegram,
Testov to Testin, Testgrad", Testin the Premier of Testland and Testov its Foreign Minister
(or Testov the Premier and Testin the ruling party's Chairman), was written in Testgrad.

The note is the one place the file gives an office: "Chairman of the Chinese Communist
Party, 1943-1976" (the party that ruled China that year), "Premier of the People's Republic
of China, 1949-1976" (the state itself); an office of any other body ("Chairman of the
KGB") or with no years leads nothing.
"""

from __future__ import annotations

import re

from ..parser.demonyms import adjective
from ..record import Located
from .authority import Authority
from .entities import Entity
from .home_states import body_state, capital, names_state, own_texts
from .note_years import ASIDE, MORE_YEARS, YEARS, note, term
from .ruling_parties import ruling_party

_RANKS = (
    (2, r"chairman|general\s+secretary|first\s+secretary|president|king|emperor"),
    (1, r"premier|prime\s+minister|chancellor"),
)
"""The offices that lead a state, the head of its ruling party or the state above the head of
its government: the one who stays at home when the other goes abroad."""
_LEADS = re.compile(
    r"\b(?i:(?P<office>"
    + "|".join(words for _, words in _RANKS)
    + r"))\s+of\s+(?:the\s+)?(?P<whose>[^,;()]+?)\s*,\s*(?="
    + YEARS.pattern
    + ")"
)


def leader_of(person: Entity, authority: Authority, year: int | None) -> tuple[Entity, int] | None:
    """The state ``person`` led in ``year`` by his note, and his office's rank (2: the ruling
    party's or the state's head; 1: its government's); None where the note gives no such
    office for the year, or several states."""
    if person.kind != "person" or year is None:
        return None
    found: dict[Entity, int] = {}
    for clause in ASIDE.sub("", note(authority.graph, person.iri)).split(";"):
        for office in _LEADS.finditer(clause):
            years = YEARS.match(clause, office.end())
            terms = []
            while years is not None:
                terms.append(term(years))
                years = MORE_YEARS.match(clause, years.end())
            state = _led_state(office["whose"], authority, year)
            if state is not None and any(a <= year <= b for a, b in terms):
                found[state] = max(found.get(state, 0), _rank(office["office"]))
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def under_leader(
    senders: tuple[Located[str], ...],
    addressee: Located[str],
    city: Located[str],
    authority: Authority,
    year: int | None,
) -> bool:
    """Whether a city closing a message between people is where its senders wrote: the
    addressee leads a state of the file in ``year`` (:func:`leader_of`) from its capital of
    the year, the city is neither that capital nor in that state, and every sender is a
    person of the file who is the state's, by his note or labels, in a lower office ("Zhou
    Enlai to Mao Zedong, Geneva" of 1954: the Premier wrote to the party's Chairman at home;
    not "Mao Zedong to Zhou Enlai, Geneva", which went to the Premier abroad)."""
    led = [
        found for e in authority.lookup(addressee.value) if (found := leader_of(e, authority, year))
    ]
    if len(led) != 1:
        return False
    state, rank = led[0]
    places = [e for e in authority.lookup(city.value) if e.kind == "place"]
    seat = capital(state, authority, year)
    if len(places) != 1 or seat is None or seat == places[0]:
        return False
    if authority.country_of(places[0], year) == state:
        return False  # a leader may be anywhere in his own state
    for sender in senders:
        known = [e for e in authority.lookup(sender.value) if e.kind == "person"]
        if len(known) != 1:
            return False
        if not names_state(own_texts(known[0], authority), state, authority, year):
            return False
        own = leader_of(known[0], authority, year)
        if own is not None and own[1] >= rank:
            return False
    return True


def _rank(office: str) -> int:
    """The rank of an office's words (see :data:`_RANKS`)."""
    return next(rank for rank, words in _RANKS if re.fullmatch(words, office, re.IGNORECASE))


def _led_state(whose: str, authority: Authority, year: int) -> Entity | None:
    """The state an office is "of": the state named, or the state whose ruling party of the
    year is the body named ("the CPSU"); no other body's."""
    known = authority.lookup(whose)
    if len(known) != 1:
        return None
    if known[0].kind == "place":
        return known[0] if authority.country_of(known[0], year) is None else None
    state = body_state(known[0], authority)
    national = adjective(state.label) if state is not None else None
    party = ruling_party(authority, national, year) if national is not None else None
    return state if party is not None and party == known[0] else None
