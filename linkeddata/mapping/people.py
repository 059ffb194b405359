"""The people a name means by the offices around it: "Premier Zhou" is Zhou Enlai, "Soviet
Ambassador to China Yudin" is Yudin, "Sergo Mikoyan" is not Anastas Mikoyan."""

from __future__ import annotations

import re

from ..iris import slug
from ..parser.bodies import MISSION, mission_place
from ..parser.gazetteer import is_country
from ..parser.honorifics import honorific
from ..parser.names import INITIALS_WORD, name_kind, personal_name, shared_family_name
from ..parser.office_words import office_only
from ..parser.state_surnames import surname_after_state
from ..parser.text import is_name_like
from ..parser.venue_words import VENUE_WORD
from ..record import Located
from .authority import Authority
from .entities import Entity
from .given_names import same_given_name
from .mission_seats import ACCREDITED, recognised
from .office_terms import (
    HEAD_OFFICES,
    named_by_office,
    outside_their_years,
    signed_after_their_years,
)

HEAD_OF = re.compile(rf"\b(?i:{HEAD_OFFICES})\s+[^\s]+$")
"""An office one person holds in a state at a time, before a family name: "Premier Zhou"."""
_POST = re.compile(rf"\b{MISSION}\s+(?P<at>(?i:to|in|at))\s+(?:(?P<the>(?i:the))\s+)?(?P<rest>.+)$")


def office_holder(authority: Authority, name: str) -> Entity | None:
    """The person of the authority file whose name ends a title or office: "Comrade Kim Il
    Sung", "Soviet Ambassador to the DPRK A.M. Puzanov" (the longest known ending that
    names exactly one person; an office alone, "the Ambassador", names nobody), or the one
    person the file knows by the surname ending an office of a state ("President of Egypt
    Sadat"; "the Consul of Poland Shanghai" names no one)."""
    words, surname = name.split(), surname_after_state(name)  # "... of Egypt Sadat"
    own = (surname or personal_name(name)).split()
    said = honorific(name)
    for start in range(1, len(words)):
        people = [e for e in authority.lookup(" ".join(words[start:])) if e.kind == "person"]
        if len(people) == 1:
            given = own[: max(0, len(own) - (len(words) - start))]
            person = people[0]
            if said is not None and person.gender not in (None, said[1]):
                return None  # "Mrs. Nixon" is not Richard Nixon
            return person if same_given_name(given, person.label) else None
    bearers = authority.bearers(surname) if surname and not shared_family_name(surname) else []
    return bearers[0] if len(bearers) == 1 else None  # "... of Romania Manescu"


def surname_by_office(
    authority: Authority, name: str, year: int | None
) -> tuple[str, list[Entity]] | None:
    """A surname alone after an office ("Indian Ambassador Nehru", "Prime Minister Tanaka"),
    with the people of the file whom the office names by it in a record of ``year``
    (:func:`.office_terms.named_by_office`); None where the office tells nothing."""
    own = surname_after_state(name) or personal_name(name)
    if " " in own or own == name or not name.endswith(own):
        return None
    before = name[: -len(own)].split()
    held = named_by_office(authority.graph, own, authority.bearers(own), before, year)
    return None if held is None else (own, held)


def initialled_person(authority: Authority, name: str, year: int | None = None) -> Entity | None:
    """The one person of the authority file with this surname whose given names, in any of
    the file's spellings of them, the initials before it agree with: "G. Dimitrov" is Georgi
    Dimitrov, "A.M. Puzanov" Alexander Puzanov, "I. Stalin" Joseph Stalin (whom the file also
    calls Iosif Stalin), wherever the file names them only in full, and by any of its
    spellings of the surname ("V. Semenov" is the file's Vladimir Semyonov, whom it also
    spells Semenov); a common or shared surname only near the years of the person's note, in
    a record of ``year`` (:func:`_out_of_years`)."""
    words = personal_name(name).split()
    if len(words) < 2 or not all(INITIALS_WORD.match(w) for w in words[:-1]):
        return None
    said = honorific(name)
    surname = words[-1].casefold()
    people = [
        p
        for p in {*authority.people_named(words[-1]), *authority.spelled_named(words[-1])}
        if (said is None or p.gender in (None, said[1]))
        and any(
            same_given_name(words[:-1], spelled)
            for spelled in (p.label, *map(str, authority.labels(p)))
            if len(spelled.split()) > 1 and spelled.split()[-1].casefold() == surname
        )
    ]
    if len(people) != 1 or _out_of_years(authority, people[0], words[-1], year):
        return None
    return people[0]


def _out_of_years(authority: Authority, person: Entity, surname: str, year: int | None) -> bool:
    """Whether initials and a ``surname`` cannot name ``person`` in a record of ``year``: the
    surname is one the file gives no one alone (a common one, which it refuses) or several
    people bear, and the year lies more than five years outside every
    year the person's note dates ("V. Testov" recording a talk in 1988 is not the deputy
    minister of 1955-1977; "A. Testyko", whom the file calls "Testyko", is Testyko always)."""
    alone = any(str(label).casefold() == surname.casefold() for label in authority.labels(person))
    shared = len(authority.people_named(surname)) > 1
    return (shared or not alone) and outside_their_years(authority.graph, person.iri, year)


def post_holder(authority: Authority, name: str) -> str | None:
    """The name after an office's post: "Soviet Ambassador to China Yudin" is Yudin, "the
    Chargé d'Affaires in Vientiane Kuznetsov" Kuznetsov. The post is the longest place
    of the authority file that follows "to", "in" or "at", else one word; when the place is
    all that follows ("the Ambassador in Addis Ababa"), the office names no one. The holder
    begins after the whole place, however long his name ("Ambassador to Sri Lanka I.A.
    Testov" is I.A. Testov, not "Lanka I.A. Testov"). "At" a building ("the Soviet Ambassador
    at Admiralty House") or at a named venue ("at the Quai d'Orsay") is where they met, no
    post: the office names no one; "Ambassador at Large" is an office."""
    found = _POST.search(name)
    if found is None or any(e.kind == "place" for e in authority.lookup(found["rest"])):
        return None
    if is_country(found["rest"]):
        return None  # "the Ambassador to South Yemen": a country the file may lack
    words = found["rest"].split()
    leading = leading_place(authority, words)
    if found["at"].casefold() == "at" and (
        VENUE_WORD.search(found["rest"]) or (found["the"] and leading is None)
    ):
        return None  # "at Blair House", "at the Quai d'Orsay": a venue
    holder = " ".join(words[leading[0] if leading else 1 :])
    own = personal_name(name)
    if own != name and not (leading and (own == holder or own.endswith(f" {holder}"))):
        return None  # the name the wording gives lies after the post: "... (Kohler)"
    named = holder and is_name_like(holder, 4) and not office_only(holder)
    return holder if named and name_kind(holder) != "org" else None


def holder_by_office(authority: Authority, name: str, holder: str) -> Entity | None:
    """The one person of the file whom the office with its post left out names with the
    holder's name: "Soviet Ambassador to Cuba Alekseev" is the file's "Soviet Ambassador
    Alekseev" or "Ambassador Alekseev", as "Marshal Kulikov" is Viktor Kulikov."""
    found = _POST.search(name)
    if found is None:
        return None
    office = _POST_PREPOSITION.sub("", name[: found.start("rest")].rstrip())
    words = office.split()
    for start in range(len(words)):
        people = [
            e for e in authority.lookup(" ".join([*words[start:], holder])) if e.kind == "person"
        ]
        if len(people) == 1:
            return people[0]
    return None


def leading_place(authority: Authority, words: list[str]) -> tuple[int, Entity] | None:
    """The longest place of the authority file that begins ``words`` and is not all of
    them, with its number of words."""
    for count in range(len(words) - 1, 0, -1):
        places = [e for e in authority.lookup(" ".join(words[:count])) if e.kind == "place"]
        if len(places) == 1:
            return count, places[0]
    return None


_TAKES_THE = re.compile(
    r"^(?:(?:\w+\s+)*(?:Union|United|Republic|Kingdom|States|Emirates|Islands)\b|Netherlands"
    r"|Philippines|Vatican|Holy\s+See|Gambia|Congo$)"
)
"""Countries named with "the": "in the Soviet Union", "in the Netherlands"."""
_POST_PREPOSITION = re.compile(r"(?<!\s)\s+(?i:in|to|at)(?:\s+(?i:the))?$")


def named_in_full(named: list[Entity], written: str, label: str) -> Entity | None:
    """The one person of the authority file the same record names in full whose surname
    this label is, alone or after initials that agree ("Sullivan", "W. Sullivan"; never
    "S. Mikoyan" for Anastas, nor "Mrs. Nixon" for Richard)."""
    words = label.split()
    if not words or not all(INITIALS_WORD.match(w) for w in words[:-1]):
        return None
    said = honorific(written)
    surname = slug(words[-1])
    found = {
        e
        for e in named
        if slug(e.label.split()[-1]) == surname
        and same_given_name(words[:-1], e.label)
        and (said is None or e.gender in (None, said[1]))
    }
    return found.pop() if len(found) == 1 else None


def lone_name(label: str) -> str | None:
    """Why a person's name alone cannot be stubbed, if it cannot: a Chinese, Korean or
    Vietnamese family name ("Kim"); a surname the file holds only in full is
    :func:`.lone_surnames.lone_surname_bearers`'s (never a stub either)."""
    return (
        "names a family name alone, which many people share (one stub would merge them all)"
        if shared_family_name(label)
        else None
    )


def namesakes_years(authority: Authority, person: Entity, surname: str, year: int | None) -> bool:
    """Whether a surname alone that the file gives ``person`` signs a record of ``year`` after
    their years (:func:`.office_terms.signed_after_their_years`) while another person of the
    file bears it too."""
    others = set(authority.people_named(surname)) - {person}  # none for two words
    return bool(others) and signed_after_their_years(authority.graph, person.iri, year)


def posted_name(authority: Authority, name: str, year: int | None = None) -> str:
    """A mission's name with its post as the authority file names the place: "the
    Hungarian Embassy to the DPRK" and "... in North Korea" are one embassy, "in Peking"
    and "in Beijing" one post. An embassy or a legation is accredited to a state: the one in
    its capital is the one in the country ("in Pyongyang" is "in North Korea"); a consulate
    keeps its city; the country is the one of ``year`` (the record's) where the state changed,
    and the one state of a shared name the mission's recognised ("the Chinese Embassy in
    Vietnam" of 1966 is in North Vietnam, :func:`.mission_seats.recognised`)."""
    place = mission_place(name)
    meant = recognised(Located(place, 0), name, year).value if place else None
    known = [e for e in authority.lookup(meant) if e.kind == "place"] if meant else []
    if place is None or len(known) != 1 or not name.endswith(place):
        return name
    head = _POST_PREPOSITION.sub("", name[: -len(place)].rstrip())
    post = known[0]
    if ACCREDITED.search(head) and (country := authority.country_of(post, year)) is not None:
        post = country
    article = "the " if _TAKES_THE.search(post.label) else ""
    return f"{head} in {article}{post.label}"  # "in the Soviet Union", "in North Korea"


def names_a_man(authority: Authority, name: str) -> bool:
    """Whether the authority file knows ``name`` as a man's, by his name or his surname:
    then "Madame" or "Mrs." before it names his wife, whom the honorific keeps apart
    ("Madame Chiang Kai-shek"); before a woman's own full name it is no part of her key
    ("Madame Nguyen Thi Binh" is Nguyen Thi Binh), before a surname alone it is."""
    known = [e for e in authority.lookup(name) if e.kind == "person"]
    people = known or authority.people_named(name)
    return any(e.gender == "male" for e in people)


def a_mans_given_name(authority: Authority, name: str) -> bool:
    """Whether the first word of a full ``name`` is a given name the file's people give only
    men: "Mrs." before it writes a wife by her husband's name ("Mrs. Ferenc Kiss" is not
    Ferenc Kiss), before a woman's own given name it is no part of her key ("Mrs. Eleanor
    Testvelt" is Eleanor Testvelt). A family name written first ("Kim") tells no one's."""
    words = name.split()
    if len(words) < 2 or shared_family_name(words[0]):
        return False
    people = [e for e in authority.family_named(words[0]) if e.label.split()[-1] != words[0]]
    return bool(people) and all(e.gender == "male" for e in people)


def meant_by_full_name(
    found: list[Entity], text: str, authority: Authority, title: str = ""
) -> list[Entity]:
    """The entities found in a record less the people met only by a word of the name of
    another person the same record names in full: in "Robert Kennedy ... Kennedy said" and
    "Raúl Castro received me. Castro said", the surname is Robert's and Raúl's, not the file's
    John F. Kennedy's or Fidel Castro's (``text``: the record's texts, joined). A person the
    ``title`` names by the bare word ("Letter from Khrushchev to Kennedy": a cataloguer's
    words, not an anaphor), another of whose labels the texts hold ("Fidel") or whom an
    office names ("President Kennedy") stays."""
    folded = " ".join(text.split()).casefold()
    people = [e for e in found if e.kind == "person"]
    spoken = {
        e: [n for n in map(str.casefold, authority.labels(e)) if _said(n, folded)] for e in people
    }
    full = {e for e in people if any(len(n.split()) > 1 for n in spoken[e])}
    words = {word for e in full for word in _spoken_words(spoken[e])}
    titled = " ".join(title.split()).casefold()
    for label in (n for e in full for n in spoken[e] if len(n.split()) > 1):
        titled = titled.replace(label, " ")  # "Raúl Castro" in the title is no bare "Castro"

    def by_office(word: str) -> bool:  # "President Kennedy" beside "Robert Kennedy"
        before = re.finditer(rf"([^\W\d_]+)\s+{re.escape(word)}(?!\w)", folded)
        return any(office_only(match[1].title()) for match in before)

    return [
        e
        for e in found
        if e.kind != "person"
        or e in full
        or not spoken[e]
        or any(n not in words or by_office(n) or _said(n, titled) for n in spoken[e])
    ]


def _spoken_words(labels: list[str]) -> set[str]:
    """The words of the full names among ``labels`` (folded)."""
    return {word for label in labels if len(label.split()) > 1 for word in label.split()}


def _said(label: str, folded: str) -> bool:
    """Whether ``label`` (folded) stands as whole words in the ``folded`` text."""
    return re.search(rf"(?<!\w){re.escape(label)}(?!\w)", folded) is not None
