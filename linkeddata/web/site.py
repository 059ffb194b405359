"""The pages around the data: home, listings, dumps, the JSON-LD context."""

from __future__ import annotations

import json

import werkzeug
from flask import Blueprint, Response, abort, current_app, render_template, request, url_for
from werkzeug.utils import send_file

from ..formats import BY_NAME, GZIP
from ..store import KINDS, MAX_PAGE
from .http_cache import cache_headers, etag, ranged_environ
from .negotiation import RDF
from .pages import links
from .rdf import context
from .respond import unchanged
from .things import published

blueprint = Blueprint("site", __name__)
PAGE_SIZE = 50


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
    )


@blueprint.route("/list/<kind>")
def listing(kind: str) -> str:
    """A page of one kind of resource, keyset-paged with ``?after=``."""
    release = published()
    if kind not in KINDS:
        abort(404)
    after = request.args.get("after") or None
    try:
        limit = min(max(int(request.args.get("limit", PAGE_SIZE)), 1), MAX_PAGE)
    except ValueError:
        abort(400, description="limit must be a whole number")
    page = release.store.page(kind, after=after, limit=limit)
    lk = links(release)
    entries = [(e.label or e.key, lk.href(e.iri), e.key) for e in page.entries]
    following = (
        url_for("site.listing", kind=kind, after=page.next, limit=limit) if page.next else None
    )
    return render_template(
        "list.html",
        title=kind.capitalize(),
        kind=kind,
        entries=entries,
        total=release.store.count(kind),
        next=following,
        first=url_for("site.listing", kind=kind, limit=limit) if after else None,
        alternates=dataset_alternates(),
    )


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
    return send_file(
        path,
        ranged_environ(request.environ),
        mimetype=GZIP,
        conditional=True,
        etag=sha,
        download_name=name,
        max_age=300,
        response_class=current_app.response_class,
    )


@blueprint.route("/context.jsonld")
def jsonld_context() -> Response:
    release = published()
    tag = etag(release.release_id, "context", "jsonld")
    headers = cache_headers(etag=tag, built=release.built)
    if unchanged(release, tag):
        return Response(status=304, headers=headers)
    body = json.dumps({"@context": context(release.base)}, indent=1)
    return Response(body, headers=headers, content_type=BY_NAME["jsonld"].content_type)
