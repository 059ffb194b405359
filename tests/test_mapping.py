"""Mapping rules that the seed alone does not exercise, on records built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.stubs import Stub, Stubs
from linkeddata.parser import parse_record
from linkeddata.record import Citation, Credit, Language, Located, Record, RecordDate, Title
from linkeddata.vocab import ADO, EDTF, ISO639_2, RICO, SCHEMA

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
    result = mapped(record(reply_to=(L("12.390", 20),)), {"12.390": held})
    stub = URIRef(IRIS.reply_stub("1", "12.390"))
    assert (doc(), RICO.isReplyTo, stub) in result.graph
    assert not list(result.graph.triples((stub, None, None)))  # described once, by the release
    assert result.stubs == [Stub(str(stub), "record", "12.390")]
    stubs = Stubs()
    stubs.add("1", result.stubs)
    described = stubs.graph(IRIS)
    assert set(described.objects(stub, RDF.type)) == {RICO.RecordResource}
    assert (stub, ADO.registryNumber, Literal("12.390")) in described
    assert (stub, RDFS.label, Literal("No. 12.390", lang="en")) in described


def test_unknown_names_become_stubs_with_a_curation_warning() -> None:
    rec = record(
        title=Title(
            L("Ciphered Telegram, Testykov to Testalin", 3),
            senders=(L("Testykov", 3),),
            recipients=(L("Testalin", 3),),
        )
    )
    result = mapped(rec)
    testykov = URIRef(IRIS.entity("person", "testykov"))
    assert (doc(), RICO.hasSender, testykov) in result.graph
    assert not list(result.graph.triples((testykov, None, None)))
    assert Stub(str(testykov), "person", "Testykov") in result.stubs
    assert any("Testykov" in w.message and w.line == 3 for w in result.warnings)


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
        URIRef(IRIS.entity("org", "romanian-embassy-in-north-korea")),
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


@pytest.mark.parametrize("kind", ["english-html", "english-transcription"])
def test_english_text_of_a_foreign_original_is_its_translation(kind: str) -> None:
    rec = record(
        languages=(Language(L("Russian"), "rus", "ru"),),
        content_kinds=(L(kind),),
        body=L("Text.", 9),
    )
    graph = mapped(rec).graph
    translation = URIRef(IRIS.translation("1", "en"))
    assert (translation, SCHEMA.translationOfWork, doc()) in graph
    assert (translation, SCHEMA.text, Literal("Text.", lang="en")) in graph
    assert not list(graph.objects(doc(), SCHEMA.text))


def test_english_text_of_an_original_in_unknown_languages_stays_on_it() -> None:
    rec = record(content_kinds=(L("english-html"),), body=L("Text.", 9))
    graph = mapped(rec).graph
    assert not list(graph.subjects(RDF.type, ADO.Translation))
    assert (doc(), SCHEMA.text, Literal("Text.", lang="en")) in graph


def test_a_funders_abbreviation_is_its_alternative_label_not_its_key() -> None:
    result = mapped(record(funders=(L("Test Corporation of New York (TCNY)"),)))
    iri = IRIS.entity("org", "test-corporation-of-new-york")
    assert (doc(), SCHEMA.funder, URIRef(iri)) in result.graph
    stubs = Stubs()
    stubs.add("1", result.stubs)
    described = stubs.graph(IRIS)
    assert (
        URIRef(iri),
        SKOS.prefLabel,
        Literal("Test Corporation of New York", lang="en"),
    ) in described
    assert (URIRef(iri), SKOS.altLabel, Literal("TCNY", lang="en")) in described


def test_a_credited_projects_abbreviation_is_its_alternative_label_not_its_key() -> None:
    text = (
        '**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
        " Digital Archive, Test Archive. Translated for the Testing Proliferation International"
        " History Project (TPIHP) by Tess Tester.\n\n**Contents:**\n\nTranslation - English\n\n"
        "Text.\n"
    )
    result = mapped(parse_record(text, "x/1.txt", default_id="1"))
    iri = URIRef(IRIS.entity("org", "testing-proliferation-international-history-project"))
    assert list(result.graph.objects(None, SCHEMA.sourceOrganization)) == [iri]
    stubs = Stubs()
    stubs.add("1", result.stubs)
    assert (iri, SKOS.altLabel, Literal("TPIHP", lang="en")) in stubs.graph(IRIS)


@pytest.mark.parametrize(
    ("title", "credit", "iri", "acronym"),
    [
        (  # the project after the person, with its acronym
            "Letter from A to B",
            "Translated by Tess Tester for the Testing History Project on Test Security (THP).",
            "testing-history-project-on-test-security",
            "THP",
        ),
        (  # a body with its acronym in a title
            "Memorandum from the Testing Committee for State Affairs (TCSA)",
            "Translated by Tess Tester.",
            "testing-committee-for-state-affairs",
            "TCSA",
        ),
    ],
)
def test_a_stub_of_a_name_and_its_acronym_is_keyed_by_the_name(
    title: str, credit: str, iri: str, acronym: str
) -> None:
    text = (
        f'**1967**\n**{title}**\n\n**Citation:**\n\n"{title}," 1967, Wilson Center'
        f" Digital Archive, Test Archive. {credit}\n\n**Contents:**\n\nTranslation - English\n\n"
        "Text.\n"
    )
    result = mapped(parse_record(text, "x/1.txt", default_id="1"))
    node = URIRef(IRIS.entity("org", iri))
    assert node in set(result.graph.objects())
    stubs = Stubs()
    stubs.add("1", result.stubs)
    described = stubs.graph(IRIS)
    assert set(described.objects(node, SKOS.altLabel)) == {Literal(acronym, lang="en")}


@pytest.mark.parametrize(
    ("credit", "role"),
    [
        (
            "Obtained by the Testing Research Center, Budapest, and translated by Tess Tester.",
            ADO.obtainedBy,
        ),
        (
            "Obtained by the Testing Research Center, Washington, DC.",
            ADO.obtainedBy,
        ),  # and its state
        (  # in the "for" clause after a person too
            "Translated by Tess Tester for the Testing Research Center, Budapest.",
            SCHEMA.sourceOrganization,
        ),
    ],
)
def test_a_city_after_a_credited_institution_is_where_it_sits_not_its_name(
    credit: str, role: URIRef
) -> None:
    text = (
        '**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
        f" Digital Archive, Test Archive. {credit}\n\n**Contents:**\n\nTranslation - English"
        "\n\nText.\n"
    )
    result = mapped(parse_record(text, "x/1.txt", default_id="1"))
    assert set(result.graph.objects(None, role)) == {
        URIRef(IRIS.entity("org", "testing-research-center"))
    }
    translators = set(result.graph.objects(None, SCHEMA.translator))
    assert translators <= {URIRef(IRIS.entity("person", "tess-tester"))}


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


def test_a_language_without_an_iso_639_2_code_gets_no_iso_639_2_iri() -> None:
    languages = (Language(L("Serbo-Croatian"), None, "sh"),)
    graph = mapped(record(languages=languages)).graph
    assert not list(graph.objects(doc(), DCTERMS.language))
    assert (doc(), SCHEMA.inLanguage, Literal("sh")) in graph


def test_an_editor_edits_the_translation() -> None:
    citation = Citation(
        L("..."),
        credit_text=L("Translated by Jane Roe; edited by John Doe."),
        credits=(Credit("translated", L("Jane Roe")), Credit("edited", L("John Doe"))),
    )
    graph = mapped(
        record(citation=citation, languages=(Language(L("Russian"), "rus", "ru"),))
    ).graph
    translation = URIRef(IRIS.translation("1", "en"))
    assert (translation, SCHEMA.editor, URIRef(IRIS.entity("person", "john-doe"))) in graph
    assert not list(graph.objects(doc(), SCHEMA.editor))


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


def test_the_bodys_priority_is_the_documents_unless_the_title_gives_one() -> None:
    body_only = mapped(record(body_priority=L("immediate"))).graph
    assert (doc(), ADO.priority, URIRef(IRIS.concept("priority", "immediate"))) in body_only
    both = record(body_priority=L("urgent"), title=Title(text=L("X"), priority=L("flash")))
    assert set(mapped(both).graph.objects(doc(), ADO.priority)) == {
        URIRef(IRIS.concept("priority", "flash"))
    }


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


# --- titles read end to end: who wrote to whom, from where ------------------------------------


def from_title(title: str, date: str = "May 1, 1967") -> tuple[Graph, list[str]]:
    """The graph and warnings of a record holding only a date line and ``title``."""
    rec = parse_record(f"**{date}**\n**{title}**\n", "x/1.txt", default_id="1")
    result = mapped(rec)
    return result.graph, [w.message for w in [*rec.warnings, *result.warnings]]


def entity(kind: str, key: str) -> URIRef:
    return URIRef(IRIS.entity(kind, key))


@pytest.mark.parametrize(
    "title",
    [
        "Note from Ivan Petrović",
        "Note, Ivan Petrović",
        "Note, Ivan Petrović to Josip Tito, on the 'Report from the Front'",
    ],
)
def test_a_person_is_never_a_place(title: str) -> None:
    graph, _ = from_title(title)
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))
    assert not list(graph.objects(doc(), ADO.destination))
    assert not list(graph.subjects(RDF.type, SCHEMA.Place))
    if title.startswith("Note from"):  # a note is catalogued by who wrote it
        assert list(graph.objects(doc(), RICO.hasSender)) == [entity("person", "ivan-petrovic")]


@pytest.mark.parametrize("title", ["Telegram from Vinh to Bucharest", "Cable from Testyko"])
def test_a_bare_unknown_name_after_from_in_a_telegram_is_not_linked(title: str) -> None:
    """A telegram's title names the city it was sent from or who sent it: no guess."""
    graph, warnings = from_title(title)
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))
    assert not list(graph.objects(doc(), RICO.hasSender))
    name = title.split(" from ")[1].split(" to ")[0]
    assert any(f"cannot tell whether {name!r}" in w for w in warnings)


def test_a_party_of_an_assembly_is_no_venue() -> None:
    """Only "in" or "at" a venue reads what the venue is of: a party's title is no venue."""
    graph, _ = from_title("Letter from the Chairman of the Assembly of Test Kim [Moscow]")
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))


def test_a_name_the_authority_file_knows_as_an_agent_is_no_place() -> None:
    graph, warnings = from_title("Speech of Deputy Test Nowak in the Sejm, Warsaw Pact")
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))
    assert any(
        "'Warsaw Pact' is an organisation in the authority file, not a place" in w for w in warnings
    )


@pytest.mark.parametrize(
    ("title", "origin", "sender"),
    [
        (
            "Telegram from the Czechoslovak Embassy in Beijing to the Ministry of Foreign Affairs",
            "beijing",
            "czechoslovak-embassy-in-china",
        ),
        ("Report from the Bulgarian Legation to Tirana", "tirana", "bulgarian-legation-in-albania"),
        ("Speech of Deputy Test Nowak in the Sejm, Warsaw", "warsaw", None),
        ("Toast at a Reception in the Kremlin Hall [Moscow]", "moscow", None),
        # a venue of something (regression: these gave no place)
        ("Speech of Test Kim in the Palace of Culture [Budapest]", "budapest", None),
        ("Speech of Test Kim at the Great Hall of the People, Beijing", "beijing", None),
        ("Telegram from Pyongyang to Bucharest", "pyongyang", None),
        ("Telegram to Bucharest from Pyongyang", "pyongyang", None),
        (
            "Cable from the Soviet Embassy in Pyongyang Testov to the Ministry",
            "pyongyang",
            "soviet-embassy-in-pyongyang-testov",
        ),
        (
            "Telegram from the Chinese Embassy in the Soviet Union to the Ministry",
            "moscow",  # an embassy in a state sits in its capital (review 21 A#18)
            "chinese-embassy-in-the-soviet-union",
        ),
    ],
)
def test_place_of_creation(title: str, origin: str, sender: str | None) -> None:
    graph, _ = from_title(title)
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", origin)]
    senders = [entity("org", sender)] if sender else []
    assert list(graph.objects(doc(), RICO.hasSender)) == senders
    assert list(graph.objects(doc(), SCHEMA.sender)) == senders


def test_a_mission_addressee_gives_the_destination() -> None:
    graph, _ = from_title("Telegram from the Ministry to the Polish Embassy in Hanoi")
    assert list(graph.objects(doc(), ADO.destination)) == [entity("place", "hanoi")]
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [
        entity("org", "polish-embassy-in-north-vietnam")
    ]


@pytest.mark.parametrize(
    ("title", "senders", "addressees", "intermediaries"),
    [
        ("Ciphered Telegram, Gromyko to Molotov", ["gromyko-andrei"], ["molotov-vyacheslav"], []),
        (
            "Letter, Ho Chi Minh to Mao Zedong (via Wei Guoqing)",
            ["ho-chi-minh"],
            ["mao-zedong"],
            ["wei-guoqing"],
        ),
        (  # how it went is no agent
            "Cable from Ivan Testov to Pyotr Testin, via Telegraph",
            ["ivan-testov"],
            ["pyotr-testin"],
            [],
        ),
        *(
            (
                f"Letter from Ivan Testov to Pyotr Testin, via {channel}",
                ["ivan-testov"],
                ["pyotr-testin"],
                [],
            )
            for channel in ("Diplomatic Channels", "Military Channels", "Courier")
        ),
        (
            "Telegram from Ivan Testov to Pyotr Testin, via Boris Testyakov",
            ["ivan-testov"],
            ["pyotr-testin"],
            ["boris-testyakov"],
        ),
        (
            "Oral Message from the Chairman of the Test Council to Comrade Testkim",
            [],  # an office alone names nobody: one stub would merge its holders
            ["testkim"],
            [],
        ),
        (
            "Response of the Prime Minister of the Test Republic to President Testson",
            [],
            ["testson"],
            [],
        ),
    ],
)
def test_senders_addressees_and_intermediaries_are_agents(
    title: str, senders: list[str], addressees: list[str], intermediaries: list[str]
) -> None:
    graph, _ = from_title(title)
    people = [entity("person", k) for k in senders]
    assert list(graph.objects(doc(), RICO.hasSender)) == people
    assert list(graph.objects(doc(), SCHEMA.sender)) == people
    people = [entity("person", k) for k in addressees]
    assert list(graph.objects(doc(), RICO.hasAddressee)) == people
    assert list(graph.objects(doc(), SCHEMA.recipient)) == people
    assert list(graph.objects(doc(), ADO.intermediary)) == [
        entity("person", k) for k in intermediaries
    ]
    assert (doc(), RDF.type, SCHEMA.Message) in graph
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))


@pytest.mark.parametrize(
    ("title", "key", "message"),
    [
        ("Note Verbale from the Test Ministry", "note-verbale", True),
        ("Oral Message from Comrade Kim", "oral-message", True),
        ("Note from the Test Embassy to the Test Ministry", "note", True),  # sent to someone
        ("Note from Ivan Testović", "note", True),  # sent by someone
        ("Test Police Note on the Testish Emigration", "note", False),  # a note for the file
        ("Note by Comrade Testel on the Talks", "note", False),
        ("Soviet Note on Testburg", "note", True),  # a state's note is diplomatic
        ("Note of the Soviet Government on Testburg", "note", True),
        ("Note to the File", "note", False),  # no one is its addressee
        ("Weekly Report No. 7 from the Test Ministry", "report", False),
        ("Second Conversation between Test Kim and Test Lee", "record-of-conversation", False),
        # words between the head and "conversation" (regression: these had no type)
        ("Record of a Confidential Conversation with Test Kim", "record-of-conversation", False),
        (
            "Summary of the Second Talks between Test Kim and Test Lee",
            "record-of-conversation",
            False,
        ),
        ("Notes on a Discussion with the Test Ministry", "record-of-conversation", False),
        ("Record of the Main Content of the Conversation", "record-of-conversation", False),
        ("Talks between Test Kim and Test Lee", "record-of-conversation", False),
        ("Discussion between Test Kim and Test Lee", "record-of-conversation", False),
    ],
)
def test_document_type_and_message_class(title: str, key: str, message: bool) -> None:
    graph, _ = from_title(title)
    assert (doc(), DCTERMS.type, URIRef(IRIS.concept("document-type", key))) in graph
    assert ((doc(), RDF.type, SCHEMA.Message) in graph) is message


def test_a_title_without_a_type_word_has_no_type_and_a_warning() -> None:
    graph, warnings = from_title("Down with the Invented Imperialists!")
    assert not list(graph.objects(doc(), DCTERMS.type))
    assert "no document type in the title" in warnings


@pytest.mark.parametrize(
    ("line", "prop", "literal"),
    [
        ("ca. 1950", DCTERMS.created, Literal("1950~", datatype=EDTF)),
        ("1950-1953", DCTERMS.created, Literal("1950/1953", datatype=EDTF)),
        ("Spring 1968", DCTERMS.created, Literal("1968-21", datatype=EDTF)),
        ("[not before] 1950", DCTERMS.created, Literal("1950/..", datatype=EDTF)),
        ("undated [ca. 1955]", ADO.editorialDate, Literal("1955~", datatype=EDTF)),
        ("May 1, 1967", DCTERMS.created, Literal("1967-05-01", datatype=XSD.date)),
        # more wordings (regressions: each was "cannot read the date line")
        ("between 1955 and 1957", DCTERMS.created, Literal("1955/1957", datatype=EDTF)),
        ("May 1, 1967 (approx.)", DCTERMS.created, Literal("1967-05-01~", datatype=EDTF)),
        ("February 1953 [?]", DCTERMS.created, Literal("1953-02?", datatype=EDTF)),
        ("Early 1967", DCTERMS.created, Literal("1967", datatype=XSD.gYear)),
        ("Late 1950s", DCTERMS.created, Literal("195X", datatype=EDTF)),
        ("mid-1960s", DCTERMS.created, Literal("196X", datatype=EDTF)),
        ("[May 1, 1967]", ADO.editorialDate, Literal("1967-05-01", datatype=XSD.date)),
    ],
)
def test_dates_in_one_datatype_policy_with_the_date_as_written(
    line: str, prop: URIRef, literal: Literal
) -> None:
    graph, _ = from_title("Report on a Test", line)
    assert list(graph.objects(doc(), prop)) == [literal]
    assert list(graph.objects(doc(), ADO.createdAsWritten)) == [Literal(line)]


def test_labels_of_the_document_and_its_translation() -> None:
    rec = record(
        title=Title(L("Letter from A to B")),
        content_kinds=(L("translation-english"),),
        languages=(Language(L("Russian"), "rus", "ru"),),
    )
    graph = mapped(rec).graph
    translation = URIRef(IRIS.translation("1", "en"))
    for prop in (RDFS.label, SCHEMA.name):
        assert (doc(), prop, Literal("Letter from A to B", lang="en")) in graph
        label = Literal("Letter from A to B (English translation)", lang="en")
        assert (translation, prop, label) in graph
    assert (translation, DCTERMS.title, Literal("Letter from A to B", lang="en")) in graph


@pytest.mark.parametrize(
    ("url", "page", "see_also"),
    [
        (
            "https://wilson-center.drivingcreative.com/document/1",
            "https://digitalarchive.wilsoncenter.org/document/1",
            None,
        ),
        ("https://archive.example.org/document/1", None, "https://archive.example.org/document/1"),
    ],
)
def test_links_to_the_archive_page_are_canonical_and_the_url_stays_in_the_citation(
    url: str, page: str | None, see_also: str | None
) -> None:
    rec = record(url=L(url, 5), citation=Citation(L('"T," 1967.', 4)))
    graph = mapped(rec).graph
    assert list(graph.objects(doc(), SCHEMA.mainEntityOfPage)) == ([URIRef(page)] if page else [])
    assert list(graph.objects(doc(), RDFS.seeAlso)) == ([URIRef(see_also)] if see_also else [])
    assert list(graph.objects(doc(), DCTERMS.bibliographicCitation)) == [
        Literal(f'"T," 1967. {url}')
    ]


@pytest.mark.parametrize(
    ("holdings", "key"),
    [
        ("PRC FMA 106-00788-05", "prc-fma"),
        (
            "Archives of the Ministry of Foreign Affairs of the People's Republic of China"
            " (PRCFMA), 105-00944-02",
            "prc-fma",
        ),
        ("MOL, XIX-J-1-j Korea, 1967", "mnl-ol"),
        ("MNL OL, XIX-J-1-j, Korea, 1967", "mnl-ol"),
        (
            "Subject File No. 203, P.N. Haksar Papers, Nehru Memorial Museum and Library"
            " (NMML), New Delhi",
            "nmml",
        ),
        ("UK National Archives, PREM 11/1999", "tna"),
        ("The National Archives of the UK (TNA), FO 371/186595", "tna"),
        (  # regression: an abbreviation recurs between countries; only its full name tells
            "Archives du Ministère des Affaires Étrangères (AMAE), La Courneuve, URSS, Vol. 2665",
            "archives-du-ministere-des-affaires-etrangeres",
        ),
        # regression: a translator's wording of the full name does not hide the abbreviation
        ("Polish Central Archives of Modern Records (AAN), KC PZPR, sygn. 2/1", "aan"),
        ("Archive of the Ministry of Foreign Affairs of Romania (AMAE), Telegrams", "amae"),
        ("Romanian Ministry of Foreign Affairs Archive (AMAE), Pyongyang, 1967", "amae"),
        (
            "Archive of the Ministry of Foreign Affairs of the Russian Federation (AVPRF),"
            " f. 0102, op. 11, d. 45",
            "avprf",
        ),
        ("Federal Commissioner for the Stasi Records (BStU), MfS, HA II", "bstu"),
        ("Hungarian National Archives (AAN), box 5", "mnl-ol"),  # another country's AAN
        # an archive the file does not know is one stub, with or without its seat and its
        # abbreviation; after the abbreviation comes a series
        (
            "Arquivo Histórico do Testamaraty (AHT), Brasília, Telegramas, 1962",
            "arquivo-historico-do-testamaraty",
        ),
        (
            "Arquivo Histórico do Testamaraty, Brasília, Telegramas, 1962",
            "arquivo-historico-do-testamaraty",
        ),
        ("Diplomatic Archive of Testia (DAT), PA, 1955, f. 12", "diplomatic-archive-of-testia"),
        # a generic archive's name goes on with its institution, and keeps its seat
        (
            "Diplomatic Archives, Ministry of Foreign Affairs, Republic of Korea, 729.55 US",
            "rok-diplomatic-archives",
        ),
        ("State Archive, Sofia, f. 1B, op. 5", "state-archive-sofia"),
        (
            "Archive of the Ministry of Foreign Affairs, Prague, TO-T 1960-64",
            "archive-of-the-ministry-of-foreign-affairs-prague",
        ),
        ("National Archives, Pretoria, BTS 1/33", "national-archives-pretoria"),  # not NARA
        ("National Archives (NA), Prague, KSC-UV, f. 02/1", "czech-national-archives"),
        # a city of one word after an archive's name or acronym is its seat, known or not
        (
            "Archives of the Testian Republic (ATR), Testljana, AS 1277",
            "archives-of-the-testian-republic",
        ),
        ("The Test Memorial Foundation, Testburg, Box 3", "test-memorial-foundation"),
        # an English gloss in brackets translates the archive's own name: never a name alone
        ("Národní archiv (National Archives), Prague, KSČ-ÚV-02/2", "czech-national-archives"),
        ("Testarkivet (Testish National Archives), Stockholm, HP 12", "testarkivet"),
        ("John F. Kennedy Presidential Library, Boston, National Security Files", "jfk-library"),
        (
            "Archive of the Romanian Ministry of Foreign Affairs, Telegrams, 1967, vol. 1, p. 112",
            "amae",
        ),
        (
            "Archives of the Test Ministry of Testia, Testgrad Embassy, 1968",
            "archives-of-the-test-ministry-of-testia-testgrad-embassy",
        ),
        # a unit of an institution is the unit, whatever parent its citation adds
        ("Test Records Center, Testing University, SH-A-001", "test-records-center"),
        ("Bundesarchiv, Stiftung Archiv der Testparteien (SAPMO-BArch), DY 30/1", "sapmo-barch"),
        (  # the foundation's name as the records of the 1990s give it, "of the former GDR"
            'Stiftung "Archiv der Parteien und Massenorganisationen der ehemaligen DDR im'
            ' Bundesarchiv" (Berlin), DY30 JIV 2/201/1292',
            "sapmo-barch",
        ),
        (
            "Testing Institution Archives, Stanford University, Reel 17",
            "testing-institution-archives",
        ),
        (  # its seat with its state, whether the authority file knows the city or not
            "Testing Institution Archives, Stanford University, Testford, CA, Box 5",
            "testing-institution-archives",
        ),
        (
            "Testing Institution Archives, Stanford University, Testford, California, Box 5",
            "testing-institution-archives",
        ),
        # a unit's name that says only what it is keeps whose it is
        (
            "Special Collections, University of Testland, Box 4, Folder 3",
            "special-collections-university-of-testland",
        ),
        (
            "Special Collections Research Center, Testing University, Box 4",
            "special-collections-research-center-testing-university",
        ),
        (
            "Manuscripts and Archives, Testing University Library, Box 2",
            "manuscripts-and-archives-testing-university-library",
        ),
        # a body's name, then its archives: the body's archives, never a bare "Archives"
        (
            "Ministry of Foreign Affairs of the People's Republic of China, Archives, 106-00581-01",
            "prc-fma",
        ),
        (
            "Testing Ministry of Foreign Affairs, Diplomatic Archives, 2011-0721",
            "testing-ministry-of-foreign-affairs-diplomatic-archives",
        ),
        (  # the holder's parent at the end of the holdings is no shelfmark
            "Testov Diaries, Box 48, Folder 1, Testing Institution Archives, Stanford University",
            "testing-institution-archives",
        ),
        # an acronym with accented capitals, and an English gloss in square brackets
        (
            "Historical Archives of the Testing State Security (ÁTBL), 1.11.4. S-II/2/76",
            "historical-archives-of-the-testing-state-security",
        ),
        (
            "Állambiztonsági Testlevéltára (ÁTBL) [Historical Archives of the Testing State"
            " Security], 3.1.2. M-41",
            "allambiztonsagi-testleveltara",
        ),
        # a person's papers beside the archive's acronym, before or after: held by the archive
        ("Azeredo da Silveira Archive, CPDOC, AAS mre pn 1974.03.26", "cpdoc"),
        ("Nehru Memorial Museum and Library, P.N. Testar Papers (I-II Installment), No. 2", "nmml"),
        ("IPN BU 1585/5373, k. 1-6", "ipn"),
    ],
)
def test_one_archive_whatever_its_citation_calls_it(holdings: str, key: str) -> None:
    text = (
        f'**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
        f" Digital Archive, {holdings}.\n"
    )
    graph = mapped(parse_record(text, "x/1.txt", default_id="1")).graph
    assert list(graph.objects(doc(), SCHEMA.holdingArchive)) == [URIRef(IRIS.entity("org", key))]


def test_a_long_unclosed_bracket_in_the_holdings_is_read_in_linear_time() -> None:
    # regression: three runs of one class in the gloss pattern backtracked in cubic time, so
    # this 5,000-character bracket took minutes; it is no gloss, and the holdings are a stub
    holdings = "Testarkivet (Testish National Archives, Testholm, " + "ab " * 1650
    text = (
        '**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
        f" Digital Archive, {holdings}.\n"
    )
    graph = mapped(parse_record(text, "x/1.txt", default_id="1")).graph
    archives = list(graph.objects(doc(), SCHEMA.holdingArchive))
    assert len(archives) == 1
    assert str(archives[0]).startswith(IRIS.entity("org", "testarkivet-testish-national"))


def test_a_seat_at_the_end_of_the_holdings_is_no_shelfmark() -> None:
    text = (
        '**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
        " Digital Archive, Archive of the President of the Russian Federation (APRF), Moscow.\n"
    )
    graph = mapped(parse_record(text, "x/1.txt", default_id="1")).graph
    assert list(graph.objects(doc(), ADO.shelfmark)) == []
    assert list(graph.objects(doc(), SCHEMA.holdingArchive)) == [URIRef(IRIS.entity("org", "aprf"))]


@pytest.mark.parametrize(
    ("credit", "key"),
    [
        ("Obtained by Fundação Testúlio Vargas.", "fundacao-testulio-vargas"),
        ("Obtained by Fondation Jean Testès.", "fondation-jean-testes"),
        (
            "Obtained by Archival Research Team of the Institute of Test Studies.",
            "archival-research-team-of-the-institute-of-test-studies",
        ),
    ],
)
def test_an_institution_credited_in_its_own_language_is_an_organisation(
    credit: str, key: str
) -> None:
    text = (
        '**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
        f" Digital Archive, Test Archive. {credit}\n"
    )
    graph = mapped(parse_record(text, "x/1.txt", default_id="1")).graph
    assert list(graph.objects(doc(), ADO.obtainedBy)) == [URIRef(IRIS.entity("org", key))]


@pytest.mark.parametrize(
    "funder", ["the John D. and Catherine T. MacArthur Foundation", "the MacArthur Foundation"]
)
def test_a_funder_the_file_knows_is_one_iri_however_named(funder: str) -> None:
    text = f"**1975**\n**Memo**\n\nThis document was made possible with support from {funder}.\n"
    graph = mapped(parse_record(text, "x/1.txt", default_id="1")).graph
    assert list(graph.objects(doc(), SCHEMA.funder)) == [
        URIRef(IRIS.entity("org", "macarthur-foundation"))
    ]
