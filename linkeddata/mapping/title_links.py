"""What a title links its document to: senders, addressees, intermediaries, authors,
participants and the places of writing and destination, each as the authority file or the
wording says (docs/data-model.md, "Senders, addressees, intermediaries")."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from rdflib import URIRef

from ..parser.bodies import (
    generic_body,
    mission_place,
    nationalities,
    said_beside,
    seated,
    unplaced_mission,
)
from ..parser.demonyms import adjective
from ..parser.names import agent_kind, name_kind
from ..parser.office_words import office_only
from ..parser.text import strip_article
from ..parser.vocabulary import MONTH_PATTERN, TELEGRAPHIC_TYPES
from ..record import Located, Title
from .authority import Authority
from .closing_segment import names_person, post_at_close, topic_at_close, written_at_close
from .entities import AGENT_KINDS, Entity
from .known_agents import known_agents, writer_before_type
from .linker import Linker
from .lone_surnames import headless_sender
from .mission_heads import MISSION_BODY, bracketed_head
from .mission_seats import mission_seats, placed_props
from .name_pairs import people_paired, unpaired
from .place_articles import with_place_articles
from .ruling_parties import ruling_party
from .state_names import hosted_mission
from .terms import ADO, DCTERMS, RICO, SCHEMA
from .title_bodies import known_body, organ_of_kin_named, party_organ, qualified
from .vague_names import vague_beside
from .venues import opening_venue, venues

SENDER = (RICO.hasSender, SCHEMA.sender)
ADDRESSEE = (RICO.hasAddressee, SCHEMA.recipient)
Props = tuple[URIRef, ...]
Link = tuple[Props, Entity]
_CLAUSE_OPENING = re.compile(r"\b(?i:from|to|between|and|with|by)\s+")
_TOPIC = re.compile(
    rf"\s(?i:on|about|regarding|concerning)\s(?!(?:(?i:the)\s+)?\d|{MONTH_PATTERN}\s+\d"
    r"|(?i:the|a|an)\s+(?:\w+\s+)?(?i:conversations?|talks?|meetings?|discussions?)\b)"
)
"""Where a title's topic begins, whose nationalities are no agent's ("on 14 June 1982" is a
date, "Note on the Conversation of ..." the record's type, no topic)."""


def title_links(
    title: Title,
    linker: Linker,
    authority: Authority,
    year: int | None = None,
    dateline: Located[str] | None = None,
) -> list[Link]:
    """The (properties, entity) pairs the title names, in the title's order (``year``: the
    record's, which tells a state's ruling party and the state a capital was in; ``dateline``:
    where the text says it was written, before which a mission's capital is no presumption)."""
    title = with_place_articles(title, authority)  # "..., The Hague"
    station = (
        title.clause in ("from", "to")
        and (title.doc_type is None or title.doc_type.value in TELEGRAPHIC_TYPES)
        and not any(names_person(n, authority) for n in (*title.senders, *title.recipients))
    )
    found: list[tuple[Props, Entity | None]] = []
    text = title.text.value.replace(title.subject.value, "") if title.subject else title.text.value
    head = _TOPIC.split(text, maxsplit=1)[0]  # "... on the Soviet Leadership", "'On ...'"
    whose = nationalities(head)
    kin = [  # the title's known bodies, whose party a bare organ belongs to
        e
        for n in (*title.senders, *title.recipients)
        for e in authority.lookup(qualified(n, whose, authority).value)
        if e.kind == "org"
    ] + [party for national in whose if (party := ruling_party(authority, national, year))]
    written = written_at_close(title, linker, authority, year)  # "Testov to Testin, Testburg"
    topic = None if written else topic_at_close(title, linker)  # "..., Reprocessing"
    if written is not None:
        found.append(((SCHEMA.locationCreated,), linker.place(written)))
    if topic is not None:
        linker.warn(f"{topic.value!r} closes the addressees as a topic: no addressee", topic.line)
    addressees = title.recipients[:-1] if written or topic else title.recipients
    memo = headless_sender(title.doc_type.value if title.doc_type else None)
    sending = replace(linker, heads=False) if memo else linker  # "Memorandum from Testson"
    for names, place_prop, agent_props in (
        (title.senders, SCHEMA.locationCreated, SENDER),
        (addressees, ADO.destination, ADDRESSEE),
    ):
        seated = _seated(names, linker)
        for city in _seats(names, linker):  # "the Hungarian Embassy, Pyongyang": written there
            found.append(((place_prop,), linker.place(city)))
        for index, (previous, name) in enumerate(zip((None, *seated), seated, strict=False)):
            headed = previous is not None and MISSION_BODY.search(previous.value) is not None
            headed = headed or _holds_office(title.text.value, name.value)
            following = seated[index + 1] if index + 1 < len(seated) else None
            if following is None and place_prop == ADO.destination and mission_place(name.value):
                following = written  # "Rusk to the Embassy in Moscow, Washington": American
            beside = said_beside(whose, name.value, head)  # no "British Foreign Office"
            here = _whose_here(name, following, beside, authority, year)
            named = party_organ(name, qualified(name, here, authority), authority)
            if place_prop == SCHEMA.locationCreated:  # "the Egyptian Embassy to the Soviet MFA"
                named = hosted_mission(named, title.recipients, authority)
            organ = organ_of_kin_named(named, kin, authority) if generic_body(named.value) else None
            chief = bracketed_head(previous, name, title.text.value, authority, year)
            by = sending if place_prop == SCHEMA.locationCreated else linker
            entity = organ or chief or _party(named, station and not headed, by)
            props = (place_prop,) if entity and entity.kind == "place" else agent_props
            found.append((props, entity))
    parties = [  # the title's agents, beside whom a group is no one
        strip_article(n.value)
        for names in (title.senders, title.recipients, title.intermediaries, title.authors)
        for n in names
    ]
    for names, prop in (
        (title.intermediaries, ADO.intermediary),
        (title.authors, DCTERMS.creator),
        (title.participants, ADO.participant),
    ):
        own = [strip_article(n.value) for n in names]
        others = [*parties, *own] if prop == ADO.participant else []
        venue = opening_venue(title, linker)[:1] if prop == ADO.participant else ()
        listed = _seated(names, linker)
        for previous, seated_name in zip((None, *listed), listed, strict=False):
            if seated_name.value in venue:
                continue  # "Washington Meeting with X": where, not who
            if prop == ADO.participant and (pair := people_paired(seated_name, linker)):
                found.extend(((prop,), person) for person in pair)  # "Kissinger-Zhou"
                continue
            if prop == ADO.participant and unpaired(seated_name, authority):
                continue  # "Warsaw-Moscow Talks", "Bush-Gorbachev Malta Summit": no one
            beside = said_beside(whose, seated_name.value, head)
            name = (None if whose else known_body(seated_name, authority)) or qualified(
                seated_name, _whose_here(seated_name, None, beside, authority, year), authority
            )
            if others and (why := vague_beside(strip_article(name.value), others)):
                linker.warn(f"{name.value!r} {why}", name.line)  # "between X and Cuban Officials"
                continue
            entity = bracketed_head(
                previous, name, title.text.value, authority, year
            ) or linker.resolve(name, agent_kind(name.value), kinds=AGENT_KINDS)
            found.append(((prop,), entity))
    found.extend(
        ((ADO.participant,), e) for e in known_agents(title.participants_if_known, authority)
    )
    found.extend((ADDRESSEE, e) for e in known_agents(title.recipients_if_known, authority))
    found.extend(((DCTERMS.creator,), e) for e in known_agents(title.authors_if_known, authority))
    found.extend(((DCTERMS.creator,), writer) for writer in writer_before_type(title, authority))
    found.extend(((SCHEMA.locationCreated,), p) for p in venues(title, head, linker, dateline))
    post = () if (at := post_at_close(title, authority, year)) is None else (at,)
    state = (authority, year, title.text.value)
    writers = (*title.senders, *title.authors)
    if dateline is not None and linker.is_place(dateline.value):
        writers = ()  # "Pyongyang, 12 March 1958" under "the Embassy in China": not Beijing
    placed = placed_props(found, title)  # "the Embassy in the Soviet Union, Leningrad"
    writers = () if SCHEMA.locationCreated in placed else writers
    readers = () if ADO.destination in placed else title.recipients
    for places, prop in (  # "the Embassy in the Soviet Union" sits in Moscow
        (
            mission_seats(tuple(o for o in title.origins if o not in post), writers, *state),
            SCHEMA.locationCreated,
        ),
        (mission_seats((*title.destinations, *post), readers, *state), ADO.destination),
    ):
        found.extend(((prop,), linker.place(place)) for place in places)
    return [(props, entity) for props, entity in found if entity is not None]


def _holds_office(text: str, name: str) -> bool:
    """Whether the title names ``name`` right after an office, between commas: "from the
    Soviet Ambassador in Cairo, Vinogradov, to ..." names a person, even in a telegram."""
    at = text.find(f", {name}")
    if at <= 0:
        return False
    before = _CLAUSE_OPENING.split(text[:at])[-1]
    return office_only(strip_article(before.strip()))


def _seated(names: tuple[Located[str], ...], linker: Linker) -> tuple[Located[str], ...]:
    """The names with a mission and the city after it as one: "the Hungarian Embassy,
    Pyongyang" is the Hungarian Embassy in Pyongyang."""
    merged: list[Located[str]] = []
    for name in names:
        if merged and _seat_of(merged[-1], name, linker):
            merged[-1] = Located(f"{merged[-1].value} in {name.value}", merged[-1].line)
        else:
            merged.append(name)
    return tuple(merged)


def _seats(names: tuple[Located[str], ...], linker: Linker) -> list[Located[str]]:
    """The cities that :func:`_seated` joins to the mission before them."""
    return [city for mission, city in pairwise(names) if _seat_of(mission, city, linker)]


def _seat_of(mission: Located[str], city: Located[str], linker: Linker) -> bool:
    return unplaced_mission(mission.value) and linker.is_place(city.value)


def _whose_here(
    name: Located[str],
    following: Located[str] | None,
    whose: set[str],
    authority: Authority,
    year: int | None,
) -> set[str]:
    """Whose a body named without its country is: the state whose capital it sits in ("the
    Ministry of Foreign Affairs, Warsaw", "the Foreign Ministry in East Berlin"), which says it
    before the title's other agents do. A mission is no mission of the state it sits in: "the
    Embassy in Pyongyang" in a note of the DPRK's ministry is a foreign one, whose not said."""
    whose = whose - _home_nationals(name.value, authority, year)
    body = seated(name.value)
    if body is None and not generic_body(name.value):
        return whose
    city = body[1] if body is not None else following.value if following is not None else None
    places = [e for e in authority.lookup(city) if e.kind == "place"] if city else []
    country = authority.country_of(places[0], year) if len(places) == 1 else None
    if country is None and len(places) == 1 and adjective(places[0].label):
        country = places[0]  # "the Ministry of Foreign Affairs, Vietnam": a country's own
    national = adjective(country.label) if country is not None else None
    return {national} if national else whose  # the city it sits in says it first


def _home_nationals(name: str, authority: Authority, year: int | None) -> set[str]:
    """The nationality of the state a mission's post is in or is ("the Embassy in Pyongyang":
    North Korean), which no mission there has; none for any other name."""
    post = mission_place(name)
    places = [e for e in authority.lookup(post) if e.kind == "place"] if post else []
    if len(places) != 1:
        return set()
    state = authority.country_of(places[0], year) or places[0]  # "the Embassy in Romania"
    national = adjective(state.label)
    return {national} if national else set()


def _party(name: Located[str], station: bool, linker: Linker) -> Entity | None:
    """A sender or recipient: a place ("from Pyongyang to Bucharest") or an agent.

    The authority file tells which; for a name it does not know, the wording does ("the
    Romanian Embassy", "Comrade Kim"). Otherwise a bare name is a person, as letters, notes and
    reports are catalogued by who wrote them, except after "from" in a telegram's title (a
    ``station`` clause), catalogued by the city it was sent from or by who sent it: "Telegram
    from Hanoi" or "from Kim" is not linked, and is reported.
    """
    kind = name_kind(name.value) or (None if station else "person")
    return linker.resolve(name, kind, kinds=("place", "person", "org"))
