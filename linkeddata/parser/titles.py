"""The bold title, and what its wording tells: type, parties, numbers, classification, date.

Titles are devised by cataloguers in a few patterns ("Telegram from X to Y, No. N, TOP
SECRET, date"; "Type, X to Y"; "Letter from X, 'Subject'"). The title is cut into
comma-separated segments (a "May 1, 1967" date stays whole); each segment is recognised as a
registry number, classification, priority or date by its whole wording, so a word such as
"Secret" inside a phrase is never taken for a classification.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..record import Located, ParseWarning, Title
from .addressed_to import addressed_parties
from .agencies import author_first
from .clauses import BRACKET_NOTE
from .diarists import diarists, keeper_colon, keepers_talk
from .discussion_partners import Partners, discussion_partners
from .doctypes import read_doc_type
from .meetings import discussion_minutes
from .number_markings import marked_number
from .parties import Parties, parse_parties
from .places import placed_parties
from .protocols import named_protocol_place
from .resolution_numbers import resolution_number
from .series_issuers import with_issuer
from .side_names import CLAUSE_WORDS, names_in
from .spokesmen import spoken_for
from .station_pairs import with_second_pair
from .text import Joined
from .title_agents import TitleAgents, title_agents
from .title_descriptors import capitalised_descriptions
from .title_numbers import (
    BARE_NUMBER,
    CABLE_NUMBER,
    CODED_FIGURE,
    DOCUMENT_SYMBOL,
    NUMBER_AT_END,
    NUMBER_IN_TYPE,
    NUMBER_THEN_CLAUSE,
    NUMBER_THEN_FROM,
    OF_AUTHOR,
    ONE_NUMBER,
    REGISTRY,
    dotted_date,
    number_of,
    own_protocol_item,
    series_numbers,
    without_protocols_number,
)
from .title_parties import free_segment, start_party
from .title_periods import without_periods
from .title_reading import LISTING_TYPES, NO_TYPE, Reading
from .title_signers import signed_inside, signing_before_to, title_signers
from .title_tags import (
    bracketed_marks,
    compound_marking,
    handling_caveat,
    is_date,
    marking_before_type,
    quoted_subject,
    segments,
    subject_start,
)
from .title_topics import topic_masked
from .vocabulary import (
    MESSAGE_TYPES,
    PRIORITIES,
    TELEGRAPHIC_TYPES,
    classification_of,
    is_grade,
)
from .vocabulary import wording_key as _key

_RECORD_TYPES = frozenset({"record-of-conversation", "minutes", "note", "transcript", "excerpt"})
_UNSENT_FROM = frozenset({"excerpt", "memoir"})  # "from X" names its source, never a sender
_REPLY = re.compile(r"(?i:repl|respon|answer)")
_LATER_TYPES = frozenset({"memoir", "interview", "biography"})
_KEPT_TYPES = frozenset({"diary", "memoir"})  # whose keeper the head names: "Diary of X, ..."
"""Types written after, or away from, the post their author's office names: "Memoirs of
Soviet Ambassador to India X" were not written in India."""
_AUDIENCE_TYPES = frozenset({"speech", "remarks", "interview", "article", "leaflet", "diary"})
"""Types whose "to X" names an audience or a readership, not an addressee: "Speech to the
Congress"."""
_UNADDRESSED_TYPES = _AUDIENCE_TYPES | {"treaty"}
"""Types that have no addressee: a treaty's "to X" names the treaty a protocol is added to
("Additional Protocol to the Treaty between X and Y")."""
_TOPIC_AFTER = re.compile(rf"(?<!\s)\s+(?i:{CLAUSE_WORDS})\s")
_BY_AFTER_TO = re.compile(r"(?<!\s)\s+(?i:by)\s+(?!.*\s(?i:from)\s)")
"""The author after the addressee, when no "from" follows: "Report to the CC CPSU by X"."""


_GOES_ON = re.compile(r"\s*(?i:to|from|via)\s")
"""What carries the parties on past a quoted subject: "from X, 'Subject', to Y"."""


def starts_with_doc_type(text: str) -> bool:
    """Whether a line names a document type ("Report, 1955" is a title, not a date)."""
    return read_doc_type(text) is not None


def parse_title(joined: Joined, warnings: list[ParseWarning]) -> Title:
    """Read a title (its bold lines joined with spaces) into its parts."""
    written = joined.text
    line = joined.line_at(0)
    if written.count("[") != written.count("]") or written.count("(") != written.count(")"):
        warnings.append(ParseWarning("unbalanced bracket in the title", line))
    joined = capitalised_descriptions(without_periods(joined))  # no agent; "Soviet leader X"
    joined = keeper_colon(joined)  # "From the Journal of X: Record of ..."
    text = joined.text
    found = read_doc_type(text)
    joined, resolved = resolution_number(joined, found)  # "of the General Assembly 46/1"
    joined, marks = bracketed_marks(joined)
    if found is not None and found[0] == "record-of-conversation":
        found = discussion_minutes(text, found)
    doc_type = None
    start = 0
    if found is None:
        warnings.append(ParseWarning(NO_TYPE, line))
    else:
        doc_type = Located(found[0], joined.line_at(found[1]))
        start = found[2]
    subject, masked = quoted_subject(joined, start)
    quoted_at = subject_start(joined, masked)
    masked = topic_masked(masked, start, found[2] if found is not None else None)
    masked, kept_by = signing_before_to(masked, start)  # "from X, Signed by Y, to Z"
    if (item := own_protocol_item(text, found)) is not None:  # "Protocol No. 71, Item 191"
        numbers = [Located(text[item.start("n") : item.end("item")], joined.line_at(item.start()))]
    elif found is not None and (number := NUMBER_IN_TYPE.search(text, found[1], found[2])):
        numbers = [Located(number["n"], joined.line_at(number.start("n")))]
    else:
        numbers = list(resolved)
    reading = Reading(
        numbers=numbers,
        rest_start=start,
        reply=_REPLY.match(text, found[1]) is not None if found else False,
        records=found is not None and found[0] in _RECORD_TYPES,
        addressed=found is not None and found[0] not in _UNADDRESSED_TYPES,
        listing=found is not None and found[0] in LISTING_TYPES,
        excerpt=found is not None and found[0] in _UNSENT_FROM,
        stations=found is not None and found[0] in TELEGRAPHIC_TYPES,
    )
    message = doc_type is not None and doc_type.value in MESSAGE_TYPES
    keepers: tuple[Located[str], ...] = ()
    for seg_start, seg_end in segments(masked.text, start):
        if found is not None and found[0] not in _KEPT_TYPES:
            keepers += diarists(masked, seg_start, seg_end)  # "..., from the Diary of X"
        kept_by += title_signers(masked, seg_start, seg_end)  # "..., signed by X and Y"
        if (
            quoted_at is not None
            and seg_start > quoted_at
            and not _GOES_ON.match(masked.text, seg_start)
        ):
            reading.party_open = False  # a quoted subject ends the parties: "..., Nodis"
        _read_segment(masked, seg_start, seg_end, reading, found is not None, message)
    if (marking := marking_before_type(joined, found)) is not None:  # "Top Secret Letter"
        reading.classification = reading.classification or marking
    for mark in marks:
        if reading.date_text is None and is_date(mark.value):
            reading.date_text = mark  # "Letter from X to Y (5 April 1956)"
        elif reading.classification is None and (key := classification_of(mark.value)):
            reading.classification = (Located(key, mark.line), mark)
        elif reading.priority is None and (key := PRIORITIES.get(_key(mark.value))):
            reading.priority = Located(key, mark.line)
    parties, by_authors = Parties(), tuple[Located[str], ...]()
    if reading.party is not None:
        start_at, end_at = reading.party
        end_at, signed = signed_inside(masked, start_at, end_at)  # "to X Signed by Y"
        kept_by += signed
        topic = _TOPIC_AFTER.search(joined.text, start_at, end_at)  # "... on the Visit by X"
        by = _BY_AFTER_TO.search(joined.text, start_at, topic.start() if topic else end_at)
        if reading.clause == "to" and by is not None:
            by_authors = names_in(joined, by.end(), end_at)  # "Report to X by Y": Y wrote it
            end_at = by.start()
        parties = (
            None if reading.clause == "to" else addressed_parties(masked, start_at, end_at)
        ) or (parse_parties(masked, start_at, end_at, recipients_first=reading.clause == "to"))
        if reading.stations:
            parties = with_second_pair(masked, parties, start_at, end_at)
    classification, classification_text = reading.classification or (None, None)
    agents = TitleAgents()
    if found is not None:
        head_end = len(text) if reading.head_end is None else reading.head_end
        sent = tuple(s.value for s in parties.senders)
        agents = title_agents(masked, found[0], found[1], found[2], head_end, sent)
    elif (
        reading.party is None and quoted_at and (author_end := author_first(text[: quoted_at + 1]))
    ):
        agents = TitleAgents(names_in(masked, 0, author_end))  # "Zhou Enlai, 'Our Tasks'"
    kept_by += keepers  # "..., from the Diary of X": X wrote the record
    kept = agents.authors if found and found[0] in _KEPT_TYPES else keepers
    if (talked := keepers_talk(masked.text, kept)) or by_authors or kept_by:
        authors = tuple(dict.fromkeys(agents.authors + by_authors + kept_by))  # "Signed by X"
        talked = tuple(dict.fromkeys(talked + agents.participants))  # "Conversation with Y"
        unnamed = () if authors else agents.authors_if_known  # a maker named elsewhere: "by X"
        agents = replace(agents, authors=authors, participants=talked, authors_if_known=unnamed)
    partners = discussion_partners(joined, found[2]) if found is not None else Partners()
    if partners.named:  # "X Discusses the War with Foreign Minister Y"
        talked = tuple(dict.fromkeys(agents.participants + partners.named))
        agents = replace(agents, participants=talked)
    at_post = agents.authors if found is None or found[0] not in _LATER_TYPES else ()
    parties, origins, destinations = placed_parties(joined, parties, at_post, reading.written_at)
    return Title(
        text=Located(written, line),
        doc_type=doc_type,
        senders=parties.senders,
        recipients=parties.recipients,
        recipients_if_known=parties.recipients_if_known,
        intermediaries=parties.intermediaries,
        authors=with_issuer(joined, found, spoken_for(agents.authors)),
        participants=agents.participants,
        participants_if_known=partners.if_known + agents.if_known,
        authors_if_known=agents.authors_if_known,
        clause=reading.clause if parties.senders or parties.recipients else None,
        origins=origins,
        destinations=destinations,
        registry_numbers=series_numbers(
            text, found, without_protocols_number(reading.numbers, item)
        ),
        classification=classification,
        classification_text=classification_text,
        more_classifications=tuple(reading.more_markings),
        priority=reading.priority,
        subject=subject,
        date_text=reading.date_text,
        agreement_if_place=named_protocol_place(joined, found),
    )


def _read_segment(
    joined: Joined, start: int, end: int, reading: Reading, typed: bool, message: bool
) -> None:
    """Recognise one comma-separated segment of the title and note what it is."""
    located = joined.located(start, end)
    if located is None:
        return
    value, line = located.value, located.line
    if (marked := marked_number(value)) and (key := classification_of(marked[1])) is not None:
        value = marked[0]  # "..., No. 37/1963/Top Secret": the number ends before its marking
        reading.classification = reading.classification or (Located(key, line), located)
    if (lead := NUMBER_THEN_FROM.match(value)) is not None:
        reading.numbers.append(Located(lead["n"], line))
        reading.end_head(start)
        start_party(reading, joined.text.index(value, start) + lead.end(), end, "from")
    elif (
        (lead := NUMBER_THEN_CLAUSE.match(value)) is not None
        and not reading.free_seen
        and not dotted_date(number_of(lead))  # "Telegram 12.5.1962 to Moscow"
    ):
        reading.numbers.append(Located(number_of(lead), line))
        rest = joined.text.index(value, start) + lead.end()
        free_segment(joined, rest, end, value[lead.end() :], reading, typed, message)
    elif (
        number := REGISTRY.match(value)
        or BARE_NUMBER.match(value)
        or DOCUMENT_SYMBOL.match(value)
        or (CABLE_NUMBER.match(value) if message else None)
        or (ONE_NUMBER.match(value) if start == reading.rest_start else None)
    ) is not None and not is_date(value):
        reading.numbers.append(Located(number["n"], line))
        reading.end_head(start)
        reading.party_open = False
    elif (both := compound_marking(value)) is not None:  # "SECRET-URGENT"
        reading.classification = reading.classification or (Located(both[0], line), located)
        reading.priority = reading.priority or Located(both[1], line)
        reading.end_head(start)
        reading.party_open = False
    elif (key := classification_of(BRACKET_NOTE.sub("", value))) is not None:
        first = reading.classification[0].value if reading.classification else None
        if first is not None and first != key and not (is_grade(first) and is_grade(key)):
            reading.more_markings.append(Located(key, line))  # "..., Top Secret, Special File"
        reading.classification = reading.classification or (Located(key, line), located)
        reading.end_head(start)
        reading.party_open = False
    elif (key := PRIORITIES.get(_marking(value))) is not None:
        reading.priority = reading.priority or Located(key, line)
        reading.end_head(start)
        reading.party_open = False
    elif handling_caveat(value) or CODED_FIGURE.match(value):  # "..., Nodis", "..., COPY 3"
        reading.end_head(start)
        reading.party_open = False
    elif is_date(value):
        reading.written_at = reading.written_at or reading.after_parties  # "..., Camp David, 1978"
        reading.date_text = reading.date_text or located
        reading.end_head(start)
        reading.party_open = False
    elif (
        (tail := NUMBER_AT_END.search(value)) is not None
        and not reading.free_seen
        and OF_AUTHOR.match(value) is not None  # not "Reply to Telegram No. 123"
    ):
        reading.numbers.append(Located(tail["n"], line))
        cut = joined.text.index(value, start) + tail.start()
        reading.end_head(cut)
        free_segment(joined, start, cut, value[: tail.start()], reading, typed, message)
    else:
        free_segment(joined, start, end, value, reading, typed, message)


def _marking(value: str) -> str:
    """A segment's wording as a marking, less a bracketed note: "SECRET (Synthetic)"."""
    return _key(BRACKET_NOTE.sub("", value))
