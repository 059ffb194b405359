"""Who signs a closing and who took part (review 23): an office joined by the original's
conjunction is one office under the signer; a signature the signatory rule declines is no
mention either; a ministry's or a mission's telegraphic address never signs a cable; a name
written surname first in capitals (UN style) signs whole; a rank of the original's language
is no part of a signer's or a recorder's name; the original's labels of who took part list
them, less their offices; a side's phrase then a dash heads its side's names; a full name
typed in capitals speaks in a transcript even once; a surname speaking is the file's bearer
in a post that year; an interviewer is creator and participant whether the title or the
citation names him."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from test_closing_blocks import PROSE, telegram
from test_parser_variants import body_of, values

from linkeddata.iris import Iris
from linkeddata.mapping import Context, Mapped, map_record
from linkeddata.mapping.authority import Authority
from linkeddata.parser import parse_record
from linkeddata.vocab import ADO, DCTERMS, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<person/testhan-francis> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Francis Testhan"@en ;
    skos:altLabel "Testhan"@en ;
    skos:note "US Ambassador to Testland, 1978-1980."@en .

<person/testrynin-anatoly> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Anatoly Testrynin"@en ;
    skos:note "Soviet Ambassador to Testland, 1962-1986."@en .

<person/testbush-george-h> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "George H. Testbush"@en ;
    skos:note "President of Testland, 1989-1993."@en .

<person/testbush-george-w> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "George W. Testbush"@en ;
    skos:note "President of Testland, 2001-2009."@en .

<person/testpark-chung-hee> a foaf:Person, schema:Person ;
    schema:gender schema:Male ;
    skos:prefLabel "Testpark Chung-hee"@en ;
    skos:hiddenLabel "President Testpark"@en ;
    skos:note "President of Testland, 1963-1979."@en .

<place/testhanoi> a schema:Place ;
    skos:prefLabel "Testhanoi"@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))
_DOC = URIRef(IRIS.document("1"))
_TESTHAN = URIRef(IRIS.id_base + "person/testhan-francis")


def _mapped(title: str, body: str, year: str = "1979") -> Mapped:
    text = f"**{year}**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{body}\n"
    record = parse_record(text, "x/1.txt", default_id="1")
    return map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        (
            "Fraternalmente,\n\nComandante en Jefe Testel Testro Ruz\n"
            "Presidente del Consejo de Estado y de Ministros de la República de Testia",
            ("Testel Testro Ruz",),
        ),
        (
            "Atenciosamente,\n\nAntonio F. Testedo da Silveira\n"
            "Ministro de Estado e das Relações Exteriores",
            ("Antonio F. Testedo da Silveira",),
        ),
        ("Presidente del Consejo de Estado y de Ministros de la República de Testia", ()),
        ("Ministro de Estado e das Relações Exteriores", ()),
        (  # two stacked signers stay two
            "Raúl Testro\nMinistro de las FAR\n\nTestel Testro\nPrimer Ministro",
            ("Raúl Testro", "Testel Testro"),
        ),
    ],
)
def test_the_words_after_an_offices_conjunction_are_never_a_name(
    closing: str, signers: tuple[str, ...]
) -> None:
    body = f"{PROSE}\n\n{closing}\n\nTestburgo, 12 de mayo de 1978"
    assert values(body_of(body).signatories) == signers


_ROMANIAN = "Cable from the Romanian Embassy in Testburg"


def test_a_declined_surname_signature_is_no_mention_of_the_files_namesake() -> None:
    graph = _mapped(_ROMANIAN, f"{PROSE}\n\nTesthan").graph
    assert _TESTHAN not in set(graph.objects(_DOC, SCHEMA.mentions))
    assert _TESTHAN not in set(graph.objects(_DOC, DCTERMS.creator))


def test_a_declined_place_line_is_still_a_mention() -> None:
    graph = _mapped(_ROMANIAN, f"{PROSE}\n\nTESTHANOI").graph
    assert URIRef(IRIS.id_base + "place/testhanoi") in set(graph.objects(_DOC, SCHEMA.mentions))


def test_a_declined_signers_surname_in_a_sentence_is_still_a_mention() -> None:
    body = f"Testhan told me the embargo stays.\n\n{PROSE}\n\nTesthan"
    assert _TESTHAN in set(_mapped(_ROMANIAN, body).graph.objects(_DOC, SCHEMA.mentions))


@pytest.mark.parametrize(
    ("last", "signers"),
    [
        ("FOREIGN", ()),
        ("EXTERNAL", ()),
        ("DEFENCE", ()),
        ("INDEMBASSY", ()),
        ("TESTEMBASSY", ()),
        ("UKMIS", ()),
        ("TESTOV", ("TESTOV",)),
        ("HOME", ("HOME",)),  # Lord Home signed so
        ("TESTEIDEL", ("TESTEIDEL",)),
    ],
)
def test_a_telegraphic_address_on_a_cables_last_line_never_signs(
    last: str, signers: tuple[str, ...]
) -> None:
    assert values(telegram(f"{PROSE}\n\n{last}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("(Signed) TEST Chong Ha\nAmbassador", ("Test Chong Ha",)),
        ("(Signed) LI Testxing", ("Li Testxing",)),
        ("(Signed) PAK Gil-test", ("Pak Gil-test",)),
        ("(Signed) A. TESTYKO", ("A. TESTYKO",)),
        ("(Signed) Andrei TESTYKO", ("Andrei TESTYKO",)),
    ],
)
def test_a_surname_first_in_capitals_signs_with_its_given_name(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("Recorded by: Secretário Luiz Testeia", ("Luiz Testeia",)),
        ("Recorded by: Primeiro-Secretário João Testes", ("João Testes",)),
        ("Recorded by: Consejero Juan Téstez", ("Juan Téstez",)),
        (
            "Recorded by: Chanceler Antônio F. Testedo da Silveira",
            ("Antônio F. Testedo da Silveira",),
        ),
        ("Atentamente,\n\nConselheiro João Testes", ("João Testes",)),
        ("Recorded by: Testo Dray", ("Testo Dray",)),  # a name's own first word stays
    ],
)
def test_a_rank_of_the_originals_language_is_no_part_of_a_signers_name(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("label", "people"),
    [
        (
            "Participantes: Presidente Ernesto Testel; Chanceler Antônio F. Testedo da Silveira;"
            " Secretário de Estado Cyrus Testce; Embaixador John Testmins",
            ("Ernesto Testel", "Antônio F. Testedo da Silveira", "Cyrus Testce", "John Testmins"),
        ),
        (
            "Presentes: Embajador Carlos Testares, Consejero Juan Téstez",
            ("Carlos Testares", "Juan Téstez"),
        ),
        (
            "Estiveram presentes: João F. Testes, Embaixador Pedro Testa",
            ("João F. Testes", "Pedro Testa"),
        ),
        ("Asistentes: Delegación Testiana, Embajada Testiética, Intérprete Oficial", ()),
        ("Asistentes: Según el protocolo, Carlos Testares", ()),  # bare words: no one
        ("Número de participantes: 35", ()),
        ("Asistentes: 35", ()),
    ],
)
def test_the_originals_labels_of_who_took_part_list_them(
    label: str, people: tuple[str, ...]
) -> None:
    body = f"MEMORANDUM OF CONVERSATION\n\n{label}\n\n{PROSE}"
    assert values(body_of(body).header_participants) == people


@pytest.mark.parametrize(
    ("label", "people"),
    [
        (
            "Present: from the Testian side - Testlin, Testotov; from the Testgar side - Testarov.",
            ("Testlin", "Testotov", "Testarov"),
        ),
        (
            "Present: On the Testese side - Comrades Testou Enlai, Testen Yi",
            ("Testou Enlai", "Testen Yi"),
        ),
        (
            "Present: from the CPTS - Testlin, Testotov; from the TWP - Testarov.",
            ("Testlin", "Testotov", "Testarov"),
        ),
        ("Present: Comrade Testkim - interpreter", ()),  # a role after the dash, no one
    ],
)
def test_a_sides_phrase_then_a_dash_heads_its_names(label: str, people: tuple[str, ...]) -> None:
    body = f"MEMORANDUM OF CONVERSATION\n\n{label}\n\n{PROSE}"
    assert values(body_of(body).header_participants) == people


def test_a_full_name_typed_in_capitals_speaks_once_only_as_the_files() -> None:
    body = (
        "ANATOLY TESTRYNIN: There were nine warheads.\n\nSTRATEGIC ARMS LIMITATION: The "
        "President said he agreed.\n\nUNIDENTIFIED SPEAKER: Because.\n\nBORIS TESTEV: Indeed."
        "\n\nAnatoly Testin: Yes.\n\nANATOLY TESTKOV: No.\n\nGEORGE TOWN: no.\n\n"
        "FRANCIS SPEECH: was read."
    )
    mapped = _mapped("Transcript of the Testburg Conference", body, "1992")
    assert {str(o) for o in mapped.graph.objects(_DOC, ADO.participant)} == {
        IRIS.id_base + "person/testrynin-anatoly"
    }
    assert not mapped.stubs


@pytest.mark.parametrize(
    ("year", "speaker"),
    [("1989", "testbush-george-h"), ("2003", "testbush-george-w"), ("1995", None)],
)
def test_a_surname_speaking_is_the_files_bearer_in_a_post_that_year(
    year: str, speaker: str | None
) -> None:
    body = "Testbush: We want it to succeed.\n\nTestbush: That is all."
    mapped = _mapped("Transcript of the Testburg Summit", body, year)
    found = {str(o) for o in mapped.graph.objects(_DOC, ADO.participant)}
    assert found == ({IRIS.id_base + f"person/{speaker}"} if speaker else set())


_TESTZUB = IRIS.id_base + "person/vladislav-testzub"


@pytest.mark.parametrize(
    ("title", "citation"),
    [
        ("Interview with Anatoly Testrynin by Vladislav Testzub", "Contributed by the Archive."),
        ("Interview with Anatoly Testrynin", "Interview conducted by Vladislav Testzub."),
    ],
)
def test_an_interviewer_is_creator_and_participant_however_named(title: str, citation: str) -> None:
    text = (
        f'**1992**\n**{title}**\n\n**Citation:**\n\n"{title}," 1992, Digital Archive.'
        f" {citation}\n\n**Contents:**\n\nTranscript - English\n\nQ: Why?\n\nA: Because.\n"
    )
    record = parse_record(text, "x/1.txt", default_id="1")
    graph = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64).graph
    assert {str(o) for o in graph.objects(_DOC, DCTERMS.creator)} == {_TESTZUB}
    assert {str(o) for o in graph.objects(_DOC, ADO.participant)} == {
        _TESTZUB,
        IRIS.id_base + "person/testrynin-anatoly",
    }


def test_the_interviewee_of_an_interview_with_a_station_is_no_interviewer() -> None:
    graph = _mapped("Interview of Anatoly Testrynin with Radio Testburg", "Q: Why?", "1992").graph
    assert IRIS.id_base + "person/testrynin-anatoly" not in {
        str(o) for o in graph.objects(_DOC, DCTERMS.creator)
    }


def test_a_family_name_written_first_speaking_is_no_one_in_a_post() -> None:
    body = "Testpark: We agree.\n\nTestnishi: Good.\n\nTestpark: That is all."
    mapped = _mapped("Record of Conversation with the Testian Ambassador", body, "1975")
    assert set(mapped.graph.objects(_DOC, ADO.participant)) == set()
