"""The source catalogue page (resource C): the link to it uses its canonical address.

The seed's URL is on a staging host; links to the archive's page use its public host, and the
URL as received stays in the record's citation (see the mapping). Only a URL on a host that is
not the archive's is linked as received, with ``rdfs:seeAlso``. The page is a web page about
the record, never the record itself (no ``owl:sameAs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from rdflib import URIRef

from ..record import Record
from .linker import Linker
from .terms import RDFS, SCHEMA

PUBLIC_HOST = "digitalarchive.wilsoncenter.org"
ARCHIVE_HOSTS = frozenset({PUBLIC_HOST, "wilson-center.drivingcreative.com"})
_DOCUMENT_PATH = re.compile(r"^/document/([^/?#]+)/?$")
_IRI_UNSAFE = re.compile(r'[\s<>"{}|\\^`]')


def canonical_page(url: str) -> str | None:
    """The public archive page for a URL on any known archive host, else None.

    >>> canonical_page("https://wilson-center.drivingcreative.com/document/116702")
    'https://digitalarchive.wilsoncenter.org/document/116702'
    >>> canonical_page("https://example.org/document/1") is None
    True
    """
    parts = urlsplit(url)
    match = _DOCUMENT_PATH.match(parts.path)
    if parts.hostname not in ARCHIVE_HOSTS or match is None:
        return None
    return f"https://{PUBLIC_HOST}/document/{match.group(1)}"


def source_pages(record: Record, linker: Linker) -> Iterator[tuple[URIRef, URIRef]]:
    """(page, property) pairs for the record's URL: the canonical page, else the URL itself."""
    if record.url is None:
        return
    url = record.url.value
    if _IRI_UNSAFE.search(url) or urlsplit(url).scheme not in ("http", "https"):
        linker.warn(f"URL {url!r} is not a usable http(s) IRI: not linked", record.url.line)
        return
    canonical = canonical_page(url)
    if canonical is None:
        yield URIRef(url), RDFS.seeAlso
    else:
        yield URIRef(canonical), SCHEMA.mainEntityOfPage
