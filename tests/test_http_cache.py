"""Validators, conditional requests (RFC 9110 §13), caching policy and CORS headers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkeddata.web.http_cache import (
    ALLOWED_HEADERS,
    DESCRIPTION_CACHE,
    IMMUTABLE_CACHE,
    cache_headers,
    cors_headers,
    etag,
    http_date,
    not_modified,
    preflight_headers,
)

BUILT = datetime(2024, 5, 1, 12, 0, 0, 654321, tzinfo=UTC)
BUILT_DATE = "Wed, 01 May 2024 12:00:00 GMT"
TAG = etag("2024-05-01T120000", "/doc/document/116702", "turtle")
OTHER = etag("2024-05-01T120000", "/doc/document/116702", "jsonld")


def test_etag_is_strong_quoted_and_deterministic() -> None:
    assert etag("2024-05-01T120000", "/doc/document/116702", "turtle") == TAG
    assert not TAG.startswith("W/")
    assert TAG[0] == TAG[-1] == '"'
    assert len(TAG) == 34
    assert '"' not in TAG[1:-1]


def test_etag_changes_with_each_part() -> None:
    tags = {
        TAG,
        OTHER,
        etag("2024-06-01T120000", "/doc/document/116702", "turtle"),
        etag("2024-05-01T120000", "/doc/document/116703", "turtle"),
        etag("2024-05-01T120000", "/doc/document/116702", "jsonld;profile=expanded"),
    }
    assert len(tags) == 5


def test_http_date() -> None:
    assert http_date(BUILT) == BUILT_DATE
    assert http_date(BUILT.astimezone(timezone(timedelta(hours=2)))) == BUILT_DATE


def test_http_date_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        http_date(datetime(2024, 5, 1))


def test_cache_headers() -> None:
    assert cache_headers(etag=TAG, built=BUILT) == {
        "ETag": TAG,
        "Last-Modified": BUILT_DATE,
        "Cache-Control": "public, max-age=300",
    }
    immutable = cache_headers(etag=TAG, built=BUILT, immutable=True)
    assert immutable["Cache-Control"] == IMMUTABLE_CACHE
    assert "immutable" in IMMUTABLE_CACHE
    assert "immutable" not in DESCRIPTION_CACHE


CONDITIONAL = [
    # (label, method, If-None-Match, If-Modified-Since, 304?)
    ("no conditions", "GET", None, None, False),
    ("same etag", "GET", TAG, None, True),
    ("same etag, HEAD", "HEAD", TAG, None, True),
    ("other etag", "GET", OTHER, None, False),
    ("list containing it", "GET", f'"a", {OTHER}, {TAG}', None, True),
    ("list without spaces", "GET", f'"a",{TAG}', None, True),
    ("list without it", "GET", f'"a", W/"b", {OTHER}', None, False),
    ("weak form matches (weak comparison)", "GET", f"W/{TAG}", None, True),
    ("star", "GET", "*", None, True),
    ("star with spaces", "GET", "  * ", None, True),
    ("unquoted tag is not a tag", "GET", TAG.strip('"'), None, False),
    ("garbage", "GET", ";;;,q=abc", None, False),
    ("blank If-None-Match is absent", "GET", "  ", BUILT_DATE, True),
    ("If-Modified-Since ignored when If-None-Match present", "GET", OTHER, BUILT_DATE, False),
    ("etag match wins over an old date", "GET", TAG, "Mon, 01 Jan 1990 00:00:00 GMT", True),
    ("same date", "GET", None, BUILT_DATE, True),
    ("later date", "GET", None, "Thu, 02 May 2024 00:00:00 GMT", True),
    ("earlier date", "GET", None, "Wed, 01 May 2024 11:59:59 GMT", False),
    ("RFC 850 date", "GET", None, "Wednesday, 01-May-24 12:00:00 GMT", True),
    ("asctime date", "GET", None, "Wed May  1 12:00:00 2024", True),
    ("invalid date ignored", "GET", None, "yesterday", False),
    ("empty date ignored", "GET", None, "", False),
    ("two dates ignored", "GET", None, f"{BUILT_DATE}, {BUILT_DATE}", False),
    ("hour out of range ignored", "GET", None, "Wed, 01 May 2024 99:00:00 GMT", False),
    ("huge year ignored", "GET", None, "Wed, 01 May 99999999999999999999 12:00:00 GMT", False),
    ("POST is never 304", "POST", TAG, None, False),
    ("OPTIONS is never 304", "OPTIONS", "*", BUILT_DATE, False),
]


@pytest.mark.parametrize(
    ("method", "if_none_match", "if_modified_since", "expected"),
    [pytest.param(*row[1:], id=row[0]) for row in CONDITIONAL],
)
def test_not_modified(
    method: str, if_none_match: str | None, if_modified_since: str | None, expected: bool
) -> None:
    result = not_modified(
        method,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
        etag=TAG,
        built=BUILT,
    )
    assert result is expected


def test_a_new_release_is_modified() -> None:
    new_tag = etag("2024-06-01T120000", "/doc/document/116702", "turtle")
    later = BUILT + timedelta(days=31)
    assert not not_modified(
        "GET", if_none_match=TAG, if_modified_since=None, etag=new_tag, built=later
    )
    assert not not_modified(
        "GET", if_none_match=None, if_modified_since=BUILT_DATE, etag=new_tag, built=later
    )


@settings(max_examples=300, deadline=None)
@given(if_none_match=st.none() | st.text(), if_modified_since=st.none() | st.text())
def test_not_modified_never_raises(
    if_none_match: str | None, if_modified_since: str | None
) -> None:
    result = not_modified(
        "GET",
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
        etag=TAG,
        built=BUILT,
    )
    assert isinstance(result, bool)


def test_cors_allows_any_origin_without_credentials() -> None:
    headers = cors_headers()
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in headers
    exposed = {h.strip() for h in headers["Access-Control-Expose-Headers"].split(",")}
    assert {"ETag", "Link", "Content-Location", "Vary"} <= exposed


def test_preflight() -> None:
    headers = preflight_headers()
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in headers
    assert headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert headers["Allow"] == "GET, HEAD, OPTIONS"
    allowed = {h.strip() for h in headers["Access-Control-Allow-Headers"].split(",")}
    assert allowed == {"Accept", "Content-Type", "If-None-Match", "If-Modified-Since", "Range"}
    assert headers["Access-Control-Allow-Headers"] == ALLOWED_HEADERS
    assert int(headers["Access-Control-Max-Age"]) > 0
