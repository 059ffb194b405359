"""The validation report (``/doc/report/validation``, its graph ``/graph/report``), never rebuilt.

At 100,000 documents the report holds a million triples: describing it per request took
seconds and hundreds of megabytes at 5,000. So the server reads none of it from the store:
its RDF forms are the files the build wrote (sent from disk, with ranges), and its HTML is a
page of files at a time (``?page=N``), read from the build's pages by offset, with the counts
per severity on the first. Only the HTML has pages; the RDF forms are whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, render_template, request, url_for

from ..build.report import SEVERITIES
from ..formats import Format
from ..iris import REPORT, REPORT_GRAPH
from .http_cache import cache_headers, etag
from .negotiation import HTML, representations
from .pages import alternates, curie, links, short
from .pinning import published
from .published import Published
from .respond import negotiated, unchanged

blueprint = Blueprint("report", __name__)


@dataclass(frozen=True)
class Finding:
    """One SHACL result as shown: names for the IRIs, links where they are ours or http."""

    severity: str
    focus: str
    focus_href: str | None
    path: str | None
    message: str
    value: str | None
    shape: str
    shape_href: str | None


@dataclass(frozen=True)
class FileFindings:
    """A file of the collection with its counts per severity and (some of) its findings."""

    file: str
    status: str
    counts: dict[str, int]
    findings: list[Finding]
    more: int
    """Findings not listed (a page lists a bounded number)."""


@blueprint.route(f"/doc/{REPORT}")
@blueprint.route(f"/doc/{REPORT}.<ext>")
def describe(ext: str | None = None) -> Response:
    release = published()
    return _report(release, f"{release.base}id/{REPORT}", ext)


@blueprint.route(f"/graph/{REPORT_GRAPH}")
@blueprint.route(f"/graph/{REPORT_GRAPH}.<ext>")
def graph(ext: str | None = None) -> Response:
    release = published()
    return _report(release, f"{release.base}graph/{REPORT_GRAPH}", ext)


def _report(release: Published, key: str, ext: str | None) -> Response:
    """The report (or its graph: the same statements) in the negotiated form."""
    if not release.release.report_index.is_file():
        abort(404, description="This release was built without the report's pages: rebuild it.")
    offered = representations()
    if "page" in request.args and ext in (None, HTML.extension):
        return _page(release, key, _number(request.args["page"]), offered)

    def render(rep: Format) -> str | Path:
        if rep.kind == "page":
            return _render(release, 1, offered)
        return release.release.report_file(rep.extension)

    return negotiated(release, key, offered, render, explicit=ext)


def _number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        abort(400, description="page must be a whole number")


def _page(release: Published, key: str, number: int, offered: tuple[Format, ...]) -> Response:
    """A page of the HTML report after the first: a page of its own, not negotiated."""
    tag = etag(release.release_id, f"{key}?page={number}", HTML.name)
    headers = cache_headers(etag=tag, built=release.built)
    if unchanged(release, tag):
        return Response(status=304, headers=headers)
    body = _render(release, number, offered)
    return Response(body, headers=headers, content_type=HTML.content_type)


def _render(release: Published, number: int, offered: tuple[Format, ...]) -> str:
    summary = json.loads(release.release.report_index.read_bytes())
    offsets: list[int] = summary["pages"]
    if not 1 <= number <= max(1, len(offsets)):
        abort(404, description=f"The report has {len(offsets)} pages.")
    entries: list[dict[str, Any]] = []
    if offsets:
        with open(release.release.report_pages, "rb") as pages:
            pages.seek(offsets[number - 1])
            entries = json.loads(pages.readline())
    lk = links(release)
    files = [
        FileFindings(
            entry["file"],
            entry["status"],
            entry["counts"],
            [
                Finding(
                    f["severity"],
                    short(f["focus"], lk),
                    lk.href(f["focus"]),
                    curie(f["path"]) if f["path"] else None,
                    f["message"],
                    f["value"],
                    short(f["shape"], lk),
                    lk.href(f["shape"]),
                )
                for f in entry["findings"]
            ],
            entry["more"],
        )
        for entry in entries
    ]

    def page_url(n: int) -> str | None:
        if not 1 <= n <= len(offsets) or n == number:
            return None
        return url_for(str(request.endpoint), page=n) if n > 1 else url_for(str(request.endpoint))

    return render_template(
        "report.html",
        title="Validation report",
        summary=summary,
        severities=SEVERITIES,
        number=number,
        pages=len(offsets),
        files=files,
        previous=page_url(number - 1),
        next=page_url(number + 1),
        first=page_url(1),
        alternates=alternates(offered),
    )
