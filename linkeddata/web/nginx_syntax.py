"""Values written into an nginx configuration, refused where nginx would read them otherwise:
strings, map files, and the mount point of a base as a location."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import LinkedDataError

__all__ = [
    "SAFE_PATH",
    "ConfigurationError",
    "double_quoted",
    "map_file",
    "mount_point",
    "quoted",
]

SAFE_PATH = re.compile(r"[A-Za-z0-9._~-]+(?:/[A-Za-z0-9._~-]+)*")
"""Paths that the server's quoting leaves as they are: nginx may write them into a location
or a redirect."""


class ConfigurationError(LinkedDataError):
    """A value that cannot be written into an nginx configuration as it is."""


def mount_point(base: str) -> str:
    """The path of ``base`` without its last slash: where the site is served.

    >>> mount_point("https://example.org/"), mount_point("https://example.org/archive/")
    ('', '/archive')
    """
    path = urlsplit(base).path.rstrip("/")
    if path and not SAFE_PATH.fullmatch(path[1:]):
        raise ConfigurationError(f"the path of the base {base!r} cannot be an nginx location")
    return path


def quoted(text: str) -> str:
    """``text`` as an nginx string; ``$`` would start a variable, so it is refused."""
    if "$" in text or "\n" in text:
        raise ConfigurationError(f"cannot write {text[:80]!r} into the nginx configuration")
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def map_file(entries: dict[str, str]) -> str:
    """An nginx ``map`` file's lines: each key and value quoted, sorted by key."""
    return "".join(f"{quoted(k)} {quoted(v)};\n" for k, v in sorted(entries.items()))


def double_quoted(text: str) -> str:
    """``text`` inside an nginx double-quoted string, where ``$`` stays a variable."""
    return text.replace("\\", "\\\\").replace('"', '\\"')
