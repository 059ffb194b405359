"""Assemble a :class:`Record` from the parts the other modules read.

The contract the build relies on: for any input, ``parse_record`` returns a Record (with
warnings for what surprised it) or raises :class:`RecordError` naming the file and line.
"""

from __future__ import annotations

import pathlib
import re

from ..errors import RecordError
from ..record import Citation, Language, Located, ParseWarning, Record, RecordDate, Title
from .body import Body, parse_contents
from .citations import parse_citation
from .dates import read_date_line
from .funders import funder_names
from .inside_address import addressed_city
from .languages import kind_languages, parse_languages
from .sections import Layout, Section, split_layout
from .spoken_records import records_speech
from .text import Joined, decode
from .title_dates import with_title_date
from .title_reading import NO_TYPE
from .title_speakers import spoken_heading, untyped_talk
from .titles import parse_title, starts_with_doc_type
from .vocabulary import TELEGRAPHIC_TYPES

_URL_LINE = re.compile(r"^<?(?P<url>(?i:https?)://[^\s<>]+)>?$")
_URL_IN_LINE = re.compile(r"<(?P<url>(?i:https?)://[^\s<>]+)>")
_DOCUMENT_ID = re.compile(r"/document/(?P<id>[^\W_][\w.~%-]*)/?(?:[?#]|$)")
_URL_ENDING = re.compile(r"\s(?P<url>(?i:https?)://[^\s<>]+/document/[^\s<>]+?)\.?$")
"""A document's address ending the citation's text, as the archive's pages now print it
("... Translated by X. https://.../document/117000"): the record's URL, not a credit's words.
Another address there (a library's catalogue) stays in the citation."""
_UNREADABLE_DATE = re.compile(r"^(?=.{1,40}$)(?=.*(?:\d|(?i:date|undated|unknown)))")
_DATE_WORDS = 6


def parse_record(text: str | bytes, source: str, *, default_id: str | None = None) -> Record:
    """Parse one record's text; ``source`` names the file in warnings and errors."""
    try:
        return _parse(text, source, default_id)
    except RecordError:
        raise
    except Exception as exc:  # the promise: one odd file never stops a build with a crash
        message = f"internal parser error ({type(exc).__name__}: {exc})"
        raise RecordError(message, source, 0) from exc


def read_record(path: pathlib.Path, root: pathlib.Path) -> Record:
    """Read and parse a record file; its id defaults to the file name without extension."""
    try:
        source = path.relative_to(root).as_posix()
    except ValueError:
        source = path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RecordError(f"cannot read the file ({exc.strerror or exc})", source, 0) from None
    return parse_record(data, source, default_id=path.stem)


def _parse(data: str | bytes, source: str, default_id: str | None) -> Record:
    """Decode, split, read each part, and put the record together."""
    text = decode(data, source)
    warnings: list[ParseWarning] = []
    layout = split_layout(text, warnings)
    if not layout.bold and not layout.sections:
        line = next(i for i, raw in enumerate(text.split("\n"), 1) if raw.strip())
        raise RecordError("no record structure (no bold title, no known section)", source, line)
    date, title = _head(layout, warnings)
    citation, url = _citation(layout.sections.get("citation"), warnings)
    if date is None and citation is not None and citation.date_text is not None:
        date = read_date_line(citation.date_text.value, citation.date_text.line)  # no date line
    date = with_title_date(date, title, warnings)
    authors = tuple(n.value for n in (*title.senders, *title.authors)) if title else ()
    addressees = tuple(n.value for n in title.recipients) if title else ()
    partakers = tuple(n.value for n in title.participants) if title else ()
    cabled = title is not None and _telegraphic(title.doc_type)
    spoken = title is not None and records_speech(title)
    treaty = title is not None and title.doc_type is not None and title.doc_type.value == "treaty"
    body = _contents(
        layout.sections.get("contents"),
        warnings,
        (authors, addressees, partakers),
        (cabled, spoken, treaty),
    )
    language = layout.sections.get("language")
    return Record(
        source=source,
        id=_record_id(url, default_id, source, warnings),
        url=url,
        date=date,
        title=addressed_city(title, body.text) if title is not None else None,
        citation=citation,
        summary=_summary(layout.sections.get("summary")),
        languages=parse_languages(_content_lines(language), warnings)
        if language
        else _kind_languages(layout.sections.get("contents"), body, warnings),
        content_kinds=body.content_kinds,
        body=body.text,
        funders=_funders(layout, citation),
        signature_text=body.signature.text,
        signatories=body.signature.signatories,
        signed_if_known=body.signature.if_known,
        date_as_written=body.date_as_written,
        reply_to=body.reply_to,
        body_classifications=body.classifications,
        body_priority=body.priority,
        body_registry_numbers=body.registry_numbers,
        written_at=body.written_at,
        header_senders=body.header_from,
        header_recipients=body.header_to,
        header_participants=body.header_participants,
        header_place=body.header_place,
        header_destination=body.header_destination,
        header_author=body.header_author,
        warnings=tuple(warnings),
    )


def _head(layout: Layout, warnings: list[ParseWarning]) -> tuple[RecordDate | None, Title | None]:
    """The date line (the first bold line, when it reads as a date) and the title."""
    bold = layout.bold
    if not bold:
        return None, None
    line, first = bold[0]
    date = read_date_line(first, line)
    if date is None and len(bold) > 1 and _looks_like_date(first):
        warnings.append(ParseWarning(f"cannot read the date line {first!r}", line))
        date = RecordDate(first, line)
    title_lines = bold[1:] if date is not None else bold
    if not title_lines:
        return date, None
    joined = Joined.of(title_lines)
    text = joined.text.rstrip(" ,")  # a wrapped title's lines end with commas
    if not text:
        return date, None
    heading = Joined(text, joined.starts, joined.lines)
    read: list[ParseWarning] = []
    title = untyped_talk(spoken_heading(parse_title(heading, read), heading), heading)
    typed = title.doc_type is not None  # "A and B, Testburg, 10 April 1967" has its type
    warnings += [w for w in read if not (typed and w.message == NO_TYPE)]
    return date, title


def _looks_like_date(text: str) -> bool:
    """A short line with a digit or a date word, not opening with a document type."""
    return (
        _UNREADABLE_DATE.match(text) is not None
        and len(text.split()) <= _DATE_WORDS
        and not starts_with_doc_type(text)
    )


def _citation(
    section: Section | None, warnings: list[ParseWarning]
) -> tuple[Citation | None, Located[str] | None]:
    """The citation paragraph and the URL line that follows it."""
    if section is None:
        return None, None
    url: Located[str] | None = None
    lines: list[tuple[int, str]] = []
    for line, raw in section.lines:
        text = raw.strip()
        found = _URL_LINE.match(text) or _URL_IN_LINE.search(text) or _URL_ENDING.search(text)
        if found is not None:
            url = url or Located(found["url"], line)
            text = (text[: found.start()] + text[found.end() :]).strip()
        if text:
            lines.append((line, text))
    if not lines:
        return None, url
    return parse_citation(Joined.of(lines), warnings), url


def _contents(
    section: Section | None,
    warnings: list[ParseWarning],
    parties: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    kinds: tuple[bool, bool, bool],
) -> Body:
    """The Contents section read, or an empty Body when the record has none; ``parties`` are
    the title's senders and authors, then its recipients, then its participants; ``kinds``
    whether the title says it is a telegram, whether it records speech, whether it is a
    treaty."""
    if section is None:
        return Body()
    (authors, recipients, partakers), (cabled, spoken, treaty) = parties, kinds
    return parse_contents(
        section.lines,
        warnings,
        authors,
        cabled,
        recipients=recipients,
        partakers=partakers,
        spoken=spoken,
        treaty=treaty,
    )


def _telegraphic(doc_type: Located[str] | None) -> bool:
    """Whether the title's type is a telegram's, which a name alone may sign."""
    return doc_type is not None and doc_type.value in TELEGRAPHIC_TYPES


def _kind_languages(
    section: Section | None, body: Body, warnings: list[ParseWarning]
) -> tuple[Language, ...]:
    """The original's language a content kind names ("Transcript - Arabic"), if any."""
    return () if section is None else kind_languages(section.lines, body.content_kinds, warnings)


def _summary(section: Section | None) -> Located[str] | None:
    """The summary: its paragraphs (lines kept as in the file) joined by one blank line."""
    lines = _content_lines(section) if section else []
    if not lines:
        return None
    parts: list[str] = []
    previous = lines[0][0]
    for line, text in lines:
        parts.append(("\n\n" if line > previous + 1 else "\n") + text if parts else text)
        previous = line
    return Located("".join(parts), lines[0][0])


def _content_lines(section: Section) -> list[tuple[int, str]]:
    """The non-blank lines of a section, stripped."""
    return [(line, text.strip()) for line, text in section.lines if text.strip()]


def _funders(layout: Layout, citation: Citation | None) -> tuple[Located[str], ...]:
    """Each funder the funder lines and the citation's credit sentences name, once."""
    funders = [f for line, names in layout.funders for f in funder_names(names, line)]
    funders += citation.funders if citation is not None else ()
    first: dict[str, Located[str]] = {}
    for funder in funders:
        first.setdefault(funder.value, funder)
    return tuple(first.values())


def _record_id(
    url: Located[str] | None, default_id: str | None, source: str, warnings: list[ParseWarning]
) -> Located[str]:
    """The id from the URL's ``/document/<id>``, else the file name; never invented."""
    if url is not None:
        match = _DOCUMENT_ID.search(url.value)
        if match is not None:
            if default_id is not None and match["id"] != default_id:
                message = f"URL id {match['id']!r} disagrees with the file name {default_id!r}"
                warnings.append(ParseWarning(message, url.line))
            return Located(match["id"], url.line)
        warnings.append(ParseWarning("the URL has no /document/<id> part", url.line))
    if default_id:
        return Located(default_id, 0)
    raise RecordError("no id: the record has no document URL and no file name", source, 0)
