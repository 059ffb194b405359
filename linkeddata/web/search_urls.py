"""A search as a URL and back: one canonical spelling, so that links can be shared and cached.

Parameters, in this order: ``q``, the facet filters (in the order of
:data:`~linkeddata.search.facets.FACETS`, values sorted), ``sort=date``, ``page`` (from 1),
``limit`` and ``more`` (a facet to list in full). Defaults are left out, so ``/search?q=x``
and ``/search?q=x&page=1`` are the same search with the same link.

>>> s = Search("korea", (("year", "1967"), ("place", "pyongyang")), offset=20)
>>> query_string(s)
'q=korea&year=1967&place=pyongyang&page=2'
>>> query_string(without(s, "place", "pyongyang"))
'q=korea&year=1967'
>>> list(with_each(s, "year", ["1966", "1968"])) == [
...     query_string(with_filter(s, "year", y)) for y in ("1966", "1968")]
True
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from urllib.parse import quote_plus, urlencode

from ..errors import SearchError
from ..search.facets import BY_NAME, FACETS
from ..search.results import Search

PAGE_SIZE = 20
MAX_LIMIT = 50
"""Results a page: each is highlighted from its stored text, and fifty cost about what a page
of the site may cost (docs/benchmarks.md)."""
_ORDER = {facet.name: n for n, facet in enumerate(FACETS)}


def read(args: Mapping[str, str], values: Mapping[str, list[str]]) -> Search:
    """The search of the request arguments ``args`` (``values``: every value of each);
    :class:`SearchError` for a page or limit that is not a number."""
    limit = _number(args.get("limit"), "limit", PAGE_SIZE)
    if not 1 <= limit <= MAX_LIMIT:
        raise SearchError(f"limit: from 1 to {MAX_LIMIT}")
    page = _number(args.get("page"), "page", 1)
    if page < 1:
        raise SearchError("page: the first page is 1")
    filters = {(name, value) for name in BY_NAME for value in values.get(name, []) if value}
    return Search(
        text=args.get("q", ""),
        filters=tuple(sorted(filters, key=lambda f: (_ORDER[f[0]], f[1]))),
        offset=(page - 1) * limit,
        limit=limit,
        by_date=args.get("sort") == "date",
        more=more if (more := args.get("more")) in BY_NAME else None,
    )


def query_string(search: Search) -> str:
    pairs = [("q", search.text)] if search.text else []
    pairs += sorted(search.filters, key=lambda f: (_ORDER[f[0]], f[1]))
    if search.by_date:
        pairs.append(("sort", "date"))
    if search.offset:
        pairs.append(("page", str(search.offset // search.limit + 1)))
    if search.limit != PAGE_SIZE:
        pairs.append(("limit", str(search.limit)))
    if search.more:
        pairs.append(("more", search.more))
    return urlencode(pairs)


def with_filter(search: Search, facet: str, key: str) -> Search:
    """``search`` narrowed by one more value, from its first page (facets listed as usual)."""
    if (facet, key) in search.filters:
        return replace(search, offset=0, more=None)
    return replace(search, filters=(*search.filters, (facet, key)), offset=0, more=None)


def with_each(search: Search, facet: str, keys: Iterable[str]) -> Iterator[str]:
    """``query_string(with_filter(search, facet, key))`` for each of ``keys`` that is not a
    filter yet: the one query string encoded once and each value put in its place, because a
    facet listed in full has a link for each of thousands of values."""
    base = replace(search, offset=0, more=None)
    head = [f"q={quote_plus(base.text)}"] if base.text else []
    order = [(_ORDER[name], value) for name, value in base.filters]
    encoded = [f"{name}={quote_plus(value)}" for name, value in base.filters]
    tail = query_string(replace(base, text="", filters=()))
    for key in keys:
        at = bisect(order, (_ORDER[facet], key))
        pair = f"{facet}={quote_plus(key)}"
        yield "&".join([*head, *encoded[:at], pair, *encoded[at:], *([tail] if tail else [])])


def without(search: Search, facet: str, key: str) -> Search:
    """``search`` without one of its filters, from its first page."""
    kept = tuple(f for f in search.filters if f != (facet, key))
    return replace(search, filters=kept, offset=0, more=None)


def page(search: Search, number: int) -> Search:
    return replace(search, offset=(number - 1) * search.limit)


def _number(text: str | None, name: str, default: int) -> int:
    if text is None or text == "":
        return default
    if not text.isascii() or not text.isdigit() or len(text) > 6:
        raise SearchError(f"{name}: a whole number, please")
    return int(text)
