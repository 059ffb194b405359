"""``Link`` headers (RFC 8288): a resource's alternate representations and FAIR Signposting.

Negotiation (:mod:`linkeddata.web.negotiation`) decides what to send; these say what else there is
and what to cite, in the form every response of a resource carries.

A response names one ``rel="alternate"``: the JSON-LD form (Turtle on a JSON-LD response),
which is the one link JSON-LD processors follow (JSON-LD 1.1 API §9.4.1, an alternate of type
``application/ld+json``). More than one breaks real clients: pyld 3.3's document loader reads
the alternates with ``parse_link_header(...).get("alternate").get("type")``, which fails on
the list it gets for two or more, so ``jsonld.expand(url)`` failed on every resource. Every
representation stays discoverable: the HTML page lists them (``<link rel="alternate">`` and
its footer), a description's Signposting ``describedby`` links name every RDF form with its
type, and a 406 lists them all (:func:`link_alternates`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from ..formats import Format

_HEADER_TEXT = re.compile(r"[\t\x20-\x7e]*")
_URI_SAFE = "!#$%&'()*+,/:;=?@[]~"


def alternate_url(base_url: str, representation: Format) -> str:
    """The URL of one representation: ``base_url`` (no query, no fragment) plus its extension.

    Also the ``Content-Location`` of a negotiated response.

    >>> from linkeddata.web.negotiation import HTML
    >>> alternate_url("http://example.org/doc/document/1", HTML)
    'http://example.org/doc/document/1.html'
    """
    return f"{base_url}.{representation.extension}"


@dataclass(frozen=True)
class Link:
    """One RFC 8288 link-value; ``str()`` gives its header form.

    The target is percent-encoded into a URI (an IRI with non-ASCII characters cannot go into
    a header); parameters are always quoted strings.

    >>> str(Link("http://example.org/doc/é", "alternate", media_type="text/turtle"))
    '<http://example.org/doc/%C3%A9>; rel="alternate"; type="text/turtle"'
    """

    target: str
    rel: str
    media_type: str | None = None
    profile: str | None = None

    def __str__(self) -> str:
        params = (("rel", self.rel), ("type", self.media_type), ("profile", self.profile))
        quoted = "".join(f"; {name}={_quoted(value)}" for name, value in params if value)
        return f"<{quote(self.target, safe=_URI_SAFE)}>{quoted}"


def _quoted(value: str) -> str:
    """An RFC 9110 quoted-string; ValueError for characters a header cannot carry."""
    if not _HEADER_TEXT.fullmatch(value):
        raise ValueError(f"not printable ASCII, cannot go into a Link header: {value!r}")
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def link_header(links: Iterable[Link]) -> str:
    """The ``Link`` header value for ``links``, in order."""
    return ", ".join(str(link) for link in links)


def link_alternates(base_url: str, offered: Iterable[Format]) -> str:
    """``Link`` value announcing every representation of the resource at ``base_url`` (the
    answer to a request that none of them satisfies).

    >>> from linkeddata.web.negotiation import RDF
    >>> link_alternates("http://example.org/doc/document/1", RDF[:2])  # doctest: +ELLIPSIS
    '<http://example.org/doc/document/1.ttl>; rel="alternate"; type="text/turtle", <...jsonld>...'
    """
    return link_header(
        Link(alternate_url(base_url, r), "alternate", media_type=r.media_type) for r in offered
    )


ANNOUNCED = ("jsonld", "turtle")
"""The formats a response may name as its one alternate, first choice first."""


def announced_alternate(base_url: str, offered: Iterable[Format], sent: Format) -> Link | None:
    """The one ``rel="alternate"`` link of a response in ``sent``: JSON-LD, or Turtle when
    JSON-LD is what is sent; None if neither is offered.

    >>> from linkeddata.web.negotiation import HTML, RDF
    >>> str(announced_alternate("/doc/document/1", [*RDF, HTML], HTML))
    '</doc/document/1.jsonld>; rel="alternate"; type="application/ld+json"'
    >>> str(announced_alternate("/doc/document/1", RDF, RDF[1]))
    '</doc/document/1.ttl>; rel="alternate"; type="text/turtle"'
    """
    others = {r.name: r for r in offered if r != sent}
    chosen = next((others[name] for name in ANNOUNCED if name in others), None)
    if chosen is None:
        return None
    return Link(alternate_url(base_url, chosen), "alternate", media_type=chosen.media_type)


def signposting(
    *,
    cite_as: str | None = None,
    described_by: Iterable[tuple[str, str]] = (),
    license: str | None = None,
    types: Iterable[str] = (),
) -> list[Link]:
    """FAIR Signposting links (https://signposting.org/FAIR/) for a landing page or item.

    ``cite_as`` is the persistent IRI to cite (the ``/id/`` IRI, not the document URL);
    ``described_by`` pairs of (URL, media type) of the metadata, whose ``type`` Signposting
    requires; ``license`` the licence IRI; ``types`` e.g. ``https://schema.org/AboutPage``.

    >>> link_header(signposting(cite_as="http://example.org/id/document/1",
    ...                         types=["https://schema.org/AboutPage"]))
    '<http://example.org/id/document/1>; rel="cite-as", <https://schema.org/AboutPage>; rel="type"'
    """
    links = [Link(cite_as, "cite-as")] if cite_as else []
    links += [Link(url, "describedby", media_type=media_type) for url, media_type in described_by]
    links += [Link(iri, "type") for iri in types]
    if license:
        links.append(Link(license, "license"))
    return links
