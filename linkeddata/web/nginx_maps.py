"""The tables an nginx configuration includes, for what nginx cannot read from a file or
compute: the extension of each common Accept header as the server negotiates it, the ETag of
each file, the Signposting links of each resource, the Host names the server answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..formats import BROWSER_ACCEPTS, Format, of_kind
from ..settings import BY_NAME
from .negotiation import NegotiationError, negotiate, representations
from .nginx_syntax import map_file
from .published import Published

__all__ = ["COMMON_ACCEPT", "EVERY", "Maps", "accept_map", "hosts", "write_maps"]

EVERY = representations(*of_kind("citation"))
"""The representations a static export writes, and so those nginx negotiates among."""
COMMON_ACCEPT = ("", "*/*", "*", *BROWSER_ACCEPTS)


@dataclass
class Maps:
    """What nginx cannot read from a file: the ETag of each file (by URL) and the Signposting
    links of each resource (by URL without extension, after the alternate)."""

    etags: dict[str, str] = field(default_factory=dict)
    signposts: dict[str, str] = field(default_factory=dict)


def accept_map(offered: tuple[Format, ...] = EVERY) -> dict[str, str]:
    """Accept header -> extension, for the common headers, as the server negotiates them.

    >>> m = accept_map()
    >>> m[""], m["*/*"], m["application/json"], m[BROWSER_ACCEPTS[0]], m["application/x-bibtex"]
    ('ttl', 'ttl', 'jsonld', 'html', 'bib')
    """
    candidates = {*COMMON_ACCEPT}
    for rep in offered:
        candidates |= {rep.media_type, *rep.media_aliases}
    found = {}
    for accept in sorted(candidates):
        try:
            choice = negotiate(accept, offered=offered)
        except NegotiationError:
            continue  # the server's 406
        if not choice.params:
            found[accept] = choice.representation.extension
    return found


def hosts(published: Published, allowed: tuple[str, ...] | None = None) -> list[str]:
    """The Host names the server answers: the base's and ``serve.allowed_hosts``."""
    names = allowed if allowed is not None else tuple(BY_NAME["serve.allowed_hosts"].default)
    return sorted({urlsplit(published.base).hostname or "", *(n.lower() for n in names)} - {""})


def write_maps(
    target: Path, maps: Maps, published: Published, allowed_hosts: tuple[str, ...] | None
) -> None:
    """Write ``accept.map``, ``etags.map``, ``links.map`` and ``hosts.map`` into ``target``."""
    (target / "accept.map").write_text(map_file(accept_map()), encoding="utf-8")
    (target / "etags.map").write_text(map_file(maps.etags), encoding="utf-8")
    (target / "links.map").write_text(map_file(maps.signposts), encoding="utf-8")
    host_map = {name: "" for name in hosts(published, allowed_hosts)}
    (target / "hosts.map").write_text(map_file(host_map), encoding="utf-8")
