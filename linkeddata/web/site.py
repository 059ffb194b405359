"""The pages around the data: home, listings, dumps, the JSON-LD context."""

from __future__ import annotations

import json
from typing import NamedTuple

import werkzeug
from flask import Blueprint, Response, abort, render_template, request, url_for
from markupsafe import Markup, escape

from ..formats import BY_NAME, GZIP, Format
from ..search.dates import readable
from ..search.results import Search
from ..store import KINDS, MAX_PAGE, Page
from .http_cache import cache_headers, etag
from .links import Links
from .negotiation import HTML, RDF, VARY, negotiate
from .pages import links
from .pinning import published
from .published import Published
from .rdf import context
from .respond import split_extension, unchanged
from .search import DATA, years_timeline
from .sending import send_path

MAX_LISTED = min(MAX_PAGE, 500)
"""Entries a listing page may hold (``limit``): each shows a document's date and type, and a
page of a thousand cost a server more than any other page of the site."""
blueprint = Blueprint("site", __name__)
PAGE_SIZE = 50
LISTINGS = (HTML, DATA)


def dataset_alternates() -> list[tuple[str, str, str]]:
    """The dataset description's RDF forms: the alternates of the pages about the dataset."""
    return [(r.name, r.media_type, url_for("resources.void", ext=r.extension)) for r in RDF]


@blueprint.route("/")
def home() -> str:
    release = published()
    kinds = {name: release.store.count(name) for name in KINDS}
    dataset = f"{release.base}id/dataset"
    return render_template(
        "home.html",
        title=release.store.label(dataset) or dataset,  # the dataset.title setting
        census=release.manifest.census,
        kinds=kinds,
        manifest=release.manifest,
        dataset=links(release).href(dataset),
        alternates=dataset_alternates(),
        timeline=years_timeline(release.search.timeline(), Search()),
    )


@blueprint.route("/list/<kind>")
def listing(kind: str) -> Response:
    """A page of one kind of resource, keyset-paged with ``?after=``, as HTML or JSON
    (``.json``, ``?format=json`` or ``Accept: application/json``)."""
    release = published()
    kind, ext = split_extension(kind, LISTINGS)
    if kind not in KINDS:
        abort(404)
    fmt = negotiate(
        request.headers.get("Accept"),
        offered=LISTINGS,
        explicit=ext or request.args.get("format") or None,
        default=HTML,
    ).representation
    after = request.args.get("after") or None
    try:
        limit = min(max(int(request.args.get("limit", PAGE_SIZE)), 1), MAX_LISTED)
    except ValueError:
        abort(400, description="limit must be a whole number")
    page = release.store.page(kind, after=after, limit=limit)
    lk = links(release)
    path = kind if fmt is HTML else f"{kind}.{fmt.extension}"
    following = (
        url_for("site.listing", kind=path, after=page.next, limit=limit) if page.next else None
    )
    first = url_for("site.listing", kind=path, limit=limit) if after else None
    total = release.store.count(kind)
    items = _listed(release, page, lk)
    if fmt is DATA:
        body = _listing_json(kind, items, total, following, first)
        return Response(body, content_type=fmt.content_type, headers={"Vary": VARY})
    body = render_template(
        "list.html",
        title=kind.capitalize(),
        kind=kind,
        rows=_rows(items),
        total=total,
        next=following,
        first=first,
        alternates=[*dataset_alternates(), _listing_alternate(kind, DATA)],
    )
    return Response(body, content_type=fmt.content_type, headers={"Vary": VARY})


class Listed(NamedTuple):
    """One entry of a listing; a document's with the date and type the search index holds (a
    tuple: a page makes a thousand, and a frozen dataclass costs several times more to make)."""

    key: str
    iri: str
    label: str
    href: str
    url: str
    date: str | None = None
    date_text: str | None = None
    type: str | None = None

    @property
    def meta(self) -> str:
        return " · ".join(filter(None, [self.date_text, self.type]))

    def to_json(self) -> dict[str, str | None]:
        found: dict[str, str | None] = {"key": self.key, "iri": self.iri, "label": self.label}
        found["url"] = self.url
        if self.date_text is not None:
            found |= {"date": self.date, "dateText": self.date_text, "type": self.type}
        return found


def _listed(release: Published, page: Page, lk: Links) -> list[Listed]:
    documents = (
        release.search.summaries(e.key for e in page.entries) if page.kind == "documents" else {}
    )
    root = request.host_url.rstrip("/")
    items = []
    for entry in page.entries:
        href = lk.href(entry.iri) or ""
        label = entry.label or entry.key
        summary = documents.get(entry.key)
        if summary is None:
            items.append(Listed(entry.key, entry.iri, label, href, root + href))
            continue
        date = readable(summary.date, summary.editorial)
        items.append(
            Listed(
                entry.key, entry.iri, label, href, root + href, summary.date, date, summary.types
            )
        )
    return items


def _rows(items: list[Listed]) -> Markup:
    """The ``<li>`` of each entry, written here rather than by a template loop: a page lists up
    to a thousand, and Jinja's per-value escaping made that the costliest page of the site."""
    rows = []
    for item in items:
        label = escape(item.label)
        row = f'<a href="{escape(item.href)}">{label}</a>' if item.href else str(label)
        meta = item.meta
        rows.append(
            f'<li>{row} <span class="meta">{escape(meta)}</span></li>'
            if meta
            else f"<li>{row}</li>"
        )
    return Markup("".join(rows))


def _listing_json(
    kind: str, items: list[Listed], total: int, following: str | None, first: str | None
) -> str:
    root = request.host_url.rstrip("/")
    return json.dumps(
        {
            "kind": kind,
            "total": total,
            "items": [item.to_json() for item in items],
            "next": root + following if following else None,
            "first": root + first if first else None,
        },
        ensure_ascii=False,
    )


def _listing_alternate(kind: str, fmt: Format) -> tuple[str, str, str]:
    return (fmt.label, fmt.media_type, url_for("site.listing", kind=f"{kind}.{fmt.extension}"))


@blueprint.route("/dumps/")
def dumps() -> str:
    release = published()
    return render_template(
        "dumps.html",
        title="Dumps",
        manifest=release.manifest,
        alternates=dataset_alternates(),
    )


@blueprint.route("/dumps/<name>")
def dump(name: str) -> werkzeug.Response:
    """A dump file, with ETag, Last-Modified and Range support; only listed files are served."""
    release = published()
    path = release.dump_path(name)
    if path is None or not path.is_file():
        abort(404)
    sha = next(d.sha256 for d in release.manifest.dumps if d.name == name)
    return send_path(path, mimetype=GZIP, etag=sha, download_name=name, max_age=300)


@blueprint.route("/context.jsonld")
def jsonld_context() -> Response:
    release = published()
    tag = etag(release.release_id, "context", "jsonld")
    headers = cache_headers(etag=tag, built=release.built)
    if unchanged(release, tag):
        return Response(status=304, headers=headers)
    body = json.dumps({"@context": context(release.base)}, indent=1)
    return Response(body, headers=headers, content_type=BY_NAME["jsonld"].content_type)
