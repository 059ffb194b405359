"""The kinds of value a setting takes: each a check of the TOML value (a ValueError says what
is wrong) and the reading of a command-line word."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..iris import check_base

Text = tuple[tuple[str, str], ...]
"""A text in one or more languages: (language tag, text) pairs, sorted by tag."""

_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_EMAIL = re.compile(r"[^@\s:/<>]+@[^@\s/<>]+\.[^@\s/<>]+")
_HEADER = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")  # an HTTP field name (RFC 9110 token)


@dataclass(frozen=True)
class Kind:
    """A setting's type: its name in the docs, the check of a TOML value (a ValueError says
    what is wrong), the reading of a command-line word as the TOML value it stands for, and
    the word for its value in the command's help."""

    name: str
    check: Callable[[Any], Any]
    word: Callable[[str], Any] = str
    metavar: str = "TEXT"


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"not a string: {value!r}")
    if not value.strip():
        raise ValueError("empty")
    return value


def _text(value: Any) -> Text:
    """A string (English) or a table of language tag = string."""
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict) or not value:
        raise ValueError(f"not a string or a table of language tag = string: {value!r}")
    for tag, text in value.items():
        if not _LANGUAGE.fullmatch(tag):
            raise ValueError(f"not a language tag: {tag!r}")
        _string(text)
    return tuple(sorted(value.items()))


def _iri(value: Any) -> str:
    if not isinstance(value, str) or not _IRI.fullmatch(value):
        raise ValueError(f"not an absolute IRI: {value!r}")
    return value


def _contact(value: Any) -> str:
    """An email address (as a ``mailto:`` IRI) or an absolute IRI."""
    if isinstance(value, str) and _EMAIL.fullmatch(value):
        return f"mailto:{value}"
    if isinstance(value, str) and _IRI.fullmatch(value):
        return value
    raise ValueError(f"neither an email address nor an absolute IRI: {value!r}")


def _header(value: Any) -> str:
    if not isinstance(value, str) or not _HEADER.fullmatch(value):
        raise ValueError(f"not an HTTP header name: {value!r}")
    return value


def _endpoint(value: Any) -> str:
    """An http(s) URL with a host: where a SPARQL server answers."""
    parts = urlsplit(_string(value))
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise ValueError(f"not an http(s) URL: {value!r}")
    return str(value)


def _base(value: Any) -> str:
    return check_base(_string(value))


_LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_HOST = re.compile(rf"{_LABEL}(?:\.{_LABEL})*|\[[0-9a-f:.]+\]")


def _hosts(value: Any) -> tuple[str, ...]:
    """Host names (DNS names, IPv4 or bracketed IPv6 addresses) without ports, lower-cased."""
    if not isinstance(value, list | tuple):
        raise ValueError(f"not a list of host names: {value!r}")
    for host in value:
        if not isinstance(host, str) or not _HOST.fullmatch(host.lower()):
            raise ValueError(f"not a host name (no port, no scheme): {host!r}")
    return tuple(host.lower() for host in value)


def integer(low: int, high: int | None = None) -> Kind:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"not an integer: {value!r}")
        if value < low or (high is not None and value > high):
            raise ValueError(f"{value} is out of range ({name})")
        return value

    name = f"integer from {low} to {high}" if high is not None else f"integer, at least {low}"
    return Kind(name, check, _word(int, "an integer"), "N")


def seconds(low: float, high: float) -> Kind:
    def check(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"not a number of seconds: {value!r}")
        if not (math.isfinite(value) and low <= value <= high):
            raise ValueError(f"{value} is out of range ({name})")
        return float(value)

    name = f"seconds, from {low:g} to {high:g}"
    return Kind(name, check, _word(float, "a number"), "SECONDS")


def _word(convert: Callable[[str], Any], what: str) -> Callable[[str], Any]:
    def read(word: str) -> Any:
        try:
            return convert(word)
        except ValueError:
            raise ValueError(f"not {what}: {word!r}") from None

    return read


STRING = Kind("string", _string)
TEXT = Kind("text: a string (English) or a table of language tag = string", _text)
IRI = Kind("absolute IRI", _iri)
CONTACT = Kind("email address or absolute IRI", _contact)
BASE = Kind("http(s) IRI ending in /", _base, metavar="IRI")
HOSTS = Kind("list of host names", _hosts, lambda word: word.split(",") if word else [], "HOST,...")
HEADER = Kind("HTTP header name", _header, metavar="NAME")
ENDPOINT = Kind("http(s) URL", _endpoint, metavar="URL")
