"""A citation's holdings: the holder, the shelfmark and the publication, as review 19 found
them read wrong (a release route as a holder, an archive's parent body or seat in the name or
the shelfmark, a fonds before the seat, a state "of" the body, "translation from" a
periodical, the seat and the acronym of an unknown archive's stub)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS, SKOS

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.stubs import Stubs
from linkeddata.parser import parse_record
from linkeddata.record import Citation
from linkeddata.vocab import ADO, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
IRIS = Iris("http://127.0.0.1:8080/")
CONTEXT = Context(IRIS, load_authority(ROOT / "documents" / "authorities.ttl", IRIS))
DOC = URIRef(IRIS.entity("document", "1"))


def citation_of(citation: str) -> Citation:
    parsed = parse_record(f"**Citation:**\n\n{citation}\n", "x/1.txt", default_id="1").citation
    assert parsed is not None
    return parsed


def held(holdings: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The repositories and shelfmarks a citation's ``holdings`` give."""
    citation = citation_of(f'"A Title," 1950, Wilson Center Digital Archive, {holdings}.')
    return (
        tuple(r.value for r in citation.repositories),
        tuple(s.value for s in citation.shelfmarks),
    )


def mapped(citation: str) -> tuple[Graph, Graph]:
    """The document's graph and its stubs' graph for a record with this citation."""
    text = f"**1967**\n**Letter from A to B**\n\n**Citation:**\n\n{citation}\n"
    result = map_record(parse_record(text, "x/1.txt", default_id="1"), CONTEXT, sha256="0" * 64)
    stubs = Stubs()
    stubs.add("1", result.stubs)
    return result.graph, stubs.graph(IRIS)


def holders(holdings: str) -> list[URIRef]:
    graph, _ = mapped(f'"Letter," 1967, Wilson Center Digital Archive, {holdings}.')
    return list(graph.objects(DOC, SCHEMA.holdingArchive))


def org(key: str) -> URIRef:
    return URIRef(IRIS.entity("org", key))


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        ("State Department FOIA release", ((), ())),
        ("CIA FOIA release", ((), ())),
        ("CIA FOIA Electronic Reading Room", ((), ())),
        ("Department of Energy FOIA", ((), ())),
        ("Mandatory Declassification Review request to the Testing Agency", ((), ())),
        ("Freedom of Information Act release", ((), ())),
        ("FOIA request by the Testing Security Archive", ((), ())),
        ("CIA CREST database", ((), ())),
        ("State Department FOIA release, RG 59, Box 4", ((), ("RG 59, Box 4",))),
        # a code after the route is the document's number under it, no holder
        ("CIA FOIA Electronic Reading Room, TDCS DB-123/04567-68", ((), ("TDCS DB-123/04567-68",))),
        (
            "CIA FOIA Electronic Reading Room, CIA-RDP12T00345A0123-4",
            ((), ("CIA-RDP12T00345A0123-4",)),
        ),
        ("State Department FOIA release, Case No. F-2001-04321", ((), ("Case No. F-2001-04321",))),
        # the date of a release is neither its number nor a holder (review 21 C)
        ("CIA FOIA release, 2001-01-15", ((), ())),
        (
            "CIA FOIA release; Testing Archives, College Park",
            (("Testing Archives, College Park",), ()),
        ),
        # a repository after the route holds the document
        (
            "CIA Records Search Tool (CREST), Testing Archives, College Park",
            (("Testing Archives, College Park",), ()),
        ),
        ("MDR release, Testing Presidential Library", (("Testing Presidential Library",), ())),
        # after the repository a route is no part of its name
        (
            "Testing Archives, CIA FOIA Electronic Reading Room",
            (("Testing Archives",), ("CIA FOIA Electronic Reading Room",)),
        ),
        # a reading room of a real repository is no release route
        (
            "National Archives, College Park, Research Room",
            (("National Archives, College Park, Research Room",), ()),
        ),
    ],
)
def test_the_way_a_copy_was_released_names_no_holder(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings) == expected


@pytest.mark.parametrize(
    ("holdings", "key"),
    [
        (
            "Archivo Histórico Genaro Estrada, Secretaría de Testería Exterior (STE), Mexico City",
            "ahge",
        ),
        (
            "Arquivo Histórico do Itamaraty, Ministério das Testações Exteriores (MTE), Brasília",
            "ahi",
        ),
        (
            "Political Archive of the Federal Foreign Office, Auswärtiges Testamt (AT), Berlin",
            "pa-aa",
        ),
        ("Archivo Histórico Genaro Estrada, Secretaría de Testería, Mexico City, T-1", "ahge"),
        # an archive the file does not know is one stub without its ministry and its seat
        ("Archivo Histórico Testburgo, Secretaría de Testería Exterior (STE), Testburg, T-1", None),
        ("Archivo Histórico Testburgo, Secretaría de Testería, Testburg, T-1", None),
        ("Archivo Histórico Testburgo, Testburg, T-1", None),
    ],
)
def test_an_archive_then_its_parent_body_is_the_archive(holdings: str, key: str | None) -> None:
    assert holders(holdings) == [org(key or "archivo-historico-testburgo")]


@pytest.mark.parametrize(
    ("holdings", "key"),
    [
        # a state with the archive's own acronym is no parent body
        ("Archive of Foreign Policy, Russian Federation (AVP RF), Moscow, f. 5", "avprf"),
        # a seat and its country are no parent body, and a name the file knows is whole
        ("Ministry of External Relations Archives, Brasilia, Brazil", "ahi"),
    ],
)
def test_a_state_or_a_seat_after_an_archive_is_no_parent_body(holdings: str, key: str) -> None:
    assert holders(holdings) == [org(key)]


def test_a_name_that_says_only_what_a_unit_is_keeps_its_parent_body() -> None:
    assert holders("Archives Division, Ministry of Testing Affairs (MTA), New Delhi, F. 12") == [
        org("archives-division-ministry-of-testing-affairs")
    ]


@pytest.mark.parametrize(
    "holdings",
    [  # review 19 diff B#3: the seat is no part of a unit's name, the body's acronym no name of it
        "Archives Division, Ministry of Testing Affairs (MTA), New Delhi, File No. 12/3/67",
        "Archives Division, Ministry of Testing Affairs (MTA), Testburg, File No. 12/3/67",
    ],
)
def test_a_units_stub_has_neither_its_seat_nor_its_bodys_acronym(holdings: str) -> None:
    graph, stubs = mapped(f'"Letter," 1967, Wilson Center Digital Archive, {holdings}.')
    key = org("archives-division-ministry-of-testing-affairs")
    assert list(graph.objects(DOC, SCHEMA.holdingArchive)) == [key]
    assert Literal("MTA", lang="en") not in set(stubs.objects(key, SKOS.altLabel))


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        (  # a bracketed series after the seat
            "Arquivo Histórico do Testamaraty, Testília (Secret Telegrams Received, Testana, 1962)",
            (
                ("Arquivo Histórico do Testamaraty, Testília",),
                ("Secret Telegrams Received, Testana, 1962",),
            ),
        ),
        (  # the parent body before the seat
            "Archivo Histórico Testburgo, Secretaría de Testería, Testburg, T-1",
            (("Archivo Histórico Testburgo, Secretaría de Testería, Testburg",), ("T-1",)),
        ),
        # the city of a series is kept, whatever language the series is named in
        (
            "Arquivo Histórico do Testamaraty, Telegramas Recebidos, Testiago, 1973",
            (("Arquivo Histórico do Testamaraty",), ("Telegramas Recebidos, Testiago, 1973",)),
        ),
        (
            "Arquivo Histórico do Testamaraty, MRE, Telegramas Confidenciais, Testiago, 1973",
            (
                ("Arquivo Histórico do Testamaraty",),
                ("MRE, Telegramas Confidenciais, Testiago, 1973",),
            ),
        ),
        # brackets after a comma are the shelfmark's own
        ("Testing Library, Memoranda, (Box 19)", (("Testing Library",), ("Memoranda, (Box 19)",))),
        # a records project or a collection after a generic archive's name is no part of it
        # (review 22 A#4); a ministry after it is ("Diplomatic Archives, Ministry of ...")
        (
            "National Archives, Testov Presidential Materials Project, NSC Files, Box 1032",
            (
                ("National Archives",),
                ("Testov Presidential Materials Project, NSC Files, Box 1032",),
            ),
        ),
        (
            "National Archives, Testov Presidential Materials Staff, Box 7",
            (("National Archives",), ("Testov Presidential Materials Staff, Box 7",)),
        ),
        (
            "Diplomatic Archives, Ministry of Testing Affairs, Box 7",
            (("Diplomatic Archives, Ministry of Testing Affairs",), ("Box 7",)),
        ),
        # the parent ministry and the seat, then the series in brackets (review 23 A#5)
        (
            "Arquivo Histórico do Testamaraty, Ministério das Relações Testeriores, Testília"
            " (Secret Telegrams Received from Testana, 1962)",
            (
                (
                    "Arquivo Histórico do Testamaraty, Ministério das Relações Testeriores,"
                    " Testília",
                ),
                ("Secret Telegrams Received from Testana, 1962",),
            ),
        ),
        # a series is left to the name: no one archive the wording can tell (diff review 22 D#4)
        (
            "National Archives, Records of the Testing Office, TO 371",
            (("National Archives, Records of the Testing Office",), ("TO 371",)),
        ),
    ],
)
def test_the_seat_and_the_parent_body_are_no_shelfmark(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings) == expected


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        (
            'National Archive, Archive of the CC KSTz, (Testburg); File: "Testov, Testa," Box 5',
            (
                ("National Archive, Testburg",),
                ('Archive of the CC KSTz; File: "Testov, Testa," Box 5',),
            ),
        ),
        (
            "National Archive, Archive of the CC KSTz (Testburg), f. 07/16",
            (("National Archive, Testburg",), ("Archive of the CC KSTz, f. 07/16",)),
        ),
        (
            "Central State Archive, Fond of the Presidium, (Testburg), a.e. 5",
            (("Central State Archive, Testburg",), ("Fond of the Presidium, a.e. 5",)),
        ),
        # an archive's own name, alone or after a generic one, is no fonds
        (
            "Archive of the President of the Testian Federation (APTF), f. 3",
            (("Archive of the President of the Testian Federation (APTF)",), ("f. 3",)),
        ),
        (
            "National Archives, Archive of Testing Records, Testburg, f. 3",
            (("National Archives, Archive of Testing Records, Testburg",), ("f. 3",)),
        ),
    ],
)
def test_a_fonds_between_a_generic_archive_and_its_seat_is_shelfmark(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings) == expected


def test_the_national_archive_of_a_city_with_a_fonds_is_that_citys() -> None:
    holdings = "National Archive, Archive of the CC KSTz, (Prague); Box 12"
    assert holders(holdings) == [org("czech-national-archives")]


@pytest.mark.parametrize(
    ("holdings", "key"),
    [
        (
            "Archive of the Ministry of Foreign Affairs of Mongolia, fond 9, dans 1",
            "mongolian-mfa-archive",
        ),
        ("Archive of the Ministry of Foreign Affairs of Poland, f. 1", "amsz"),
        (
            "Archive of the Ministry of Foreign Affairs of the Polish People's Republic, f. 1",
            "amsz",
        ),
        # a ministry's archive is not the national archive, nor another state's archive
        ("National Archives of Mongolia, f. 1", "mongolian-national-archive"),
        (
            "Archive of the Ministry of Foreign Affairs of Testia, f. 1",
            "archive-of-the-ministry-of-foreign-affairs-of-testia",
        ),
        (
            "Archive of the Ministry of Testing Affairs of Mongolia, f. 1",
            "archive-of-the-ministry-of-testing-affairs-of-mongolia",
        ),
        # the country after a comma says whose as "of" does; a stub keeps it (review 22 D#7)
        (
            "Archive of the Ministry of Foreign Affairs, Mongolia, fond 3, dans 1",
            "mongolian-mfa-archive",
        ),
        (
            "Archive of the Ministry of Foreign Affairs, Pakistan, fond 3",
            "archive-of-the-ministry-of-foreign-affairs-pakistan",
        ),
        (
            "Ministry of Foreign Affairs, Pakistan, File No. 8(3)-P/67",
            "ministry-of-foreign-affairs-pakistan",
        ),
    ],
)
def test_an_archive_named_with_its_state_after_the_body_is_the_states(
    holdings: str, key: str
) -> None:
    assert holders(holdings) == [org(key)]


@pytest.mark.parametrize(
    ("credits", "publication", "label"),
    [
        (
            "copy courtesy of TSA; translation from Problems of Testing, Spring 1992, pp. 60-62.",
            "Problems of Testing, Spring 1992, pp. 60-62",
            "Problems of Testing",
        ),
        (
            "Translation from TWIHP Bulletin 5 (Spring 1995), p. 110.",
            "TWIHP Bulletin 5 (Spring 1995), p. 110",
            "TWIHP Bulletin",
        ),
        (
            "English translation from Testival, vol. 12, no. 3.",
            "Testival, vol. 12, no. 3",
            "Testival",
        ),
        (  # "translated from" as well (review 19 diff B#3)
            "Translated from Problems of Testing, no. 3 (1990).",
            "Problems of Testing, no. 3 (1990)",
            "Problems of Testing",
        ),
    ],
)
def test_a_translation_from_a_publication_names_where_it_was_printed(
    credits: str, publication: str, label: str
) -> None:
    citation = citation_of(f'"A Title," 1950, Wilson Center Digital Archive, APRF; {credits}')
    assert [p.value for p in citation.publications] == [publication]
    assert all(c.role != "translated" for c in citation.credits)
    graph, _ = mapped(f'"Letter," 1967, Wilson Center Digital Archive, APRF; {credits}')
    assert list(graph.objects(None, SCHEMA.translator)) == []
    sources = list(graph.objects(DOC, DCTERMS.source))
    assert [graph.value(s, RDFS.label) for s in sources] == [Literal(label)]


@pytest.mark.parametrize(
    ("credits", "expected"),
    [
        ("Translation from Russian by Testa Testova.", [("translated", "Testa Testova")]),
        ("Translation from TBIS.", [("translated", "TBIS")]),
        ("Translated from the Russian by Testa Testova.", [("translated", "Testa Testova")]),
        ("translation from copy provided by Testburg Radio.", [("contributed", "Testburg Radio")]),
        ("English translation provided by Testa Testova.", [("translated", "Testa Testova")]),
    ],
)
def test_a_translation_from_a_translator_or_a_copy_is_no_publication(
    credits: str, expected: list[tuple[str, str]]
) -> None:
    citation = citation_of(f'"A Title," 1950, Wilson Center Digital Archive, APRF. {credits}')
    assert citation.publications == ()
    assert [(c.role, c.agent.value) for c in citation.credits] == expected


def test_an_unknown_archives_stub_keeps_no_seat_of_two_words() -> None:
    assert holders("Archivo del Testejo de Estado, La Testana") == [
        org("archivo-del-testejo-de-estado")
    ]


@pytest.mark.parametrize(
    ("holdings", "key", "acronym"),
    [
        ("Archivo Testórico (ATE), Testburg, f. 1", "archivo-testorico", "ATE"),
        # a generic archive keeps its seat, and its acronym as well
        (
            "Military Historical Archive (TMA), Prague, box 22",
            "military-historical-archive-prague",
            "TMA",
        ),
    ],
)
def test_an_unknown_archives_acronym_is_its_stubs_alternative_label(
    holdings: str, key: str, acronym: str
) -> None:
    graph, stubs = mapped(f'"Letter," 1967, Wilson Center Digital Archive, {holdings}.')
    assert list(graph.objects(DOC, SCHEMA.holdingArchive)) == [org(key)]
    assert Literal(acronym, lang="en") in set(stubs.objects(org(key), SKOS.altLabel))


def test_a_citation_without_quotes_and_archive_name_still_gives_its_holder() -> None:
    citation = citation_of(
        "Report by the Testian Ministry on Test Deliveries to Testia, April 12, 1950,"
        " Testing Historical Archive (THA), Testburg, TNO 1950, box 22. Translated by Tess Tester."
    )
    assert citation.title is not None
    assert citation.title.value == "Report by the Testian Ministry on Test Deliveries to Testia"
    assert [r.value for r in citation.repositories] == [
        "Testing Historical Archive (THA), Testburg"
    ]
    assert [s.value for s in citation.shelfmarks] == ["TNO 1950, box 22"]


def test_a_citation_without_quotes_whose_date_names_no_archive_after_it_has_no_holdings() -> None:
    citation = citation_of("Report on Testing, April 12, 1950, in Testburg, with notes by Testov.")
    assert citation.repositories == ()
    graph, _ = mapped("Report on Testing, April 12, 1950, in Testburg, with notes by Testov.")
    assert list(graph.objects(DOC, ADO.shelfmark)) == []


@pytest.mark.parametrize(
    ("holdings", "shelfmark"),
    [  # after an archive's acronym, a series' word starts the shelfmark
        (
            "Testing Ministry Archive (TMA), Szyfrogramy, 1970, Testburg",
            "Szyfrogramy, 1970, Testburg",
        ),
        ("Testing Ministry Archive (TMA), Depesze, 1956", "Depesze, 1956"),
        ("Testing Ministry Archive (TMA), Telegrams, 1956", "Telegrams, 1956"),
        # a city the file knows is the seat; an unknown word that ends the holdings too
        ("Testing Ministry Archive (TMA), Belgrade, Fond 5", "Fond 5"),
        ("Testing Ministry Archive (TMA), Testgrad", None),
        # and so is any other word, a seat in its own language the file lacks (review 21 C)
        ("Archive of Testing Records (ATR), Testowa, KC TZPR, XI/123", "KC TZPR, XI/123"),
        ("Testing Ministry Archive (TMAZV), Testha, TO-T, 1955", "TO-T, 1955"),
        ("Archives of the Test Party (TAPMO-BArch), Testerfelde, DY 30/3386", "DY 30/3386"),
        # a generic archive's seat, or one after a gloss in words, says which archive it is
        ("State Archive (SA), Testgrad, f. 1", "f. 1"),
        ("Political Archive (Foreign Office), Testgrad, B 150", "B 150"),
    ],
)
def test_after_an_acronym_only_a_series_word_starts_the_shelfmark(
    holdings: str, shelfmark: str | None
) -> None:
    graph, _ = mapped(f'"Letter," 1967, Wilson Center Digital Archive, {holdings}.')
    assert list(graph.objects(DOC, ADO.shelfmark)) == ([Literal(shelfmark)] if shelfmark else [])
    assert len(list(graph.objects(DOC, SCHEMA.holdingArchive))) == 1


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        # the source that issued a text cited from a publication holds nothing, and the
        # connective is no shelfmark (review 23 D#1)
        ("Korean Testing News Agency, as published in TBIS-EAS-93-047, 12 March 1993", ((), ())),
        ("Testhua, as reported in FBIS-CHI-89-110, p. 12", ((), ())),
        ("TCNA, as carried by Radio Testyang", ((), ())),
        # a location with a shelf unit or a number is an archive's, as it was
        (
            "Test State Archive, fond 5, as published in Testland Journal 5 (1990)",
            (("Test State Archive",), ("fond 5",)),
        ),
        ("TAN, KC TPZPR, sygn. XI A/10", (("TAN",), ("KC TPZPR, sygn. XI A/10",))),
        # a newspaper's numbered issue and a monitoring serial hold nothing (review 23 D#23, D#5)
        ("Trybuna Testu, No. 294, 14 December 1981", ((), ())),
        ("Testing Summary of World Broadcasts, FE/0483/B2/1", ((), ())),
        ("Archives Center No. 3, fond 1", (("Archives Center No. 3",), ("fond 1",))),
        ("TNA FO 371/1234", (("TNA",), ("FO 371/1234",))),
    ],
)
def test_a_source_cited_from_a_publication_holds_nothing(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings) == expected


@pytest.mark.parametrize(
    ("holdings", "key"),
    [
        # known archives under the wording WCDA cites them by (review 23 B#8)
        ("The National Archives, United Kingdom, FCO 21/841", "tna"),
        ("National Archives, United Kingdom, PREM 15/1993", "tna"),
        ("Arkhiv Vneshnei Politiki, vol. 525, 112", "avprf"),
        ("Presidential Archives, Moscow, f. 3, op. 65, d. 776", "aprf"),
        ("Archive of the Ministry of Foreign Affairs of Serbia, Fond 12", "damsps"),
        ("Archivo Histórico Diplomático de México, Fondo 3", "ahge"),
    ],
)
def test_a_known_archive_under_another_wording_is_that_archive(holdings: str, key: str) -> None:
    assert holders(holdings) == [org(key)]


@pytest.mark.parametrize(
    ("name", "key"),
    [  # a pair of acronyms is the body its first names, as holder and as credited agent
        ("CPDOC/FGV", "cpdoc"),
        ("CPDOC-FGV", "cpdoc"),
        ("FGV/CPDOC", "fgv"),
        ("SAPMO-BArch", "sapmo-barch"),  # known whole: never split
    ],
)
def test_a_pair_of_acronyms_is_the_body_its_first_names(name: str, key: str) -> None:
    graph, stubs = mapped(
        f'"Letter," 1967, Wilson Center Digital Archive, {name}, Testo Archive, 12.'
        f" Obtained and translated by {name}."
    )
    assert list(graph.objects(DOC, SCHEMA.holdingArchive)) == [org(key)]
    assert list(graph.objects(DOC, ADO.obtainedBy)) == [org(key)]
    assert not [s for s in set(stubs.subjects()) if "/org/" in s]


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        # a project or a database after the repository is its shelfmark (review 23 D#4)
        (
            "Testing Security Archive, Testo-Testnev Project",
            (("Testing Security Archive",), ("Testo-Testnev Project",)),
        ),
        (
            "Testing Security Archive, Testian and East Testing Archive Documents Database (TREAD)",
            (
                ("Testing Security Archive",),
                ("Testian and East Testing Archive Documents Database (TREAD)",),
            ),
        ),
        # one name, and a generic archive's body and state, stay the repository's name
        ("Archive of the Testov Foundation", (("Archive of the Testov Foundation",), ())),
        (
            "Diplomatic Archives, Ministry of Foreign Affairs, Republic of Testland",
            (("Diplomatic Archives, Ministry of Foreign Affairs, Republic of Testland",), ()),
        ),
    ],
)
def test_a_project_named_after_the_repository_is_its_shelfmark(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings) == expected


def test_the_parent_ministry_and_seat_before_a_series_are_the_archives() -> None:
    graph, _ = mapped(
        '"Letter," 1967, Wilson Center Digital Archive, Arquivo Histórico do Itamaraty,'
        " Ministério das Relações Exteriores, Brasília (Secret Telegrams Received from Testana,"
        " 1962)."
    )
    assert list(graph.objects(DOC, SCHEMA.holdingArchive)) == [org("ahi")]
    assert list(graph.objects(DOC, ADO.shelfmark)) == [
        Literal("Secret Telegrams Received from Testana, 1962")
    ]


@pytest.mark.parametrize(
    ("holdings", "key"),
    [
        # a presidential library with or without the given names and "and Museum" (review 23 D#12)
        ("Nixon Presidential Library and Museum, NSC Files, Box 3", "nixon-library"),
        ("Nixon Presidential Library and Museum, Yorba Linda, California", "nixon-library"),
        ("Richard M. Nixon Presidential Library, Box 3", "nixon-library"),
        ("Carter Presidential Library and Museum, Box 3", "carter-library"),
    ],
)
def test_a_presidential_library_under_another_wording_is_the_files(holdings: str, key: str) -> None:
    assert holders(holdings) == [org(key)]


def test_another_presidents_library_is_not_the_files() -> None:
    assert holders("George W. Bush Presidential Library, Box 3") == [
        org("george-w-bush-presidential-library")
    ]
