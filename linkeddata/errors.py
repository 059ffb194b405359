"""The exception tree, in one place.

::

    LinkedDataError              anything this package raises on purpose
    ├── RecordError              an unreadable document: carries file and line
    ├── AuthorityError           an unreadable authority file: carries file and line
    ├── SettingsError            a settings file that is unreadable or wrong: carries file and key
    ├── BuildError               a build that cannot go on (I/O, strict mode)
    ├── ReleaseError             no release where one is expected, or an unreadable manifest
    └── QueryError               a search query that cannot be read: says what to change
        └── SearchTooLong        a search that ran out of its time: says how to narrow it

``exit_code`` is what the CLI returns for an error of that class.
"""

from __future__ import annotations

from dataclasses import dataclass


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


class QueryError(LinkedDataError):
    """A search query that cannot be read, or is too long or deep: the message says what to
    change (the server answers 400 with it)."""


class SearchTooLong(QueryError):
    """A search stopped at its time limit (the server answers 503 with the message)."""
