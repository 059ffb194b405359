"""The document page as a reader wants it: what the document is, its full text, how to cite it.

Everything is shown by its label, each value of another language or script in an element
with its ``lang``; the statements themselves, with prefixed names, IRIs, datatypes and
language tags, are one click away in the page's "Data" section (:mod:`.pages`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import pyoxigraph as ox
from flask import render_template
from rdflib.namespace import DCTERMS, FOAF, RDFS, XSD

from ..formats import Format, of_kind
from ..search.dates import readable
from ..search.facts import language_name
from ..search.results import Hit
from ..search.roles import ROLES
from ..store import Description
from ..vocab import ADO, DCMITYPE, RICO, SCHEMA
from . import bibliography, pages, schema_org
from .links import Links
from .published import Published

_PLAIN_DATES = {str(XSD.date), str(XSD.gYearMonth), str(XSD.gYear)}
_TEXT_TYPE = str(DCMITYPE.Text)
_REPLY = str(RICO.isReplyTo)
_CITATION = str(DCTERMS.bibliographicCitation)
_PERSON = str(FOAF.Person)
_KNOWN_SITES = (
    ("http://www.wikidata.org/entity/", "Wikidata"),
    ("https://www.wikidata.org/wiki/", "Wikidata"),
    ("http://viaf.org/viaf/", "VIAF"),
    ("https://viaf.org/viaf/", "VIAF"),
    ("http://id.loc.gov/authorities/names/", "Library of Congress"),
    ("https://www.geonames.org/", "GeoNames"),
    ("http://sws.geonames.org/", "GeoNames"),
)
"""Authority files an entity may match, named for a reader (the IRI is in the data view)."""
RELATED = 10
"""Documents shown as sharing people with a document."""

_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Type", (str(DCTERMS.type),)),
    ("Classification", (str(ADO.classification),)),
    ("Priority", (str(ADO.priority),)),
    ("Registry number", (str(ADO.registryNumber),)),
    ("From", (str(SCHEMA.locationCreated), str(RICO.hasSender), str(SCHEMA.sender))),
    ("To", (str(ADO.destination), str(RICO.hasAddressee), str(SCHEMA.recipient))),
    ("Via", (str(ADO.intermediary),)),
    ("Participants", (str(ADO.participant),)),
    ("Author or signatory", (str(DCTERMS.creator),)),
    ("Signature as written", (str(ADO.signatureAsWritten),)),
    ("Date in the text", (str(ADO.dateAsWritten),)),
    ("Original language", (str(DCTERMS.language),)),
    ("Contents", (str(ADO.contentKind),)),
    ("Holding archive", (str(SCHEMA.holdingArchive), str(RICO.hasOrHadHolder))),
    ("Shelfmark", (str(ADO.shelfmark),)),
    ("Collection", (str(DCTERMS.isPartOf),)),
    ("Obtained by", (str(ADO.obtainedBy),)),
    ("Obtained for", (str(ADO.obtainedFor),)),
    ("Contributed by", (str(ADO.contributedBy),)),
    ("Funder", (str(SCHEMA.funder),)),
    ("Catalogue page", (str(SCHEMA.mainEntityOfPage), str(RDFS.seeAlso))),
)
"""(name, predicates) of the document's facts, in the order the page lists them."""
_PEOPLE_ROLES = ("sender", "addressee", "intermediary", "participant", "signatory", "mentioned")
"""The roles in which a person makes another document related (not its translator)."""
_PEOPLE_PREDICATES = frozenset(p for key, _, ps in ROLES if key in _PEOPLE_ROLES for p in ps)


@dataclass(frozen=True)
class Shown:
    """One value as a reader sees it: a label, maybe a link, maybe another language."""

    text: str
    href: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Text:
    """A full text of the document: the original or a translation."""

    heading: str
    lang: str | None
    text: str
    credit: list[Shown] = field(default_factory=list)


def shown(
    term: ox.NamedNode | ox.BlankNode | ox.Literal, labels: dict[str, str], lk: Links
) -> Shown:
    """``term`` by its label (a link for an IRI), a literal in its language."""
    if isinstance(term, ox.Literal):
        if term.datatype.value in _PLAIN_DATES:
            return Shown(readable(term.value))
        return Shown(term.value, lang=term.language)
    if isinstance(term, ox.BlankNode):
        return Shown(f"_:{term.value}")
    name = labels.get(term.value) or language_name(term.value) or _named(term.value, lk)
    return Shown(name, href=lk.href(term.value))


def _named(iri: str, lk: Links) -> str:
    """A name for an IRI without a label: ``Wikidata Q18808`` for a Wikidata item."""
    for prefix, name in _KNOWN_SITES:
        if iri.startswith(prefix):
            return f"{name} {iri[len(prefix) :]}"
    return pages.short(iri, lk)


def values(
    description: Description,
    predicates: Iterable[str],
    labels: dict[str, str],
    lk: Links,
    subject: str | None = None,
) -> list[Shown]:
    """The values of ``predicates`` on the resource (or ``subject``), each once."""
    found: dict[str, Shown] = {}
    for predicate in predicates:
        for term in description.objects(predicate, subject):
            if not isinstance(term, ox.Triple) and term.value != _TEXT_TYPE:
                found.setdefault(term.value, shown(term, labels, lk))
    return list(found.values())


def date(description: Description) -> str:
    """The document's date as a person reads it (``1 May 1967``, ``c. 1950``, ``Spring
    1968``); the cataloguer's date in brackets; else the date line as written."""
    for predicate, editorial in ((str(DCTERMS.created), False), (str(ADO.editorialDate), True)):
        for term in description.objects(predicate):
            if isinstance(term, ox.Literal):
                return readable(term.value, editorial)
    written = description.objects(str(ADO.createdAsWritten))
    return written[0].value if written else "undated"


def translations_of(release: Published, description: Description) -> list[Description]:
    """The descriptions of the document's translations."""
    return [
        found
        for t in description.objects(bibliography.WORK_TRANSLATION)
        if isinstance(t, ox.NamedNode)
        and (found := release.store.describe(t.value, incoming_limit=0)) is not None
    ]


def texts(description: Description, translations: list[Description], lk: Links) -> list[Text]:
    """The translations' texts, then the original's, each with its language."""
    original = _language(description)
    shown_texts: list[Text] = []
    for translation in translations:
        own = {iri: linked.label for iri, linked in translation.linked.items() if linked.label}
        language = _language(translation) or "English"
        credit = values(translation, (str(SCHEMA.translator),), own, lk)
        for term in translation.objects(str(SCHEMA.text)):
            if isinstance(term, ox.Literal):
                heading = f"{language} translation"
                if original:
                    heading += f" (from {original})"
                shown_texts.append(Text(heading, term.language or "en", term.value, credit))
    code = _code(description)
    for term in description.objects(str(SCHEMA.text)):
        if isinstance(term, ox.Literal):
            lang = term.language or code
            # a text in another language than the original's is an English translation
            # that the catalogue gave without a credit: "Text", never "Original text"
            is_original = lang is None or code is None or _primary(lang) == _primary(code)
            heading = "Original text" if is_original and (original or translations) else "Text"
            if is_original and original:
                heading += f" ({original})"
            shown_texts.append(Text(heading, lang, term.value))
    return shown_texts


def _language(description: Description) -> str | None:
    for term in description.objects(str(DCTERMS.language)):
        if isinstance(term, ox.NamedNode):
            return language_name(term.value) or description.link_label(term.value)
    return None


def _primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def _code(description: Description) -> str | None:
    for term in description.objects(str(SCHEMA.inLanguage)):
        if isinstance(term, ox.Literal):
            return term.value
    return None


def related(release: Published, description: Description) -> tuple[list[Shown], list[Hit]]:
    """Documents that reply to this one (from its incoming links), and other documents
    involving the same people (from the search index)."""
    lk = pages.links(release)
    repliers = [s.value for s, p in description.incoming if p.value == _REPLY]
    found = release.store.labels(repliers)
    replies = [Shown(found.get(s) or pages.short(s, lk), lk.href(s)) for s in repliers]
    people = [
        iri
        for iri, linked in description.linked.items()
        if _PERSON in linked.types and _involves(description, iri)
    ]
    keys = description.objects(str(DCTERMS.identifier))
    key = keys[0].value if keys else description.iri
    return replies, release.search.related(key, people, RELATED) if people else []


def _printed_in(description: Description) -> list[Shown]:
    """The publications the text was read in, as the citation gives them: they are
    described in the document's own graph and have no page to link to."""
    return [
        Shown(next((c.value for c in description.objects(_CITATION, source.value)), source.value))
        for source in description.objects(str(DCTERMS.source))
        if isinstance(source, ox.NamedNode)
    ]


def _site(page: Shown) -> str:
    """An external page without a label by its site's name
    (``digitalarchive.wilsoncenter.org``), not by its whole URL."""
    return urlsplit(page.href).netloc if page.href and page.text == page.href else page.text


def listed(hits: Iterable[Hit], lk: Links) -> list[tuple[Hit, str | None, str]]:
    """Documents as a list shows them: the document, its link, its readable date."""
    return [(hit, lk.href(hit.iri), readable(hit.date, hit.editorial)) for hit in hits]


def _involves(description: Description, iri: str) -> bool:
    """Whether the person ``iri`` is a party to the document or mentioned in it."""
    return any(
        t.predicate.value in _PEOPLE_PREDICATES and t.object.value == iri
        for t in description.triples
        if isinstance(t.object, ox.NamedNode)
    )


def document_page(release: Published, description: Description, offered: Sequence[Format]) -> str:
    lk = pages.links(release)
    labels, title = pages.page_labels(description, lk)
    translations = translations_of(release, description)
    full_texts = texts(description, translations, lk)
    work = bibliography.work(description, translations)
    facts = [(name, values(description, ps, labels, lk)) for name, ps in _FIELDS]
    facts = [(name, [replace(s, text=_site(s)) for s in found]) for name, found in facts]
    if printed := _printed_in(description):
        facts.insert(1 + [n for n, _ in facts].index("Shelfmark"), ("Published in", printed))
    translators = [s for t in full_texts for s in t.credit]
    if translators:
        facts.insert(8, ("Translated by", list({s.text: s for s in translators}.values())))
    replies, sharing = related(release, description)
    return render_template(
        "document.html",
        title=title,
        date=date(description),
        facts=[(name, found) for name, found in facts if found],
        summary=values(description, (str(DCTERMS.abstract),), labels, lk),
        texts=full_texts,
        mentioned=values(description, (str(SCHEMA.mentions), str(DCTERMS.subject)), labels, lk),
        replying_to=values(description, (_REPLY,), labels, lk),
        replies=replies,
        sharing=listed(sharing, lk),
        cite={f.name: bibliography.render(f.name, work) for f in of_kind("citation")},
        jsonld=pages.script_json(schema_org.document(description, labels)),
        **pages.data_view(release, description, labels, offered),
    )
