"""The reader pages in Chromium: a document, a person and a place fit a 360 px phone without
horizontal scrolling (their "Data" sections opened too), Tab reaches every link in order,
the full text reads without JavaScript, and screenshots at 1280 px and 360 px go to
``tests/screenshots/reader-*.png`` (not committed) for a reviewer to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from live import LiveServer
from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.live]

SCREENSHOTS = Path(__file__).parent / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
PAGES = {
    "document": "/doc/document/116702",
    "person": "/doc/person/gheorghe-eliza",
    "place": "/doc/place/pyongyang",
}


def opened(chromium: Browser, *, javascript: bool = True, phone: bool = False) -> Page:
    context = chromium.new_context(
        java_script_enabled=javascript, viewport=PHONE if phone else DESKTOP
    )
    return context.new_page()


def scroll_width(page: Page) -> int:
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return width


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_phone_never_scrolls_sideways(
    chromium: Browser, live_server: LiveServer, name: str
) -> None:
    page = opened(chromium, phone=True)
    try:
        page.goto(live_server.url + PAGES[name], wait_until="load")
        assert scroll_width(page) <= PHONE["width"]
        page.locator("details.data > summary").click()  # the statements, with their long IRIs
        assert page.locator("details.data table.statements").first.is_visible()
        assert scroll_width(page) <= PHONE["width"]
    finally:
        page.context.close()


def test_tab_reaches_every_link_of_the_document_page(
    chromium: Browser, live_server: LiveServer
) -> None:
    page = opened(chromium)
    try:
        page.goto(live_server.url + PAGES["document"], wait_until="load")
        visible = page.evaluate(
            "[...document.querySelectorAll('a[href], summary')]"
            ".filter(e => e.offsetParent !== null).length"
        )
        reached: list[str] = []
        for _ in range(visible + 5):
            page.keyboard.press("Tab")
            reached.append(
                page.evaluate(
                    "(() => { const e = document.activeElement; return e.tagName + ' '"
                    " + (e.getAttribute('href') || e.textContent.trim()) })()"
                )
            )
        assert "A /doc/person/popa-n" in reached
        assert "A #cite" in reached
        assert "A /doc/document/116702/reply-to/12.390" in reached
        summaries = [r for r in reached if r.startswith("SUMMARY ")]
        assert "SUMMARY BibTeX" in summaries
        assert any("Every statement" in s for s in summaries)
        assert reached.index("A /doc/person/popa-n") < reached.index("SUMMARY BibTeX")
        # Enter on the data section's summary opens it: the statements are one key away
        page.goto(live_server.url + PAGES["document"], wait_until="load")
        for _ in range(reached.index(next(r for r in summaries if "Every statement" in r)) + 1):
            page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert page.locator("details.data").get_attribute("open") is not None
        assert page.locator("details.data table.statements").first.is_visible()
    finally:
        page.context.close()


def test_the_full_text_reads_without_javascript(chromium: Browser, live_server: LiveServer) -> None:
    page = opened(chromium, javascript=False, phone=True)
    try:
        page.goto(live_server.url + PAGES["document"], wait_until="load")
        text = page.locator('.fulltext[lang="en"]')
        assert text.is_visible()
        assert "amply and publicly discuss their deontology" in text.inner_text()
        page.locator('.toc a[href="#cite"]').click()
        assert page.locator("#cite").is_visible()
    finally:
        page.context.close()


def test_screenshots_of_the_reader_pages(chromium: Browser, live_server: LiveServer) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    for name, path in PAGES.items():
        for label, phone in (("desktop", False), ("phone", True)):
            page = opened(chromium, phone=phone)
            try:
                page.goto(live_server.url + path, wait_until="load")
                target = SCREENSHOTS / f"reader-{name}-{label}.png"
                page.screenshot(path=str(target), full_page=True)
                assert target.stat().st_size > 10_000
            finally:
                page.context.close()
