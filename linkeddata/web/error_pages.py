"""One handler for every error: the right status, a helpful message, in a format the client reads.

The format is negotiated like any answer (:func:`~linkeddata.web.negotiation.negotiate`) among
the formats of :data:`WRITERS`: browsers get an HTML page; RDF clients a comment in
their syntax (a valid, empty document), JSON clients a small JSON object (JSON-LD with nothing
in it), everyone else, and a client that accepts none of these, plain text. A 406 lists what is
available (the negotiation error carries it). Unexpected exceptions are logged with their
traceback and answered with a bare 500: details never reach the client.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from flask import Flask, Response, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from ..formats import BY_NAME, FORMATS, Format
from .http_cache import cors_headers
from .link_headers import link_alternates
from .negotiation import VARY, NegotiationError, negotiate
from .respond import own_path

log = logging.getLogger("linkeddata.web")
# What an error's own headers may add to the answer (Content-Range: the length, for a 416).
PASSED_HEADERS = ("Allow", "Retry-After", "Content-Range")
TEXT = BY_NAME["text"]
_RDF = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'


def _message(code: int, name: str, description: str) -> str:
    return f"{code} {name}: {description}".replace("\n", " ")


def _page(code: int, name: str, description: str) -> str:
    title = f"{code} {name}"
    return render_template("error.html", title=title, code=code, name=name, description=description)


def _json(code: int, name: str, description: str) -> str:
    return json.dumps({"status": code, "error": name, "message": description})


def _xml_comment(code: int, name: str, description: str) -> str:
    return f"<!-- {_message(code, name, description).replace('--', '- -')} -->\n{_RDF}\n"


def _line_comment(code: int, name: str, description: str) -> str:
    return f"# {_message(code, name, description)}\n"


def _text(code: int, name: str, description: str) -> str:
    return f"{_message(code, name, description)}\n"


Write = Callable[[int, str, str], str]
_WRITERS: dict[str, Write] = {"text": _text, "html": _page, "jsonld": _json, "rdfxml": _xml_comment}


def _writer(fmt: Format) -> Write | None:
    """How an error is written in ``fmt``; a comment alone is a valid, empty document."""
    return _WRITERS.get(fmt.name) or (_line_comment if fmt.line_comments else None)


WRITERS: dict[Format, Write] = {f: w for f in (TEXT, *FORMATS) if (w := _writer(f)) is not None}
"""The formats an error is written in, plain text first: what ``*/*`` (curl) gets."""
OFFERED = tuple(WRITERS)


def _format() -> Format:
    try:
        return negotiate(request.headers.get("Accept"), offered=OFFERED).representation
    except NegotiationError:
        return TEXT


def _answer(error: HTTPException) -> Response:
    code = error.code or 500
    fmt = _format()
    body = WRITERS[fmt](code, error.name, error.description or "")
    response = Response(body, status=code, content_type=fmt.content_type)
    response.headers.update(cors_headers())
    # 429 and 5xx are about this moment, not this URL: never cached.
    response.headers["Cache-Control"] = (
        "no-store" if code >= 500 or code == 429 else "public, max-age=60"
    )
    response.headers["Vary"] = VARY  # the body's format follows Accept
    if isinstance(error, NegotiationError):
        response.headers["Link"] = link_alternates(own_path(), error.offered)
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
