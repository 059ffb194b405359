"""A document's citation in its graph: the citation paragraph as written, and the archive,
holders, shelfmarks, publications and credits that :mod:`linkeddata.parser.citations` reads
from it, linked to the authority file (or to stubs) through the :class:`.Linker`.

The parts are read by the parser; this module says which property each one is stated with,
and on which resource: the record (A), or its English translation (B) for whom translated or
edited it.
"""

from __future__ import annotations

import re
from typing import Protocol

from rdflib import Literal, URIRef

from ..parser.archive_words import HOLDER_WORD, NOT_A_CITY, SERIES
from ..parser.credited_agents import credited_kind
from ..parser.gazetteer import is_country
from ..parser.publications import publication_title
from ..parser.repositories import CLOSED_BY_ACRONYM, generic_archive
from ..parser.seats import state_or_country
from ..record import Located, Record
from .archives import holding_archive
from .credited_orgs import credited_org
from .entities import AGENT_KINDS, Entity
from .linker import Linker
from .terms import ADO, DCTERMS, RDF, RDFS, RICO, SCHEMA


class Statements(Protocol):
    """Where the statements go: the document's graph, as the mapper adds to it."""

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None: ...

    def link(self, s: URIRef, props: tuple[URIRef, ...], entity: Entity | None) -> None: ...


def add_citation(
    out: Statements, record: Record, linker: Linker, doc: URIRef, translation: URIRef | None
) -> None:
    """The citation as written, and what it names: the archive's collection, the holders,
    the shelfmarks, the publications, the credit statement and the credited agents (the
    translator and editor on the translation ``translation``, when there is one)."""
    citation = record.citation
    if citation is None:
        return
    url = record.url
    text = citation.text.value if url is None else f"{citation.text.value} {url.value}"
    out.add(doc, DCTERMS.bibliographicCitation, Literal(text))
    if citation.archive is not None:
        collection = linker.resolve(citation.archive, "collection")
        out.link(doc, (DCTERMS.isPartOf,), collection)
    printed = list(citation.publications)
    repositories, shelfmarks = _series_after_acronym(
        linker, citation.repositories, citation.shelfmarks
    )
    for repository in repositories:
        holder = holding_archive(linker, repository)
        if holder is not None and news_medium(linker, holder):
            printed.append(repository)  # "Rodong Sinmun": where it was printed, no holder
            continue
        out.link(doc, (RICO.hasOrHadHolder, SCHEMA.holdingArchive), holder)
    for shelfmark in shelfmarks:
        seat, _, rest = shelfmark.value.partition(",")
        value = rest.strip() if linker.is_place(seat) else shelfmark.value
        if value and not linker.is_place(value):  # "RGANI, Moscow, f. 89": a seat
            out.add(doc, ADO.shelfmark, Literal(value))
    for number, publication in enumerate(printed, 1):
        source = URIRef(f"{doc}#publication-{number}")  # the text as printed
        out.add(doc, DCTERMS.source, source)
        out.add(source, RDF.type, DCTERMS.BibliographicResource)
        out.add(source, RDFS.label, Literal(publication_title(publication.value)))
        out.add(source, DCTERMS.bibliographicCitation, Literal(publication.value))
    credited = translation if translation is not None else doc
    if citation.credit_text is not None:
        statement = URIRef(f"{credited}#credit")
        out.add(credited, DCTERMS.provenance, statement)
        out.add(statement, RDF.type, DCTERMS.ProvenanceStatement)
        out.add(statement, RDFS.label, Literal(citation.credit_text.value, lang="en"))
    for credit in citation.credits:
        kind = credited_kind(credit.agent.value)
        agent = (
            credited_org(linker, credit.agent)
            if kind == "org"
            else linker.resolve(credit.agent, kind, kinds=AGENT_KINDS)
        )
        project = credited_org(linker, credit.project) if credit.project else None
        if credit.role == "translated" and translation is not None:
            out.link(translation, (SCHEMA.translator,), agent)
            out.link(translation, (SCHEMA.sourceOrganization,), project)
        elif credit.role == "obtained":
            out.link(doc, (ADO.obtainedBy,), agent)
            out.link(doc, (ADO.obtainedFor,), project)
        elif credit.role == "contributed":
            out.link(doc, (ADO.contributedBy,), agent)
        elif credit.role == "edited" and translation is not None:
            out.link(translation, (SCHEMA.editor,), agent)


def news_medium(linker: Linker, entity: Entity) -> bool:
    """Whether the file knows ``entity`` as a newspaper, an agency or a broadcaster
    (schema:NewsMediaOrganization): a citation naming one cites where the text was printed
    or aired, and it holds no original."""
    return (URIRef(entity.iri), RDF.type, SCHEMA.NewsMediaOrganization) in linker.authority.graph


Holdings = tuple[tuple[Located[str], ...], tuple[Located[str], ...]]
_WORDS = re.compile(r"[\s-]+")


def _an_acronym(bracket: str) -> bool:
    """Whether a bracket is an acronym, two capitals or more in each word: "(AMSZ)", "(PA
    AA)", "(SAPMO-BArch)"; never words: "(Foreign Office)"."""
    words = [w for w in _WORDS.split(bracket.strip("() ")) if w]
    return bool(words) and all(sum(c.isupper() for c in word) > 1 for word in words)


def _series_after_acronym(
    linker: Linker, repositories: tuple[Located[str], ...], shelfmarks: tuple[Located[str], ...]
) -> Holdings:
    """Repositories and shelfmarks, less a series' word after a repository's acronym, which
    starts that repository's shelfmark: "Polish Foreign Ministry Archive (AMSZ), Szyfrogramy,
    1970" is held by AMSZ, shelfmark "Szyfrogramy, 1970". Any other word there is the seat,
    in the seat's language too ("(AAN), Warszawa, KC PZPR"), and so is one that ends the
    holdings ("(ARS), Ljubljana.") or follows a body's acronym ("Archivo ..., Secretaría de
    ... (SRE), Testburg"). Read only where each repository has its shelfmark."""
    kept, marks = list(repositories), list(shelfmarks)
    paired = len(repositories) == len(shelfmarks)
    for index, repository in enumerate(repositories if paired else ()):
        head, _, tail = repository.value.rpartition(",")
        tail = tail.strip()
        named = head.rpartition(",")[2]  # the archive's own name and acronym, no body's
        acronym = CLOSED_BY_ACRONYM.search(named)
        if acronym is None or not HOLDER_WORD.search(named) or not _an_acronym(acronym[0]):
            continue
        if generic_archive(named[: acronym.start()]):
            continue  # "State Archive (SA), Testburg": a generic name's seat says which
        if not (NOT_A_CITY.search(tail) or SERIES.search(tail)) or linker.is_place(tail):
            continue  # a seat the gazetteer may lack: "(AMZV), Praha"
        if is_country(tail) or state_or_country(tail):
            continue  # "..., Grenada": the archive's country
        kept[index] = Located(head.strip(), repository.line)
        marks[index] = Located(f"{tail}, {marks[index].value}", marks[index].line)
    return tuple(kept), tuple(marks)
