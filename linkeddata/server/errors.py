"""One handler for every error: the right status, a helpful message, in a format the client reads.

Browsers get an HTML page, everyone else plain text. A 406 lists what is available (the
negotiation error carries it). Unexpected exceptions are logged with their traceback and
answered with a bare 500: details never reach the client.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from ..http_cache import cors_headers
from ..negotiation import VARY, NegotiationError, link_alternates

log = logging.getLogger("linkeddata.server")


def _wants_html() -> bool:
    accept = request.accept_mimetypes
    return accept.quality("text/html") > max(accept.quality("text/plain"), 0) and (
        accept.quality("text/html") >= accept.quality("*/*")
    )


def _answer(error: HTTPException) -> Response:
    code = error.code or 500
    description = error.description or ""
    if _wants_html():
        body = render_template(
            "error.html",
            title=f"{code} {error.name}",
            code=code,
            name=error.name,
            description=description,
        )
        response = Response(body, status=code, content_type="text/html; charset=utf-8")
    else:
        response = Response(
            f"{code} {error.name}: {description}\n",
            status=code,
            content_type="text/plain; charset=utf-8",
        )
    response.headers.update(cors_headers())
    response.headers["Cache-Control"] = "no-store" if code >= 500 else "public, max-age=60"
    if isinstance(error, NegotiationError):
        response.headers["Vary"] = VARY
        response.headers["Link"] = link_alternates(request.base_url, error.offered)
    if code == 405 and error.get_headers():
        response.headers.update({k: v for k, v in error.get_headers() if k == "Allow"})
    return response


def register(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        return _answer(error)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _answer(InternalServerError())
