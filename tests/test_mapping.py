"""Mapping rules that the seed alone does not exercise, on records built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority import load_authority
from linkeddata.record import Citation, Credit, Language, Located, Record, RecordDate, Title
from linkeddata.vocab import ADO, ISO639_2, RICO, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
IRIS = Iris("http://127.0.0.1:8080/")
AUTHORITY = load_authority(ROOT / "documents" / "authorities.ttl", IRIS)
SHA = "0" * 64


def L(value: str, line: int = 1) -> Located[str]:
    return Located(value, line)


def record(**fields: object) -> Record:
    defaults: dict[str, object] = {"source": "x/1.txt", "id": L("1")}
    return Record(**{**defaults, **fields})  # type: ignore[arg-type]


def doc(i: str = "1") -> URIRef:
    return URIRef(IRIS.document(i))


def mapped(rec: Record, index: dict[str, tuple[str, ...]] | None = None):
    return map_record(rec, Context(IRIS, AUTHORITY, index or {}), sha256=SHA)


def test_reply_links_to_a_document_the_collection_holds() -> None:
    rec = record(reply_to=(L("12.390", 20),))
    graph = mapped(rec, {"12.390": ("2",)}).graph
    assert (doc(), RICO.isReplyTo, doc("2")) in graph
    assert not list(graph.subjects(RDF.type, RICO.RecordResource))


@pytest.mark.parametrize("held", [(), ("2", "3")], ids=["not held", "ambiguous"])
def test_reply_to_an_unknown_record_is_a_stub(held: tuple[str, ...]) -> None:
    graph = mapped(record(reply_to=(L("12.390", 20),)), {"12.390": held}).graph
    stub = URIRef(IRIS.reply_stub("1", "12.390"))
    assert (doc(), RICO.isReplyTo, stub) in graph
    assert set(graph.objects(stub, RDF.type)) == {RICO.RecordResource}
    assert (stub, ADO.registryNumber, Literal("12.390")) in graph


def test_unknown_names_become_stubs_with_a_curation_warning() -> None:
    rec = record(
        title=Title(
            L("Ciphered Telegram, Shtykov to Stalin", 3),
            senders=(L("Shtykov", 3),),
            recipients=(L("Stalin", 3),),
        )
    )
    result = mapped(rec)
    shtykov = URIRef(IRIS.entity("person", "shtykov"))
    assert (doc(), RICO.hasSender, shtykov) in result.graph
    assert (shtykov, SKOS.prefLabel, Literal("Shtykov", lang="en")) in result.graph
    assert any("Shtykov" in w.message and w.line == 3 for w in result.warnings)


def test_places_of_a_from_to_telegram() -> None:
    rec = record(
        title=Title(
            L("Telegram from Pyongyang to Moscow"),
            senders=(L("Pyongyang"),),
            recipients=(L("Moscow"),),
        )
    )
    graph = mapped(rec).graph
    assert (doc(), SCHEMA.locationCreated, URIRef(IRIS.entity("place", "pyongyang"))) in graph
    assert (doc(), ADO.destination, URIRef(IRIS.entity("place", "moscow"))) in graph


def test_organisation_sender_is_an_agent_not_a_place() -> None:
    rec = record(
        title=Title(
            L(
                "Telegram from the Romanian Embassy in Pyongyang "
                "to the Romanian Ministry of Foreign Affairs"
            ),
            senders=(L("Romanian Embassy in Pyongyang"),),
            recipients=(L("Romanian Ministry of Foreign Affairs"),),
        )
    )
    graph = mapped(rec).graph
    assert (
        doc(),
        RICO.hasSender,
        URIRef(IRIS.entity("org", "romanian-embassy-in-pyongyang")),
    ) in graph
    assert (doc(), RICO.hasAddressee, URIRef(IRIS.entity("org", "romanian-mfa"))) in graph


def test_english_original_has_no_translation() -> None:
    rec = record(
        languages=(Language(L("English"), "eng", "en"),),
        content_kinds=(L("english-transcription"),),
        body=L("Text.", 9),
    )
    graph = mapped(rec).graph
    assert not list(graph.subjects(RDF.type, ADO.Translation))
    assert (doc(), SCHEMA.text, Literal("Text.", lang="en")) in graph


def test_translation_credit_creates_the_translation() -> None:
    citation = Citation(
        L("..."),
        credit_text=L("Translated by Jane Roe."),
        credits=(Credit("translated", L("Jane Roe")),),
    )
    graph = mapped(
        record(citation=citation, languages=(Language(L("Russian"), "rus", "ru"),))
    ).graph
    translation = URIRef(IRIS.translation("1", "en"))
    assert (translation, SCHEMA.translationOfWork, doc()) in graph
    assert (translation, SCHEMA.translator, URIRef(IRIS.entity("person", "jane-roe"))) in graph
    assert (translation, DCTERMS.language, ISO639_2.eng) in graph


@pytest.mark.parametrize(
    ("date", "prop", "literal"),
    [
        (
            RecordDate("June 07, 1973", 1, "1973-06-07", "day"),
            DCTERMS.created,
            Literal("1973-06-07", datatype=XSD.date),
        ),
        (
            RecordDate("December 1980", 1, "1980-12", "month"),
            DCTERMS.created,
            Literal("1980-12", datatype=XSD.gYearMonth),
        ),
        (
            RecordDate("1955", 1, "1955", "year"),
            DCTERMS.created,
            Literal("1955", datatype=XSD.gYear),
        ),
        (
            RecordDate("undated [1955]", 1, "1955", "year", inferred=True),
            ADO.editorialDate,
            Literal("1955", datatype=XSD.gYear),
        ),
    ],
)
def test_dates_keep_their_precision(date: RecordDate, prop: URIRef, literal: Literal) -> None:
    graph = mapped(record(date=date)).graph
    assert list(graph.objects(doc(), DCTERMS.created)) + list(
        graph.objects(doc(), ADO.editorialDate)
    ) == [literal]
    assert (doc(), prop, literal) in graph


def test_unknown_date_stays_undated() -> None:
    graph = mapped(record(date=RecordDate("Date unknown", 1))).graph
    assert not list(graph.objects(doc(), DCTERMS.created))


def test_nothing_is_invented_for_an_empty_record() -> None:
    graph = mapped(record()).graph
    described = {p for p in graph.predicates(doc(), None)}
    assert described == {RDF.type, DCTERMS.identifier}


def test_mapping_is_deterministic() -> None:
    rec = record(summary=L("The KWP and the RCP met in Pyongyang."), reply_to=(L("9"),))
    first, second = mapped(rec).graph, mapped(rec).graph
    assert sorted(first) == sorted(second)
