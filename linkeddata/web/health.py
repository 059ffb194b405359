"""Health checks for load balancers: ``/health`` (the process answers) and ``/ready`` (a
release is loaded and its store answers; 503 otherwise). ``/healthz`` is ``/ready`` under its
older name."""

from __future__ import annotations

import json
import logging

from flask import Blueprint, Response

from ..errors import LinkedDataError
from ..formats import JSON
from .pinning import published

blueprint = Blueprint("health", __name__)
log = logging.getLogger("linkeddata.web")
NO_STORE = {"Cache-Control": "no-store"}


def _status(body: dict[str, str], status: int = 200) -> Response:
    return Response(json.dumps(body), status=status, content_type=JSON, headers=NO_STORE)


@blueprint.route("/health")
def health() -> Response:
    return _status({"status": "up"})


@blueprint.route("/ready")
@blueprint.route("/healthz")
def ready() -> Response:
    try:
        release = published()
        answering = release.store.exists(f"{release.base}id/dataset")
    except (OSError, ValueError, LinkedDataError) as error:  # no link, folder or store
        log.warning("not ready: %s: %s", type(error).__name__, error)
        return _status({"status": "unavailable", "reason": "no release can be read"}, 503)
    if not answering:
        return _status({"status": "unavailable", "reason": "the store lacks the dataset"}, 503)
    return _status({"status": "ok", "release": release.release_id})
