"""The HTML pages in a real browser: Debian's Chromium, driven by Playwright, on the live server.

Each page must load without console errors or failed requests, have a title and an h1, label
its links, announce its alternates, and link only to things that exist; the document page
carries schema.org JSON-LD and a "Cite this" block. A collection with hostile values checks
that nothing from the data runs as script.

Chromium is not optional: without /usr/bin/chromium these tests fail (``make browser``
installs it); nothing is skipped.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from live import BROWSER_ACCEPT, LiveServer, build_release, fetch, serve
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Dialog,
    Playwright,
    Request,
    sync_playwright,
)

pytestmark = [pytest.mark.browser, pytest.mark.live]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# name -> (path, expected status)
PAGES: dict[str, tuple[str, int]] = {
    "home": ("/", 200),
    "document": ("/doc/document/116702", 200),
    "place": ("/doc/place/pyongyang", 200),
    "ontology": ("/ontology", 200),
    "dumps": ("/dumps/", 200),
    "documents": ("/list/documents", 200),
    "search": ("/search?q=korean+party", 200),
    "search-unreadable": ("/search?q=%22korean", 400),
    "validation-report": ("/doc/report/validation", 200),
    "sparql": ("/sparql", 200),
    "not-found": ("/doc/no/such/thing", 404),
}
OWN_SCRIPTS = {"sparql": ("/static/sparql.js",)}  # pages that may load a script of ours
CONTENT_PAGES = [name for name, (_path, status) in PAGES.items() if status == 200]
HOSTILE_TITLE = "Telegram from Pyongyang to Bucharest <script>alert(1)</script>"
HOSTILE_RECORD = """\
**May 1, 1967**
**Telegram from Pyongyang to Bucharest <script>alert(1)</script>**

**Citation:**

"Telegram from Pyongyang to Bucharest <script>alert(1)</script>", May 1, 1967, Wilson Center \
Digital Archive, Archive of the Romanian Ministry of Foreign Affairs.
<javascript:alert(1)>

**Summary:**

A summary with <script>alert(1)</script> and <img src=x onerror=alert(2)> inside.

**Original Language:**

Romanian

**Contents:**

Translation - English

Body text <script>alert(3)</script> and <a href="javascript:alert(4)">a link</a>.
"""
HOSTILE_AUTHORITIES = """\
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<place/pyongyang> a schema:Place ;
    skos:prefLabel "Pyongyang"@en, "\\"><script>alert(6)</script>"@ko ;
    skos:exactMatch <javascript:alert(5)> .
"""


@dataclass
class Snapshot:
    """What one page load showed: status, headings, links, and everything that went wrong."""

    url: str
    status: int
    title: str
    h1: list[str]
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    anchors: list[dict[str, str]] = field(default_factory=list)  # href attr, resolved, text
    alternates: list[dict[str, str]] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)
    scripts: list[dict[str, str]] = field(default_factory=list)  # type, src of <script>
    urls: list[str] = field(default_factory=list)  # every href/src/action attribute
    text: str = ""


# --- the browser -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's Chromium "
            "(run `make browser`, which installs it with apt-get)."
        )
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        yield chromium
    finally:
        chromium.close()


_COLLECT = """() => {
  const all = (selector) => Array.from(document.querySelectorAll(selector));
  const names = ["href", "src", "action", "formaction", "xlink:href"];
  return {
    title: document.title,
    h1: all("h1").map(h => h.innerText.trim()),
    // resolved by hand: an SVG <a> (the timeline's bars) has no string href property
    anchors: all("a[href]").map(a => ({attr: a.getAttribute("href"),
                                       href: new URL(a.getAttribute("href"), document.baseURI).href,
                                       text: a.textContent.trim()})),
    alternates: all("link[rel~=alternate]").map(l => ({type: l.type,
                                                        attr: l.getAttribute("href"),
                                                        href: l.href})),
    jsonld: all('script[type="application/ld+json"]').map(s => s.textContent),
    scripts: all("script").map(s => ({type: s.type, src: s.src})),
    urls: all("*").flatMap(e => names.map(n => e.getAttribute(n)).filter(v => v !== null)),
    text: document.body ? document.body.innerText : "",
  };
}"""


class Visitor:
    """One browser page that records, per visit, console errors, page errors, failed
    requests and dialogs (dismissed), then reads the DOM in one round trip."""

    def __init__(self, browser: Browser) -> None:
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.console: list[ConsoleMessage] = []
        self.page_errors: list[str] = []
        self.failed: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda message: self.console.append(message))
        self.page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(_failure(request)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def visit(self, url: str) -> Snapshot:
        self.console, self.page_errors, self.failed, self.dialogs = [], [], [], []
        response = self.page.goto(url, wait_until="load")  # the page, its stylesheet, images
        assert response is not None, f"no response for {url}"
        dom: dict[str, Any] = self.page.evaluate(_COLLECT)
        self.page.wait_for_timeout(30)  # a late dialog from an injected handler lands here
        return Snapshot(
            url=url,
            status=response.status,
            title=dom["title"],
            h1=dom["h1"],
            console_errors=[
                _console_text(m)
                for m in self.console
                if m.type in ("error", "assert") and not _is_own_status(m, url, response.status)
            ],
            page_errors=list(self.page_errors),
            failed_requests=list(self.failed),
            dialogs=list(self.dialogs),
            anchors=dom["anchors"],
            alternates=dom["alternates"],
            jsonld=dom["jsonld"],
            scripts=dom["scripts"],
            urls=dom["urls"],
            text=dom["text"],
        )

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visitor(browser: Browser) -> Iterator[Visitor]:
    """A fresh page for one test, closed after it."""
    page = Visitor(browser)
    yield page
    page.close()


def visit_all(browser: Browser, urls: dict[str, str]) -> dict[str, Snapshot]:
    """Snapshots of ``urls`` (name -> URL), from one page closed at the end (which also
    closes its connections before the server is asked to stop)."""
    visitor = Visitor(browser)
    try:
        return {name: visitor.visit(url) for name, url in urls.items()}
    finally:
        visitor.close()


def _failure(request: Request) -> str:
    return f"{request.method} {request.url}: {request.failure}"


def _console_text(message: ConsoleMessage) -> str:
    return f"{message.type}: {message.text} ({message.location.get('url')})"


def _is_own_status(message: ConsoleMessage, url: str, status: int) -> bool:
    """Chromium logs an error for any page served with an error status, the expected 404 page
    included: that one line is the status we asked for, not a fault of the page."""
    return (
        status >= 400
        and message.location.get("url") == url
        and f"status of {status}" in message.text
    )


@pytest.fixture(scope="module")
def snapshots(browser: Browser, live_server: LiveServer) -> dict[str, Snapshot]:
    return visit_all(browser, {name: live_server.url + path for name, (path, _s) in PAGES.items()})


def is_javascript(url: str) -> bool:
    """Whether a URL would run script, as browsers parse it (control characters and
    whitespace are stripped, the scheme is case-insensitive)."""
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", url).lower()
    return cleaned.startswith(("javascript:", "vbscript:", "data:text/html"))


# --- every page ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_cleanly(snapshots: dict[str, Snapshot], name: str) -> None:
    snap = snapshots[name]
    assert snap.status == PAGES[name][1]
    assert not snap.console_errors, snap.console_errors
    assert not snap.page_errors, snap.page_errors
    assert not snap.failed_requests, snap.failed_requests
    assert not snap.dialogs, snap.dialogs
    assert snap.title.strip(), "no <title>"
    assert len(snap.h1) == 1, f"one h1 expected, got {snap.h1}"
    assert snap.h1[0], "empty h1"


@pytest.mark.parametrize("name", CONTENT_PAGES)
def test_page_announces_its_alternates(snapshots: dict[str, Snapshot], name: str) -> None:
    snap = snapshots[name]
    assert snap.alternates, f'{name}: no <link rel="alternate">'
    for alternate in snap.alternates:
        assert alternate["type"], f"alternate without a type: {alternate}"
        reply = fetch(alternate["href"])
        assert reply.status == 200, f"{alternate['href']} -> {reply.status}"
        assert reply.media_type == alternate["type"]


@pytest.mark.parametrize("name", PAGES)
def test_no_link_runs_script(snapshots: dict[str, Snapshot], name: str) -> None:
    snap = snapshots[name]
    assert not [u for u in snap.urls if is_javascript(u)]
    code = [s for s in snap.scripts if s["type"] != "application/ld+json"]
    # Only our own script files, never inline code: the query page's editor helper.
    own = {urljoin(snap.url, path) for path in OWN_SCRIPTS.get(name, ())}
    assert [s["src"] for s in code] == sorted(own), snap.scripts


@pytest.mark.parametrize("name", PAGES)
def test_every_internal_link_resolves(
    snapshots: dict[str, Snapshot], live_server: LiveServer, name: str
) -> None:
    snap = snapshots[name]
    origin = urlsplit(live_server.url)
    targets = sorted(
        {
            href.split("#", 1)[0]
            for href in [a["href"] for a in snap.anchors] + [a["href"] for a in snap.alternates]
            if (urlsplit(href).scheme, urlsplit(href).netloc) == (origin.scheme, origin.netloc)
        }
    )
    assert targets
    broken = []
    for target in targets:
        reply = fetch(target, headers={"Accept": BROWSER_ACCEPT})
        if reply.status == 303:
            reply = fetch(
                urljoin(target, reply.header("Location") or ""), headers={"Accept": BROWSER_ACCEPT}
            )
        if reply.status != 200:
            broken.append(f"{reply.status} {target.removeprefix(live_server.url)}")
    assert not broken, f"{name}: broken links:\n" + "\n".join(broken)


@pytest.mark.parametrize("name", PAGES)
def test_links_show_labels_not_raw_iris(snapshots: dict[str, Snapshot], name: str) -> None:
    """A link to one of our resources reads as its label, never as its IRI or URL."""
    raw = [
        f"{a['attr']} shown as {a['text']!r}"
        for a in snapshots[name].anchors
        if a["attr"].startswith(("/doc/", "/graph/", "/id/")) and re.match(r"https?://", a["text"])
    ]
    assert not raw, f"{name}: links shown as raw IRIs:\n" + "\n".join(raw)


# --- particular pages ------------------------------------------------------------------------


def test_document_page_links_labels(snapshots: dict[str, Snapshot]) -> None:
    anchors = snapshots["document"].anchors
    by_href = {(a["attr"], a["text"]) for a in anchors}
    assert ("/doc/place/pyongyang", "Pyongyang") in by_href
    assert ("/doc/person/popa-n", "N. Popa") in by_href
    assert ("/doc/concept/classification/top-secret", "top secret") in by_href
    assert snapshots["document"].h1 == [
        "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"
    ]


def test_document_page_has_schema_org_jsonld(snapshots: dict[str, Snapshot]) -> None:
    scripts = snapshots["document"].jsonld
    assert len(scripts) == 1
    data: dict[str, Any] = json.loads(scripts[0])
    assert data["@context"] in ("https://schema.org", "https://schema.org/", "http://schema.org")
    types = data["@type"] if isinstance(data["@type"], list) else [data["@type"]]
    assert "ArchiveComponent" in types
    assert data["@id"] == "http://127.0.0.1:8080/id/document/116702"
    assert data["name"].startswith("Telegram from Pyongyang to Bucharest")
    places = data["locationCreated"]
    places = places if isinstance(places, list) else [places]
    assert {"@id": "http://127.0.0.1:8080/id/place/pyongyang", "name": "Pyongyang"} in places


def test_document_page_has_a_cite_this_block(visitor: Visitor, live_server: LiveServer) -> None:
    _check_cite_block(visitor, f"{live_server.url}/doc/document/116702")


def _check_cite_block(visitor: Visitor, url: str) -> None:
    snapshot = visitor.visit(url)
    assert not snapshot.console_errors
    page = visitor.page
    assert page.get_by_role("heading", name="Cite this").count() == 1
    summaries = page.locator("#cite ~ details summary").all_inner_texts()
    assert {"BibTeX", "RIS", "CSL-JSON"} <= set(summaries)
    bibtex = page.locator("#cite ~ details", has_text="BibTeX").first
    bibtex.locator("summary").click()
    assert "@misc{doc-116702" in bibtex.inner_text()
    formatted = page.locator("#cite + p").inner_text()
    assert "Telegram from Pyongyang to Bucharest" in formatted
    assert "1967" in formatted


def test_place_page_lists_the_document_linking_to_it(snapshots: dict[str, Snapshot]) -> None:
    by_href = {a["attr"]: a["text"] for a in snapshots["place"].anchors}
    assert by_href.get("/doc/document/116702", "").startswith("Telegram from Pyongyang")
    assert snapshots["place"].h1 == ["Pyongyang"]


def test_not_found_page(snapshots: dict[str, Snapshot]) -> None:
    snap = snapshots["not-found"]
    assert "404" in snap.h1[0]
    assert any(a["attr"] == "/" for a in snap.anchors), "no way home from the 404 page"


# --- hostile data ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A collection of one record (and an authority file) full of markup and script URLs."""
    root = tmp_path_factory.mktemp("hostile")
    documents = root / "documents"
    documents.mkdir()
    (documents / "900100.txt").write_text(HOSTILE_RECORD, encoding="utf-8")
    (documents / "authorities.ttl").write_text(HOSTILE_AUTHORITIES, encoding="utf-8")
    out = build_release(documents, root / "out")
    with serve(documents, Path(out), root) as server:
        yield server


HOSTILE_PAGES = [
    "/sparql?query=SELECT+*+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D&format=html",
    "/doc/document/900100",
    "/doc/place/pyongyang",
    "/doc/document/900100/translation/en",
    "/doc/org/archive-of-the-romanian-ministry-of-foreign-affairs-javascript-alert-1",
    "/list/documents",
    "/list/places",
    "/list/organisations",
    "/",
]


@pytest.fixture(scope="module")
def hostile_snapshots(browser: Browser, hostile_server: LiveServer) -> dict[str, Snapshot]:
    return visit_all(browser, {path: hostile_server.url + path for path in HOSTILE_PAGES})


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_hostile_values_never_run(hostile_snapshots: dict[str, Snapshot], path: str) -> None:
    snap = hostile_snapshots[path]
    assert not snap.dialogs, f"a dialog opened: {snap.dialogs}"
    assert not snap.page_errors
    assert not snap.failed_requests, snap.failed_requests  # an injected <img src=x> would fail
    own = [urljoin(snap.url, "/static/sparql.js")] if path.startswith("/sparql") else []
    code = [s["src"] for s in snap.scripts if s["type"] != "application/ld+json"]
    assert code == own, snap.scripts
    assert not [u for u in snap.urls if is_javascript(u)]
    for text in snap.jsonld:
        json.loads(text)
    assert snap.status == 200, f"{path} -> {snap.status}"


def test_hostile_collection_serves_its_curated_entities(hostile_server: LiveServer) -> None:
    """The place of the (small) authority file dereferences like the document that names it.

    The release's store must hold every graph of its dumps: a small authority file is the
    last, short chunk of the load file, which must reach the store too."""
    dump = hostile_server.out / "dumps" / "dataset.nq.gz"
    authority = [
        line
        for line in gzip.decompress(dump.read_bytes()).decode().splitlines()
        if line.endswith("<http://127.0.0.1:8080/graph/authorities> .")
    ]
    assert authority, "the dump has no authority graph"
    for path in ("/doc/place/pyongyang", "/doc/place/pyongyang.ttl"):
        reply = fetch(hostile_server.url + path)
        assert reply.status == 200, (
            f"{path} -> {reply.status}, though the dump holds {len(authority)} authority quads"
        )


def test_hostile_document_text_appears_literally(hostile_snapshots: dict[str, Snapshot]) -> None:
    snap = hostile_snapshots["/doc/document/900100"]
    assert snap.status == 200
    assert snap.h1 == [HOSTILE_TITLE]
    assert snap.title.startswith(HOSTILE_TITLE)
    assert "<javascript:alert(1)>" in snap.text
    assert "<img src=x onerror=alert(2)>" in snap.text
    (data,) = [json.loads(text) for text in snap.jsonld]
    assert data["name"] == HOSTILE_TITLE
    assert "<script>" not in "".join(snap.jsonld), "</script> in data could close the element"


def test_hostile_iri_is_text_not_a_link(hostile_snapshots: dict[str, Snapshot]) -> None:
    snap = hostile_snapshots["/doc/place/pyongyang"]
    assert snap.status == 200, "see test_hostile_collection_serves_its_curated_entities"
    assert "javascript:alert(5)" in snap.text
    assert not [a for a in snap.anchors if "alert" in a["attr"]]
    assert '"><script>alert(6)</script>' in snap.text


# --- the SPARQL query page --------------------------------------------------------------------


def test_type_a_query_run_it_see_the_rows(visitor: Visitor, live_server: LiveServer) -> None:
    page = visitor.page
    page.goto(f"{live_server.url}/sparql", wait_until="load")
    editor = page.locator("#query")
    assert "PREFIX dcterms:" in editor.input_value()  # pre-filled with the prefixes
    editor.fill(
        "SELECT ?place ?name WHERE { ?place a schema:Place ; skos:prefLabel ?name "
        'FILTER(LANG(?name) = "en") } ORDER BY ?name'
    )
    with page.expect_navigation():
        editor.press("Control+Enter")  # sparql.js; the Run button does the same
    rows = page.locator("table.results tbody tr")
    assert rows.count() >= 3
    assert page.locator("table.results thead th").all_inner_texts() == ["place", "name"]
    pyongyang = page.locator("table.results a", has_text="Pyongyang").first
    assert pyongyang.get_attribute("href") == "/doc/place/pyongyang"
    assert "/sparql?" in page.url  # the result has a URL to share
    assert page.locator("#query").input_value().startswith("SELECT ?place")
    page.locator("#run").click()
    page.wait_for_load_state("load")
    assert page.locator("table.results tbody tr").count() == rows.count()
    assert (visitor.page_errors, visitor.failed, visitor.dialogs) == ([], [], [])


def test_examples_run_from_the_page(visitor: Visitor, live_server: LiveServer) -> None:
    page = visitor.page
    page.goto(f"{live_server.url}/sparql", wait_until="load")
    examples = page.locator("#examples li > a")
    assert examples.count() >= 5
    for index in range(examples.count()):
        page.goto(f"{live_server.url}/sparql", wait_until="load")
        link = page.locator("#examples li > a").nth(index)
        title = link.inner_text()
        link.click()
        page.wait_for_load_state("load")
        assert page.locator("#results").count() == 1, title
        answered = (
            page.locator("table.results tbody tr").count() or page.locator("p.answer").count()
        )
        assert answered >= 1, f"the example {title!r} showed no rows"
        assert page.locator("#error").count() == 0, title
    assert (visitor.page_errors, visitor.failed, visitor.dialogs) == ([], [], [])


def test_a_syntax_error_is_shown_with_the_query_kept(
    visitor: Visitor, live_server: LiveServer
) -> None:
    page = visitor.page
    page.goto(f"{live_server.url}/sparql", wait_until="load")
    page.locator("#query").fill("SELECT * WHERE { ?s ?p }")
    page.locator("#run").click()
    page.wait_for_load_state("load")
    assert "400" in page.locator("#error").inner_text()
    assert page.locator("#query").input_value() == "SELECT * WHERE { ?s ?p }"
