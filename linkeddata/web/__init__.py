"""The Flask application that serves a release: dereferencing, HTML, dumps, SPARQL.

:func:`create_app` is the only way to get an app (no module-level app): the CLI, gunicorn
workers and every test build their own.
"""

from __future__ import annotations

import atexit
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, Response, request

from ..settings import BY_NAME
from ..sparql.service import Limits, QueryService
from . import (
    crawling,
    endpoint,
    error_pages,
    health,
    hosts,
    report_views,
    search,
    security_headers,
    site,
    things,
)
from .http_cache import METHODS, cors_headers, preflight_headers
from .pinning import Pinning
from .releases import Releases

__all__ = ["create_app"]

MAX_BODY = 1 << 20  # nothing the server accepts needs more than 1 MiB
POST_METHODS = "GET, HEAD, POST, OPTIONS"  # the SPARQL endpoint's methods


def create_app(
    out: Path | str = "build",
    *,
    config: Mapping[str, Any] | None = None,
) -> Flask:
    """An app serving the current release of the output folder ``out``.

    ``config`` may set ``SPARQL_LIMITS`` (a :class:`~linkeddata.sparql.service.Limits`),
    ``SPARQL_SLOTS`` (a folder shared by the server's processes, so the concurrency cap and the
    per-client budgets hold across them), ``SPARQL_ENGINE`` (``oxigraph`` or ``rdflib``),
    ``SPARQL_BACKEND`` (the URL of a SPARQL server holding the release, which then answers
    instead), ``SPARQL_SANDBOX`` (False: run queries even where they cannot leave the network),
    ``ALLOWED_HOSTS`` (the Host names answered besides the base's; by default those of
    ``serve.allowed_hosts``) and ``TRUSTED_PROXY_HEADER`` (the header a reverse proxy puts the
    client's address in; see :mod:`linkeddata.web.requester`) and ``SITEMAP_SIZE`` (URLs per
    sitemap page, 50,000 by default; see :mod:`linkeddata.web.crawling`) and
    ``RENDERED_SHARED`` (a folder shared by the server's processes, where the bodies rendered
    for a release are kept for all of them: :mod:`linkeddata.web.shared_cache`).
    """
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=MAX_BODY, JSON_SORT_KEYS=False)
    app.config.update(config or {})
    app.register_blueprint(report_views.blueprint)
    app.register_blueprint(things.blueprint)
    app.register_blueprint(site.blueprint)
    app.register_blueprint(search.blueprint)
    app.register_blueprint(endpoint.blueprint)
    app.register_blueprint(health.blueprint)
    app.register_blueprint(crawling.blueprint)
    queries = QueryService(
        app.config.get("SPARQL_LIMITS") or Limits(),
        slots=app.config.get("SPARQL_SLOTS"),
        isolate=app.config.get("SPARQL_SANDBOX", True),
    )
    app.extensions["linkeddata.sparql"] = queries
    shared = app.config.get("RENDERED_SHARED")
    releases = Releases(Path(out), closed=[queries.forget], shared=shared and Path(shared))
    app.extensions["linkeddata"] = releases
    app.wsgi_app = Pinning(app.wsgi_app, releases)  # type: ignore[method-assign]
    atexit.register(queries.close)  # no query process outlives the server
    error_pages.register(app)
    hosts.register(app, app.config.get("ALLOWED_HOSTS", BY_NAME["serve.allowed_hosts"].default))
    security_headers.register(app)

    @app.after_request
    def cross_origin(response: Response) -> Response:
        response.headers.update(cors_headers())
        if request.method == "OPTIONS" and response.status_code == 200:
            response.status_code = 204
            response.set_data(b"")
            response.headers.pop("Content-Type", None)
            posts = "POST" in response.headers.get("Allow", "")
            response.headers.update(preflight_headers(POST_METHODS if posts else METHODS))
        return response

    return app
