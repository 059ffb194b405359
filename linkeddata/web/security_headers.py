"""Headers every response carries so a browser treats our pages and data as inert.

The pages load one stylesheet and one script from ``/static/`` and nothing else: no inline
script or style (JSON-LD in ``<script type="application/ld+json">`` is data, never run), so
the Content-Security-Policy needs no ``'unsafe-inline'``. Only the favicon is a ``data:``
image. Forms post to this server only, pages cannot be framed (``frame-ancestors``, and
``X-Frame-Options`` for browsers without CSP 2), no body is sniffed into another type, and a
query string (a SPARQL query, say) never leaves in a ``Referer`` to another site.
"""

from __future__ import annotations

from flask import Flask, Response

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
}


def register(app: Flask) -> None:
    @app.after_request
    def secure(response: Response) -> Response:
        response.headers.update(SECURITY_HEADERS)
        return response
