"""Citations of the seed in every format (golden), and of records that lack data.

Structured outputs are parsed back (CSL-JSON with json, BibTeX and RIS field by field) rather
than compared as strings; only the formatted reference is a string by nature.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from linkeddata.formats import of_kind
from linkeddata.store import Description, Linked, open_store
from linkeddata.vocab import ADO, RICO
from linkeddata.web.bibliography import (
    WORK_TRANSLATION,
    WRITERS,
    Work,
    bibliography,
    bibtex,
    csl_json,
    render,
    ris,
    work,
)

DOC = "http://127.0.0.1:8080/id/document/116702"
TITLE = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
URL = "https://digitalarchive.wilsoncenter.org/document/116702"
ARCHIVE = "Archive of the Romanian Ministry of Foreign Affairs"
CITATION = (
    f'"{TITLE}", May 1, 1967, Wilson Center Digital Archive, {ARCHIVE}. '
    "Obtained and translated for NKIDP by Eliza Gheorghe."
    " https://wilson-center.drivingcreative.com/document/116702"  # the URL as written
)


@pytest.fixture(scope="module")
def seed(release: Path) -> Work:
    store = open_store("oxigraph", release / "store")
    document = store.describe(DOC)
    assert document is not None
    translations = [store.describe(t.value) for t in document.objects(WORK_TRANSLATION)]
    return work(document, [t for t in translations if t is not None])


def balanced(text: str) -> bool:
    """True if the unescaped braces of a BibTeX entry nest properly."""
    depth = 0
    for brace in re.sub(r"\\[{}]", "", text):
        depth += {"{": 1, "}": -1}.get(brace, 0)
        if depth < 0:
            return False
    return depth == 0


def bibtex_entry(text: str) -> tuple[str, str, dict[str, str]]:
    """Entry type, key and fields of one entry as :func:`bibtex` writes it (a field a line)."""
    assert balanced(text), text
    head, *lines, end = text.rstrip("\n").split("\n")
    match = re.fullmatch(r"@(\w+)\{([^,{}\s]+),", head)
    assert match, head
    assert end == "}"
    fields = {}
    for line in lines:
        field = re.fullmatch(r"  ([a-z]+) = \{(.*)\},", line)
        assert field, line
        assert balanced(field[2]), line
        fields[field[1]] = field[2]
    return match[1], match[2], fields


def ris_record(text: str) -> list[tuple[str, str]]:
    lines = text.rstrip("\n").split("\n")
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in lines), lines
    assert lines[0] == "TY  - MANSCPT"
    assert lines[-1] == "ER  - "
    return [(line[:2], line[6:]) for line in lines[1:-1]]


# --- The seed, golden -------------------------------------------------------------------------


def test_seed_work(seed: Work) -> None:
    assert seed == Work(
        iri=DOC,
        title=TITLE,
        issued=(1967, 5, 1),
        identifier="116702",
        authors=("N. Popa",),
        translators=("Eliza Gheorghe",),
        collection="Wilson Center Digital Archive",
        archives=(ARCHIVE,),
        languages=("ro",),
        url=URL,
        citation=CITATION,
    )


def test_seed_csl_json(seed: Work) -> None:
    assert json.loads(csl_json(seed)) == [
        {
            "id": DOC,
            "type": "manuscript",
            "citation-key": "doc-116702",
            "title": TITLE,
            "author": [{"literal": "N. Popa"}],
            "translator": [{"literal": "Eliza Gheorghe"}],
            "issued": {"date-parts": [[1967, 5, 1]]},
            "collection-title": "Wilson Center Digital Archive",
            "archive": ARCHIVE,
            "language": "ro",
            "URL": URL,
            "note": CITATION,
        }
    ]


def test_seed_bibtex(seed: Work) -> None:
    assert bibtex_entry(bibtex(seed)) == (
        "misc",
        "doc-116702",
        {
            "title": "{" + TITLE + "}",
            "author": "{N. Popa}",
            "translator": "{Eliza Gheorghe}",
            "date": "1967-05-01",
            "year": "1967",
            "howpublished": "Wilson Center Digital Archive",
            "organization": "{" + ARCHIVE + "}",
            "language": "Romanian",
            "url": URL,
            "annote": CITATION,
        },
    )


def test_seed_ris(seed: Work) -> None:
    assert ris_record(ris(seed)) == [
        ("ID", "doc-116702"),
        ("TI", TITLE),
        ("AU", "N. Popa"),
        ("A4", "Eliza Gheorghe"),
        ("DA", "1967/05/01/"),
        ("PY", "1967"),
        ("T2", "Wilson Center Digital Archive"),
        ("DB", ARCHIVE),
        ("LA", "Romanian"),
        ("UR", URL),
        ("N1", CITATION),
    ]


def test_seed_bibliography(seed: Work) -> None:
    assert bibliography(seed) == (
        f"N. Popa. \u201c{TITLE}.\u201d May 1, 1967. Translated by Eliza Gheorghe. {ARCHIVE}. "
        f"Wilson Center Digital Archive. {URL}.\n"
    )


# --- Nothing invented -------------------------------------------------------------------------

BARE = "http://example.org/id/document/42"
KIM = "http://example.org/id/person/kim-il-sung"


def quad(predicate: str, obj: ox.NamedNode | ox.Literal, subject: str = BARE) -> ox.Quad:
    graph = ox.NamedNode("http://example.org/graph/document/42")
    return ox.Quad(ox.NamedNode(subject), ox.NamedNode(str(predicate)), obj, graph)


def described(*quads: ox.Quad) -> Description:
    """A hand-made description of BARE, which links to Kim Il Sung (labelled)."""
    label = ox.Triple(
        ox.NamedNode(KIM), ox.NamedNode(str(SKOS.prefLabel)), ox.Literal("Kim Il Sung")
    )
    base = (
        quad(RDF.type, ox.NamedNode(str(RICO.Record))),
        quad(DCTERMS.title, ox.Literal("A note", language="en")),
        quad(DCTERMS.identifier, ox.Literal("42")),
    )
    return Description(BARE, (*base, *quads), {KIM: Linked(KIM, (label,))})


def test_missing_date_translator_and_url_are_left_out() -> None:
    bare = work(
        described(
            quad(DCTERMS.creator, ox.NamedNode(KIM)),
            quad(ADO.shelfmark, ox.Literal("fond 1, delo 2")),
            quad(ADO.editorialDate, ox.Literal("1955", datatype=ox.NamedNode(str(XSD.gYear)))),
        )
    )
    assert bare == Work(
        BARE, "A note", identifier="42", authors=("Kim Il Sung",), shelfmarks=("fond 1, delo 2",)
    )
    assert json.loads(csl_json(bare)) == [
        {
            "id": BARE,
            "type": "manuscript",
            "citation-key": "doc-42",
            "title": "A note",
            "author": [{"literal": "Kim Il Sung"}],
            "archive_location": "fond 1, delo 2",
        }
    ]
    assert bibtex_entry(bibtex(bare))[2] == {
        "title": "{A note}",
        "author": "{Kim Il Sung}",
        "library": "fond 1, delo 2",
    }
    assert ris_record(ris(bare)) == [
        ("ID", "doc-42"),
        ("TI", "A note"),
        ("AU", "Kim Il Sung"),
        ("CN", "fond 1, delo 2"),
    ]
    assert bibliography(bare) == "Kim Il Sung. \u201cA note.\u201d fond 1, delo 2.\n"


def test_a_record_with_only_an_iri() -> None:
    empty = work(Description(BARE, (quad(RDF.type, ox.NamedNode(str(RICO.Record))),)))
    assert empty == Work(BARE)
    assert json.loads(csl_json(empty)) == [
        {"id": BARE, "type": "manuscript", "citation-key": "doc-42"}
    ]
    assert bibtex(empty) == "@misc{doc-42,\n}\n"
    assert ris(empty) == "TY  - MANSCPT\nID  - doc-42\nER  - \n"
    assert bibliography(empty) == "\n"


def test_unlabelled_links_give_no_names() -> None:
    stranger = quad(DCTERMS.creator, ox.NamedNode("http://example.org/id/person/unknown"))
    assert work(described(stranger)).authors == ()


# --- Dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "datatype", "parts", "ris_date", "text"),
    [
        ("1967-05-01", XSD.date, [1967, 5, 1], "1967/05/01/", "May 1, 1967."),
        ("1967-05-01Z", XSD.date, [1967, 5, 1], "1967/05/01/", "May 1, 1967."),
        ("1980-12", XSD.gYearMonth, [1980, 12], "1980/12//", "December 1980."),
        ("1955", XSD.gYear, [1955], "1955///", "1955."),
        ("1955-05:00", XSD.gYear, [1955], "1955///", "1955."),
    ],
)
def test_date_precision(
    value: str, datatype: str, parts: list[int], ris_date: str, text: str
) -> None:
    created = quad(DCTERMS.created, ox.Literal(value, datatype=ox.NamedNode(str(datatype))))
    dated = work(described(created))
    assert json.loads(csl_json(dated))[0]["issued"] == {"date-parts": [parts]}
    assert ("DA", ris_date) in ris_record(ris(dated))
    assert bibtex_entry(bibtex(dated))[2]["date"] == "-".join(f"{p:02d}" for p in parts)
    assert text in bibliography(dated)


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("1967-13-01", XSD.date), ("May 1967", XSD.gYearMonth), ("1967", XSD.string)],
)
def test_unusable_dates_are_not_cited(value: str, datatype: str) -> None:
    created = quad(DCTERMS.created, ox.Literal(value, datatype=ox.NamedNode(str(datatype))))
    assert work(described(created)).issued == ()


# --- Escaping ---------------------------------------------------------------------------------

AWKWARD = "50% of {R&D} costs $5 #1 a_b ~x^2 C:\\dir in Ploie\u0219ti,\n\ud3c9\uc591"


def test_bibtex_escapes_specials_and_keeps_unicode() -> None:
    entry = bibtex(Work(BARE, title=AWKWARD, authors=("Smith & {Jones}",), url="http://x/a%20b"))
    _, _, fields = bibtex_entry(entry)
    assert fields["title"] == (
        r"{50\% of \{R\&D\} costs \$5 \#1 a\_b \textasciitilde{}x\textasciicircum{}2 "
        r"C:\textbackslash{}dir in Ploie" + "\u0219ti, \ud3c9\uc591}"
    )
    assert fields["author"] == r"{Smith \& \{Jones\}}"
    assert fields["url"] == "http://x/a%20b"


def test_ris_and_text_stay_on_one_line_and_csl_is_verbatim() -> None:
    awkward = Work(BARE, title=AWKWARD, citation="line one\nline two")
    assert ("TI", " ".join(AWKWARD.split())) in ris_record(ris(awkward))
    assert ("N1", "line one line two") in ris_record(ris(awkward))
    assert bibliography(awkward).count("\n") == 1
    item = json.loads(csl_json(awkward))[0]
    assert (item["title"], item["note"]) == (AWKWARD, "line one\nline two")


def test_citation_key_is_a_safe_token() -> None:
    assert Work(BARE, identifier="a b/{c}").key == "doc-a-b-c"
    assert Work("http://example.org/id/document/x%20y/").key == "doc-x-20y"


# --- The table --------------------------------------------------------------------------------


def test_every_citation_format_of_the_table_has_a_writer() -> None:
    """Uniqueness beside the RDF formats is the table's test (tests/test_formats.py)."""
    assert set(WRITERS) == {f.name for f in of_kind("citation")}
    assert set(WRITERS) == {"bibtex", "ris", "csl", "bibliography"}
    assert {f.extension for f in of_kind("citation")} == {"bib", "ris", "csl.json", "txt"}


def test_every_format_renders_text(seed: Work) -> None:
    for fmt in of_kind("citation"):
        output = render(fmt.name, seed)
        assert output.endswith("\n")
        assert TITLE in output
    assert render("csl", seed) == csl_json(seed)
