"""What can go wrong with a query: each error is an HTTP status with a message for the client.

::

    LinkedDataError (linkeddata.errors)
    └── QueryError                 also a Werkzeug HTTPException: raised in a view, it answers
        ├── QuerySyntaxError  400  the parser's message, with line and column
        ├── QueryRefused      400  SERVICE, LOAD, a dataset naming no graph of ours
        ├── UpdateRefused     403  SPARQL Update in any form: the endpoint is read-only
        ├── NotRepresentable  406  the answer cannot be written in the format asked for
        ├── QueryTooLarge     413  the query text is over the size cap
        ├── QueryBusy         429  every query slot is taken (Retry-After)
        ├── EngineFailure     500  the engine died on this query (details go to the log)
        └── QueryTimeout      503  the deadline passed and the work was stopped (Retry-After)

The CLI prints the same messages and exits with :attr:`exit_code`.
"""

from __future__ import annotations

from typing import Any

from werkzeug.exceptions import HTTPException

from ..errors import LinkedDataError


class QueryError(LinkedDataError, HTTPException):
    """A query that is not answered; ``description`` says why, ``retry_after`` when to retry."""

    code = 400
    exit_code = 1
    retry_after: int | None = None

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        LinkedDataError.__init__(self, message)
        HTTPException.__init__(self, message)
        if retry_after is not None:
            self.retry_after = retry_after

    def get_headers(self, *args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        headers = super().get_headers(*args, **kwargs)
        if self.retry_after is not None:
            headers.append(("Retry-After", str(self.retry_after)))
        return headers

    def __str__(self) -> str:
        return f"{self.code} {self.name}: {self.description}"


class QuerySyntaxError(QueryError):
    code = 400


class QueryRefused(QueryError):
    code = 400


class UpdateRefused(QueryError):
    code = 403


class NotRepresentable(QueryError):
    code = 406


class QueryTooLarge(QueryError):
    code = 413


class QueryBusy(QueryError):
    code = 429


class EngineFailure(QueryError):
    code = 500


class QueryTimeout(QueryError):
    code = 503
