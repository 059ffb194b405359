"""Who holds the original, as review 20 found it read wrong: a generic archive's state in
brackets, after "of" or by its seat (B#3), a documentation project named before the
repository (A#4), a gazette or a newspaper cited as the holder (B#13), a person's archive
before the repository that holds it (B#16), who supplied a copy by an acronym (C#4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.parser import parse_record
from linkeddata.record import Citation
from linkeddata.vocab import ADO, SCHEMA

ROOT = Path(__file__).resolve().parent.parent
IRIS = Iris("http://127.0.0.1:8080/")
CONTEXT = Context(IRIS, load_authority(ROOT / "documents" / "authorities.ttl", IRIS))
DOC = URIRef(IRIS.entity("document", "1"))
DCTERMS_SOURCE = URIRef("http://purl.org/dc/terms/source")


def citation_of(holdings: str) -> Citation:
    text = f'**Citation:**\n\n"A Title," 1950, Wilson Center Digital Archive, {holdings}\n'
    parsed = parse_record(text, "x/1.txt", default_id="1").citation
    assert parsed is not None
    return parsed


def held(holdings: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The repositories, shelfmarks and publications a citation's ``holdings`` give."""
    citation = citation_of(holdings)
    return (
        tuple(r.value for r in citation.repositories),
        tuple(s.value for s in citation.shelfmarks),
        tuple(p.value for p in citation.publications),
    )


def graph_of(holdings: str) -> Graph:
    text = (
        '**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
        f" Digital Archive, {holdings}\n"
    )
    return map_record(parse_record(text, "x/1.txt", default_id="1"), CONTEXT, sha256="0" * 64).graph


def org(key: str) -> URIRef:
    return URIRef(IRIS.entity("org", key))


@pytest.mark.parametrize(
    ("holdings", "key"),
    [
        # a state in brackets or after "of" picks that state's archive, never NARA
        ("The National Archives (UK), FO 371/99901.", "tna"),
        ("National Archives (U.K.), PREM 11/9901.", "tna"),
        ("National Archives (United Kingdom), CAB 128/99.", "tna"),
        ("National Archives of the United Kingdom, FO 371/99901.", "tna"),
        ("The National Archives (UK), Kew, FO 371/99901.", "tna"),
        # a seat in another state is that state's archive, and no part of the key
        ("The National Archives, London, FO 371/99901.", "tna"),
        # a state the file has no archive of: a stub of that state's, never NARA
        ("National Archives (South Africa), TL 1/2.", "national-archives-of-south-africa"),
        ("State Archives (South Africa), TL 1/2.", "state-archives-of-south-africa"),
        # words in brackets that name no state the file knows are kept in the stub's key
        ("National Archives (Testland), TL 1/2.", "national-archives-testland"),
        ("National Archives (Nigeria), Testburg, file 12.", "national-archives-of-nigeria"),
        # a unit, a seat or a note in brackets: the seat after it or the gloss says which
        # (diff review 20 C#3)
        ("National Archives (Record Group 59), College Park, Box 12.", "nara"),
        ("National Archives (Archives II), College Park, Maryland, RG 59.", "nara"),
        ("National Archives (College Park, MD), RG 59, Box 12.", "nara"),
        ("National Archives (formerly Public Record Office), Kew, FO 371/1.", "tna"),
        ("State Archives (original in Testian), Testburg, f. 1.", "state-archives-testburg"),
        ("Political Archive (Foreign Office), Testburg, B 150.", "political-archive-testburg"),
        # must not catch: NARA by its seat or its own label, another state's own archive
        ("National Archives, College Park, RG 59, Box 4.", "nara"),
        ("National Archives, Washington, DC, RG 59.", "nara"),
        ("National Archives (US), RG 59.", "nara"),
        ("National Archives of India, File 12.", "national-archives-of-india"),
        ("National Archives (Kew), FO 371/99901.", "tna"),  # a seat in brackets, no state
        ("National Archives, Testpretoria, BTS 1/33.", "national-archives-testpretoria"),
    ],
)
def test_a_generic_archive_is_the_one_of_the_state_its_citation_names(
    holdings: str, key: str
) -> None:
    assert list(graph_of(holdings).objects(DOC, SCHEMA.holdingArchive)) == [org(key)]


def test_a_generic_archive_found_by_its_seat_makes_no_stub_of_its_seat() -> None:
    # regression: the stub "National Archives, Washington" was made even when NARA was found
    text = '**1967**\n**Letter from A to B**\n\n**Citation:**\n\n"Letter," 1967, Wilson Center'
    text += " Digital Archive, National Archives, Washington, RG 59.\n"
    result = map_record(parse_record(text, "x/1.txt", default_id="1"), CONTEXT, sha256="0" * 64)
    assert not [s for s in result.stubs if "National Archives" in s.name]


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        (
            "Parallel Testing Project on Cooperative Security (PTP), SAPMO-BArch, DY 30/J 4/2.",
            (("SAPMO-BArch",), ("DY 30/J 4/2",), ()),
        ),
        (
            "Cold War Testing History Project (CWTHP), RGANI, f. 89, op. 1, d. 2.",
            (("RGANI",), ("f. 89, op. 1, d. 2",), ()),
        ),
        (
            "PHP, Military Historical Archive, Testburg, f. 3.",
            (("Military Historical Archive, Testburg",), ("f. 3",), ()),
        ),
        # must not catch: an archive alone, a project alone, a project's periodical, a
        # series with "Project" before its shelf unit
        (
            "National Security Archive, Washington, DC.",
            (("National Security Archive, Washington, DC",), (), ()),
        ),
        (
            "Parallel Testing Project on Cooperative Security (PTP).",
            (("Parallel Testing Project on Cooperative Security (PTP)",), (), ()),
        ),
        (
            "Cold War Testing History Project (CWTHP), Bulletin 16, pp. 234-236.",
            ((), (), ("Cold War Testing History Project (CWTHP), Bulletin 16, pp. 234-236",)),
        ),
        (
            "Testhattan Project, RG 77, Box 3, National Archives, College Park.",
            (("National Archives, College Park",), ("Testhattan Project, RG 77, Box 3",), ()),
        ),
    ],
)
def test_a_documentation_project_before_the_repository_holds_nothing(
    holdings: str, expected: tuple[tuple[str, ...], ...]
) -> None:
    assert held(holdings) == expected


def test_the_university_hosting_a_project_is_no_holder() -> None:
    # diff review 20 C#6: the project before its host university stays what the citation names
    graph = graph_of("Testing Project on Cold War Studies, Testing University, Testburg, Box 3.")
    holders = list(graph.objects(DOC, SCHEMA.holdingArchive))
    assert holders == [org("testing-project-on-cold-war-studies")]


@pytest.mark.parametrize(
    "holdings",
    [
        "Vedomosti Testovogo Soveta, 1979, No. 20.",
        "Vedomosti Testovogo Soveta, 1979, No. 20, art. 321.",
        "Testovye Vesti, 1979, No. 20.",
        "Sbornik testovykh dogovorov, vol. 15, Testgrad, 1957.",
        "Gesetzblatt der Testrepublik, Teil I, Nr. 12, 1968.",
    ],
)
def test_a_gazette_cited_by_its_year_and_issue_is_a_publication(holdings: str) -> None:
    repositories, shelfmarks, publications = held(holdings)
    assert (repositories, shelfmarks, publications) == ((), (), (holdings.rstrip("."),))


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [  # an archive's file by its year and number is no issue, whatever its acronym
        ("Central State Archive, 1979, No. 20.", (("Central State Archive",), ("1979, No. 20",))),
        ("RGANI, 1979, No. 20.", (("RGANI",), ("1979, No. 20",))),
        ("AVPRF, fond 5, 1979, No. 20.", (("AVPRF",), ("fond 5, 1979, No. 20",))),
    ],
)
def test_an_archives_file_by_year_and_number_is_no_gazette(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings)[:2] == expected


def test_a_newspaper_the_file_knows_is_where_it_was_printed_not_its_holder() -> None:
    graph = graph_of("Rodong Sinmun.")
    assert list(graph.objects(DOC, SCHEMA.holdingArchive)) == []
    sources = list(graph.objects(DOC, DCTERMS_SOURCE))
    assert [str(graph.value(s, RDFS.label)) for s in sources] == ["Rodong Sinmun"]
    # must not catch: an archive the file knows
    assert list(graph_of("AVPRF, f. 5.").objects(DOC, SCHEMA.holdingArchive)) == [org("avprf")]


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        (
            "Testov Archive, Testing Archives Centre, Cambridge, TEST 1/7.",
            (("Testing Archives Centre, Cambridge",), ("Testov Archive, TEST 1/7",)),
        ),
        (
            "Ivan Testov Archive, Testing Library, Testburg, TEST 1/7.",
            (("Testing Library, Testburg",), ("Ivan Testov Archive, TEST 1/7",)),
        ),
        # must not catch: an archive's own name, a unit of its university, its seat
        (
            "Party Archive, Institute of Testing, Sofia, f. 1.",
            (("Party Archive",), ("Institute of Testing, Sofia, f. 1",)),
        ),
        (
            "Testing Archive, Stanford University, Stanford, CA.",
            (("Testing Archive, Stanford University, Stanford, CA",), ()),
        ),
        ("Central State Archive, Sofia, f. 1.", (("Central State Archive, Sofia",), ("f. 1",))),
        # a state's named archive before another is no person's (diff review 20 C#4)
        (
            "Lithuanian Special Archive, Central Testing Archive, Vilnius, f. 1, op. 2.",
            (("Lithuanian Special Archive",), ("Central Testing Archive, Vilnius, f. 1, op. 2",)),
        ),
        (
            "Testov Special Archive, Central Testing Archive, Testburg, f. 1.",
            (("Testov Special Archive",), ("Central Testing Archive, Testburg, f. 1",)),
        ),
    ],
)
def test_a_persons_archive_before_the_repository_and_its_city_is_its_fonds(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings)[:2] == expected


@pytest.mark.parametrize(
    ("holdings", "expected"),
    [
        (
            "APRF, Special Declassification, April 2002; Fond 3, Opis 65.",
            (("APRF",), ("Fond 3, Opis 65",)),
        ),
        # must not catch: another repository after the note, the copy's own shelf units
        # after a note naming where the copy is (diff review 20 C#5)
        ("RGANI, f. 5, copy on file at NSA; RGASPI, f. 17.", (("RGANI",), ("f. 5",))),
        (
            "RGANI, f. 89, op. 1; copy in the Testov Papers, Testing Library; Box 24, Reel 16.",
            (("RGANI",), ("f. 89, op. 1",)),
        ),
        ("RGANI, copy in the Testov Collection; f. 5, op. 3.", (("RGANI",), ())),
        ("RGANI, f. 2; copy also at the Testing Archive; Box 4.", (("RGANI",), ("f. 2",))),
    ],
)
def test_the_shelfmark_goes_on_after_a_note_on_a_copy(
    holdings: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert held(holdings)[:2] == expected


@pytest.mark.parametrize(
    "holdings",
    [
        "AVP RF, copy courtesy of NSA; Fond 5, Opis 3. Translated by Ivan Testov.",
        "RGANI, f. 5. Copy courtesy of the NSA.",
    ],
)
def test_nsa_in_a_copy_note_is_the_national_security_archive(holdings: str) -> None:
    graph = graph_of(holdings)
    assert list(graph.objects(DOC, ADO.contributedBy)) == [org("national-security-archive")]


def test_nsa_in_a_longer_credited_name_is_not_the_archive() -> None:
    graph = graph_of("RGANI, f. 5. Obtained by the NSA Testing Office.")
    assert org("national-security-archive") not in set(graph.objects(DOC, ADO.obtainedBy))
