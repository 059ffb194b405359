"""The reader-first pages over HTTP: a document page says what the document is by labels, holds
its full text and how to cite it, and keeps the statements in its "Data" section; an entity page
lists the documents involving it role by role, by date, paged; "Linked from" names a resource
once whatever the number of properties linking it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from live import BROWSER_ACCEPT

from linkeddata.store import Description
from linkeddata.web import entities, reader
from linkeddata.web.links import Links

HTML = {"Accept": BROWSER_ACCEPT}
SEED = "/doc/document/116702"
TITLE = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"


class Page(HTMLParser):
    """The parts of a page the tests read: facts (dt -> dd text), elements' lang, texts by id."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.facts: dict[str, str] = {}
        self.langs: list[tuple[str, str]] = []  # (lang, text)
        self.h1: list[str] = []
        self._open: list[tuple[str, dict[str, str | None]]] = []
        self._text: dict[int, list[str]] = {}
        self._dt: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "meta", "link", "input", "img"):
            return
        self._open.append((tag, dict(attrs)))
        self._text[len(self._open)] = []

    def handle_endtag(self, tag: str) -> None:
        if not self._open:
            return
        depth = len(self._open)
        opened, attrs = self._open.pop()
        text = "".join(self._text.pop(depth, []))
        if self._open:
            self._text[len(self._open)].append(text)
        if opened == "h1":
            self.h1.append(text)
        if opened == "dt":
            self._dt = text
        elif opened == "dd" and self._dt is not None:
            self.facts[self._dt] = text
        lang = attrs.get("lang")
        if lang and opened != "html":
            self.langs.append((lang, text))

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text[len(self._open)].append(data)


def get(client: FlaskClient, path: str) -> str:
    reply = client.get(path, headers=HTML)
    assert reply.status_code == 200, (path, reply.status_code)
    assert reply.mimetype == "text/html"
    return reply.get_data(as_text=True)


def reader_part(html: str) -> str:
    """The page a reader reads: the main element before the "Data" section."""
    main = html.split("<main>", 1)[1]
    return main.split('<section id="data"', 1)[0]


def test_document_page_reads_as_a_document(client: FlaskClient) -> None:
    html = get(client, SEED)
    page = Page(html)
    assert page.h1 == [TITLE]
    assert '<p class="dateline">1 May 1967</p>' in html
    facts = page.facts
    assert facts["Type"] == "telegram"
    assert facts["Classification"] == "top secret"
    assert facts["Registry number"] == "76.153"
    assert facts["From"] == "Pyongyang"
    assert facts["To"] == "Bucharest"
    assert facts["Author or signatory"] == "N. Popa"
    assert facts["Translated by"] == "Eliza Gheorghe"
    assert facts["Holding archive"] == "Archive of the Romanian Ministry of Foreign Affairs"
    assert facts["Original language"] == "Romanian"
    assert "Korean Workers' Party" in facts["Mentions"]
    assert "Radio Pyongyang" in facts["Mentions"]
    page_link = '<a href="https://digitalarchive.wilsoncenter.org/document/116702">'
    assert f"{page_link}digitalarchive.wilsoncenter.org</a>" in html


def test_document_page_holds_the_full_text_in_its_language(client: FlaskClient) -> None:
    html = get(client, SEED)
    texts = [text for lang, text in Page(html).langs if lang == "en" and len(text) > 1000]
    assert len(texts) == 1
    assert texts[0].startswith("In response to your telegram no. 12.390")
    assert "amply and publicly discuss their deontology" in texts[0]
    assert texts[0].rstrip().endswith("29.IV/7")
    assert '<h2 id="text-1">English translation (from Romanian)</h2>' in html
    summary = "A report on the Korean Workers&#39; Party&#39;s exchanges"
    assert summary in reader_part(html)


def test_document_page_cites_and_relates(client: FlaskClient) -> None:
    html = get(client, SEED)
    reader = reader_part(html)
    assert '<h2 id="cite">Cite this</h2>' in reader
    assert "@misc{doc-116702" in reader
    related = reader.split('id="related"', 1)[1]
    assert '<a href="/doc/document/116702/reply-to/12.390">No. 12.390</a>' in related


def test_document_page_shows_labels_and_keeps_the_data_one_click_away(
    client: FlaskClient,
) -> None:
    html = get(client, SEED)
    reader = re.sub(r"<pre>.*?</pre>", "", reader_part(html), flags=re.S)  # BibTeX, CSL...
    for raw in ("xsd:", "iso639-2:", "http://127.0.0.1:8080/", "dcterms:", "@en"):
        assert raw not in reader, raw
    data = html.split('<section id="data"', 1)[1]
    assert "<details" in data
    assert "http://127.0.0.1:8080/id/document/116702" in data
    assert ">dcterms:title</a>" in data
    assert '1967-05-01<span class="note">xsd:date</span>' in data
    assert '<span class="note">@en</span>' in data
    assert "http://id.loc.gov/vocabulary/iso639-2/rum" in data


def test_entity_page_lists_documents_by_role(client: FlaskClient) -> None:
    html = get(client, "/doc/place/pyongyang")
    reader = reader_part(html)
    assert '<h3 id="role-created-in">Created in' in reader
    assert '<h3 id="role-mentioned">Mentioned' in reader
    assert reader.index("role-created-in") < reader.index("role-mentioned")
    created = reader.split('id="role-created-in"', 1)[1].split("</section>", 1)[0]
    assert f'<a href="{SEED}">{TITLE}</a>' in created
    assert "1 May 1967 · telegram" in created
    person = reader_part(get(client, "/doc/person/gheorghe-eliza"))
    assert re.findall(r'<h3 id="role-([a-z-]+)"', person) == ["translator", "obtained-by"]
    concept = reader_part(get(client, "/doc/concept/classification/top-secret"))
    assert '<h3 id="role-classification">Classification' in concept


def test_entity_page_shows_names_in_their_scripts(client: FlaskClient) -> None:
    langs = Page(get(client, "/doc/place/pyongyang")).langs
    assert ("ko", "평양") in langs
    assert ("ro", "Phenian") in langs


def test_linked_from_names_each_document_once(client: FlaskClient) -> None:
    html = get(client, "/doc/place/pyongyang")
    incoming = html.split('id="incoming"', 1)[1].split("</ul>", 1)[0]
    assert incoming.count(f'href="{SEED}"') == 1
    assert "schema:locationCreated, schema:mentions" in incoming


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of two documents (one on the entity page) so five documents page."""
    monkeypatch.setattr(entities, "PER_ROLE", 1)
    monkeypatch.setattr(entities, "PER_PAGE", 2)


def _listed(html: str) -> list[str]:
    part = reader_part(html).split('id="documents"', 1)[1]
    return re.findall(r'<li><a href="(/doc/document/\d+)"', part)


def _dates(html: str) -> list[str]:
    part = reader_part(html).split('id="documents"', 1)[1]
    return re.findall(r'<span class="meta">([^<·]+?)(?: ·|</span>)', part)


def test_entity_documents_page_by_date(search_app: Flask, small_pages: None) -> None:
    client = search_app.test_client()
    with search_app.extensions["linkeddata"].held() as published:
        index = published.search
    counted = dict(index.roles("http://127.0.0.1:8080/id/place/pyongyang"))
    total = counted["mentioned"]
    assert total >= 3
    first = get(client, "/doc/place/pyongyang")
    assert len(re.findall(r'<h3 id="role-mentioned"', first)) == 1
    assert f'href="/doc/place/pyongyang?role=mentioned">All {total} documents' in first
    seen: list[str] = []
    years: list[int] = []
    url: str | None = "/doc/place/pyongyang?role=mentioned"
    while url is not None:
        html = get(client, url.replace("&amp;", "&"))
        seen += _listed(html)
        years += [int(re.findall(r"\d{4}", d)[-1]) for d in _dates(html)]
        found = re.search(r'<a href="([^"]+)" rel="next">', html)
        url = found.group(1) if found else None
    assert len(seen) == total == len(set(seen))
    assert years == sorted(years)
    last = get(client, f"/doc/place/pyongyang?role=mentioned&page={(total + 1) // 2}")
    assert 'rel="prev"' in last
    assert 'rel="next"' not in last


@pytest.mark.parametrize(
    "query", ["role=nobody", "role=mentioned&page=0", "role=mentioned&page=99", "page=x", "role=A"]
)
def test_entity_pages_that_do_not_exist_are_404(search_app: Flask, query: str) -> None:
    reply = search_app.test_client().get(f"/doc/place/pyongyang?{query}", headers=HTML)
    assert reply.status_code == 404


def test_each_page_of_a_role_has_its_own_etag(search_app: Flask, small_pages: None) -> None:
    client = search_app.test_client()
    tags = {
        client.get(path, headers=HTML).headers["ETag"]
        for path in (
            "/doc/place/pyongyang",
            "/doc/place/pyongyang?role=mentioned",
            "/doc/place/pyongyang?role=mentioned&page=2",
        )
    }
    assert len(tags) == 3


def test_related_documents_share_the_most_entities(search_app: Flask) -> None:
    with search_app.extensions["linkeddata"].held() as published:
        index = published.search
    pyongyang = "http://127.0.0.1:8080/id/place/pyongyang"
    mentioning = [
        hit.key for hit in index.involving(pyongyang, "mentioned", 0, 10)
    ]  # in date order
    assert "800003" in mentioning
    related = [hit.key for hit in index.related("800003", [pyongyang])]
    assert sorted(related) == sorted(
        {
            hit.key
            for role, _ in index.roles(pyongyang)
            for hit in index.involving(pyongyang, role, 0, 10)
        }
        - {"800003"}
    )
    assert index.related("800003", []) == []


def test_role_links_keep_the_mount_point(search_app: Flask, small_pages: None) -> None:
    client = search_app.test_client()
    reply = client.get("/doc/place/pyongyang", headers=HTML, base_url="http://localhost/archive")
    html = reply.get_data(as_text=True)
    assert 'href="/archive/doc/place/pyongyang?role=mentioned"' in html
    assert 'href="/archive/doc/document/800002"' in html


EDTF = "http://id.loc.gov/datatypes/edtf/EDTF"
XSD = "http://www.w3.org/2001/XMLSchema#"
ADO = "https://w3id.org/archival-documents/ontology#"


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        ([("http://purl.org/dc/terms/created", "1967-05-01", XSD + "date")], "1 May 1967"),
        ([("http://purl.org/dc/terms/created", "1980-12", XSD + "gYearMonth")], "December 1980"),
        (
            [
                ("http://purl.org/dc/terms/created", "1968-21", EDTF),
                (ADO + "createdAsWritten", "Spring 1968", None),
            ],
            "Spring 1968",
        ),
        ([("http://purl.org/dc/terms/created", "1950/1953", EDTF)], "1950 – 1953"),
        ([(ADO + "editorialDate", "1955", XSD + "gYear")], "[1955]"),
        ([(ADO + "editorialDate", "1955~", EDTF)], "[c. 1955]"),
        ([(ADO + "createdAsWritten", "Date unknown", None)], "Date unknown"),
        ([], "undated"),
    ],
)
def test_dates_read_as_a_person_reads_them(
    statements: list[tuple[str, str, str | None]], expected: str
) -> None:
    doc = ox.NamedNode("http://example.org/id/document/1")
    quads = [
        ox.Quad(
            doc,
            ox.NamedNode(p),
            ox.Literal(v, datatype=ox.NamedNode(t)) if t else ox.Literal(v),
        )
        for p, v, t in statements
    ]
    assert reader.date(Description(doc.value, tuple(quads))) == expected


SCHEMA_TEXT = ox.NamedNode("https://schema.org/text")
LANGUAGE = ox.NamedNode("http://purl.org/dc/terms/language")
IN_LANGUAGE = ox.NamedNode("https://schema.org/inLanguage")


@pytest.mark.parametrize(
    ("text_lang", "original", "expected"),
    [
        ("ru", ("rus", "ru"), ("Original text (Russian)", "ru")),
        (None, ("rus", "ru"), ("Original text (Russian)", "ru")),  # the language from the record
        ("en", ("rum", "ro"), ("Text", "en")),  # English on a Romanian original: not the original
        (None, None, ("Text", None)),
    ],
)
def test_a_text_is_headed_by_what_it_is(
    text_lang: str | None, original: tuple[str, str] | None, expected: tuple[str, str | None]
) -> None:
    doc = ox.NamedNode("http://example.org/id/document/1")
    quads = [ox.Quad(doc, SCHEMA_TEXT, ox.Literal("Текст", language=text_lang))]
    if original:
        iso = ox.NamedNode(f"http://id.loc.gov/vocabulary/iso639-2/{original[0]}")
        quads += [
            ox.Quad(doc, LANGUAGE, iso),
            ox.Quad(doc, IN_LANGUAGE, ox.Literal(original[1])),
        ]
    links = Links("http://example.org/", "")
    (text,) = reader.texts(Description(doc.value, tuple(quads)), [], links)
    assert (text.heading, text.lang) == expected
    assert text.text == "Текст"
