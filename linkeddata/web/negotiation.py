"""Content negotiation: which representation of a resource to send.

The ``Link`` headers announcing the representations are :mod:`linkeddata.web.link_headers`;
the Accept header is read into its ranges by :mod:`linkeddata.web.accept`.

:func:`negotiate` is the only place that decides, for every response of the server (resources,
SPARQL answers, error answers), among formats of :mod:`linkeddata.formats`:

1. an explicit format (the path extension or ``?format=``, by name, extension or media type,
   or an alias of them) wins over Accept; one the resource does not offer is
   :class:`UnknownFormat`, a 404;
2. otherwise the Accept header, read per RFC 9110 §12.5.1: q-values, ``q=0`` exclusions,
   media-type aliases (``application/json`` for JSON-LD), ``type/*`` and ``*/*``, and the
   most specific range deciding for each representation
   (``text/*;q=0.1, text/turtle`` gives Turtle q=1; ``text/turtle;q=0.1, text/*`` gives 0.1);
3. an absent, empty or wholly unreadable Accept gives the default;
4. a header that excludes everything offered is :class:`NotAcceptable`, a 406 listing what is
   available.

Why not Werkzeug's ``MIMEAccept.best_match``: it returns None for an empty header and for
``q=0``, matches media-type parameters exactly (so ``application/ld+json;profile="..."`` would
not match JSON-LD), and takes the quality of the highest-q range rather than the most specific
one, so ``text/turtle;q=0.1, text/*`` would rate Turtle 1.

Ties between equally acceptable representations go to the more specific range, then to the
server's preference, which is the order of ``offered``: :func:`representations` puts Turtle
first, so ``*/*`` (curl, wget, Python requests) gets Turtle, and browsers get HTML because they
name ``text/html`` at q=1 and everything else at most at 0.9.

Media-type parameters are stripped before matching and handed back in :attr:`Choice.params`,
so a view can honour a JSON-LD ``profile`` or a citation ``style`` without a second parse.

Errors, both also Werkzeug HTTP exceptions (raised from a view they become their status)::

    LinkedDataError (linkeddata.errors)
    └── NegotiationError      code, description, offered, available (media types)
        ├── NotAcceptable     406: Accept excludes every offered representation
        └── UnknownFormat     404: the explicit format is not offered for this resource
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from werkzeug.exceptions import HTTPException

from ..errors import LinkedDataError
from ..formats import BY_NAME, Format, find, of_kind
from .accept import Range, parse_accept

VARY = "Accept"
"""The ``Vary`` value for every response of a URL that negotiates (200, 304 and 406 alike)."""

RDF: tuple[Format, ...] = of_kind("graph")
HTML = BY_NAME["html"]


def representations(*extra: Format) -> tuple[Format, ...]:
    """The server's preference order: the RDF formats (Turtle first), HTML, then ``extra``.

    >>> [r.extension for r in representations()]
    ['ttl', 'jsonld', 'nt', 'nq', 'trig', 'rdf', 'html']
    """
    return (*RDF, HTML, *extra)


@dataclass(frozen=True)
class Choice:
    """The negotiated representation, with the parameters of the Accept range that chose it."""

    representation: Format
    params: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def profile(self) -> str | None:
        """The ``profile`` parameter (JSON-LD forms, conneg by profile), if the client sent one."""
        return self.params.get("profile")


class NegotiationError(LinkedDataError, HTTPException):
    """No representation can be sent; ``available`` lists the media types that can."""

    def __init__(self, offered: Sequence[Format], description: str) -> None:
        super().__init__(description)
        self.offered = tuple(offered)
        self.available = [r.media_type for r in offered]


class NotAcceptable(NegotiationError):
    """The Accept header excludes every representation the resource has."""

    code = 406

    def __init__(self, offered: Sequence[Format]) -> None:
        super().__init__(
            offered,
            "None of the available media types is acceptable: "
            + ", ".join(r.media_type for r in offered)
            + ". Add an extension or ?format= ("
            + ", ".join(r.extension for r in offered)
            + ") to choose one.",
        )


class UnknownFormat(NegotiationError):
    """An explicit format the resource does not have.

    A 404 rather than a 400: ``/doc/x.foo`` names a document that does not exist, and
    ``?format=foo`` is the same request spelled differently, so both fail alike (and alike with
    a static mirror of the site, where ``x.foo`` is simply a missing file).
    """

    code = 404

    def __init__(self, explicit: str, offered: Sequence[Format]) -> None:
        super().__init__(
            offered,
            f"No format {explicit[:40]!r} here; available: "
            + ", ".join(r.extension for r in offered)
            + ".",
        )


def negotiate(
    accept: str | None,
    *,
    offered: Sequence[Format],
    explicit: str | None = None,
    default: Format | None = None,
) -> Choice:
    """Choose what to send for a request with this ``Accept`` header.

    ``offered`` (not empty) is in the server's order of preference; ``default`` (one of
    ``offered``, by default the first) answers an absent, empty or unreadable Accept.
    ``explicit`` is the path extension or ``?format=`` value; empty counts as absent.
    Elements of Accept that cannot be read (no ``type/subtype``, a q that is not a number
    from 0 to 1) are skipped, since the client's intent for them is unknown; the readable rest
    still counts. The cost is linear in the header's length (the WSGI server's header size
    limit bounds it).

    >>> offered = representations()
    >>> negotiate("*/*", offered=offered).representation.name
    'turtle'
    >>> negotiate("text/turtle;q=0, */*", offered=offered).representation.name
    'jsonld'
    >>> negotiate("application/json", offered=offered).representation.media_type
    'application/ld+json'
    >>> negotiate('application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"',
    ...           offered=offered).profile
    'http://www.w3.org/ns/json-ld#compacted'
    >>> negotiate("text/html", offered=offered, explicit="ttl").representation.name
    'turtle'
    >>> negotiate(";;;,q=abc", offered=offered, default=HTML).representation.name
    'html'
    >>> negotiate("image/png", offered=offered)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    linkeddata.web.negotiation.NotAcceptable: 406 Not Acceptable: None of the available media ...
    """
    ranges = parse_accept(accept or "")
    if explicit:
        chosen = _by_explicit(explicit, offered)
        match = _best_range(chosen, ranges)
        return Choice(chosen, match[1].params if match else {})
    if not ranges:
        return Choice(default or offered[0])
    scored = []
    for preference, representation in enumerate(offered):
        match = _best_range(representation, ranges)
        if match and match[1].q > 0:
            specificity, rng = match
            scored.append(((rng.q, specificity, -preference), Choice(representation, rng.params)))
    if not scored:
        raise NotAcceptable(offered)
    return max(scored, key=lambda item: item[0])[1]


def _by_explicit(explicit: str, offered: Sequence[Format]) -> Format:
    found = find(explicit, offered)
    if found is None:
        raise UnknownFormat(explicit, offered)
    return found


def _best_range(representation: Format, ranges: Iterable[Range]) -> tuple[int, Range] | None:
    """The range that decides for ``representation``: the most specific, then the highest q.

    Ranges differing only in parameters are equally specific (parameters are not matched); the
    one with the higher q, then with more parameters, then the first, wins.
    """
    best: tuple[int, Range] | None = None
    for rng in ranges:
        specificity = _specificity(rng.media_type, representation)
        if not specificity:
            continue
        key = (specificity, rng.q, len(rng.params))
        if best is None or key > (best[0], best[1].q, len(best[1].params)):
            best = (specificity, rng)
    return best


def _specificity(media_range: str, representation: Format) -> int:
    """How closely a media range names ``representation``: 0 not at all, up to 4, its own type."""
    if media_range == representation.media_type:
        return 4
    if media_range in representation.media_aliases:
        return 3
    if media_range == representation.media_type.split("/")[0] + "/*":
        return 2
    return 1 if media_range == "*/*" else 0
