"""The Contents section: content-kind lines, the body, and what the body's frame tells.

A body's header lines (classification, registry number), its closing lines (signature, date
as written) and its references to earlier messages ("your telegram no. 12.390") are read;
everything else is the text itself and is kept untouched. Only the first and last lines of a
body are looked at for the frame, so a word in the middle of the text is never mistaken for a
signature or a classification.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Located, ParseWarning
from .bodies import unplaced_mission
from .body_numbers import registry_numbers, replies
from .cable_routing import precedence, routing_places
from .closing_dates import closing_date, date_then_place
from .closing_formula import done_at
from .content_kinds import content_kinds
from .dates import PLACE_AND_DATE
from .end_matter import (
    COPY_LINE,
    EDITORIAL_NOTE,
    TAIL_LINES,
    attached_document,
    before_attachments,
    without_notes,
)
from .held_at import held_at
from .letterheads import Letterhead, letterhead
from .local_dates import MONTH_AND_YEAR, ON_THE_DAY
from .markings import classifications, priority
from .memo_header import (
    HEADER_FROM,
    before_text,
    head_date,
    head_written_at,
    header_addressees,
    header_names,
    header_place,
)
from .office_tail import office_routine, without_office_routine
from .participant_lists import participants
from .place_lines import opening_place
from .signature_initials import by_initials
from .signatures import find_signature
from .signer_lines import BY_HAND, Signature, is_name, is_rank, signing_name
from .surname_first import surname_first
from .text import Joined

_PLACE_LENGTH = 30
_HEAD_LINES = 12
_LONG_HEAD = 40
"""The lines a memorandum's header may run to, its participants listed one a line."""
_CLOSING = 3 * TAIL_LINES
"""The lines a signature is read from: the last eight, and above them the blocks of a joint
signature ("On behalf of ..." / "T. Zhivkov" five times over)."""
_DATE_LINES = 3
_SENTENCE_WORDS = 3
_DATE_LENGTH = 40


@dataclass(frozen=True)
class Body:
    """The Contents section read: kinds, body text and the facts of its frame."""

    content_kinds: tuple[Located[str], ...] = ()
    text: Located[str] | None = None
    signature: Signature = field(default_factory=Signature)
    date_as_written: Located[str] | None = None
    written_at: Located[str] | None = None
    reply_to: tuple[Located[str], ...] = ()
    classifications: tuple[Located[str], ...] = ()
    priority: Located[str] | None = None
    registry_numbers: tuple[Located[str], ...] = ()
    header_from: tuple[Located[str], ...] = ()
    header_to: tuple[Located[str], ...] = ()
    header_participants: tuple[Located[str], ...] = ()
    header_place: Located[str] | None = None
    header_destination: Located[str] | None = None
    header_author: Located[str] | None = None


def parse_contents(
    numbered: list[tuple[int, str]],
    warnings: list[ParseWarning],
    authors: tuple[str, ...] = (),
    cabled: bool = False,
    *,
    recipients: tuple[str, ...] = (),
    partakers: tuple[str, ...] = (),
    spoken: bool = False,
    treaty: bool = False,
) -> Body:
    """Read the kind lines that open the section, then the body and its frame; ``authors``
    are the names of who the title says sent or wrote it (whose name alone may sign, whose
    letterhead may give the place), ``cabled`` whether the title says it is a telegram
    (signed by a name alone), ``recipients`` whom it says it went to, ``partakers`` who it
    says took part (whose initials sign as them: "P. F. de Z."), ``spoken`` whether it says
    it records speech (whose "Present were ..." names participants, and whose first sentence
    may say where its talks were held: a report's tells of talks it did not record),
    ``treaty`` whether its type is a treaty's (whose closing formula "Done in X" says where
    it was signed)."""
    kinds, index = content_kinds(numbered, warnings)
    lines = _trim(numbered[index:])
    if not lines:
        return Body(kinds)
    joined = Joined.of(lines, "\n")
    frame = [(line, text.strip()) for line, text in lines if text.strip()]
    edges = frame[:_HEAD_LINES] + frame[max(_HEAD_LINES, len(frame) - TAIL_LINES) :]
    answered = replies(joined)
    signature = _signature(frame, authors, cabled, drafter=False)
    if not signature.signatories and signature.text is None and _nothing_signs_above(frame):
        signature = _signature(frame, authors, cabled, drafter=True)
    taking_part = participants(frame, _HEAD_LINES, spoken=spoken)
    listed = (*(p.value for p in taking_part), *partakers, *authors)
    signature = surname_first(by_initials(signature, listed))
    head = before_text(frame[:_HEAD_LINES])  # no quoted or attached document's lines
    own = before_attachments(frame)  # the record's own lines, above any attachment
    origin, destination = routing_places(head, cabled=cabled)
    anonymous = not authors and not recipients and not cabled
    heading = letterhead(
        head, authors, recipients, (*authors, *_offices(frame)), anonymous=anonymous
    )
    return Body(
        content_kinds=kinds,
        text=Located(joined.text, lines[0][0]),
        signature=signature,
        date_as_written=_date_as_written(frame) or signature.date or head_date(head),
        written_at=_written_at(without_notes(own))
        or done_at(without_notes(own), treaty=treaty)
        or head_written_at(own[:_HEAD_LINES])  # a short record's head reaches its attachment
        or opening_place(own[:_HEAD_LINES])  # "Beijing, Great Hall of the People"
        or (heading.place if heading is not None else None)
        or origin,
        reply_to=answered,
        classifications=classifications(edges),
        priority=priority(head) or precedence(head),
        registry_numbers=registry_numbers(without_notes(frame)[:_HEAD_LINES]),  # no footnote's
        header_from=header_names(head, HEADER_FROM),
        header_to=header_addressees(head),
        header_participants=taking_part,
        header_place=header_place(before_text(frame[:_LONG_HEAD]))
        or (held_at(frame[:_LONG_HEAD]) if spoken else None),
        header_destination=destination,
        header_author=_author(heading, anonymous),
    )


def _offices(frame: list[tuple[int, str]]) -> tuple[str, ...]:
    """The offices the signature block under the last sentence gives its signers ("CHAIRMAN OF
    THE COMMITTEE FOR STATE SECURITY", "President of the Testian Party"), by which a letterhead
    is the signer's own; never a line of the head ("Prime Minister's House") nor an address's
    line at the foot ("President of Testia,")."""
    texts = [text for _, text in frame]
    # the last sentence, found from the end: testing every line of a long text cost a sixth
    # of the parse
    last = next((i for i in reversed(range(len(texts))) if _running_text(texts[i])), None)
    if last is None:
        return ()
    block = texts[last + 1 :][:TAIL_LINES]
    return tuple(text.strip(" .") for text in block if not text.endswith(",") and is_rank(text))


def _author(heading: Letterhead | None, anonymous: bool) -> Located[str] | None:
    """The body whose letterhead opens the text, its author when the title names no party
    ("Ministry for State Security" / "Berlin, 12 September 1980" over an "Information"); a
    mission's is the mission in the city under it ("Embassy of Testia" / "Testburg")."""
    if heading is None or not anonymous or not heading.author:
        return None
    name = heading.name
    if unplaced_mission(name.value):
        return Located(f"{name.value} in {heading.place.value}", name.line)
    return name


def _signature(
    frame: list[tuple[int, str]], authors: tuple[str, ...], cabled: bool, *, drafter: bool
) -> Signature:
    """The signature in the closing lines above any attachment, else above the notes only
    ("Attachment: 3 pages." above the signature), never an attached document's (a mark with
    no name above it signs for no one); a named drafter's line ("Drafted by: Winston Lord") is
    kept to sign only when ``drafter`` is set."""
    above = before_attachments(frame)
    text = without_notes(above, drafter)
    signature = find_signature(without_office_routine(text)[-_CLOSING:], authors, cabled)
    if not signature.signatories and not attached_document(frame, above):
        text = without_notes(frame, drafter)
        kept = without_office_routine(text)
        signature = find_signature(kept[-_CLOSING:], authors, cabled)
    return signature


def _nothing_signs_above(frame: list[tuple[int, str]]) -> bool:
    """Whether the text ends above the notes without a name that may sign it, so that a named
    drafter signs: "Henry A. Kissinger / Drafted by: Winston Lord" is Kissinger's memorandum,
    though his name alone is no signature the closing block can confirm, so no one signs."""
    kept = without_notes(frame)
    return not kept or not is_name(kept[-1][1])


def _trim(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines from the first non-blank to the last, blank (or non-breaking-space) lines emptied."""
    lines = [(line, text if text.strip() else "") for line, text in numbered]
    while lines and not lines[-1][1]:
        lines.pop()
    start = next((i for i, (_, text) in enumerate(lines) if text), len(lines))
    return lines[start:]


def _closing_lines(frame: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The last lines that may hold a closing date: those after the last line of running
    text, for a date followed by text is an entry's or a section's heading ("March 11, 1985"
    / "Gorbachev was elected." in a diary), not the date the document closes with."""
    last = frame[-_DATE_LINES:]
    for index in range(len(last) - 1, -1, -1):
        if _running_text(last[index][1]):
            return last[index + 1 :]
    return last


def _running_text(text: str) -> bool:
    """A sentence of the text, not a line of the closing block: three words or more ending
    as a sentence does, no label, note or office routine ("Signed: N. Popa.", "Copy No. 3."),
    and no signature or rank whose abbreviation ends in a stop ("József Kovács s.k.",
    "chargé d'affaires a.i.", "A. M. Puzanov.", "Ambassador of the USSR in the DPRK.")."""
    words = text.split()
    if BY_HAND.search(text) is not None:
        return False
    bare = text.removesuffix(".")
    return (
        len(words) >= _SENTENCE_WORDS
        and text[-1] in ".!?"
        and ":" not in words[0]
        and text[0] not in "[(/"
        and EDITORIAL_NOTE.match(text) is None
        and COPY_LINE.match(text) is None
        and not office_routine(text)
        and _date_of(text) is None  # "Budapest, 1956. november 1."
        and not (is_rank(bare) or signing_name(bare))
    )


def _written_at(frame: list[tuple[int, str]]) -> Located[str] | None:
    """The place a closing date line names before the date or after it: "Pyongyang, 6 July
    1975", "6 July 1975, Pyongyang"."""
    for line, text in reversed(_closing_lines(frame)):
        if (written := date_then_place(text)) is not None:
            return Located(written[1], line)  # "18 April 1975, Testburg"
        dated = PLACE_AND_DATE.match(text) if len(text) <= _DATE_LENGTH + _PLACE_LENGTH else None
        date = dated["date"] if dated else ""
        if (
            dated
            and len(date) <= _DATE_LENGTH
            and (closing_date(date) or MONTH_AND_YEAR.match(date))
        ):
            return Located(text[: text.index(",")].strip(), line)  # "Sofia, 1976" too
    return None


def _date_as_written(frame: list[tuple[int, str]]) -> Located[str] | None:
    """A date standing alone on one of the last lines (``29.IV/7``), exactly as written, or
    after the place it was written in (``Moscow, 12 March 1958``: the date)."""
    for line, text in reversed(_closing_lines(frame)):
        if (date := _date_of(text)) is not None:
            return Located(date, line)
    return None


def _date_of(text: str) -> str | None:
    """The date a closing line writes, alone, after its place or before it."""
    if len(text) > _DATE_LENGTH + _PLACE_LENGTH:
        return None
    dated = PLACE_AND_DATE.match(text)
    date = text if dated is None else dated["date"]
    if (written := date_then_place(text)) is not None:
        date = written[0]  # "18 April 1975, Testburg"
    if len(date) > _DATE_LENGTH or not closing_date(date):
        return None
    return ON_THE_DAY.sub("", date)  # "den 26. November 1980": the date less "den"
