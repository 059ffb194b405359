"""The Host header: only the configured names are answered, and nothing of it reaches a response.

Every URL the server writes about itself comes from the release (its base IRI, in bodies and
``cite-as``) or is a path on this server (``Content-Location``, ``Link``, ``Location``), never
from ``Host``, ``X-Forwarded-Host`` or ``X-Forwarded-Proto``: a shared cache cannot be poisoned
with another host's links, whatever proxy forwards what. On top of that, a request whose Host
is neither the base's host nor an allowed name (``serve.allowed_hosts``, any port) is answered
400, which also keeps DNS-rebinding pages away from a server on a loopback address.

>>> host_name("Example.ORG:8080"), host_name("[::1]:80"), host_name("a b")
('example.org', '[::1]', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

import werkzeug
from flask import Flask, redirect, request
from werkzeug.exceptions import BadRequest
from werkzeug.routing import RequestRedirect

from ..errors import LinkedDataError
from .pinning import published

UNCHECKED = frozenset({"/health", "/ready", "/healthz"})
"""Load balancers' checks: they may name a backend by any address, and get no links back."""
_HOST = re.compile(r"(\[[0-9a-f:.]+\]|[a-z0-9.-]+?)\.?(?::[0-9]*)?")


def host_name(header: str) -> str | None:
    """The host of a Host header value, lower-cased, without port or final dot; None if it is
    not a host (RFC 9110 §7.2: uri-host [":" port])."""
    found = _HOST.fullmatch(header.strip().lower())
    return found[1] if found else None


def base_host(base: str) -> str:
    """The host of a base IRI, as :func:`host_name` writes it.

    >>> base_host("https://Archive.example.org:8443/data/"), base_host("http://[::1]:8080/")
    ('archive.example.org', '[::1]')
    """
    name = urlsplit(base).hostname or ""
    return f"[{name}]" if ":" in name else name


def allowed(header: str | None, names: Iterable[str]) -> bool:
    """Whether a request with this Host header is answered. No Host at all (HTTP/1.0) is:
    there is nothing to check, and nothing would be taken from it.

    >>> allowed("evil.example", ["localhost"]), allowed("LOCALHOST:9", ["localhost"])
    (False, True)
    """
    if header is None:
        return True
    name = host_name(header)
    return name is not None and name in names


def register(app: Flask, names: Iterable[str]) -> None:
    """Refuse other Host headers; keep Werkzeug's redirects to this server's paths."""
    configured = frozenset(names)

    @app.before_request
    def check_host() -> None:
        if request.path in UNCHECKED:
            return
        try:
            ours = configured | {base_host(published().base)}
        except (OSError, LinkedDataError):  # no release yet: the configured names only
            ours = configured
        if not allowed(request.headers.get("Host"), ours):
            raise BadRequest(
                "This server does not answer for that Host; see serve.allowed_hosts in "
                "docs/settings.md."
            )

    @app.before_request
    def own_redirect() -> werkzeug.Response | None:
        """Werkzeug's own redirects (``/dumps`` to ``/dumps/``) are built from Host and the
        scheme: send the path and query alone (one leading slash: never a scheme-relative
        URL), in the Location and in the body alike."""
        found = request.routing_exception
        if not isinstance(found, RequestRedirect):
            return None
        parts = urlsplit(found.new_url)
        path = "/" + parts.path.lstrip("/")
        return redirect(path + (f"?{parts.query}" if parts.query else ""), code=found.code)
