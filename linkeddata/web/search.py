"""``/search``: full-text search with facets, as an HTML page or as JSON.

``/search?q=...`` with facet filters (``&place=pyongyang&year=1967``), ``sort=date``, ``page``
and ``limit``; the same as JSON with ``Accept: application/json``, ``/search.json`` or
``?format=json``. A query the index cannot read is answered 400 with what to change: in JSON
as ``{"status": 400, "error": ..., "message": ...}``, on the page above the search box.
Within a release the same URL always gives the same answer, so responses carry the release's
validators like every description (304 on a match).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from flask import Blueprint, Response, g, render_template, request, url_for
from markupsafe import Markup, escape
from werkzeug.http import HTTP_STATUS_CODES

from ..errors import SearchError, SearchTooLong
from ..formats import BY_NAME, Format
from ..search.counting import Count, FacetCounts
from ..search.dates import readable
from ..search.facets import FACETS
from ..search.results import Results, Search
from . import search_urls as urls
from .http_cache import cache_headers, etag
from .link_headers import Link, link_header
from .links import Links
from .negotiation import HTML, VARY, negotiate
from .pages import links
from .pinning import published
from .respond import unchanged
from .timeline import Timeline, timeline

blueprint = Blueprint("search", __name__)
DATA = BY_NAME["data"]
OFFERED = (HTML, DATA)
SHOWN = 10  # values a facet lists before "all"
KIND_NAMES = {"persons": "person", "organisations": "organisation", "places": "place"}


@dataclass(frozen=True)
class FacetList:
    """A facet as the page lists it: values with the link that adds (or removes) each."""

    name: str
    heading: str
    values: list[tuple[Count, str]]
    more: str | None
    """The link listing every value, when some are left out."""
    total: int | None
    """How many values the matches have, when they were all counted."""

    @property
    def items(self) -> Markup:
        """The ``<li>`` of each value, written here rather than by a template loop: a facet
        listed in full has hundreds (Jinja's escaping of each made it the costliest page)."""
        rows = []
        for count, href in self.values:
            chosen = ' aria-current="true" class="chosen"' if count.selected else ""
            link = f'<a href="{escape(href)}"{chosen}>{escape(count.label)}</a>'
            rows.append(f'<li>{link} <span class="count">{count.count}</span></li>')
        return Markup("".join(rows))


@blueprint.route("/search")
@blueprint.route("/search.<ext>")
def search(ext: str | None = None) -> Response:
    release = published()
    explicit = ext or request.args.get("format") or None
    fmt = negotiate(
        request.headers.get("Accept"), offered=OFFERED, explicit=explicit, default=HTML
    ).representation
    query = request.query_string.decode("latin-1")
    headers = {
        **cache_headers(
            etag=etag(release.release_id, f"/search?{query}", fmt.name), built=release.built
        ),
        "Vary": VARY,
        "Content-Location": _url(fmt, query),
        "Link": link_header(
            Link(_url(r, query), "alternate", media_type=r.media_type) for r in OFFERED
        ),
    }
    if unchanged(release, headers["ETag"]):
        return Response(status=304, headers=headers)
    try:
        wanted = urls.read(request.args, request.args.to_dict(flat=False))
        results = release.search.search(wanted)
    except SearchError as error:
        status = 503 if isinstance(error, SearchTooLong) else 400
        headers.pop("ETag")
        if status == 503:
            headers["Cache-Control"] = "no-store"  # about this moment's load, not the URL
        body = _error(fmt, status, str(error))
        return Response(body, status=status, headers=headers, content_type=fmt.content_type)
    lk = links(release)
    body = _json(results, lk) if fmt is DATA else _page(results, lk)
    return Response(body, headers=headers, content_type=fmt.content_type)


def search_href(search: Search, fmt: Format = HTML) -> str:
    """The URL of ``search`` on this server, as a page or as JSON."""
    query = urls.query_string(search)
    return f"{_path(fmt)}?{query}" if query else _path(fmt)


def _path(fmt: Format) -> str:
    paths: dict[str, str] = g.setdefault("search_paths", {})  # a page has hundreds of links
    if fmt.name not in paths:
        paths[fmt.name] = url_for("search.search", ext=None if fmt is HTML else fmt.extension)
    return paths[fmt.name]


def years_timeline(years: FacetCounts | None, search: Search) -> Timeline | None:
    """The timeline of year counts, each bar narrowing ``search`` to its year (a year in
    use already: ``search`` from its first page). The links are made as the facets' are
    (:func:`_linked`), the query string encoded once: a timeline has a bar for each of
    decades of years."""
    counts = years.values if years else ()
    path = _path(HTML)
    chosen = {key for facet, key in search.filters if facet == "year"}
    adding = urls.with_each(search, "year", (c.key for c in counts if c.key not in chosen))
    hrefs = {
        int(c.key): search_href(urls.with_filter(search, "year", c.key))
        if c.key in chosen
        else f"{path}?{next(adding)}"
        for c in counts
    }
    return timeline([(int(c.key), c.count) for c in counts], hrefs.__getitem__)


def _url(fmt: Format, query: str) -> str:
    path = url_for("search.search", ext=fmt.extension)
    return f"{request.host_url.rstrip('/')}{path}" + (f"?{query}" if query else "")


def _error(fmt: Format, status: int, message: str) -> str:
    if fmt is DATA:
        name = HTTP_STATUS_CODES[status]
        return json.dumps({"status": status, "error": name, "message": message})
    text = request.args.get("q", "")
    heading = "This search takes too long" if status == 503 else "This query cannot be read"
    return render_template(
        "search.html", title="Search", q=text, heading=heading, message=message, keep=[]
    )


def _page(results: Results, lk: Links) -> str:
    wanted = results.search
    facets: list[FacetList] = []
    selected: list[tuple[str, str, str]] = []
    for facet in FACETS:
        counted = results.facets.get(facet.name)
        if counted is None:
            continue
        for count in counted.values:
            if count.selected:
                remove = search_href(urls.without(wanted, facet.name, count.key))
                selected.append((facet.heading, count.label, remove))
        if counted.total == 1 and counted.values[0].selected:
            continue  # shown above, as a filter in use
        facets.append(
            FacetList(
                facet.name,
                facet.heading,
                _linked(wanted, facet.name, counted.values),
                search_href(replace(wanted, more=facet.name))
                if counted.total is None or counted.total > len(counted.values)
                else None,
                counted.total,
            )
        )
    last = (min(results.total, results.ranked or results.total) - 1) // wanted.limit + 1
    number = wanted.offset // wanted.limit + 1
    return render_template(
        "search.html",
        title=f"Search: {wanted.text}" if wanted.text else "Search",
        q=wanted.text,
        keep=list(wanted.filters) + ([("sort", "date")] if wanted.by_date else []),
        results=results,
        hits=[(h, lk.href(h.iri), readable(h.date, h.editorial)) for h in results.hits],
        entities=[(e, lk.href(e.iri), KIND_NAMES.get(e.kind, "concept")) for e in results.entities],
        selected=selected,
        facets=facets,
        timeline=years_timeline(results.facets.get("year"), wanted),
        by_relevance=search_href(replace(wanted, by_date=False, offset=0)),
        by_date=search_href(replace(wanted, by_date=True, offset=0)),
        previous=search_href(urls.page(wanted, number - 1)) if number > 1 else None,
        next=search_href(urls.page(wanted, number + 1)) if number < last else None,
        number=number,
        pages=last,
        alternates=[(DATA.label, DATA.media_type, search_href(wanted, DATA))],
    )


def _linked(
    search: Search, facet: str, counts: Sequence[Count], fmt: Format = HTML
) -> list[tuple[Count, str]]:
    """Each value of a facet with the link that adds it to ``search`` (removes it if it is a
    filter already)."""
    path = _path(fmt)
    adding = iter(urls.with_each(search, facet, (c.key for c in counts if not c.selected)))
    return [
        (
            c,
            search_href(urls.without(search, facet, c.key), fmt)
            if c.selected
            else f"{path}?{next(adding)}",
        )
        for c in counts
    ]


def _json(results: Results, lk: Links) -> str:
    wanted = results.search
    root = request.host_url.rstrip("/")
    number = wanted.offset // wanted.limit + 1
    reachable = min(results.total, results.ranked or results.total)
    data: dict[str, Any] = {
        "query": wanted.text,
        "filters": {f: [k for g, k in wanted.filters if g == f] for f, _ in wanted.filters},
        "sort": "date" if wanted.by_date or not wanted.text else "relevance",
        "total": results.total,
        "ranked": results.ranked,
        "offset": wanted.offset,
        "limit": wanted.limit,
        "results": [
            {
                "id": h.key,
                "iri": h.iri,
                "url": root + (lk.href(h.iri) or ""),
                "title": h.title,
                "date": h.date,
                "dateText": readable(h.date, h.editorial),
                "type": h.types,
                "titleHtml": str(h.title_html) if h.title_html else None,
                "snippetHtml": str(h.snippet) if h.snippet else None,
            }
            for h in results.hits
        ],
        "facets": {
            facet: {
                "total": counted.total,
                "values": [
                    {
                        "key": c.key,
                        "label": c.label,
                        "iri": c.iri,
                        "count": c.count,
                        "selected": c.selected,
                        "url": root + href,
                    }
                    for c, href in _linked(wanted, facet, counted.values, DATA)
                ],
            }
            for facet, counted in results.facets.items()
        },
        "entities": [
            {
                "kind": e.kind,
                "iri": e.iri,
                "label": e.label,
                "documents": e.documents,
                "url": root + (lk.href(e.iri) or ""),
            }
            for e in results.entities
        ],
        "previous": root + search_href(urls.page(wanted, number - 1), fmt=DATA)
        if number > 1
        else None,
        "next": root + search_href(urls.page(wanted, number + 1), fmt=DATA)
        if wanted.offset + wanted.limit < reachable
        else None,
    }
    return json.dumps(data, ensure_ascii=False)
