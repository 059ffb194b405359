"""One handler for every error: the right status, a helpful message, in a format the client reads.

Browsers get an HTML page; RDF clients a comment in their syntax (a valid, empty document),
JSON clients a small JSON object, everyone else plain text. A 406 lists what is available (the
negotiation error carries it). Unexpected exceptions are logged with their traceback and
answered with a bare 500: details never reach the client.
"""

from __future__ import annotations

import json
import logging

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from .http_cache import cors_headers
from .link_headers import link_alternates
from .negotiation import VARY, NegotiationError

log = logging.getLogger("linkeddata.web")
COMMENT_TYPES = ("text/turtle", "application/n-triples", "application/n-quads", "application/trig")
ERROR_TYPES = [
    "text/plain",
    *COMMENT_TYPES,
    "application/ld+json",
    "application/json",
    "application/rdf+xml",
]


PASSED_HEADERS = ("Allow", "Retry-After")  # what an error's own headers may add to the answer


def _wants_html() -> bool:
    accept = request.accept_mimetypes
    return accept.quality("text/html") > max(accept.quality("text/plain"), 0) and (
        accept.quality("text/html") >= accept.quality("*/*")
    )


def _body(code: int, name: str, description: str) -> tuple[str, str]:
    """The error in the format the client asked for: HTML, JSON, an RDF comment, or text."""
    if _wants_html():
        page = render_template(
            "error.html", title=f"{code} {name}", code=code, name=name, description=description
        )
        return page, "text/html; charset=utf-8"
    best = request.accept_mimetypes.best_match(ERROR_TYPES, default="text/plain")
    if best in ("application/ld+json", "application/json"):
        return json.dumps({"status": code, "error": name, "message": description}), best
    message = f"{code} {name}: {description}".replace("\n", " ")
    if best in COMMENT_TYPES:  # a comment alone is a valid, empty document in these syntaxes
        return f"# {message}\n", f"{best}; charset=utf-8"
    if best == "application/rdf+xml":
        rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'
        return f"<!-- {message.replace('--', '- -')} -->\n{rdf}\n", best
    return f"{message}\n", "text/plain; charset=utf-8"


def _answer(error: HTTPException) -> Response:
    code = error.code or 500
    body, content_type = _body(code, error.name, error.description or "")
    response = Response(body, status=code, content_type=content_type)
    response.headers.update(cors_headers())
    # 429 and 5xx are about this moment, not this URL: never cached.
    response.headers["Cache-Control"] = (
        "no-store" if code >= 500 or code == 429 else "public, max-age=60"
    )
    response.headers["Vary"] = VARY  # the body's format follows Accept
    if isinstance(error, NegotiationError):
        response.headers["Link"] = link_alternates(request.base_url, error.offered)
    response.headers.update({k: v for k, v in error.get_headers() if k in PASSED_HEADERS})
    return response


def register(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        return _answer(error)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _answer(InternalServerError())
