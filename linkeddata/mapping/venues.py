"""Where a record was made, as its title words it: the city after an author's name ("Minutes
of the PCC Meeting, Bucharest"), and where talks were held ("Record of Conversation between
Mao Zedong and Kim Il Sung, Beijing, 10 October 1970", "... and Henry Kissinger in Beijing").
Only places the authority file knows: a word after a comma is too often something else. A
closing "Pyongyang, 12 March 1958" says it too, where the title does not or names only the
country."""

from __future__ import annotations

import re

from ..parser.bodies import MISSION
from ..parser.dates import DATE_TEXT_FULL
from ..parser.gatherings import GATHERINGS, words
from ..parser.gazetteer import is_state
from ..parser.names import name_kind
from ..parser.spoken_records import SPEECH_TYPES
from ..parser.text import SEAT_AFTER
from ..record import Located, Title
from .entities import Entity
from .linker import Linker
from .title_named_places import (
    CAUSE,
    city_at_end,
    known_place,
    named_act,
    named_meeting,
    uncaptioned,
)

_MISSION_WORD = re.compile(rf"\b{MISSION}\b")
_OTHER_PARTY = re.compile(r"\s(?i:and|with)\s")
_DELEGATION = re.compile(r"\b(?i:delegations?)\b")
_HELD_IN = re.compile(
    r"\s(?i:in|at)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
)


def venues(
    title: Title, head: str, linker: Linker, dateline: Located[str] | None = None
) -> list[Entity]:
    """The places the title says its record was made in (``head``: the title before its
    topic, whose places are where, not what). Where talks were held is where their record was
    made unless the text's own "Place, date" line (``dateline``) names another place: a
    record drawn up at home after talks abroad ("..., Moscow, 23-24 March 1989" closed by
    "Budapest, 28 March 1989") was written there, and the title's place is only where they
    met."""
    head = uncaptioned(head)
    opening = opening_venue(title, linker)
    held = _held_in(title, head, linker)
    elsewhere = (
        dateline is not None
        and linker.is_place(dateline.value)
        and linker.place(dateline) not in held
    )
    found = [*_sat_in(title, linker), *([] if elsewhere else held), *opening[1:]]
    found.extend(_delivered_at(title, head, linker))
    found.extend(named_meeting(title, head, linker))
    found.extend(named_act(title, linker))
    ending = city_at_end(title, linker)
    if ending is not None and not found and not (dateline and linker.is_place(dateline.value)):
        found.append(ending)
    return list(dict.fromkeys(found))


_OPENING_TALK = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    r"(?i:meetings?|talks|conversations?|discussions?)\s+(?i:with)\s"
)
"""A talk's word and "with" after the words that open the title: "Washington Meeting with X"."""


def opening_venue(title: Title, linker: Linker) -> tuple[str, Entity] | tuple[()]:
    """The place that opens a recorded talk's title, where the talk was held ("Washington
    Meeting with Soviet Officials"; "Saddam Meeting with ..." opens with a person): the name as
    written and the place, when the authority file knows the name as one place in a country."""
    if title.doc_type is None or title.doc_type.value not in SPEECH_TYPES:
        return ()
    found = _OPENING_TALK.match(title.text.value)
    if found is None:
        return ()
    known = linker.authority.lookup(found["place"])
    if len(known) != 1 or known[0].kind != "place":
        return ()
    if linker.authority.country_of(known[0], linker.year) is None:
        return ()  # "Mongolia Meeting with ...": a country is what the talk may be about
    return (found["place"], known[0])


_SAT_AFTER = re.compile(rf"(?:\s+{words(GATHERINGS)})?{SEAT_AFTER}")
"""A city between commas after an author's name or its gathering: "the PCC Meeting, Bucharest"."""


def _sat_in(title: Title, linker: Linker) -> list[Entity]:
    """The city after an author's name or its gathering, between commas, which the authority
    file knows as a place: where the body sat and wrote ("Minutes of the Meeting of the
    Political Consultative Committee, Bucharest", "Minutes of the PCC Meeting, Bucharest")."""
    text = uncaptioned(title.text.value)
    cities = [
        found["seat"]
        for author in title.authors
        if (at := text.find(author.value)) >= 0
        and (found := _SAT_AFTER.match(text, at + len(author.value))) is not None
    ]
    return [place for city in cities if (place := known_place(city, linker)) is not None]


_SPOKEN = frozenset({"speech", "remarks", "statement"})
"""Words spoken somewhere: a speech, an address or a toast, remarks, a statement."""
_VENUE = re.compile(r"\s(?i:at|in|to|before)\s+(?:(?i:the)\s+)?[A-Z][^,]*")
"""Where words were spoken, up to the next comma: "at the Plaza de la Revolución"."""
_OF_PLACE = re.compile(
    r"\s(?i:of)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
)
"""A venue ending in a place, which may open a list: "to the Ambassadors of Testland, ..."."""


def _delivered_at(title: Title, head: str, linker: Linker) -> list[Entity]:
    """The known city between commas after a speech's venue ("Speech by X at the Plaza de la
    Revolución, Havana", "Address by X to the Parliament, New Delhi, 15 August 1972"): where it
    was delivered, when it closes the head or stands before the date. A city inside the venue's
    name ("at the University of Havana") is left, and so is a country, a list the venue opens
    ("to the Ambassadors of Testland, Testonia") and a cause ("in Support of Testland, ...")."""
    if title.doc_type is None or title.doc_type.value not in _SPOKEN:
        return []
    venue = _VENUE.search(head)
    if venue is None or CAUSE.search(venue.group()):
        return []
    if (city := _city_closing(venue.group(), head[: venue.start()], linker)) is not None:
        return [city]  # "at the Mass Rally in Testburg", "Speech by X in Testburg"
    listed = _OF_PLACE.search(venue.group())
    if listed is not None and linker.is_place(listed["place"]):
        return []  # the names after the comma go on with the list
    segments = [part.strip() for part in head[venue.end() :].split(",")[1:] if part.strip()]
    for index, segment in enumerate(segments):
        following = segments[index + 1] if index + 1 < len(segments) else None
        if following is not None and DATE_TEXT_FULL.match(following) is None:
            continue  # "Testland, Testonia, and Testia": a list, no city closing the head
        place = known_place(segment, linker)
        if place is not None and not (is_state(segment) or is_state(place.label)):
            return [place]  # a city, never a country
    return []


_IN_CITY = re.compile(
    r"\s(?i:in)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=\s*$|\s+(?i:on)\s)"
)
"""A city closing a speech's venue or following its speaker, before the end or what the
speech was on: "at the Rally in Testburg", "Speech by X in Testburg on the Anniversary"."""
_PORT = re.compile(
    r"\s(?i:at)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    r"(?i:airport|airfield|railway\s+station)\s*$"
)
"""A city's airport or station as the venue: "at Testburg Airport" is in Testburg."""


_COMPLEMENT = re.compile(r"\s(?i:with|for)\s|\s(?i:of)\s+(?i:the)\s+(?P<of>.+)$")
"""What opens a complement of the gathering, whose "in" is its own: "the Conference of
Solidarity with the Struggle in Testburg", "the Banquet for the Delegation in Testburg", "the
Funeral of the Victims in Testburg" (an "of the" that names no body)."""


def _city_closing(venue: str, before: str, linker: Linker) -> Entity | None:
    """The known city that closes a speech's venue with "in" or names its airport ("at the
    Plenum of the CC in Testburg", "Speech by X in Testburg", "at Testburg Airport"): a place
    the file knows, a capital or not ("Speech by X in Testgorsk"), never a country, nor an
    envoy's post ("the Ambassador in Testburg"), nor the city of a complement between the
    gathering and its "in"."""
    found = _IN_CITY.search(venue) or _PORT.match(venue)
    if found is None or _posted(before + venue[: found.start()]):
        return None
    complement = _COMPLEMENT.search(venue, 0, found.start())
    if complement is not None and (
        complement["of"] is None or name_kind(complement["of"]) != "org"
    ):
        return None
    place = known_place(found["place"], linker)
    if place is None or is_state(found["place"]) or is_state(place.label):
        return None
    return place


_HELD = re.compile(
    r"\s(?i:held|conducted)\s+(?i:in|at)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
"""Where talks were held, said so inside the title: "Minutes of the Talks held in Moscow
between ..."."""


def _held_in(title: Title, head: str, linker: Linker) -> list[Entity]:
    """Where talks or a meeting were held: a known place alone between commas, "in" or "at" a
    known place ending a comma-separated part of the title's head, or "held in" one."""
    if title.doc_type is None or title.doc_type.value not in SPEECH_TYPES:
        return []
    if (held := _HELD.search(head)) is not None:
        words = held["place"].split()
        for count in range(len(words), 0, -1):  # "held in Moscow between the Delegations"
            if (place := known_place(" ".join(words[:count]), linker)) is not None:
                return [place]
    for part in re.split(r",\s*", head):
        found = _HELD_IN.search(part)
        if found is not None and _posted(part[: found.start()]):
            found = None  # "the Czechoslovak Ambassador in Pyongyang": his post, not the venue
        for name in (part.strip(), found["place"] if found else ""):
            if name and (place := known_place(name, linker)) is not None:
                return [place]
    return []


def _posted(before: str) -> bool:
    """Whether the last party before an "in X" is a mission or an envoy, whose post X is; a
    delegation travels to its talks, and "in X" is where they were ("the Soviet and Chinese
    Delegations in Beijing")."""
    last = _OTHER_PARTY.split(before)[-1]
    return _MISSION_WORD.search(last) is not None and _DELEGATION.search(last) is None


def closing_place(
    linker: Linker, written: Located[str] | None, created: set[str]
) -> tuple[Entity, Entity | None] | None:
    """Where a closing or header line ("Pyongyang, 12 March 1958") says the record was written:
    when the title says nothing, or only the country the city lies in ("the Embassy of Hungary
    in North Korea"), whose city is the more precise place (``created``: the title's places'
    IRIs), and the country it refines, which a document written in one place then drops."""
    if written is None or not linker.is_place(written.value):
        return None
    place = linker.place(written)
    if place is None or not created:
        return None if place is None else (place, None)
    country = linker.authority.country_of(place, linker.year)
    inside = place.iri not in created and country is not None and country.iri in created
    return (place, country) if inside else None
