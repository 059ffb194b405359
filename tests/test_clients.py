"""Whose budget a query spends (linkeddata.web.clients): the connection's address, or the one a
trusted proxy passes; and the endpoint's 429 for an address over its budget."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from linkeddata.sparql.service import Limits
from linkeddata.web import create_app
from linkeddata.web.requester import UNKNOWN, client_address

ASK = "ASK { ?s ?p ?o }"


@pytest.mark.parametrize(
    ("environ", "header", "expected"),
    [
        ({"REMOTE_ADDR": "192.0.2.7"}, None, "192.0.2.7"),
        ({"REMOTE_ADDR": "192.0.2.7", "HTTP_X_FORWARDED_FOR": "198.51.100.1"}, None, "192.0.2.7"),
        (
            {"REMOTE_ADDR": "192.0.2.7", "HTTP_X_FORWARDED_FOR": "203.0.113.9, 198.51.100.1"},
            "X-Forwarded-For",
            "198.51.100.1",
        ),
        ({"REMOTE_ADDR": "192.0.2.7", "HTTP_X_REAL_IP": "198.51.100.1"}, "X-Real-IP",
         "198.51.100.1"),
        (
            {"REMOTE_ADDR": "192.0.2.7", "HTTP_FORWARDED": 'for=1.2.3.4, for="[2001:db8::1]:4711"'},
            "Forwarded",
            "2001:db8::/64",
        ),
        ({"REMOTE_ADDR": "192.0.2.7", "HTTP_FORWARDED": "for=198.51.100.1:80;proto=http"},
         "Forwarded", "198.51.100.1"),
        # absent or unreadable: the connection's address (all such requests share it)
        ({"REMOTE_ADDR": "192.0.2.7"}, "X-Forwarded-For", "192.0.2.7"),
        ({"REMOTE_ADDR": "192.0.2.7", "HTTP_X_FORWARDED_FOR": "unknown"}, "X-Forwarded-For",
         "192.0.2.7"),
        # IPv6 by /64, IPv4-mapped as IPv4
        ({"REMOTE_ADDR": "2001:db8:1:2::5"}, None, "2001:db8:1:2::/64"),
        ({"REMOTE_ADDR": "2001:db8:1:2:ffff::9"}, None, "2001:db8:1:2::/64"),
        ({"REMOTE_ADDR": "::ffff:192.0.2.7"}, None, "192.0.2.7"),
        ({}, None, UNKNOWN),
    ],
)  # fmt: skip
def test_client_address(environ: dict[str, str], header: str | None, expected: str) -> None:
    assert client_address(environ, header) == expected


@pytest.fixture(scope="module")
def stingy(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app whose clients may use a microsecond of query time a minute, behind a proxy (a
    millisecond was not always used up by one ASK on a quiet machine)."""
    application = create_app(
        release,
        config={
            "SPARQL_LIMITS": Limits(client_seconds=1e-6),
            "SPARQL_SLOTS": tmp_path_factory.mktemp("slots"),
            "TRUSTED_PROXY_HEADER": "X-Forwarded-For",
        },
    )
    yield application
    application.extensions["linkeddata.sparql"].close()


def ask(app: Flask, address: str, accept: str = "application/sparql-results+json") -> int:
    client: FlaskClient = app.test_client()
    headers = {"X-Forwarded-For": address, "Accept": accept}
    response = client.get("/sparql", query_string={"query": ASK}, headers=headers)
    if response.status_code == 429:
        assert int(response.headers["Retry-After"]) >= 1
        assert response.headers["Cache-Control"] == "no-store"
        assert b"each address may use 1e-06 s per 60 s" in response.data
    return response.status_code


def test_an_address_over_its_budget_gets_429_and_others_are_served(stingy: Flask) -> None:
    assert ask(stingy, "198.51.100.1") == 200
    assert ask(stingy, "198.51.100.1") == 429
    assert ask(stingy, "198.51.100.1", "text/html") == 429  # the query page says so too
    assert ask(stingy, "198.51.100.2") == 200
