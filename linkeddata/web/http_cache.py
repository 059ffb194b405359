"""Validators, conditional requests, caching policy and CORS: pure functions giving headers.

Everything the server sends comes from one published release, which never changes once
published; a new release replaces it whole. So validators come from the release, not from the
bytes: the ETag of a response is a hash of (release id, resource, representation), and
Last-Modified is the release's build time. Nothing is read or hashed to answer a 304.

Caching policy (``Cache-Control``):

- :data:`DESCRIPTION_CACHE` ``public, max-age=300`` for anything at a stable URL (resource
  descriptions, the 303 from ``/id/``, the latest dumps): a release can be published at any
  moment, and five minutes bounds how long a cache serves the previous one; after that a
  revalidation costs a 304.
- :data:`IMMUTABLE_CACHE` ``public, max-age=31536000, immutable`` for URLs that contain the
  release id (versioned dumps), whose bytes can never change.

CORS: the data is public and read-only, so any origin may read it, never with credentials
(``Access-Control-Allow-Origin: *`` makes browsers refuse to send cookies or auth anyway).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from werkzeug.http import parse_range_header

DESCRIPTION_CACHE = "public, max-age=300"
IMMUTABLE_CACHE = "public, max-age=31536000, immutable"
METHODS = "GET, HEAD, OPTIONS"
# Readable by scripts beyond the CORS-safelisted response headers (Content-Type,
# Last-Modified, Cache-Control...): validators, alternates and what partial responses and
# rate limiting need.
EXPOSED_HEADERS = (
    "Accept-Ranges, Content-Location, Content-Range, ETag, Link, Retry-After, Vary, "
    "Server-Timing, SPARQL-Row-Limit, SPARQL-Truncated"  # a script must see a truncation
)
# Accept is listed although safelisted: a value over 128 bytes is not, and browsers' are long.
ALLOWED_HEADERS = "Accept, Content-Type, If-None-Match, If-Modified-Since, Range"
PREFLIGHT_MAX_AGE = "86400"

_ENTITY_TAG = re.compile(r'(?:W/)?"[\x21\x23-\x7e\x80-\xff]*"')


def etag(release_id: str, resource: str, representation: str) -> str:
    """A strong ETag for one representation of one resource in one release.

    ``representation`` must name everything that changes the bytes: the format name, plus any
    parameter honoured (``"jsonld;profile=..."``, a citation style). Strong, because within a
    release the same request gives the same bytes; that stays true only if the serialisation
    is deterministic and nothing re-encodes the body (compression must change the tag).

    >>> etag("2024-05-01T120000", "/doc/document/1", "turtle")
    '"126361f20478cbae19357397f2fdbd7a"'
    >>> etag("r1", "a", "b|c") != etag("r1", "a|b", "c")
    True
    """
    key = json.dumps([release_id, resource, representation]).encode("utf-8")
    return f'"{hashlib.sha256(key).hexdigest()[:32]}"'


def http_date(moment: datetime) -> str:
    """An IMF-fixdate (RFC 9110 §5.6.7) for a timezone-aware datetime.

    >>> http_date(datetime(1994, 11, 6, 8, 49, 37, 120, tzinfo=UTC))
    'Sun, 06 Nov 1994 08:49:37 GMT'
    """
    if moment.tzinfo is None:
        raise ValueError("a naive datetime is ambiguous; give the build time with its timezone")
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def cache_headers(*, etag: str, built: datetime, immutable: bool = False) -> dict[str, str]:
    """``ETag``, ``Last-Modified`` and ``Cache-Control`` for a 200, and the same for its 304."""
    return {
        "ETag": etag,
        "Last-Modified": http_date(built),
        "Cache-Control": IMMUTABLE_CACHE if immutable else DESCRIPTION_CACHE,
    }


def not_modified(
    method: str,
    *,
    if_none_match: str | None,
    if_modified_since: str | None,
    etag: str,
    built: datetime,
) -> bool:
    """Whether a GET or HEAD should be answered 304 Not Modified (RFC 9110 §13.2.2).

    ``If-None-Match`` (a list, or ``*``) is compared weakly, as RFC 9110 prescribes for it;
    when it is present, ``If-Modified-Since`` is ignored. A blank ``If-None-Match`` has no
    members and counts as absent. ``If-Modified-Since`` is ignored unless it is one valid
    HTTP-date (all three historic formats are read). Other methods are never 304.

    >>> tag, built = etag("r1", "/doc/x", "turtle"), datetime(2024, 5, 1, tzinfo=UTC)
    >>> not_modified("GET", if_none_match=f'"old", W/{tag}', if_modified_since=None,
    ...              etag=tag, built=built)
    True
    >>> not_modified("GET", if_none_match='"old"', if_modified_since=http_date(built),
    ...              etag=tag, built=built)
    False
    """
    if method not in ("GET", "HEAD"):
        return False
    if if_none_match is not None and if_none_match.strip():
        return _matches(if_none_match, etag)
    since = _parse_http_date(if_modified_since)
    return since is not None and built.replace(microsecond=0) <= since


def _matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison: ``W/"x"`` and ``"x"`` match; unreadable members match nothing."""
    if if_none_match.strip() == "*":
        return True
    opaque = etag.removeprefix("W/")
    return any(tag.removeprefix("W/") == opaque for tag in _ENTITY_TAG.findall(if_none_match))


def _parse_http_date(value: str | None) -> datetime | None:
    """The date of a one-member HTTP-date field; None if absent or invalid (then ignored)."""
    if not value or value.count(",") > 1:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (ValueError, OverflowError):  # out-of-range fields, huge numbers
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def single_byte_range(header: str) -> bool:
    """Whether a ``Range`` header asks for one range of bytes, the only kind the server serves.

    Any other (no ``bytes`` unit, unreadable, several ranges) is ignored and the whole file
    sent with 200, as RFC 9110 §14.2 allows, rather than refused with 416: a 416 is for a
    readable range beyond the end of the file.

    >>> [single_byte_range(h) for h in ("bytes=0-99", "bytes=-5", "bytes=0-1,5-9", "bytes=x")]
    [True, True, False, False]
    """
    found = parse_range_header(header)
    return found is not None and found.units == "bytes" and len(found.ranges) == 1


def ranged_environ(environ: dict[str, Any]) -> dict[str, Any]:
    """The WSGI environ for sending a file: a ``Range`` the server does not serve (see
    :func:`single_byte_range`) is dropped, so the whole file goes out with 200."""
    if single_byte_range(environ.get("HTTP_RANGE", "bytes=0-")):
        return environ
    return {key: value for key, value in environ.items() if key != "HTTP_RANGE"}


def cors_headers() -> dict[str, str]:
    """CORS headers for every response: any origin may read, without credentials."""
    return {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": EXPOSED_HEADERS}


def preflight_headers(methods: str = METHODS) -> dict[str, str]:
    """Headers of the answer (204) to ``OPTIONS``, a CORS preflight or a plain one (``Allow``);
    ``methods`` are the URL's own (``/sparql`` also takes POST)."""
    return {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": methods,
        "Access-Control-Allow-Headers": ALLOWED_HEADERS,
        "Access-Control-Max-Age": PREFLIGHT_MAX_AGE,
        "Allow": methods,
    }
