"""Search and browse in Chromium, as a reader would: a word of the seed's text leads to the
document in two clicks; two facets narrow a search and their counts follow; the timeline's
bars are links; all of it without JavaScript too.

Screenshots of the pages (desktop and phone width) go to ``tests/screenshots/`` (not
committed) for a reviewer to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from live import SEARCH_DOCUMENTS, LiveServer, serve
from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.live]

SCREENSHOTS = Path(__file__).parent / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def search_server(
    search_release: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    with serve(SEARCH_DOCUMENTS, search_release, tmp_path_factory.mktemp("search-log")) as server:
        yield server


@pytest.fixture(params=[True, False], ids=["with-js", "without-js"])
def page(chromium: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = chromium.new_context(java_script_enabled=request.param, viewport=DESKTOP)
    try:
        yield context.new_page()
    finally:
        context.close()


def shoot(page: Page, name: str) -> None:
    """Screenshots of the current page at desktop and phone width."""
    SCREENSHOTS.mkdir(exist_ok=True)
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(DESKTOP)


def heading_count(page: Page) -> int:
    text = page.locator("#results-heading").inner_text()
    match = re.match(r"([\d,]+) documents?", text)
    assert match, text
    return int(match.group(1).replace(",", ""))


def facet_count(page: Page, facet: str, label: str) -> int:
    item = page.locator(f"#facet-{facet} li", has_text=label).first
    return int(item.locator(".count").inner_text())


def test_a_word_of_the_seed_leads_to_it_in_two_clicks(page: Page, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/", wait_until="load")
    shoot(page, "home")
    page.locator("#q").fill("deontology")  # a word of the telegram's text, nowhere else
    page.get_by_role("button", name="Search").click()  # click 1
    page.wait_for_load_state("load")
    assert "/search?q=deontology" in page.url
    assert heading_count(page) == 1
    assert page.locator(".snippet mark").first.inner_text() == "deontology"
    shoot(page, "search-results")
    page.locator("a.hit-title").first.click()  # click 2
    page.wait_for_load_state("load")
    assert page.url.endswith("/doc/document/116702")
    assert page.locator("h1").inner_text().startswith("Telegram from Pyongyang to Bucharest")


def test_two_facets_narrow_the_search_and_the_counts_follow(
    page: Page, search_server: LiveServer
) -> None:
    page.goto(search_server.url + "/search?q=armistice", wait_until="load")
    assert heading_count(page) == 4
    assert facet_count(page, "decade", "1950s") == 2
    assert facet_count(page, "place", "Pyongyang") == 2
    page.locator("#facet-decade a", has_text="1950s").click()
    page.wait_for_load_state("load")
    assert heading_count(page) == 2
    assert facet_count(page, "place", "Pyongyang") == 1  # counted among the 1950s only
    assert facet_count(page, "language", "Russian") == 1
    page.locator("#facet-language a", has_text="Russian").click()
    page.wait_for_load_state("load")
    assert heading_count(page) == 1
    assert page.locator("a.hit-title").inner_text().startswith("Memorandum of Conversation")
    filters = page.locator("ul.selected li").all_inner_texts()
    assert [f.split(" remove")[0] for f in filters] == [
        "Decade: 1950s",
        "Original language: Russian",
    ]
    shoot(page, "search-two-facets")
    page.locator("ul.selected a").first.click()  # remove the decade again
    page.wait_for_load_state("load")
    assert heading_count(page) == 1
    assert "decade=" not in page.url
    assert "language=rus" in page.url


def test_the_timeline_is_made_of_links(page: Page, search_server: LiveServer) -> None:
    page.goto(search_server.url + "/", wait_until="load")
    chart = page.locator(".timeline svg")
    assert chart.get_attribute("aria-labelledby") == "timeline-title timeline-desc"
    assert page.locator("#timeline-desc").text_content() == (
        "Documents per year, 1953 to 1972: 5 in all, most in 1967 (2). Each bar links to its year."
    )
    bars = page.locator(".timeline svg a")
    assert bars.count() == 4
    page.locator(".timeline svg a", has_text="1967: 2 documents").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/search?year=1967")
    assert heading_count(page) == 2
    shoot(page, "search-year")


def test_a_query_that_cannot_be_read_is_explained(page: Page, search_server: LiveServer) -> None:
    response = page.goto(search_server.url + '/search?q="armistice', wait_until="load")
    assert response is not None
    assert response.status == 400
    assert "not closed" in page.locator("#query-error").inner_text()
    assert page.locator("#q").input_value() == '"armistice'
    shoot(page, "search-error")
