"""``/sitemap.xml`` and ``/robots.txt`` over HTTP: the sitemap index and its pages list every
document and entity page of a built release exactly once, in pages of at most the configured
size (small here, 50,000 by default), with the release's build time as ``lastmod``.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from live import BASE, manifest

from linkeddata.store import KINDS
from linkeddata.web import create_app
from linkeddata.web.releases import Releases

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ROOT = BASE.rstrip("/")  # canonical URLs, whatever the Host asked
FIXED = ["/", "/search", *(f"/list/{kind}" for kind in KINDS), "/doc/dataset"]


def sitemap_app(out: Path, size: int | None) -> Flask:
    return create_app(out, config={} if size is None else {"SITEMAP_SIZE": size})


@pytest.fixture(params=[("seed", 7), ("seed", None), ("search", 3), ("search", 1)])
def sitemap_client(
    request: pytest.FixtureRequest, release: Path, search_release: Path
) -> Iterator[tuple[FlaskClient, Path, int | None]]:
    name, size = request.param
    out = release if name == "seed" else search_release
    app = sitemap_app(out, size)
    try:
        with app.test_client() as client:
            yield client, out, size
    finally:
        app.extensions["linkeddata.sparql"].close()


def expected_pages(out: Path) -> list[str]:
    """Every document and entity page of the release, from its store's listings."""
    with Releases(out).held() as published:
        listing = published.store.listing
        pages = [f"/doc/{iri.split('/id/', 1)[1]}" for kind in KINDS for _, iri, _ in listing(kind)]
    assert len(pages) > len(KINDS)
    return pages


def parse(client: FlaskClient, path: str, root: str) -> list[tuple[str, str]]:
    """``(loc, lastmod)`` of every entry of the sitemap file at ``path``."""
    response = client.get(path)
    assert response.status_code == 200, path
    assert response.content_type == "application/xml; charset=utf-8"
    tree = ET.fromstring(response.data)
    assert tree.tag == f"{NS}{root}"
    child = "sitemap" if root == "sitemapindex" else "url"
    entries = []
    for entry in tree:
        assert entry.tag == f"{NS}{child}"
        assert [e.tag for e in entry] == [f"{NS}loc", f"{NS}lastmod"]
        entries.append((entry.findtext(f"{NS}loc") or "", entry.findtext(f"{NS}lastmod") or ""))
    return entries


def test_the_sitemap_lists_every_page_once_in_pages_of_the_size(
    sitemap_client: tuple[FlaskClient, Path, int | None],
) -> None:
    client, out, size = sitemap_client
    built = datetime.fromisoformat(manifest(out / "current")["built"])
    expected = FIXED + expected_pages(out)
    limit = size or 50_000
    index = parse(client, "/sitemap.xml", "sitemapindex")
    assert len(index) == math.ceil(len(expected) / limit)
    assert [loc for loc, _ in index] == [
        f"{ROOT}/sitemap-{n}.xml" for n in range(1, len(index) + 1)
    ]
    listed = []
    for loc, lastmod in index:
        assert datetime.fromisoformat(lastmod) == built
        entries = parse(client, loc.removeprefix(ROOT), "urlset")
        assert 1 <= len(entries) <= limit
        assert {datetime.fromisoformat(lastmod) for _, lastmod in entries} == {built}
        listed += [loc for loc, _ in entries]
    assert sorted(listed) == sorted(f"{ROOT}{path}" for path in expected)  # each exactly once
    assert client.get(f"/sitemap-{len(index) + 1}.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


def test_every_listed_page_exists(search_release: Path) -> None:
    app = sitemap_app(search_release, None)
    try:
        client = app.test_client()
        for loc, _ in parse(client, "/sitemap-1.xml", "urlset"):
            assert client.get(loc.removeprefix(ROOT)).status_code == 200, loc
    finally:
        app.extensions["linkeddata.sparql"].close()


def test_the_sitemap_is_revalidated_and_the_same_for_every_host(
    search_client: FlaskClient,
) -> None:
    first = search_client.get("/sitemap-1.xml")
    tag = first.headers["ETag"]
    again = search_client.get("/sitemap-1.xml", headers={"If-None-Match": tag})
    assert again.status_code == 304
    other_host = search_client.get("/sitemap-1.xml", headers={"Host": "127.0.0.1"})
    assert (other_host.headers["ETag"], other_host.data) == (tag, first.data)
    assert f"<loc>{ROOT}/doc/".encode() in first.data


def test_robots_allows_pages_and_points_to_the_sitemap(search_client: FlaskClient) -> None:
    response = search_client.get("/robots.txt")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    lines = response.get_data(as_text=True).splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    assert f"Sitemap: {ROOT}/sitemap.xml" in lines
    disallowed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")]
    # query URLs of SPARQL, not its page; search pages of three parameters or more, the JSON
    assert "/sparql?" in disallowed
    assert "/search?*&*&" in disallowed
    assert "/search." in disallowed
    assert not any(rule in ("/", "/doc/", "/list/", "/search", "/sparql") for rule in disallowed)
