"""Files sent as they are (dumps, the validation report's rendered graphs): conditional, with
one range of bytes at most, and handed whole to the server's ``sendfile``.

werkzeug answers a range by wrapping the file's iterator; gunicorn's ``FileWrapper`` cannot
seek, so the wrapper would read the file from byte 0 in 8 KiB blocks through Python: a
client asking for the last kilobyte of a gigabyte dump would cost the worker a gigabyte of
reads. :func:`send_path` instead hands the server the file opened at the range's first byte;
the server sends ``Content-Length`` bytes from there, as it sends a whole file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import cast

from flask import Response, current_app, request
from werkzeug.utils import send_file

from .http_cache import ranged_environ


def send_path(
    path: Path,
    *,
    mimetype: str,
    etag: str,
    last_modified: datetime | None = None,
    download_name: str | None = None,
    max_age: int | None = None,
) -> Response:
    """``path`` with ETag, Last-Modified, If-Range and a single ``Range`` (others are ignored:
    the whole file, 200)."""
    environ = ranged_environ(request.environ)
    sent = cast(
        Response,  # made by response_class: werkzeug types it as its own
        send_file(
            path,
            environ,
            mimetype=mimetype,
            conditional=True,
            etag=etag,
            last_modified=last_modified,
            download_name=download_name,
            max_age=max_age,
            response_class=current_app.response_class,
        ),
    )
    wrapper = environ.get("wsgi.file_wrapper")
    span = sent.content_range
    if sent.status_code == 206 and isinstance(wrapper, type) and span.start is not None:
        file = path.open("rb")
        file.seek(span.start)
        sent.response.close()  # type: ignore[union-attr]  # werkzeug's range wrapper
        sent.response = wrapper(file)
    return sent
