"""The parsed form of one document record: plain dataclasses, no RDF.

Every extracted value is a :class:`Located` value that remembers the 1-based line of the
source file it came from, so a warning, a validation result or a reviewer can point back at
the text. A field the record does not contain is ``None`` or an empty tuple: the parser never
invents a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Precision = Literal["day", "month", "year", "edtf"]
PartyClause = Literal["from", "of", "bare", "to"]
CreditRole = Literal["obtained", "translated", "contributed", "edited"]


@dataclass(frozen=True)
class Located(Generic[T]):
    """A value and the line it was read from (1-based; a value spanning lines keeps the first)."""

    value: T
    line: int


@dataclass(frozen=True)
class ParseWarning:
    """Something surprising in a record: reported with its place, never fatal."""

    message: str
    line: int = 0


@dataclass(frozen=True)
class RecordDate:
    """The record's date line, as written and, where it can be read, as an ISO 8601 value.

    ``iso`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` according to ``precision``; an
    undated record with a bracketed guess (``undated [1955]``) keeps the guess with
    ``inferred=True``; ``Date unknown`` has no ``iso`` at all.
    """

    text: str
    line: int
    iso: str | None = None
    precision: Precision | None = None
    inferred: bool = False


@dataclass(frozen=True)
class Title:
    """The bold title and what its wording tells (document type, parties, numbers...).

    ``doc_type``, ``classification`` and ``priority`` are keys of the concept schemes in
    ``ontology/concepts.ttl`` (for example ``"ciphered-telegram"``, ``"top-secret"``,
    ``"urgent"``); the ``*_text`` fields keep the wording as written. ``clause`` tells how
    the title introduced its senders and recipients ("from X to Y", "of X to Y", or a bare
    "X to Y" after a comma); ``intermediaries`` are the agents a message went "via";
    ``authors`` made the document ("Speech by X", "Diary of X") and ``participants`` took part
    in what it records ("Record of Conversation between X and Y"); ``origins`` and
    ``destinations`` the places the wording can only mean as places (a
    mission's "in X", a bracketed place after a building).
    """

    text: Located[str]
    doc_type: Located[str] | None = None
    senders: tuple[Located[str], ...] = ()
    recipients: tuple[Located[str], ...] = ()
    recipients_if_known: tuple[Located[str], ...] = ()
    """Whom "for" names after the addressee in a wording that may name a thing, a day or a
    place ("to Testov for Testin", "for Weapons"): addressees only where the authority file
    knows an agent by it."""
    intermediaries: tuple[Located[str], ...] = ()
    authors: tuple[Located[str], ...] = ()
    participants: tuple[Located[str], ...] = ()
    participants_if_known: tuple[Located[str], ...] = ()
    """Who a discussion was with, after its topic ("Discusses the War with X"), whose wording
    may name a place: participants only where the authority file knows an agent by it."""
    authors_if_known: tuple[Located[str], ...] = ()
    """Who a name of a person's shape alone before the type may be ("Testo Testov Report"),
    which an event's name shares ("Long Testmarch Report"): authors only where the authority
    file knows an agent by it."""
    clause: PartyClause | None = None
    origins: tuple[Located[str], ...] = ()
    destinations: tuple[Located[str], ...] = ()
    registry_numbers: tuple[Located[str], ...] = ()
    classification: Located[str] | None = None
    classification_text: Located[str] | None = None
    more_classifications: tuple[Located[str], ...] = ()
    """Markings after the first ("..., Top Secret, Special File"): keys as ``classification``."""
    priority: Located[str] | None = None
    subject: Located[str] | None = None
    date_text: Located[str] | None = None
    agreement_if_place: Located[str] | None = None
    """The one name a protocol is called by ("the Testburg Protocol"): an agreement signed
    there where the authority file knows a place by it, else (a surname, a common noun) the
    minutes that ``doc_type`` says."""


@dataclass(frozen=True)
class Credit:
    """One act named in a credit sentence: who obtained, translated, contributed or edited it.

    ``project`` is the programme it was done for (``NKIDP``, ``CWIHP``); ``source_language``
    the language named in ``Translated from German ...``.
    """

    role: CreditRole
    agent: Located[str]
    project: Located[str] | None = None
    source_language: Located[str] | None = None


@dataclass(frozen=True)
class Citation:
    """The citation paragraph, verbatim and parsed into its parts."""

    text: Located[str]
    title: Located[str] | None = None
    date_text: Located[str] | None = None
    archive: Located[str] | None = None
    repositories: tuple[Located[str], ...] = ()
    shelfmarks: tuple[Located[str], ...] = ()
    publications: tuple[Located[str], ...] = ()
    credit_text: Located[str] | None = None
    credits: tuple[Credit, ...] = ()
    funders: tuple[Located[str], ...] = ()


@dataclass(frozen=True)
class Language:
    """A language named by the record, with its codes from a maintained registry.

    ``iso639_2`` is the bibliographic ISO 639-2 code used by id.loc.gov (``rum``), None for
    a language ISO 639-2 lacks (Serbo-Croatian, ``hbs`` in ISO 639-3 only); ``bcp47`` the
    shortest BCP 47 tag (``ro``).
    """

    name: Located[str]
    iso639_2: str | None
    bcp47: str


@dataclass(frozen=True)
class Record:
    """One archival document record, as read from one file of the collection."""

    source: str
    id: Located[str]
    url: Located[str] | None = None
    date: RecordDate | None = None
    title: Title | None = None
    citation: Citation | None = None
    summary: Located[str] | None = None
    languages: tuple[Language, ...] = ()
    content_kinds: tuple[Located[str], ...] = ()  # concept keys, e.g. "translation-english"
    body: Located[str] | None = None
    funders: tuple[Located[str], ...] = ()
    signature_text: Located[str] | None = None
    signatories: tuple[Located[str], ...] = ()
    signed_if_known: bool = False  # the signatories sign only if the file or record names them
    date_as_written: Located[str] | None = None
    reply_to: tuple[Located[str], ...] = ()
    body_classifications: tuple[Located[str], ...] = ()  # concept keys, e.g. "top-secret"
    body_priority: Located[str] | None = None  # a concept key, e.g. "immediate"
    body_registry_numbers: tuple[Located[str], ...] = ()
    written_at: Located[str] | None = None
    """The place a closing or heading date line names: "Pyongyang" of "Pyongyang, 6 July 1975";
    else the city a cable's routing sends it from ("FM AMEMBASSY SEOUL")."""
    header_senders: tuple[Located[str], ...] = ()
    """Who a memorandum's header says it is from ("FROM: Henry A. Kissinger")."""
    header_recipients: tuple[Located[str], ...] = ()
    """Whom the header says it is to ("MEMORANDUM FOR: THE PRESIDENT", "TO: The Secretary")."""
    header_participants: tuple[Located[str], ...] = ()
    """Who the header says took part ("PARTICIPANTS: President Kennedy, ...")."""
    header_place: Located[str] | None = None
    """Where the header says it was held, as written ("PLACE: The White House, Washington")."""
    header_destination: Located[str] | None = None
    """The city a cable's routing sends it to ("TO SECSTATE WASHDC" is Washington)."""
    header_author: Located[str] | None = None
    """The body whose letterhead opens the text when the title names no party ("Ministry for
    State Security" / "Berlin, 12 September 1980")."""
    warnings: tuple[ParseWarning, ...] = field(default=(), compare=False)
