"""One way to answer a negotiated GET: choose, validate the cache, render, add the headers.

Every dereferenceable URL goes through :func:`negotiated`, so ``Vary``, ``ETag``,
``Last-Modified``, 304s, ``Content-Location`` and the ``Link`` alternates are the same for
resource descriptions, the ontology, the shapes, the dataset and the validation report. A
representation too big to render per request (the report's) is a file the build wrote: it is
sent from disk as it is, with ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from flask import Response, request, send_file

from ..formats import Format
from .http_cache import cache_headers, etag, not_modified
from .link_headers import Link, alternate_url, link_alternates, link_header
from .negotiation import VARY, negotiate
from .published import Published

Render = Callable[[Format], bytes | str | Path]


def split_extension(path: str, offered: Sequence[Format]) -> tuple[str, str | None]:
    """``("document/1", "ttl")`` for ``document/1.ttl`` when ``ttl`` is an offered extension.

    The longest matching extension wins (``csl.json`` before ``json``); an unknown suffix is
    part of the path (``reply-to/12.390``).
    """
    for extension in sorted((r.extension for r in offered), key=len, reverse=True):
        if path.endswith(f".{extension}") and len(path) > len(extension) + 1:
            return path[: -len(extension) - 1], extension
    return path, None


def unchanged(published: Published, tag: str) -> bool:
    """True when the current request's validators show the client has this version."""
    return not_modified(
        request.method,
        if_none_match=request.headers.get("If-None-Match"),
        if_modified_since=request.headers.get("If-Modified-Since"),
        etag=tag,
        built=published.built,
    )


def negotiated(
    published: Published,
    key: str,
    offered: Sequence[Format],
    render: Render,
    *,
    explicit: str | None = None,
    links: Sequence[Link] = (),
) -> Response:
    """Answer the current request for the resource ``key`` in the negotiated representation."""
    explicit = explicit or request.args.get("format") or None
    choice = negotiate(
        request.headers.get("Accept"), offered=offered, explicit=explicit, default=offered[0]
    )
    rep = choice.representation
    tag = etag(published.release_id, key, rep.name)
    base_url = request.base_url
    if explicit and base_url.endswith(f".{rep.extension}"):
        base_url = base_url[: -len(rep.extension) - 1]
    headers = {
        **cache_headers(etag=tag, built=published.built),
        "Vary": VARY,
        "Content-Location": alternate_url(base_url, rep),
        "Link": ", ".join(filter(None, [link_alternates(base_url, offered), link_header(links)])),
    }
    if unchanged(published, tag):
        return Response(status=304, headers=headers)
    body = render(rep)
    if isinstance(body, Path):
        sent = send_file(
            body,
            mimetype=rep.media_type,
            conditional=True,  # Range and If-Range; If-None-Match was answered above
            etag=tag.strip('"'),
            last_modified=published.built,
        )
        sent.headers.update({**headers, "Content-Type": rep.content_type})
        return sent
    return Response(body, status=200, headers=headers, content_type=rep.content_type)
