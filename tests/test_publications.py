"""A record read in print: its citation's publication is no holding archive but a source of
its own, validated by the shapes and shown on the document's page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from live import BROWSER_ACCEPT, DOCUMENTS, build_release
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS
from test_reader_pages import Page, reader_part

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.parser import parse_record
from linkeddata.parser.publications import publication_title, reads_as_publication
from linkeddata.shacl.validate import load_shapes, validate_graph
from linkeddata.vocab import RICO
from linkeddata.web import create_app

IRIS = Iris("http://127.0.0.1:8080/")
RECORD = """**June 5, 1956**
**Letter from Testman to Testov**

**Citation:**

"Letter from Testman to Testov", June 5, 1956, Wilson Center Digital Archive, Test State \
Archive, fond 45, opis 1, delo 334; reprinted in Testland Journal, Issue 6/7 (Winter 1995/1996), \
p. 5. Translated by Tess Tester.
<https://digitalarchive.wilsoncenter.org/document/900777>

**Original Language:**

Russian

**Contents:**

Translation - English

Dear comrade.
"""
PRINTED = "Testland Journal, Issue 6/7 (Winter 1995/1996), p. 5"


@pytest.mark.parametrize(
    ("citation", "title"),
    [
        (PRINTED, "Testland Journal"),
        (
            "Testland Works (Collected Works), vol. 6 (Testville: Test Press, 1999), 114-116",
            "Testland Works (Collected Works)",
        ),
        (
            "Documents on the Test Conference (Testville: HMSO, 1954), 9-11",
            "Documents on the Test Conference",
        ),
        ("Testland Bulletin 8-9 (Winter 1996/1997), p. 123", "Testland Bulletin"),
        (
            "Tess Tester, ed., Testland Papers (Testville: Test Press, 2003), vol. 2",
            "Testland Papers",
        ),
        ("Rudé testo, 22 August 1968", "Rudé testo"),
        # a newspaper's numbered issue of a day (review 23 D#23)
        ("Trybuna Testu, No. 294, 14 December 1981", "Trybuna Testu"),
        ("Neues Testland, Nr. 263, 10 November 1989", "Neues Testland"),
        ("Testong Sinmun, No. 72 (13 March 1993)", "Testong Sinmun"),
        ("Trybuna Testu, 14 December 1981, p. 1", "Trybuna Testu"),
        # a monitoring serial by its issue code (review 23 D#5)
        ("BBC Summary of World Broadcasts, FE/0483/B2/1", "BBC Summary of World Broadcasts"),
        ("SWB SU/0123/A1/2", "SWB"),
        ("FBIS-SOV-91-123", "FBIS-SOV-91-123"),
        ("JPRS-UIA-88-010", "JPRS-UIA-88-010"),
        ("Testmin ribao (People's Testly), 23 October 1962", "Testmin ribao (People's Testly)"),
        (
            "Foreign Relations of the United States, 1964-1968, Volume XXIX, Part 1, Document 145",
            "Foreign Relations of the United States",
        ),
        ("FRUS, 1969-1976, vol. XVII, China, 1969-1972, doc. 12", "FRUS"),
        ("Testing's Contemporary Archives, Vol. XIII, p. 18234", "Testing's Contemporary Archives"),
        (  # an edition's numbered document, with a volume or a year
            "Akten zur Testpolitik der Testrepublik (AAPT), 1970, Vol. I, Doc. 9",
            "Akten zur Testpolitik der Testrepublik (AAPT)",
        ),
        ("Akten zur Testpolitik (AAPT), 1978, Doc. 167", "Akten zur Testpolitik (AAPT)"),
        (  # the publisher before the title
            "Ministry of Testing Affairs, Testland, White Paper No. VIII, pp. 1-3",
            "White Paper",
        ),
        (  # a project's Bulletin after the project's name and acronym
            "Cold War Testing History Project (CWTHP), Bulletin 16, pp. 234-236",
            "Cold War Testing History Project Bulletin",
        ),
        (
            "Cold War Testing History Project (CWTHP), Bulletin No. 11, p. 45",
            "Cold War Testing History Project Bulletin",
        ),
        (  # editors before the title
            "Tess Tester and Testo Testman, eds., Testland Papers (Testville: Test Press, 1994),"
            " 12-15",
            "Testland Papers",
        ),
        (  # a list of editors before the title
            "Tess Tester, Testo Testman, and Testa M. Testner, eds., The Testian Revolution: A"
            " History in Documents (Testapest: Test Press, 2002), 333",
            "The Testian Revolution: A History in Documents",
        ),
        (  # its author before the title
            "Abdel Magid Testid, Testser: The Final Years (Testing: Test Press, 1994), pp. 15-21",
            "Testser: The Final Years",
        ),
        ("Testro Testlest, Spravzhnii sud (Testiv: Testeza, 2003), pp. 361-375", "Spravzhnii sud"),
        (  # regression: a title before its volume is no author ("Zhou Enlai Nianpu, vol. 2")
            "Testo Testlai Nianpu, vol. 2 (Testjing: Test wenxian chubanshe, 1997), 345",
            "Testo Testlai Nianpu",
        ),
        ("Testo Testong Wenji, Vol. 8 (Testjing: Test Press, 1999), p. 12", "Testo Testong Wenji"),
        (
            "Sovetsko-Testerikanskie Otnosheniia, t. 1 (Testva: Testdunarodnyi fond, 1999), 45",
            "Sovetsko-Testerikanskie Otnosheniia",
        ),
        (  # regression: a year inside the title is no issue number ("The" was its label)
            "Tess Tester and Testa M. Testner, eds., The 1956 Testian Revolution: A History in"
            " Documents (Testapest: Test Press, 2002), 336-340",
            "The 1956 Testian Revolution: A History in Documents",
        ),
        (
            "Cold War Testing History Project Bulletin 16 (Fall 2007/Winter 2008)",
            "Cold War Testing History Project Bulletin",
        ),
        (  # a collected works' title after its author is still the title
            "Testo Il Sung, Works, vol. 20 (Testyang: Test Languages Press, 1984), 12",
            "Works",
        ),
        # regression: a periodical's issue and year; it was a holding archive with a shelfmark
        ("Testoricheskii arkhiv 3-4 (1993)", "Testoricheskii arkhiv"),
        ("Testiia TsK KPSS, No. 1, 1991", "Testiia TsK KPSS"),
        ("Novaia i noveishaia testoriia 2 (1997), pp. 12-20", "Novaia i noveishaia testoriia"),
        # a romanised work's word ends the title in either case (review 23 B#7)
        ("Testo Testlai Nianpu, 1949-1976, vol. 2, 45-46", "Testo Testlai Nianpu"),
        ("Testo Testong Wenji, vol. 6, 114-116", "Testo Testong Wenji"),
        ("Dangdai Testguo Waijiao, 45-47", "Dangdai Testguo Waijiao"),
        ("Testo Testqi Nianpu, vol. 2, 300", "Testo Testqi Nianpu"),
        # a volume and its bare pages are a printed volume's (review 22 A#12)
        ("Testo Testov wengao, vol. 1, 538", "Testo Testov wengao"),
        ("Testo Testov junshi wenxuan, Vol. 4, 80-81.", "Testo Testov junshi wenxuan"),
        (
            "Testo Testov wenji [A Collection of Testo Testov's Papers], vol. 6, 117",
            "Testo Testov wenji [A Collection of Testo Testov's Papers]",
        ),
    ],
)
def test_a_publication_is_named_without_its_issue_imprint_and_pages(
    citation: str, title: str
) -> None:
    assert reads_as_publication(citation)
    assert publication_title(citation) == title


@pytest.mark.parametrize(
    "holdings",
    [
        "AVPRF f. 0102, op. 13, p. 72, d. 5, ll. 2-45",  # p. is a papka, with fond and delo
        "Test Archive (TA), Year: 1980; Telegrams, Washington, vol. 3",
        "Test Presidential Library, National Security File, Country File, Box 256",
        "Test Journal Collection, Box 3, Folder 2",
        "Test State Archive, fond 5, delo 12, Document 3",  # a document in a file
        "Test Archive, Document 14",  # no year, no volume
        "Test Archive 12 (1993), Box 3",  # a box
        "Testarchiv, No. 12, 1993, fond 5",
        # an archive's volume and folio, and a shelfmark with pages but no volume
        "Test Diplomatic Archives, vol. 525, 112",
        "TFMA 109-03957-03, 22-24",
        "Testo Testov Papers, vol. 2, Box 4",
        # an archive by its acronym or its word in another language (diff review 22 D#2)
        "TAVPRF, vol. 525, 112",
        "TESTMO-BArch, vol. 3, 112",
        "Arkhiv Testovoi Politiki, vol. 525, 112",
        "Zhongyang dang'an guan, vol. 2, 45",
        "Testing Waijiaobu Dang'anguan, vol. 2, 45",
        # an archive's number is no issue's, an archive's series code no serial's (review 23)
        "Archives Center No. 3, fond 1",
        "TNA FO 371/1234",
        "Testing Written Archives, Box 3",
    ],
)
def test_archival_holdings_are_no_publication(holdings: str) -> None:
    assert not reads_as_publication(holdings)


def test_the_publication_is_a_source_not_a_holder() -> None:
    record = parse_record(RECORD, "x/900777.txt", default_id="900777")
    authority = load_authority(DOCUMENTS / "authorities.ttl", IRIS)
    graph = map_record(record, Context(IRIS, authority, {}), sha256="0" * 64).graph
    doc = URIRef(IRIS.document("900777"))
    source = URIRef(f"{doc}#publication-1")
    assert list(graph.objects(doc, DCTERMS.source)) == [source]
    assert (source, RDF.type, DCTERMS.BibliographicResource) in graph
    assert (source, RDFS.label, Literal("Testland Journal")) in graph
    assert (source, DCTERMS.bibliographicCitation, Literal(PRINTED)) in graph
    holders = [str(o) for o in graph.objects(doc, RICO.hasOrHadHolder)]
    assert holders == [IRIS.entity("org", "test-state-archive")]
    results, _ = validate_graph(graph, load_shapes())
    assert [r for r in results if r.focus == str(source)] == []


def test_a_publication_without_a_label_is_a_violation() -> None:
    record = parse_record(RECORD, "x/900777.txt", default_id="900777")
    authority = load_authority(DOCUMENTS / "authorities.ttl", IRIS)
    graph = map_record(record, Context(IRIS, authority, {}), sha256="0" * 64).graph
    source = URIRef(f"{IRIS.document('900777')}#publication-1")
    graph.remove((source, RDFS.label, None))
    results, _ = validate_graph(graph, load_shapes())
    assert [r.severity for r in results if r.focus == str(source)] == ["Violation"]


def test_the_document_page_says_where_it_was_printed(tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(DOCUMENTS / "authorities.ttl", documents)
    (documents / "900777.txt").write_text(RECORD, encoding="utf-8")
    release = build_release(documents, tmp_path / "out")
    with create_app(release).test_client() as client:
        reply = client.get("/doc/document/900777", headers={"Accept": BROWSER_ACCEPT})
    assert reply.status_code == 200
    page = Page(reader_part(reply.get_data(as_text=True)))
    assert page.facts["Published in"] == PRINTED
    assert page.facts["Holding archive"] == "Test State Archive"
    assert page.facts["Shelfmark"] == "fond 45, opis 1, delo 334"


def test_also_in_introduces_a_publication() -> None:
    text = (
        '**1956**\n**Letter**\n\n**Citation:**\n\n"Letter," 1956, Wilson Center Digital Archive,'
        " AAT, KC PTPR, V/174, pp. 1-10; also in: Tess Tester, ed., Tajne testy (London: Testex,"
        " 1994), 12-15.\n"
    )
    citation = parse_record(text, "x/1.txt", default_id="1").citation
    assert citation is not None
    assert [publication_title(p.value) for p in citation.publications] == ["Tajne testy"]
    assert [r.value for r in citation.repositories] == ["AAT"]


@pytest.mark.parametrize(
    ("holdings", "shelfmarks"),
    [  # an archive's second copy "also in" is no publication
        (
            "APRF, f. 3, op. 65, d. 515, ll. 1-5; copy also in Testo Testonov Papers, Library"
            " of Testing, Washington, DC.",
            ["f. 3, op. 65, d. 515, ll. 1-5"],
        ),
        ("AVPRF, f. 0102, op. 7, d. 48, ll. 1-3. Also in RGANI, f. 5, op. 30, d. 335.", None),
    ],
)
def test_also_in_an_archive_is_no_publication(holdings: str, shelfmarks: list[str] | None) -> None:
    head = '**1956**\n**Letter**\n\n**Citation:**\n\n"Letter," 1956, Wilson Center Digital Archive'
    text = f"{head}, {holdings}\n"
    citation = parse_record(text, "x/1.txt", default_id="1").citation
    assert citation is not None
    assert citation.publications == ()
    if shelfmarks is not None:
        assert [s.value for s in citation.shelfmarks] == shelfmarks


def test_a_long_unclosed_bracket_is_no_imprint_and_is_read_in_linear_time() -> None:
    # regression: the imprint's pattern tried every split of the bracket's text between two
    # runs, so an unclosed bracket of 54,000 characters took 12 s and this one minutes
    assert not reads_as_publication("Narodni archiv (" + "National Archives " * 12000)
    assert reads_as_publication("Zhou Enlai Nianpu, vol. 2 (Beijing: Renmin chubanshe, 1997)")


def test_included_in_after_a_credit_is_a_publication_and_a_release_route_no_holder() -> None:
    # regression: "William Burr and included in NPIHP Research Update #6" was one organisation
    # that obtained the copy, and the review request was its holding archive
    head = '**1976**\n**Note**\n\n**Citation:**\n\n"Note," 1976, Wilson Center Digital Archive'
    text = (
        f"{head}, Mandatory Declassification Review request. Obtained and contributed by"
        " Testo Testburr and included in NPTEST Research Update #6.\n"
    )
    citation = parse_record(text, "x/1.txt", default_id="1").citation
    assert citation is not None
    assert {(c.role, c.agent.value) for c in citation.credits} == {
        ("obtained", "Testo Testburr"),
        ("contributed", "Testo Testburr"),
    }
    assert [p.value for p in citation.publications] == ["NPTEST Research Update #6"]
    assert citation.repositories == ()


@pytest.mark.parametrize(
    ("after", "publications", "credit"),
    [  # a periodical with its issue and pages after a credit and ";" is where it was printed
        (
            "Translated by Testa Testova; Test History Project Bulletin, Issues 6-7"
            " (Winter 1995/1996), pp. 7-9.",
            ["Test History Project Bulletin, Issues 6-7 (Winter 1995/1996), pp. 7-9"],
            "Translated by Testa Testova",
        ),
        # another credit after ";" is no publication
        (
            "Translated by Testa Testova; edited by Testo Testov.",
            [],
            "Translated by Testa Testova; edited by Testo Testov.",
        ),
    ],
)
def test_a_periodical_after_a_credit_and_a_semicolon_is_a_publication(
    after: str, publications: list[str], credit: str
) -> None:
    head = '**1950**\n**Note**\n\n**Citation:**\n\n"Note," 1950, Wilson Center Digital Archive'
    text = f"{head}, TESTARCH, f. 45. {after}\n"
    citation = parse_record(text, "x/1.txt", default_id="1").citation
    assert citation is not None
    assert [p.value for p in citation.publications] == publications
    assert citation.credit_text is not None
    assert citation.credit_text.value == credit
