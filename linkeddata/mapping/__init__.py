"""Record -> RDF: one named graph per document, following docs/data-model.md.

Three resources per document, never merged: the archival record (A, ``{base}id/document/{id}``),
its English translation (B, ``.../translation/en``) when the catalogue offers one, and the
source catalogue page (C, external, linked with ``schema:mainEntityOfPage``).

:func:`map_record` is pure: the same record and context give the same graph.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from ..iris import Iris
from ..record import ParseWarning, Record
from ..vocab import EDTF
from .authority import Authority
from .capital_signers import filed_signer, known_signer, only_signed, signer
from .catalogue_page import source_pages
from .citation_links import add_citation
from .classifications import published_classifications
from .credited_orgs import credited_org
from .document_types import document_type
from .entities import Entity
from .given_names import party_given_names
from .graph import document_graph
from .header_links import header_links
from .linker import EMBASSY, Linker
from .mentions import choose, scanned
from .messages import is_message
from .people import initialled_person, meant_by_full_name
from .provenance import add_provenance
from .registry import answerable, registry_numbers
from .stubs import Stub
from .terms import ADO, DCMITYPE, DCTERMS, ISO639_2, RDF, RDFS, RICO, SCHEMA, XSD
from .title_links import title_links
from .title_readings import read_otherwise
from .translation import body_language, has_translation
from .venues import closing_place
from .white_house import without_moscows

__all__ = ["Context", "Mapped", "map_record"]

DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear, "edtf": EDTF}


@dataclass(frozen=True)
class Context:
    """What mapping one record needs to know about the rest of the collection."""

    iris: Iris = field(default_factory=Iris)
    authority: Authority = field(default_factory=Authority)
    registry_index: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class Mapped:
    """A document's named graph, the warnings raised while linking it, and the stubs it links
    to (described by the release once, not by each document: :mod:`.stubs`)."""

    graph: Graph
    warnings: list[ParseWarning]
    stubs: list[Stub]


def map_record(record: Record, context: Context, *, sha256: str) -> Mapped:
    """Map ``record`` (read from a file whose bytes hash to ``sha256``) to its named graph."""
    iris = context.iris
    graph = document_graph(iris.document_graph(record.id.value))
    date = record.date
    year = int(date.iso[:4]) if date and date.iso and date.iso[:4].isdigit() else None
    linker = Linker(context.authority, iris, year=year)
    doc = URIRef(iris.document(record.id.value))
    title = record.title
    parties = (
        (*title.senders, *title.recipients, *title.authors, *title.participants)
        if title is not None
        else ()
    )
    given = party_given_names(party.value for party in parties)
    # the summary is read first: a surname alone is who it names
    # a label several bodies share is chosen by what the whole record names ("PCC" in the
    # summary beside "the PCC Central Committee" in the body), and kept with its own text
    in_summary = scanned(linker, record.summary, given=given)
    in_body = scanned(linker, record.body, given=given, title=title.text if title else None)
    about = choose(linker, in_summary, elsewhere=in_body[0])
    named = choose(linker, in_body, elsewhere=in_summary[0])
    texts = " ".join(t.value for t in (record.summary, title and title.text, record.body) if t)
    heading = title.text.value if title else ""
    about, named = (
        meant_by_full_name(e, texts, context.authority, heading) for e in (about, named)
    )
    about, named = (  # "outside the White House" of a Russian record of 1991: Moscow's
        without_moscows(e, context.authority, texts, date.iso if date else None)
        for e in (about, named)
    )
    signed = [
        e for s in record.signatories if (e := initialled_person(context.authority, s.value, year))
    ]
    people = dict.fromkeys([*about, *named, *signed])  # "V. SEMYONOV" signs: "Semyonov" is he
    linker.named_in_record = [e for e in people if e.kind == "person"]
    linker.texts = "\n".join(t.value for t in (record.summary, record.body) if t)
    _Mapper(record, context, graph, linker, doc, about, named).run()
    add_provenance(graph, iris, record.source, sha256)
    return Mapped(graph, linker.warnings, list(linker.stubs))


@dataclass
class _Mapper:
    record: Record
    context: Context
    graph: Graph
    linker: Linker
    doc: URIRef
    about: list[Entity]
    named: list[Entity]
    translation: URIRef | None = None

    def run(self) -> None:
        self.translation = self._translation()
        self._identity()
        self._description()
        self._parties()
        add_citation(self, self.record, self.linker, self.doc, self.translation)
        self._body()
        self._mentions()

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def link(self, s: URIRef, props: tuple[URIRef, ...], entity: Entity | None) -> None:
        if entity is not None:
            for p in props:
                self.add(s, p, URIRef(entity.iri))

    def _titled(self, subject: URIRef, title: Literal, label: Literal | None = None) -> None:
        """The catalogue title, and the same words as the label every client shows."""
        self.add(subject, DCTERMS.title, title)
        for prop in (RDFS.label, SCHEMA.name):
            self.add(subject, prop, label or title)

    def _identity(self) -> None:
        rec, doc = self.record, self.doc
        self.add(doc, RDF.type, RICO.Record)
        self.add(doc, RDF.type, SCHEMA.ArchiveComponent)
        self.add(doc, DCTERMS.identifier, Literal(rec.id.value))
        for page, prop in source_pages(rec, self.linker):
            self.add(doc, prop, page)
        if rec.title is not None:
            self._titled(doc, Literal(rec.title.text.value, lang="en"))
        if rec.date is None:
            return
        self.add(doc, ADO.createdAsWritten, Literal(rec.date.text))
        if rec.date.iso is not None and rec.date.precision is not None:
            value = Literal(rec.date.iso, datatype=DATATYPES[rec.date.precision])
            self.add(doc, ADO.editorialDate if rec.date.inferred else DCTERMS.created, value)

    def _description(self) -> None:
        rec, doc, iris = self.record, self.doc, self.context.iris
        title = rec.title
        key = None if title is None else document_type(title, self.linker)
        if title is not None and key is not None:
            self.add(doc, DCTERMS.type, URIRef(iris.concept("document-type", key)))
            if is_message(title, key):
                self.add(doc, RDF.type, SCHEMA.Message)
        if rec.body is not None or rec.content_kinds:
            self.add(doc, DCTERMS.type, DCMITYPE.Text)
        for number in registry_numbers(rec):
            self.add(doc, ADO.registryNumber, Literal(number))
        keys, clash = published_classifications(rec)
        for key in keys:
            self.add(doc, ADO.classification, URIRef(iris.concept("classification", key)))
        if clash is not None:
            self.linker.warn(clash.message, clash.line)
        priority = (title.priority if title else None) or rec.body_priority  # the title's first
        if priority is not None:
            self.add(doc, ADO.priority, URIRef(iris.concept("priority", priority.value)))
        for kind in rec.content_kinds:
            self.add(doc, ADO.contentKind, URIRef(iris.concept("content-kind", kind.value)))
        for language in rec.languages:
            if language.iso639_2 is not None:  # none for a code of ISO 639-3 alone
                self.add(doc, DCTERMS.language, ISO639_2[language.iso639_2])
            self.add(doc, SCHEMA.inLanguage, Literal(language.bcp47))
        if rec.summary is not None:
            self.add(doc, DCTERMS.abstract, Literal(rec.summary.value, lang="en"))
        if rec.date_as_written is not None:
            self.add(doc, ADO.dateAsWritten, Literal(rec.date_as_written.value))
        for name in rec.funders:
            self.link(doc, (SCHEMA.funder,), credited_org(self.linker, name))
        self._replies()

    def _replies(self) -> None:
        iris = self.context.iris
        for number in dict.fromkeys(n.value for n in self.record.reply_to):
            if not answerable(number, self.linker.is_place):
                continue  # "REF: NSSM 219": a study memorandum, no cable answered
            held = [
                d for d in self.context.registry_index.get(number, ()) if d != self.record.id.value
            ]
            if len(held) == 1:
                self.add(self.doc, RICO.isReplyTo, URIRef(iris.document(held[0])))
                continue
            stub = self.linker.reply_stub(self.record.id.value, number)
            self.add(self.doc, RICO.isReplyTo, URIRef(stub))

    def _parties(self) -> None:
        title = self.record.title
        written = self.record.written_at  # "Pyongyang, 6 July 1975" closing the text
        if title is not None:
            links = title_links(
                title, self.linker, self.context.authority, self.linker.year, written
            )
            for props, entity in links:
                self.link(self.doc, props, entity)
        self._header_parties()
        created = {str(p) for p in self.graph.objects(self.doc, SCHEMA.locationCreated)}
        if (found := closing_place(self.linker, written, created)) is not None:
            place, country = found
            self.link(self.doc, (SCHEMA.locationCreated,), place)
            if country is not None:  # the city refines the country: one place of writing
                self.graph.remove((self.doc, SCHEMA.locationCreated, URIRef(country.iri)))
        signed = self.record.signature_text
        places = {
            s.value.casefold() for s in self.record.signatories if self.linker.is_place(s.value)
        }
        routed = (*(title.senders if title else ()), *self.record.header_senders)  # "FM AMEMBASSY"
        embassy = next((s.value for s in routed if EMBASSY.search(s.value)), None)
        signatories = self.record.signatories
        if self.record.signed_if_known and not all(
            known_signer(self.context.authority, self.record, s.value)
            or filed_signer(self.linker, s, embassy)
            for s in signatories
        ):
            signatories, signed = (), None  # "WITH COMMUNIST GREETINGS": no one's name
        senders = title.senders if title is not None else ()
        declined = []
        for signatory in signatories:
            person = signer(self.linker, signatory, embassy, senders)
            self.link(self.doc, (DCTERMS.creator,), person)
            declined += [signatory] if person is None else []
        unsigned = only_signed(self.context.authority, self.record, declined, self.linker.year)
        self.named = [e for e in self.named if e.iri not in unsigned]
        if signed is not None and signed.value.strip(" .").casefold() not in places:  # "HANOI"
            self.add(self.doc, ADO.signatureAsWritten, Literal(signed.value))

    def _header_parties(self) -> None:
        """What the memorandum's header names and the title does not (:mod:`.header_links`)."""
        placed = next(self.graph.objects(self.doc, SCHEMA.locationCreated), None) is not None
        destined = next(self.graph.objects(self.doc, ADO.destination), None) is not None
        for props, entity in header_links(self.record, self.linker, placed, destined):
            self.link(self.doc, props, entity)

    def _translation(self) -> URIRef | None:
        """B, the English translation, when the catalogue offers one."""
        if not has_translation(self.record):
            return None
        doc, iris = self.doc, self.context.iris
        translation = URIRef(iris.translation(self.record.id.value, "en"))
        self.add(translation, RDF.type, ADO.Translation)
        self.add(translation, SCHEMA.translationOfWork, doc)
        self.add(translation, DCTERMS.source, doc)
        self.add(translation, DCTERMS.language, ISO639_2.eng)
        self.add(translation, SCHEMA.inLanguage, Literal("en"))
        if self.record.title is not None:
            title = self.record.title.text.value
            label = Literal(f"{title} (English translation)", lang="en")
            self._titled(translation, Literal(title, lang="en"), label)
        self.add(doc, SCHEMA.workTranslation, translation)
        return translation

    def _body(self) -> None:
        rec = self.record
        if rec.body is None:
            return
        if self.translation is not None:
            self.add(self.translation, SCHEMA.text, Literal(rec.body.value, lang="en"))
            return
        self.add(self.doc, SCHEMA.text, Literal(rec.body.value, lang=body_language(rec)))

    def _mentions(self) -> None:
        about, named, rec = self.about, self.named, self.record
        agents = (SCHEMA.sender, SCHEMA.recipient, DCTERMS.creator, ADO.participant)
        linked = {
            str(o) for p in (*agents, ADO.intermediary) for o in self.graph.objects(self.doc, p)
        }
        texts = (rec.summary, rec.body)  # "to the National Security Council" of Brazil's
        named = read_otherwise(
            named, rec.title, linked, self.context.authority, texts, self.linker.year
        )
        creators = set(self.graph.objects(self.doc, DCTERMS.creator))
        for entity in dict.fromkeys([*about, *named]):
            if URIRef(entity.iri) in creators:  # a signatory is the creator, not a mention
                continue
            self.add(self.doc, SCHEMA.mentions, URIRef(entity.iri))
        for entity in about:
            self.add(self.doc, DCTERMS.subject, URIRef(entity.iri))
