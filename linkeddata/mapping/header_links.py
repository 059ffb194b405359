"""What a memorandum's header lines name: its sender and addressee when the title does not
("FROM: Henry A. Kissinger", "MEMORANDUM FOR: THE PRESIDENT"), the participants of a
conversation beside the title's (the title names the principals, the list everyone) and
where it was held ("PLACE: The White House, Washington": the place the authority file knows,
read from the end)."""

from __future__ import annotations

from dataclasses import replace

from rdflib import URIRef

from ..parser.names import agent_kind, personal_name
from ..parser.national_names import national_name
from ..parser.participant_items import THE_PRESIDENT
from ..parser.same_person import same_person
from ..parser.speakers import Speaker, interviewers, speakers
from ..parser.spoken_records import records_speech
from ..parser.text import last_bracket
from ..record import Located, Record, Title
from .entities import AGENT_KINDS, Entity
from .envoy_signers import surname_refused
from .linker import Linker
from .note_years import clauses_of_year
from .people import initialled_person
from .presidents import the_president
from .state_names import states_of
from .terms import ADO, DCTERMS, RICO, SCHEMA

_NAME_WORDS = 3
"""A given name and a surname typed in capitals, a middle name or a second surname between."""

Link = tuple[tuple[URIRef, ...], Entity | None]


def header_links(record: Record, linker: Linker, placed: bool, destined: bool) -> list[Link]:
    """The (properties, entity) pairs of the header; its place only when the document has no
    place of creation yet (``placed``), the place a cable went to when it has no destination
    (``destined``)."""
    title = record.title
    sending = title is not None and (bool(title.authors) or not _stations(title.senders, linker))
    found: list[Link] = [
        (
            (RICO.hasSender, SCHEMA.sender),
            linker.resolve(name, agent_kind(name.value), kinds=AGENT_KINDS),
        )
        for name in _unplaced(() if sending else record.header_senders, linker)
    ]
    found += [
        ((RICO.hasAddressee, SCHEMA.recipient), linker.resolve(name, kind, kinds=AGENT_KINDS))
        for name in _unplaced(record.header_recipients, linker)
        if _addressed(title, kind := agent_kind(name.value), linker)
    ]
    if (author := record.header_author) is not None:  # the letterhead's body, the title naming none
        named = Located(national_name(author.value, states_of(linker.authority)), author.line)
        found.append(((DCTERMS.creator,), linker.resolve(named, "org", kinds=AGENT_KINDS)))
    destination = record.header_destination
    if destination is not None and not destined and linker.is_place(destination.value):
        found.append(((ADO.destination,), linker.place(destination)))
    found += [
        (
            (ADO.participant,),
            the_president(linker.authority, record, linker.year)
            if THE_PRESIDENT.fullmatch(name.value)
            else _listed(name, linker),
        )
        for name in record.header_participants
    ]
    if record.body is not None and title is not None and title.doc_type is not None:
        spoken = speakers(record.body) if records_speech(title) else ()
        asking = _interviewers(record)
        found += [
            (
                (ADO.participant,),
                the_president(linker.authority, record, linker.year)
                if THE_PRESIDENT.fullmatch(speaker.name.value)
                else _speaker(speaker, linker) or _interviewer(speaker, asking, linker),
            )
            for speaker in spoken
        ]
    if title is not None and title.doc_type is not None and title.doc_type.value == "interview":
        found += _interviewing(record, title, linker)
    place = record.header_place
    if place is not None and not placed:
        parts = (part.strip() for part in reversed(place.value.split(",")))
        if (seat := next((part for part in parts if linker.is_place(part)), None)) is not None:
            found.append(((SCHEMA.locationCreated,), linker.place(Located(seat, place.line))))
    return found


def _stations(names: tuple[Located[str], ...], linker: Linker) -> bool:
    """Whether a title's senders or addressees are stations only, or none: "Telegram from
    Moscow to Washington" names places, which are no party, so the header's routing names
    them ("FM AMEMBASSY MOSCOW" / "TO SECSTATE WASHDC")."""
    return all(linker.is_place(name.value) for name in names)


def _unplaced(names: tuple[Located[str], ...], linker: Linker) -> list[Located[str]]:
    """A header's names less the stations a routing line gives beside them or alone (the place
    the cable came from or went to, read as such): "To: Testburg, CC CPSU" names the CC CPSU,
    "To: Berlin" no one; a person's name beside a station ("TO: TESTOV, TESTBURG", a UN code
    cable's addressee and his post) is a surname in capitals, never stubbed from here."""
    kept = []
    for name in names:
        parts = [part.strip() for part in name.value.split(",")]
        rest = ", ".join(part for part in parts if not linker.is_place(part))
        if rest == name.value:
            kept.append(name)
        elif rest and agent_kind(rest) == "org":
            kept.append(Located(rest, name.line))
    return kept


def _addressed(title: Title | None, kind: str | None, linker: Linker) -> bool:
    """Whether a header's addressee of a ``kind`` adds to the title's: when the title names
    none or stations only ("Telegram from Testburg to Testville" under "TO SECSTATE WASHDC"),
    or names bodies only and the header the person ("Information Note ... to the Ministry of
    Foreign Affairs" under "To: Comrade Ion Testescu, Minister of ...")."""
    if title is None or _stations(title.recipients, linker):
        return True
    return kind == "person" and all(
        agent_kind(n.value) == "org" or linker.is_place(n.value) for n in title.recipients
    )


def _speaker(speaker: Speaker, linker: Linker) -> Entity | None:
    """A speaker: the authority file's person, or one the record already named, never a
    stub. A line's label is a person's name only by its shape, and so are a topic's heading
    ("Strategic Arms Limitation: The President said ...") and a transcript's roles
    ("Interviewer:", "Moderator:"), which must name no one. The file's person is the label's,
    its name's less the office ("President Saddam Hussein"), the last words' after an office
    in any language ("Comandante en Jefe Fidel Castro") or the initials' ("W. Jaruzelski");
    a name speaking once only by its shape (:class:`.Speaker`) is the file's or no one's,
    and so is a full name typed in capitals speaking once, which may be the record's earlier
    form of a person only when its first word begins a name of the file and its last word
    is a surname of the file: a heading "JOHN BULL:", "FIDEL SPEECH:" is never a stub."""
    name = speaker.name.value
    person = personal_name(name)
    known = linker.authority.lookup(name) or linker.authority.lookup(person)
    people = [entity for entity in known if entity.kind == "person"]
    if len(people) == 1:
        return people[0]
    if not known and (
        found := _known_ending(name, linker)
        or initialled_person(linker.authority, name, linker.year)
    ):
        return found
    if speaker.shaped:
        return linker.named_before(person) or _in_office(person, linker)
    if _full_name_typed(speaker, linker):
        return linker.named_before(person)
    return None


def _in_office(surname: str, linker: Linker) -> Entity | None:
    """The one person of the file bearing a speaker's surname alone ("Bush:") whose note
    dates a term holding the record's year, as "The President" is told by the years: George
    H. W. Bush in 1989; none where the year is unknown, where no one or several bearers were
    in a post then, or where the file says the surname alone names no one. Never a family
    name a bearer writes first ("Park:" of Park Chung Hee, "Kim:", "Li:"): a clan name
    borne by millions tells no one, however few of its bearers the file dates."""
    authority = linker.authority
    if " " in surname or linker.year is None:
        return None
    bearers = {*authority.people_named(surname), *authority.spelled_named(surname)}
    dated = [
        person
        for person in bearers
        if clauses_of_year(authority.graph, person.iri, linker.year)
        and not surname_refused(authority.graph, person.iri)
    ]
    clan = authority.family_named(surname)
    return dated[0] if len(dated) == 1 and dated[0] not in clan else None


def _full_name_typed(speaker: Speaker, linker: Linker) -> bool:
    """Whether a speaker's label is a given name and a surname typed in capitals, the given
    name one the authority file's people's names begin with and the surname one they end
    with ("ANATOLY TESTRYNIN"; never "GEORGE TOWN")."""
    words = personal_name(speaker.name.value).split()
    return (
        speaker.capitals
        and 2 <= len(words) <= _NAME_WORDS
        and personal_name(speaker.name.value) == speaker.name.value
        and bool(linker.authority.family_named(words[0]))
        and bool(linker.authority.people_named(words[-1]))
    )


def _interviewing(record: Record, title: Title, linker: Linker) -> list[Link]:
    """An interview's interviewer plays the same roles however the catalogue names him: the
    title's "Interview with X by Y" (whom the title makes the creator) also took part, and
    the citation's "Interview conducted by Y" also made the record (never the interviewee of
    "Interview of X with Radio Testburg", whom neither names so)."""
    titled = [name for name in title.authors if agent_kind(name.value) != "org"]
    return [
        ((ADO.participant,), linker.resolve(name, "person", kinds=AGENT_KINDS)) for name in titled
    ] + [
        ((DCTERMS.creator, ADO.participant), linker.resolve(name, "person", kinds=AGENT_KINDS))
        for name in _interviewers(record)
    ]


def _interviewers(record: Record) -> tuple[Located[str], ...]:
    """Who the citation says conducted the interview ("Interview conducted by Oleg Testov")."""
    if record.citation is None:
        return ()
    text = record.citation.text
    return tuple(Located(name, text.line) for name in interviewers(text.value))


def _interviewer(
    speaker: Speaker, asking: tuple[Located[str], ...], linker: Linker
) -> Entity | None:
    """The interviewer the citation names in full whose surname or initials a speaker's label
    gives ("Testov:" for "Interview conducted by Oleg Testov"): he took part, under the
    citation's full name, a stub if the file lacks him."""
    label = personal_name(speaker.name.value)
    for name in asking:
        if label.casefold() == name.value.split()[-1].casefold() or same_person(label, name.value):
            return linker.resolve(name, "person", kinds=AGENT_KINDS)
    return None


def _known_ending(name: str, linker: Linker) -> Entity | None:
    """The one person of the authority file whose full name ends a label: the longest
    ending of two words or more, after an office the parser does not know."""
    words = name.split()
    for start in range(1, len(words) - 1):
        people = [e for e in linker.authority.lookup(" ".join(words[start:])) if e.kind == "person"]
        if people:
            return people[0] if len(people) == 1 else None
    return None


def _listed(name: Located[str], linker: Linker) -> Entity | None:
    """A listed participant: the authority file's, else the person the title or text already
    named in another form ("Mr. Testov" or "A.I. Testov" under a title naming "Ambassador Testov":
    one person, not two stubs), else a stub, but never for a surname alone ("Present: Comrades
    Testár, Testes"), as a speaker's label: a stub of a surname would stand for everyone who
    bears it, in every record, and never meet the person's full name. A surname the file's
    person bears by an office ("Prime Minister Tanaka" of its year) is still that person."""
    person = personal_name(name.value)
    known = linker.authority.lookup(name.value) or linker.authority.lookup(person)
    if not known and (before := linker.named_before(person)) is not None:
        return before
    kind = agent_kind(name.value)
    if not known and " " not in person and last_bracket(name.value) is None:  # not "X [Y]"
        trial = replace(linker, warnings=[], stubs={}, people=[])
        found = trial.resolve(name, kind, kinds=AGENT_KINDS)
        if found is not None and any(stub.iri == found.iri for stub in trial.stubs):
            message = f"{name.value!r} is a surname alone the authority file lacks: not linked"
            linker.warn(message, name.line)
            return None
    return linker.resolve(name, kind, kinds=AGENT_KINDS)
