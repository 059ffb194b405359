"""What the segment closing a title's addressees is: a city where a person wrote or where the
message went, or a topic's noun.

"Telegram from Ambassador Testov to the Ministry of Foreign Affairs, Testburg" and "Cable,
Testov to Testin, Testburg" were written in Testburg: a person with no place of his own
writes where the title's closing city is, and a document is written in one place. The city is
the addressee's seat only where it can be one: a mission's ("to the Romanian Embassy,
Pyongyang", which :mod:`.title_links` joins to it), or a body whose name says whose it is ("to
the CPSU Central Committee, Moscow"); a person has no seat, and a body every state has ("the
Ministry of Foreign Affairs") sits wherever the city would make it sit.

A lone common noun closing the addressees ("to the American Embassy in Testburg,
Reprocessing") is what the document is about, never a second addressee.
"""

from __future__ import annotations

from ..parser.bodies import generic_body, mission_place, seated, stationed, unplaced_mission
from ..parser.clauses import NOUN_WORD
from ..parser.name_words import ORG_WORDS
from ..parser.names import name_kind, personal_name_shape
from ..parser.text import last_bracket
from ..record import Located, Title
from .authority import Authority
from .linker import Linker


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


def written_at_close(title: Title, linker: Linker, authority: Authority) -> Located[str] | None:
    """The city closing the addressees that is where the document was written: after
    senders who are all people with no place of their own, and an addressee that is a person
    or a body every state has, never a mission or a body whose name says whose it is."""
    if title.origins or len(title.recipients) < 2 or not title.senders:
        return None
    *_, addressee, city = title.recipients
    if not linker.is_place(city.value) or linker.is_place(addressee.value):
        return None  # "to Moscow, Beijing": a telegram's stations
    placeless = all(_a_person(s, authority) and not mission_place(s.value) for s in title.senders)
    known = {e.kind for e in authority.lookup(addressee.value)}
    person = name_kind(addressee.value) != "org" and "org" not in known
    body = generic_body(addressee.value) and not unplaced_mission(addressee.value)
    return city if placeless and (person or (body and seated(addressee.value) is None)) else None


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
