"""What crawlers may fetch (``/robots.txt``) and every page they should (``/sitemap.xml``).

The sitemap is an index (sitemaps.org) of numbered pages, ``/sitemap-1.xml`` onwards, each of
at most :data:`SITEMAP_SIZE` URLs (the protocol's limit; the app's ``SITEMAP_SIZE`` setting
lowers it for tests): the home page, search, the listings and the dataset first, then every
member of every listed kind in the listing's order. A page is a few slices of the release's
listings (already sorted by the build), rendered once per release, so that a crawler
asking for all of them at 100,000 documents costs the server a few ms each after the first.
``lastmod`` is the release's build time: a page changes only with a release. URLs are the
canonical ones, under the configured base (never built from the request's ``Host``).

``robots.txt`` lets crawlers read every page but keeps them from what costs the server without
adding a page: SPARQL queries (``/sparql?query=...``), the search's JSON and its pages of
three filters or more, of which a facet's links make thousands; and the dump files.

>>> spans(total_fixed=2, counts={"documents": 3, "places": 2}, number=2, size=3)
[('documents', 1, 3), ('places', 0, 1)]
>>> spans(total_fixed=2, counts={"documents": 3, "places": 2}, number=3, size=3)
[('places', 1, 2)]
>>> spans(total_fixed=2, counts={"documents": 3, "places": 2}, number=4, size=3)
[]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from xml.sax.saxutils import escape

from flask import Blueprint, Response, abort, current_app, request, url_for

from ..formats import BY_NAME, SITEMAP
from ..store import KINDS, MAX_PAGE
from .http_cache import cache_headers, etag
from .pages import links
from .pinning import published
from .published import Published
from .respond import unchanged

blueprint = Blueprint("crawling", __name__)
SITEMAP_SIZE = 50_000
"""URLs per sitemap page: the most sitemaps.org allows."""
XML = f"{SITEMAP}; charset=utf-8"
NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
ROBOTS = """\
User-agent: *
Allow: /
Disallow: /sparql?
Disallow: /search.
Disallow: /search?*&*&
Disallow: /dumps/*.gz

Sitemap: {sitemap}
"""


def spans(
    *, total_fixed: int, counts: Mapping[str, int], number: int, size: int
) -> list[tuple[str, int, int]]:
    """The ``(kind, start, stop)`` slices of the listings that page ``number`` (from 1) holds
    after the ``total_fixed`` pages listed first."""
    start, stop = (number - 1) * size, number * size
    found, position = [], total_fixed
    for kind, count in counts.items():
        low, high = max(start, position), min(stop, position + count)
        if low < high:
            found.append((kind, low - position, high - position))
        position += count
    return found


def _size() -> int:
    return int(current_app.config.get("SITEMAP_SIZE", SITEMAP_SIZE))


def _fixed(release: Published) -> list[str]:
    """The pages listed before the members: home, search, the listings, the dataset."""
    dataset = links(release).href(f"{release.base}id/dataset")
    lists = [url_for("site.listing", kind=kind) for kind in KINDS]
    return [url_for("site.home"), url_for("search.search"), *lists, *filter(None, [dataset])]


def _pages(release: Published, fixed: list[str]) -> int:
    total = len(fixed) + sum(release.store.count(kind) for kind in KINDS)
    return -(-total // _size())


def _paths(release: Published, fixed: list[str], number: int) -> Iterator[str]:
    size = _size()
    yield from fixed[(number - 1) * size : number * size]
    counts = {kind: release.store.count(kind) for kind in KINDS}
    lk = links(release)
    for kind, start, stop in spans(total_fixed=len(fixed), counts=counts, number=number, size=size):
        while start < stop:
            page = release.store.page(kind, offset=start, limit=min(MAX_PAGE, stop - start))
            if not page.entries:
                break
            yield from filter(None, (lk.href(entry.iri) for entry in page.entries))
            start += len(page.entries)


def _absolute(release: Published, path: str) -> str:
    """The canonical URL of a path of this server: under the base, whatever the Host."""
    return release.base + path[len(request.script_root) + 1 :]


def _xml(release: Published, render: Iterator[str]) -> Response:
    """The body of ``render``, rendered once per release."""
    representation = f"xml|{_size()}"
    tag = etag(release.release_id, request.path, representation)
    headers = cache_headers(etag=tag, built=release.built)
    if unchanged(release, tag):
        return Response(status=304, headers=headers)
    key = ("crawling", request.path, representation)
    body = release.rendered.get(key, lambda: "".join(render))
    return Response(body, headers=headers, content_type=XML)


def _entries(
    release: Published, element: str, locations: Iterator[str], lastmod: str
) -> Iterator[str]:
    outer = "urlset" if element == "url" else "sitemapindex"
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<{outer} xmlns="{NAMESPACE}">\n'
    tail = f"</loc><lastmod>{lastmod}</lastmod></{element}>\n"
    for path in locations:
        yield f"<{element}><loc>{escape(_absolute(release, path))}{tail}"
    yield f"</{outer}>\n"


@blueprint.route("/sitemap.xml")
def sitemap_index() -> Response:
    release = published()
    fixed = _fixed(release)
    count = _pages(release, fixed)
    pages = (url_for("crawling.sitemap", number=n) for n in range(1, count + 1))
    lastmod = release.built.isoformat()
    return _xml(release, _entries(release, "sitemap", pages, lastmod))


@blueprint.route("/sitemap-<int:number>.xml")
def sitemap(number: int) -> Response:
    release = published()
    fixed = _fixed(release)
    if not 1 <= number <= _pages(release, fixed):
        abort(404)
    paths = _paths(release, fixed, number)
    lastmod = release.built.isoformat()
    return _xml(release, _entries(release, "url", paths, lastmod))


@blueprint.route("/robots.txt")
def robots() -> Response:
    release = published()
    tag = etag(release.release_id, request.path, "text")
    headers = cache_headers(etag=tag, built=release.built)
    if unchanged(release, tag):
        return Response(status=304, headers=headers)
    sitemap = _absolute(release, url_for("crawling.sitemap_index"))
    return Response(
        ROBOTS.format(sitemap=sitemap), headers=headers, content_type=BY_NAME["text"].content_type
    )
