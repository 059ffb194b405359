"""What follows the end of a document's text, and is never its signature: attachments and
enclosures with a text of their own, editorial notes (footnotes, a source, a translator's
note), a postscript, copies, an inside address, and a cable's transmission and handling tail.

The Contents section (:mod:`.body`) reads its signature and closing date from the lines above
this end matter, which would otherwise hide them.
"""

from __future__ import annotations

import re

from .header_labels import labelled_marking
from .office_tail import certifies_a_copy, names_the_drafter, office_routine
from .signature_line import MARK
from .signer_lines import is_name, is_prose, is_rank
from .vocabulary import classification_of

EDITORIAL_NOTE = re.compile(
    r"^(?:\[\d{1,3}\]|\d{1,2}[.)]\s|\*|_\S"
    r"|\[(?i:source|note(?!s\s+by\s)|translator|editor|footnote|handwritten|marginal"
    r"|illegible(?!\s+signature\]\s*\S))"
    r"|(?i:enclosures?|attachments?|annex(?:es)?|cc|bcc|distribution|drafted|cleared|approved"
    r"|copy\s+to|copies\s+to)\b"
    r"|(?i:translator['’]?s?\s+notes?|editor['’]?s?\s+notes?|notes?|footnotes?|source)\s*[:.])"
)
"""An editorial note after the document's end: "[1] Refers to ...", "1. Refers to ...",
"[Source: AVPRF ...]", "[Handwritten note: ...]", "Translator's note: ...", "*Translator's note
...*" (in italics)."""
_AFTER_THE_END = re.compile(
    r"^(?:(?i:(?:p\.\s?)?p\.\s?s\.|ps:|postscript)|(?i:b?cc)\s*:"
    r"|(?i:notes|footnotes)\s*:?$|\*\s*(?i:footnote)|\[(?i:source))"
)
"""What follows the end of a document, however long: a postscript ("P.S. Comrade Truong Chinh
will explain further."), copies ("cc: Secretary Rusk" / "Secretary McNamara"), notes under a
heading ("Notes")."""
_COPIES = re.compile(r"^(?i:cop(?:y|ies)(?:\s+to)?)\s*:")
"""A copies line ("Copy: Director General", "Copies: 3"), which follows the document's end
only under a signature: above it ("Copy: Comrade Kim Il Sung" / "Ambassador" / "Dumitru
Popa") or in a telegram's header ("Top Secret" / "Copy: 2") it ends nothing."""
_CABLE_END = re.compile(
    r"^(?:BT|NNNN?|#\s?\d+|GP-\d\.?|X?GDS\b.*|DECONTROL(?:LED)?\b.*|(?:END\s?|UN)QUOTE\.?"
    r"|END\s+(?:OF\s+)?(?:TEXT|MESSAGE)\.?|NIACT|ACTION|INFO)$"
)
"""A cable's transmission and handling tail under its signature: the teletype's end ("BT",
"NNNN", "#1234"), a declassification group ("GP-3", "GDS", "DECONTROL 12/31/75"), the end of a
quotation ("UNQUOTE", "END TEXT"), a precedence ("NIACT")."""
COPY_LINE = re.compile(
    r"^(?i:copy|copies|exemplar|ex\.|экз\.?)\s*(?:(?i:no)\.?|N[º°]\.?|№|#)?\s*\d+\.?$"
)
"""Which copy this is, typed under the signature: "Copy No. 3", "Экз. № 2"."""
_CABLE_END_BEFORE = re.compile(
    r"^(?:GP-\d|(?:END\s?|UN)QUOTE|END\s+(?:OF\s+)?TEXT)[.,]?\s+(?=[A-Z][A-Za-z'’-]+\.?$)"
)
"""The same on the signature's line: "GP-3. McCONAUGHY", "UNQUOTE. RUSK"."""
_INSIDE_ADDRESS = re.compile(
    r"^(?:The\s+(?:Right\s+|Rt\.?\s+)?Hon(?:ou?rable|\.)|(?:His|Her)\s+Excellency|H\.\s?E\."
    r"|Shri|Shrimati|Smt\.|Sri)(?:\s|$)"
)
"""An inside address under a letter's signature: who it went to, never who signed it. It opens
with the honorific a letter gives its addressee and no one signs with: "The Honorable", "The Rt.
Hon.", "His Excellency", and in Indian letters "Shri", "Smt." ("Shri Lal Bahadur Shastri, /
Prime Minister of India, / New Delhi.")."""
TAIL_LINES = 8
"""How many of a body's last lines are read for the line where its end matter begins."""
_ATTACHMENT_HEADING = re.compile(
    r"^(?i:attachments?|enclosures?|annex|appendix|prilo[žz]h?enie|приложение|anlage|beilage"
    r"|za[łl][aą]cznik|p[řr][íi]loha|mell[ée]klet|anex[ao])"
    r"(?:\s+(?:(?i:no|nr|№)\.?\s*)?(?:\d+|[IVX]+))?\s*(?::(?:\s*[A-Z][^\d]*)?)?$"
)
"""The heading of a document attached to the record: "Attachment: Report of ...", "Annex 1",
in the original's language too ("Priloženie", "Приложение № 1", "Anlage 2", "Załącznik")."""


def before_attachments(frame: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines before the first attachment or enclosure that has a text of its own: the
    record is signed above it ("János Péter / Minister / Attachment: Report of the Embassy
    ... / Ferenc Martin / ambassador" is signed by János Péter)."""
    for index, (_, text) in enumerate(frame):
        if index > 0 and len(frame) - index > 2 and _ATTACHMENT_HEADING.match(text):
            return frame[:index]
    return frame


def attached_document(frame: list[tuple[int, str]], kept: list[tuple[int, str]]) -> bool:
    """Whether :func:`before_attachments` cut off a document of its own under a record that
    ends in its own closing with no name, a mark or an office alone ("Secretary of the CC" /
    "[signature]" / "Attachment No. 1" / ... / "N. Testov"): the record is signed by no one
    then, never by the attachment's signer. A heading with text on both sides is not enough,
    as a record may be the attachment under its preface, or name its enclosure above its own
    signature."""
    if len(kept) == len(frame) or not kept:
        return False
    last = kept[-1][1]
    return MARK.match(last) is not None or is_rank(last)


def _under_a_signature(frame: list[tuple[int, str]], index: int) -> bool:
    """Whether the nearest line with text above line ``index`` of ``frame`` is a name or a
    rank, as a signature's last line is ("Michael Testay" / "Ambassador" / "Copies: 3"), and no
    marking ("Top Secret")."""
    above = next((text for _, text in reversed(frame[:index]) if text.strip()), "")
    if classification_of(labelled_marking(above)) is not None:
        return False  # "Top Secret" / "Copy: 2": a telegram's header, over its text
    return is_name(above) or is_rank(above)


def _addressed_office(text: str) -> bool:
    """Whether a line is the office a letter went to, opening its inside address under the
    signature: "The President of the United States of America," (its address follows the
    comma), never the signer's own office, which no article and comma frame."""
    office = text.removeprefix("The ").removesuffix(",")
    return len(office) + 5 == len(text) and is_rank(office)


def _heads_the_text(frame: list[tuple[int, str]], index: int) -> bool:
    """Whether the addressee's line at ``index`` opens a short letter rather than closing it:
    no sentence of the text above it and one below ("In the name of God ..." / "His
    Excellency X, President of ..." / "Peace be upon you," / the text / the signature)."""
    return not any(is_prose(text) for _, text in frame[:index]) and any(
        is_prose(text) for _, text in frame[index + 1 :]
    )


def without_notes(frame: list[tuple[int, str]], drafter: bool = False) -> list[tuple[int, str]]:
    """The body's lines less the editorial notes after its end (footnotes, a source, a
    translator's note) and a cable's handling tail, which would hide the signature above
    them. A named drafter's line is such a note too ("RUSK / Drafted by: Robert Martens" is
    signed by Rusk) unless ``drafter`` keeps it: a memorandum of conversation that no one
    signs is signed by whom drafted it."""
    end = len(frame)
    for index in range(max(1, len(frame) - TAIL_LINES), len(frame)):
        if (
            (_INSIDE_ADDRESS.match(frame[index][1]) and not _heads_the_text(frame, index))
            or _AFTER_THE_END.match(frame[index][1])
            or (_COPIES.match(frame[index][1]) and _under_a_signature(frame, index))
            or certifies_a_copy(frame[index][1])  # "True copy: [signature]" / "(I. Petrov)"
            or (_addressed_office(frame[index][1]) and _under_a_signature(frame, index))
        ):
            end = index  # "Sincerely, / John F. Kennedy / The Honorable / Nikita S. Khrushchev"
            break
    while end > 0 and (
        not frame[end - 1][1]
        or (
            not drafter
            if names_the_drafter(frame[end - 1][1])
            else EDITORIAL_NOTE.match(frame[end - 1][1]) is not None
        )
        or _CABLE_END.match(frame[end - 1][1])
        or COPY_LINE.match(frame[end - 1][1])
        or office_routine(frame[end - 1][1])  # "Executor: V. Petrov" / "Tel. 2-34"
    ):
        end -= 1
    if not end:
        return frame
    kept = frame[:end]
    line, last = kept[-1]
    if (before := _CABLE_END_BEFORE.match(last)) is not None:
        kept[-1] = (line, last[before.end() :])
    return kept
