"""What the segment closing a title's addressees is: a city where a person wrote or where the
message went, or a topic's noun.

"Telegram from Ambassador Testov to the Ministry of Foreign Affairs, Testburg" and "Ciphered
Telegram, Ambassador Testov to Testin, Testburg" were written in Testburg: the city is where
the sender wrote only where the title marks him as abroad, an envoy by his wording or by the
authority file's note for the year, or writing to a body every state has ("the Ministry of
Foreign Affairs"), and no addressee is an envoy ("to Ambassador Testin, Testburg" went to
him there). Between bare people ("Telegram from Testov to Testin, Testburg") the city is as
often the addressee's post as the sender's, so it stays where the message went, and so do a
telegram's stations ("to Testin, Testburg, and Testar, Testgrad") and a party's seat ("to the
Central Committee, Testburg"), as a mission's ("to the Romanian Embassy, Pyongyang", which
:mod:`.title_links` joins to it).

A lone common noun closing the addressees ("to the American Embassy in Testburg,
Reprocessing") is what the document is about, never a second addressee.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from ..parser.bodies import (
    MISSION,
    generic_body,
    mission_place,
    seated,
    stationed,
    unplaced_mission,
)
from ..parser.clauses import NOUN_WORD
from ..parser.demonyms import adjective
from ..parser.name_words import ORG_WORDS
from ..parser.names import name_kind, personal_name_shape
from ..parser.text import last_bracket
from ..record import Located, Title
from .authority import Authority
from .entities import Entity
from .home_states import body_state, capital, names_state, own_texts, state_organ
from .linker import Linker
from .mission_heads import ENVOY_OFFICES
from .mission_seats import OUT_OF_POST
from .office_terms import in_office, posts

"""The offices, as the authority file's notes write them, of a person posted abroad."""
_ENVOY = re.compile(rf"\b{MISSION}\b")
_PARTY_SEAT = re.compile(
    r"\b(?:(?i:central\s+committee|politburo|political\s+bureau|presidium)|CC)\b"
)
"""A party's organs, which sit in the party's capital: a city after them is their seat."""


def names_person(name: Located[str], authority: Authority) -> bool:
    """Whether a party of a telegram's from/to clause is a person, by the authority file or
    by its wording ("Soviet Ambassador Roshchin", "A.M. Puzanov", "Kim Il Sung"): then the
    clause names people, not stations, and its other bare names are people too ("Telegram
    from Mao Zedong to Stalin")."""
    known = authority.lookup(name.value)
    if known:
        return any(e.kind == "person" for e in known)
    cover = last_bracket(name.value)  # "Filippov [Stalin]"
    if cover and any(e.kind == "person" for e in authority.lookup(cover[1])):
        return True
    if stationed(name.value):  # "Xuan Thuy in Paris": a place is not "in" a place
        return True
    return name_kind(name.value) == "person" or personal_name_shape(name.value, True)


def written_at_close(
    title: Title, linker: Linker, authority: Authority, year: int | None = None
) -> Located[str] | None:
    """The city closing the addressees that is where the document was written: after
    addressees who all have a place of their own, from senders with none (a document is
    written in one place, and went to theirs), or after senders who are all people with no
    place of their own, one of them marked as abroad (an
    envoy) or writing to a body every state has, never to an envoy, a mission with no place,
    a party's seat or several stations (``year``: the record's, which dates an envoy's post)."""
    if title.origins or len(title.recipients) < 2 or not title.senders:
        return None
    *before, addressee, city = title.recipients
    if not linker.is_place(city.value) or any(
        linker.is_place(n.value) for n in (*before, addressee)
    ):
        return None  # "to Moscow, Beijing", "to Testin, Testburg, and Testar, Testgrad": stations
    if adjective(city.value) is not None:
        return None  # "to the Legation in Bern, Switzerland": a state, the legation's
    if all(_placed(n) for n in (*before, addressee)) and not any(
        _placed(s) or linker.is_place(s.value) for s in title.senders
    ):
        return city  # "to the Canadian Embassy in Washington, Ottawa": one place is the other's
    if not all(_a_person(s, authority) and not mission_place(s.value) for s in title.senders):
        return None
    if _away_from_home(title.recipients[:-1], city, linker, year):
        return city  # "Testov to the Chinese Central Committee, Geneva": it sits in Beijing
    if _envoy(addressee, authority, year) or _PARTY_SEAT.search(addressee.value):
        return None  # "to Ambassador Testin, Testburg", "to the Central Committee, Testburg"
    if unplaced_mission(addressee.value):
        return None  # "to the Romanian Embassy, Pyongyang": its seat
    body = generic_body(addressee.value)
    abroad = any(_envoy(s, authority, year) for s in title.senders)
    return city if abroad or (body and seated(addressee.value) is None) else None


def _away_from_home(
    addressees: tuple[Located[str], ...], city: Located[str], linker: Linker, year: int | None
) -> bool:
    """Whether the city can be no addressee's: one of them is a body of the file that is its
    state's own organ of the year (see :func:`.home_states.state_organ`), which sits in the
    state's capital for the year, that city is another, and no addressee has a place of its
    own, is an envoy, is the city's state's or is another body ("to Testov and the Chinese
    Central Committee, Geneva": the message went to Beijing; a person may travel, a ruling
    party's organ does not, a party in exile or an army does)."""
    authority = linker.authority
    places = [e for e in authority.lookup(city.value) if e.kind == "place"]
    if len(places) != 1 or any(_placed(n) or _envoy(n, authority, year) for n in addressees):
        return False
    known = [e for n in addressees for e in authority.lookup(n.value)]
    states = {body_state(e, authority) for e in known if e.kind == "org"}
    home = states.pop() if len(states) == 1 else None
    if home is None or not all(
        state_organ(e, home, authority, year) for e in known if e.kind == "org"
    ):
        return False
    seat = capital(home, authority, year)
    there = authority.country_of(places[0], year)
    if seat is None or seat == places[0] or there == home:
        return False
    return there is None or not any(
        names_state(own_texts(e, authority), there, authority, year) for e in known
    )


def post_at_close(
    title: Title, authority: Authority, year: int | None = None
) -> Located[str] | None:
    """The city ending the title, read as where the document was written, that is the
    addressee's and so where it went, whatever the message's type, unless a sender is an
    envoy ("Letter from Ambassador Testin to Testov, Testburg" was written at his post): an
    envoy addressee's post ("Letter from Testov to Ambassador Testin, Testburg"), or the
    capital of the addressees' state that is no sender's ("Message from Testill and Testvelt
    to Testalin, Moscow", Testalin the Soviet leader, went to Moscow, however many wrote)."""
    if not title.origins or not title.recipients or not title.senders:
        return None
    city = title.origins[-1]
    if not title.text.value.rstrip(" .").endswith(f", {city.value}"):
        return None  # "..., Testburg, 5 May 1962": a dateline, where it was written
    if any(_envoy(s, authority, year) for s in title.senders):
        return None
    if _envoy(title.recipients[-1], authority, year):
        return city if _at_post(city, title, authority, year) else None
    return city if _addressees_capital(city, title, authority, year) else None


def _addressees_capital(
    city: Located[str], title: Title, authority: Authority, year: int | None
) -> bool:
    """Whether the city is the capital, for the year, of a state every addressee is of (by
    the name, the file's labels or a person's note) and no sender is, no addressee having a
    place of its own: "Letter from Testov to Erich Honecker, Berlin" of Testov at home; not
    "Testill to Testvelt and Testalin, Moscow", which Testvelt was sent elsewhere."""
    places = [e for e in authority.lookup(city.value) if e.kind == "place"]
    state = authority.country_of(places[0], year) if len(places) == 1 else None
    if state is None or capital(state, authority, year) != places[0]:
        return False
    if any(_placed(r) for r in title.recipients) or any(
        _of_state(s, state, authority, year) for s in title.senders
    ):
        return False
    return all(_of_state(r, state, authority, year) for r in title.recipients)


def _at_post(city: Located[str], title: Title, authority: Authority, year: int | None) -> bool:
    """Whether the closing city can be the envoy addressee's post: in the state (or the city)
    the authority file's note posts him to for the year ("Ambassador Testin, Testburg" of a
    year he was ambassador to Testland, which holds Testburg); where the file gives no post,
    any city but the capital of a sender's state ("Letter from the Testish Foreign Minister
    to Ambassador Testin, Testburg", Testburg the Testish capital, was written there)."""
    places = [e for e in authority.lookup(city.value) if e.kind == "place"]
    state = authority.country_of(places[0], year) if len(places) == 1 else None
    posted = {
        e
        for person in authority.lookup(title.recipients[-1].value)
        if person.kind == "person"
        for post in posts(authority.graph, person.iri, ENVOY_OFFICES, year)
        for e in authority.lookup(post)
        if e.kind == "place"
    }
    if posted:
        return bool(posted & {*places, state})
    return state is None or not any(_of_state(s, state, authority, year) for s in title.senders)


def _of_state(sender: Located[str], state: Entity, authority: Authority, year: int | None) -> bool:
    """Whether a sender is the state's, by its name, its labels or its note (see
    :func:`.home_states.names_state`)."""
    known = authority.lookup(sender.value)
    texts = [sender.value, *(o for e in known for o in _described(authority, e))]
    return names_state(texts, state, authority, year)


def _described(authority: Authority, entity: Entity) -> list[str]:
    """The labels and notes of an entry: what says whose it is."""
    notes = authority.graph.objects(URIRef(entity.iri), SKOS.note)
    return [str(o) for o in (*authority.labels(entity), *notes)]


def _placed(name: Located[str]) -> bool:
    """Whether a party's name says where it is: "the Embassy in Testburg", "the Foreign
    Ministry in Testburg", "Testov in Testburg"."""
    return bool(mission_place(name.value) or seated(name.value) or stationed(name.value))


def _envoy(name: Located[str], authority: Authority, year: int | None) -> bool:
    """Whether a person is an envoy or a delegate, posted abroad: by his wording ("Ambassador
    Testov", "Chargé d'Affaires Testin", never "Former Ambassador Testov") or by the
    authority file's note for the year."""
    known = [e for e in authority.lookup(name.value) if e.kind == "person"]
    if known and any(in_office(authority.graph, e.iri, ENVOY_OFFICES, year) for e in known):
        return True
    wording = _ENVOY.search(name.value) and not OUT_OF_POST.search(name.value)
    return bool(wording) and name_kind(name.value) != "org"


def _a_person(name: Located[str], authority: Authority) -> bool:
    """Whether a sender is a person with no place in his name, by the authority file or by
    the name's wording ("Ambassador Testov", "Testo Testov"), never a body or a station."""
    known = {e.kind for e in authority.lookup(name.value)}
    if known or stationed(name.value) or name_kind(name.value) == "org":
        return known == {"person"}
    return name_kind(name.value) == "person" or personal_name_shape(name.value, True)


def topic_at_close(title: Title, linker: Linker) -> Located[str] | None:
    """The lone word closing the addressees that is a topic's noun the authority file does not
    know ("Reprocessing", "Disarmament"), never a name: after an agent, not a station."""
    if len(title.recipients) < 2:
        return None
    *_, addressee, last = title.recipients
    word = last.value.strip()
    if " " in word or linker.is_place(addressee.value) or linker.authority.lookup(word):
        return None
    return last if NOUN_WORD.search(word) and not ORG_WORDS.fullmatch(word) else None
