"""Every kind of page in Chromium, checked by axe-core for WCAG 2.1 A and AA, and at a 360 px
phone width for horizontal scrolling.

axe-core is the npm package of ``package.json`` (``make test`` installs it with ``npm ci``); its
``axe.min.js`` is read from ``node_modules`` and evaluated in the page (no network). A violation
fails the page's test with every rule, node and message axe reports.

Screenshots of the main pages at 1280 and 360 px go to ``tests/screenshots/`` (not committed)
for a reviewer to look at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live import ROOT, SEARCH_DOCUMENTS, LiveServer, serve
from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.live]

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCREENSHOTS = Path(__file__).parent / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}

# name -> (server: "seed" or "search", path, expected status); one of each kind of page
PAGES: dict[str, tuple[str, str, int]] = {
    "home": ("seed", "/", 200),
    "document": ("seed", "/doc/document/116702", 200),
    "document-chinese": ("search", "/doc/document/800003", 200),
    "translation": ("seed", "/doc/document/116702/translation/en", 200),
    "person": ("seed", "/doc/person/popa-n", 200),
    "organisation": ("seed", "/doc/org/kwp", 200),
    "place": ("seed", "/doc/place/pyongyang", 200),
    "concept": ("seed", "/doc/concept/classification/secret", 200),
    "collection": ("seed", "/doc/collection/wilson-center-digital-archive", 200),
    "ontology": ("seed", "/ontology", 200),
    "shapes": ("seed", "/shapes", 200),
    "dataset": ("seed", "/doc/dataset", 200),
    "void": ("seed", "/.well-known/void", 200),
    "graph": ("seed", "/graph/document/116702", 200),
    "list-documents": ("search", "/list/documents", 200),
    "list-places": ("seed", "/list/places", 200),
    "search": ("search", "/search?q=armistice", 200),
    "search-two-facets": ("search", "/search?q=armistice&decade=1950s&language=rus", 200),
    "search-unreadable": ("seed", "/search?q=%22korean", 400),
    "sparql": ("seed", "/sparql", 200),
    "dumps": ("seed", "/dumps/", 200),
    "validation-report": ("seed", "/doc/report/validation", 200),
    "not-found": ("seed", "/doc/no/such/thing", 404),
}
SHOT = ("home", "search-two-facets", "list-documents", "sparql", "dataset", "document", "place")
"""The pages photographed at both widths."""

OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter(e => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && getComputedStyle(e).position !== 'fixed';
    }).slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
        + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '')
        + ' right=' + Math.round(e.getBoundingClientRect().right));
    return {scroll: document.documentElement.scrollWidth, width: width, wide: wide};
}"""


@pytest.fixture(scope="module")
def servers(
    live_server: LiveServer, search_release: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, LiveServer]]:
    with serve(SEARCH_DOCUMENTS, search_release, tmp_path_factory.mktemp("a11y-log")) as search:
        yield {"seed": live_server, "search": search}


def open_page(browser: Browser, servers: dict[str, LiveServer], name: str, size: Any) -> Page:
    """A new page (its own context, the CSP bypassed for axe alone) showing ``name``."""
    where, path, status = PAGES[name]
    context = browser.new_context(viewport=size, bypass_csp=True)
    page = context.new_page()
    response = page.goto(servers[where].url + path, wait_until="load")
    assert response is not None
    assert response.status == status, f"{path}: {response.status}"
    return page


def violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A/AA violations on the page as shown."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    found: list[dict[str, Any]] = page.evaluate(
        "options => axe.run(document, options).then(r => r.violations)", options
    )
    return found


def describe(found: list[dict[str, Any]]) -> str:
    lines = []
    for rule in found:
        lines.append(
            f"{rule['id']} ({rule['impact']}): {rule['help']} - {len(rule['nodes'])} nodes"
        )
        for node in rule["nodes"][:10]:
            lines.append(f"    {json.dumps(node['target'])}: {node['failureSummary']!r}")
    return "\n".join(lines)


def test_axe_core_is_installed() -> None:
    assert AXE.is_file(), f"{AXE} is missing: `make test` installs it (npm ci)"


@pytest.mark.parametrize("width", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", PAGES)
def test_no_wcag_violation(
    chromium: Browser, servers: dict[str, LiveServer], name: str, width: Any
) -> None:
    page = open_page(chromium, servers, name, width)
    try:
        found = violations(page)
    finally:
        page.context.close()
    print(describe(found))
    assert not found, f"{PAGES[name][1]}: WCAG 2.1 A/AA violations:\n{describe(found)}"


@pytest.mark.parametrize("name", PAGES)
def test_no_horizontal_scroll_at_360_px(
    chromium: Browser, servers: dict[str, LiveServer], name: str
) -> None:
    page = open_page(chromium, servers, name, PHONE)
    try:
        measured = page.evaluate(OVERFLOW)
        if name in SHOT:
            shoot(page, name)
    finally:
        page.context.close()
    assert measured["scroll"] <= measured["width"], (
        f"{PAGES[name][1]} is {measured['scroll']} px wide at 360 px; too wide: {measured['wide']}"
    )


def shoot(page: Page, name: str) -> None:
    """Full-page screenshots at 360 px (as the page is) and 1280 px."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-360.png"), full_page=True)
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-1280.png"), full_page=True)


FOCUSED = """() => {
    const e = document.activeElement;
    const style = getComputedStyle(e);
    return {tag: e.tagName.toLowerCase(), text: (e.textContent || e.value || '').trim(),
            id: e.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
}"""


def test_search_and_facets_by_keyboard_alone(
    chromium: Browser, servers: dict[str, LiveServer]
) -> None:
    """Tab reaches the search box, its button, the filters' remove links and the facets, each
    with a visible focus ring; Enter on a facet follows it."""
    page = open_page(chromium, servers, "search-two-facets", DESKTOP)
    try:
        seen = []
        for _ in range(200):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            if focused["tag"] == "body":  # past the last control
                break
            assert focused["outline"] != "none", focused
            assert focused["width"] > 0, focused
            seen.append(focused)
        texts = [(f["tag"], f["text"]) for f in seen]
        assert any(f["id"] == "q" for f in seen), texts
        assert ("button", "Search") in texts
        assert texts.count(("a", "remove")) == 2
        assert ("a", "Moscow") in texts
        while page.evaluate(FOCUSED)["text"] != "Moscow":
            page.keyboard.press("Shift+Tab")
        with page.expect_navigation(wait_until="load"):
            page.keyboard.press("Enter")
        assert "place=moscow" in page.url
    finally:
        page.context.close()
