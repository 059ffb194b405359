"""One way to answer a negotiated GET: choose, validate the cache, render, add the headers.

Every dereferenceable URL goes through :func:`negotiated`, so ``Vary``, ``ETag``,
``Last-Modified``, 304s, ``Content-Location`` and the ``Link`` alternate are the same for
resource descriptions, the ontology, the shapes and the dataset. Both name this server's URLs
by their path (:func:`own_path`): nothing in them comes from the Host header. A
representation too big to render per request (the report's) is a file the build wrote: it is
sent from disk as it is, with ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from urllib.parse import quote

from flask import Response, request

from ..formats import Format
from .http_cache import cache_headers, etag, not_modified
from .link_headers import Link, alternate_url, announced_alternate, link_header
from .negotiation import VARY, negotiate
from .published import Published
from .rdf import EXPANDED_TYPE, EXPANDED_VARIANT, expanded_jsonld, wants_expanded
from .sending import send_path

Render = Callable[[Format], bytes | str | Path]
PATH_SAFE = "/:@!$&'()*+,;=-._~"


def own_path() -> str:
    """The URL of the current request on this server as a path (mount point included,
    percent-encoded, no query): a relative reference every client resolves against the URL
    it asked for, so Host and X-Forwarded-* headers never reach a header or a page."""
    return quote(request.script_root + request.path, safe=PATH_SAFE)


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
    cached: bool = False,
) -> Response:
    """Answer the current request for the resource ``key`` in the negotiated representation.

    ``cached``: the body is kept for the release (see :mod:`linkeddata.web.rendered`), by
    resource, representation and the URL it is sent for (a page's links are relative to it).
    """
    explicit = explicit or request.args.get("format") or None
    choice = negotiate(
        request.headers.get("Accept"), offered=offered, explicit=explicit, default=offered[0]
    )
    rep = choice.representation
    expanded = rep.name == "jsonld" and wants_expanded(choice.profile)
    tag = etag(published.release_id, key, EXPANDED_VARIANT if expanded else rep.name)
    base_url = own_path()
    if explicit and base_url.endswith(f".{rep.extension}"):
        base_url = base_url[: -len(rep.extension) - 1]
    alternate = announced_alternate(base_url, offered, rep)
    headers = {
        **cache_headers(etag=tag, built=published.built),
        "Vary": VARY,
        "Content-Location": alternate_url(base_url, rep),
        "Link": link_header([*([alternate] if alternate else []), *links]),
    }
    if unchanged(published, tag):
        return Response(status=304, headers=headers)
    if cached:
        body = published.rendered.get(body_key(key, rep, base_url), lambda: render(rep))
    else:
        body = render(rep)
    if isinstance(body, Path):
        # Range and If-Range; If-None-Match was answered above
        sent = send_path(
            body, mimetype=rep.media_type, etag=tag.strip('"'), last_modified=published.built
        )
        sent.headers.update({**headers, "Content-Type": rep.content_type})
        return sent
    if expanded:
        body = expanded_jsonld(_bytes(body))
        return Response(body, status=200, headers=headers, content_type=EXPANDED_TYPE)
    return Response(body, status=200, headers=headers, content_type=rep.content_type)


def body_key(key: str, rep: Format, base_url: str) -> tuple[str, str, str]:
    """The key of the body of the resource ``key`` in ``rep`` sent for ``base_url`` (the
    request's own path, less an explicit extension) among a release's rendered values."""
    return (key, rep.name, base_url)


def _bytes(body: bytes | str) -> bytes:
    return body.encode() if isinstance(body, str) else body
