"""The exception tree, in one place.

::

    LinkedDataError              anything this package raises on purpose
    ├── RecordError              an unreadable document: carries file and line
    ├── AuthorityError           an unreadable authority file: carries file and line
    ├── SettingsError            a settings file that is unreadable or wrong: carries file and key
    ├── BuildError               a build that cannot go on (I/O, strict mode)
    ├── ReleaseError             no release where one is expected, or an unreadable manifest
    ├── LoadError                a SPARQL server that cannot take a release (load --to)
    ├── ServeError               a server that cannot start (its address is in use)
    ├── RequestRefused           a request the server's front answers itself (408, 413, 503...)
    ├── SearchError              a search query that cannot be read: says what to change
    │   └── SearchTooLong        a search that ran out of its time: says how to narrow it
    └── QueryError               a SPARQL query not answered; also a Werkzeug HTTPException:
        │                        raised in a view, it answers with its status
        ├── QuerySyntaxError  400  the parser's message, with line and column
        ├── QueryRefused      400  SERVICE, LOAD, a dataset naming no graph of ours
        ├── UpdateRefused     403  SPARQL Update in any form: the endpoint is read-only
        ├── NotRepresentable  406  the answer cannot be written in the format asked for
        ├── QueryTooLarge     413  the query text is over the size cap
        ├── QueryBusy         429  every query slot is taken (Retry-After)
        ├── EngineFailure     500  the engine died on this query (details go to the log)
        └── QueryTimeout      503  the deadline passed and the work was stopped (Retry-After)

``exit_code`` is what the CLI returns for an error of that class; the CLI prints a query
error's message, the server answers with its status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from werkzeug.exceptions import HTTPException


class LinkedDataError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 2


@dataclass
class Location:
    """Where in the collection something was found (1-based line; 0 = the whole file)."""

    file: str
    line: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


class LocatedError(LinkedDataError):
    """An error about a place in an input file."""

    def __init__(self, message: str, file: str, line: int = 0) -> None:
        self.message = message
        self.location = Location(file, line)
        super().__init__(f"{self.location}: {message}")


class RecordError(LocatedError):
    """A document that cannot be read as a record (empty, binary, not UTF-8, no structure)."""


class AuthorityError(LocatedError):
    """An authority file that cannot be parsed or holds an unusable entry."""


class SettingsError(LocatedError):
    """A settings file that cannot be read, or a setting it gets wrong (named by its key)."""

    def __init__(self, message: str, file: str, key: str | None = None) -> None:
        self.key = key
        super().__init__(message if key is None else f"{key}: {message}", file)


class BuildError(LinkedDataError):
    """A build that cannot continue (unwritable output, strict mode refusal)."""


class ReleaseError(LinkedDataError):
    """No release where one was expected, or a manifest that cannot be read."""


class LoadError(LinkedDataError):
    """A SPARQL server that could not take a release (``linkeddata load``): unreachable, or
    refusing it."""

    exit_code = 1


class ServeError(LinkedDataError):
    """A server that cannot start: its address is in use or cannot be listened on."""


class RequestRefused(LinkedDataError):
    """A request the server's front answers on its own, closing the connection: one that is
    malformed, too slow or too large, or one connection too many."""

    def __init__(self, status: int, reason: str, message: str, retry_after: int = 0) -> None:
        super().__init__(message)
        self.status, self.reason, self.retry_after = status, reason, retry_after


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


class SearchError(LinkedDataError):
    """A search query that cannot be read, or is too long or deep: the message says what to
    change (the server answers 400 with it)."""


class SearchTooLong(SearchError):
    """A search stopped at its time limit (the server answers 503 with the message)."""
