"""The controlled lists the parser maps wordings to: keys of the concept schemes.

Each table maps a *normalised wording* (see :func:`wording_key`) to a concept key. The
wordings of document types, classifications, priorities and content kinds are the SKOS labels
of ``ontology/concepts.ttl``, read from that file: a new wording seen in the collection is one
label there, and the published concepts show every wording the parser knows.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS
from rdflib.term import Node

from ..iris import Iris
from ..ontology import CONCEPTS_FILE, PACKAGE
from ..record import CreditRole
from ..vocab import SCHEMA

_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015", "-"))


def wording_key(text: str) -> str:
    """Normalise a wording for lookup: case-folded, dashes unified, single spaces, no end mark."""
    text = text.strip().rstrip(".!:;")
    if not text.isascii():
        text = text.translate(_DASHES)
    if "-" in text:
        text = text.replace("-", " - ")
    return " ".join(text.split()).casefold()


def _scheme_wordings(concepts: Graph, scheme: str) -> dict[str, str]:
    """``normalised label -> key`` for the live concepts of one scheme of concepts.ttl.

    Every SKOS label of a concept (preferred, alternative, hidden) and its notation is a
    wording that names it; deprecated concepts name nothing.
    """
    prefix = f"{_BASE}{scheme}/"
    table: dict[str, str] = {}
    members = concepts.subjects(SKOS.inScheme, URIRef(prefix.rstrip("/")))
    for concept in sorted(str(c) for c in members):
        if (URIRef(concept), OWL.deprecated, Literal(True)) in concepts:
            continue
        key = concept.removeprefix(prefix)
        for prop in (SKOS.notation, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in concepts.objects(URIRef(concept), prop):
                table.setdefault(wording_key(str(label)), key)
    return table


def _narrower_closure(concepts: Graph, scheme: str, roots: set[Node]) -> frozenset[str]:
    """Keys of ``roots`` and of every concept narrower than one of them."""
    found: set[Node] = set()
    todo = list(roots)
    while todo:
        concept = todo.pop()
        if concept not in found:
            found.add(concept)
            todo.extend(concepts.subjects(SKOS.broader, concept))
    return frozenset(str(c).removeprefix(f"{_BASE}{scheme}/") for c in found)


_BASE = Iris().concept_base
_CONCEPTS = Graph().parse(
    data=(PACKAGE / CONCEPTS_FILE).read_text(encoding="utf-8"), format="turtle", publicID=_BASE
)

# Document types: the wordings that name them at the head of a title (the longest wins).
DOC_TYPES = _scheme_wordings(_CONCEPTS, "document-type")
# Document types that are messages (schema:Message): the concepts matched to it, and their
# narrower concepts (a ciphered telegram is a telegram is a message).
MESSAGE_TYPES = _narrower_closure(
    _CONCEPTS, "document-type", set(_CONCEPTS.subjects(SKOS.closeMatch, SCHEMA.Message))
)
# Telegraphic document types, whose titles name stations ("Telegram from Pyongyang") as often
# as people: the telegram and its narrower concepts.
TELEGRAPHIC_TYPES = _narrower_closure(
    _CONCEPTS, "document-type", {URIRef(f"{_BASE}document-type/telegram")}
)
# Security classifications, as titles and body header lines word them (also in Russian
# and German, the most frequent original languages of untranslated bodies).
CLASSIFICATIONS = _scheme_wordings(_CONCEPTS, "classification")
PRIORITIES = _scheme_wordings(_CONCEPTS, "priority")
_PRIORITY_WORD = "|".join(sorted((re.escape(w) for w in PRIORITIES if " " not in w), key=len)[::-1])
"""A priority written in one word, in any language ("urgent", "urgentíssimo", "sofort")."""
_CAVEAT = re.compile(
    r"(?:[\s/\u2013.,-]*(?:(?i:and|&)\s+)?"
    r"(?i:nodis|exdis|limdis|noforn|orcon|eyes|only|codeword|cherokee"
    r"|sensitive|x?gds(?:-?\d)?|ads|wnintel|nocontract|propin|umbra"
    r"|personal(?:ly)?|private|for|the|addressee|not|publication"
    r"|no\s+foreign\s+dissem(?:ination)?|no\s+dissem(?:ination)?\s+abroad|controlled\s+dissem"
    r"|not\s+releasable\s+to\s+foreign\s+nationals"
    rf"|exclusiv[eoa]|dedip|uk\s+eyes(?:\s+[a-z])?\b|(?<=[^\W\d_][-/])(?:{_PRIORITY_WORD})"
    r"|[^\W\d_]+(?=\s+eyes\s+only)))+[\s/.]*$"
)
"""Handling caveats and declassification schedules after a classification ("SECRET/NODIS",
"SECRET - EYES ONLY", "TOP SECRET Kissinger Eyes Only", "CONFIDENTIAL - GDS", "SECRET/XGDS-1",
"Top Secret. Personal.", "Secret and Personal", "Top secret - Only for the addressee",
"Strictly confidential. Not for publication", the Brazilian "SECRETO-EXCLUSIVO",
"CONFIDENTIAL-URGENT", the national caveats "TOP SECRET UK EYES A" and "SECRET DEDIP", the
dissemination controls in words "SECRET NO FOREIGN DISSEM", "CONFIDENTIAL NOT RELEASABLE TO
FOREIGN NATIONALS"): they
restrict distribution, say when it ends or how fast it goes (a priority joined by a hyphen:
"Secret, Urgent" is two marks, read apart), and do not change the classification."""
_MARKING_WORD = re.compile(r"[^\s/\u2013-]+")
ALLIANCE = re.compile(r"(?i:nato|cento|seato|cosmic)\s+")
"""An alliance's prefix before a grade, its own marking of that grade: "NATO SECRET", "CENTO
CONFIDENTIAL", "COSMIC TOP SECRET" (the grade is the one written: COSMIC alone says top secret
nowhere, and "COSMIC CONFIDENTIAL" is confidential). A body's name after the alliance is no
grade ("NATO Secretary General")."""


_GRADES = (
    "top-secret-sensitive",
    "top-secret",
    "strictly-secret",
    "secret",
    "strictly-confidential",
    "confidential",
    "restricted",
    "official-use",
)
"""The classifications from the highest down: a marking and its qualifier are one, the
higher ("Strictly Secret. Of Special Importance" is top secret)."""
_MARKING_LENGTH = 64  # characters: the longest marking's wording is half as long
_QUALIFIED = re.compile(r"(?<=[.;,])\s+|\s+[\u2013\u2014-]\s+|\s+(?i:and|&)\s+")
"""Where a marking's qualifier begins: after a stop or a dash, or "and" between two grades
("Secret and Confidential" is one marking, the higher, as "Secret and Personal" is)."""


def is_caveat(wording: str) -> bool:
    """Whether a wording is handling caveats alone, a part of a marking line ("Personal" of
    "Top Secret, Personal and Urgent")."""
    return _CAVEAT.match(wording) is not None


def is_grade(key: str) -> bool:
    """Whether a classification is a grade of secrecy (not a file or handling category such as
    the Special File): a document has one grade."""
    return key in _GRADES


def highest(*grades: str) -> str:
    """The highest of grades of secrecy: a marking and its qualifier are one, the higher."""
    return min(grades, key=_GRADES.index)


def classification_of(wording: str) -> str | None:
    """The classification key a marking names, less a handling caveat ("SECRET/NOFORN"); a
    marking with its qualifier is one ("Top Secret. Of Special Importance")."""
    key = _classification(wording)
    if key is not None:
        return key
    if (alliance := ALLIANCE.match(wording)) is not None:
        key = classification_of(wording[alliance.end() :])
        return key if key in _GRADES else None
    if len(wording) > 2 * _MARKING_LENGTH:
        return None
    parts = [p.strip(" .;,") for p in _QUALIFIED.split(wording)]
    if len(parts) > 1 and all(p for p in parts):
        keys = [_classification(p) for p in parts]
        if all(k in _GRADES for k in keys):
            return highest(*(k or "" for k in keys))
    return _qualified_without_mark(wording)


def _qualified_without_mark(wording: str) -> str | None:
    """The higher grade of a marking and its qualifier written with no stop or dash between
    them, each a whole wording: "Strictly secret of special importance", the Polish "Ściśle
    tajne specjalnego znaczenia", the Romanian "Strict secret de importanță deosebită"."""
    key = wording_key(wording)
    for space in (at for at, char in enumerate(key) if char == " "):
        first, second = CLASSIFICATIONS.get(key[:space]), CLASSIFICATIONS.get(key[space + 1 :])
        if first in _GRADES and second in _GRADES:
            return highest(first or "", second or "")
    return None


def _classification(wording: str) -> str | None:
    """The classification a wording names, whole or before handling caveats: the longest
    grade first ("TOP SECRET/SENSITIVE/EYES ONLY" is top secret, sensitive; the caveats are
    what follows it)."""
    key = CLASSIFICATIONS.get(wording_key(wording))
    if key is not None:
        return key
    starts = []
    for word in _MARKING_WORD.finditer(wording):
        if word.start() > _MARKING_LENGTH:
            break  # no marking is that long: the wording is a text (checked in linear time)
        starts.append(word.start())
    for start in reversed(starts):
        head = wording[:start]
        if head.strip() and _CAVEAT.match(wording, start):
            key = CLASSIFICATIONS.get(wording_key(head.rstrip(" /-\u2013.,")))
            if key is not None:
                return key
    return None


CONTENT_KINDS = _scheme_wordings(_CONCEPTS, "content-kind")

# Names of the digital archive the citation names as the collection (the newest first).
ARCHIVES: tuple[str, ...] = (
    "Wilson Center Digital Archive",
    "History and Public Policy Program Digital Archive",
)

# Section headings (normalised) -> section key.
SHELF_UNITS = (
    r"f|fond|fonds|op|opis|d|delo|ll?|listy?|box|boxes|folder|file|sygn|sig|doboz|a\.e|karton"
    r"|kart|carton|dossier|teczka|busta|b|sv|svazek|RG|record\s+group"
)
"""Archival units a shelfmark counts in, before their number: "fond 5", "Box 19", "d. 3",
"doboz 61", "busta 1520", "sv. 15", "RG 59"."""

SECTIONS = {
    "citation": "citation",
    "summary": "summary",
    "original language": "language",
    "original languages": "language",
    "contents": "contents",
    "associated people & organizations": "associated-agents",
    "associated people and organizations": "associated-agents",
    "associated places": "associated-places",
    "associated topics": "associated-topics",
    "related documents": "related-documents",
}
"""Section headings and their keys. The archive's page ends with index sections (associated
people, places and topics, related documents): known, so that they end the body rather than
being read as its last lines, and set aside (the record's own wording says who and where)."""

TITLE_ABBREVIATIONS = r"Dr|Prof|Mr|Mrs|Ms|Mme|Jr|Sr|St|Gen|Col|Lt|Capt|Maj|Adm|Amb|Rev|Hon|Sen"
"""Honorifics and ranks written with a full stop: none ends a name ("Courtesy of Dr. X")."""

# Credit verbs -> the role they give (nouns too: "; translation by X").
CREDIT_VERBS: dict[str, CreditRole] = {
    "obtained": "obtained",
    "translated": "translated",
    "translation": "translated",
    "contributed": "contributed",
    "donated": "contributed",
    "provided": "contributed",
    "supplied": "contributed",
    "furnished": "contributed",
    "compiled": "contributed",
    "released": "contributed",
    "edited": "edited",
    "annotated": "edited",
}

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# A month name as a regex (longest first so "Sept" is not read as "Sep" + "t").
MONTH_PATTERN = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
