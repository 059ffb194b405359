"""HTTP fuzz: no request, however odd, gets a 500 or hangs the app.

Hypothesis sends random methods, paths (every route of the app, with real and hostile
segments), query strings (with random SPARQL-like ``query=`` text), headers and bodies through
the in-process test client. The only 5xx allowed is ``503`` from ``/sparql``: a query that
reached its deadline (the service answers it so, with ``Retry-After``; the fuzz app's deadline
is short so that random queries cannot hold it up). A ``429`` (no free query slot) is a 4xx and
needs no exception. Every request must end within :data:`BOUND` seconds.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from flask import Flask, got_request_exception
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from linkeddata.sparql.service import Limits
from linkeddata.web import create_app

pytestmark = pytest.mark.slow

QUERY_TIMEOUT = 1.0
BOUND = QUERY_TIMEOUT + 9.0  # the deadline, a query process restarted after it, a busy machine
SETTINGS = settings(
    max_examples=1000,
    deadline=None,  # the bound is asserted per request, with the request in the message
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

COMMON_METHODS = st.sampled_from(["GET"] * 6 + ["HEAD", "POST", "POST", "OPTIONS"])
METHODS = st.one_of(
    COMMON_METHODS,
    COMMON_METHODS,
    COMMON_METHODS,
    COMMON_METHODS,
    st.sampled_from(["PUT", "DELETE", "PATCH", "get", "TRACE", "CONNECT"]),
    st.from_regex(r"[A-Za-z!#$%&'*+.^_`|~-]{1,12}", fullmatch=True),
)
PRINTABLE = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=60
)
"""Header values (latin-1, no control characters: the test client refuses the others)."""
HOSTILE_SEGMENTS = [
    "..",
    "../../etc/passwd",
    "..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e",
    "%00",
    "a%00b",
    "%",
    "%zz",
    "\u00e9\u4e2d\U0001f600",
    "x" * 5000,
    "a/" * 300,
    ".",
    "//",
    "~",
    "%2F",
    "a;b=c",
    "CON",
    "nul.txt",
    "\\..\\..\\windows",
    "document/116702",
    "116702",
    "dataset",
    "report/validation",
    "dataset.nq.gz",
    "dataset.ttl.gz",
    "site.css",
    "documents",
    "persons",
    "concepts",
    "places",
    "organisations",
    "nosuchquery",
    "ttl",
    "jsonld",
    "html",
    "nt",
    "nq",
    "rdf",
    "trig",
    "bib",
    "ris",
    "csl",
    "json",
    "n3",
    "xml",
    "",
]
SEGMENTS = st.one_of(
    st.sampled_from(HOSTILE_SEGMENTS),
    st.text(max_size=30),
    st.builds(
        lambda stem, ext: f"{stem}.{ext}",
        st.sampled_from(["document/116702", "dataset", "x", "..", ""]),
        st.sampled_from(["ttl", "jsonld", "html", "nt", "rdf", "gz", "csv", "", "..", "ttl.gz"]),
    ),
)
SPARQL_TOKENS = [
    "SELECT",
    "CONSTRUCT",
    "ASK",
    "DESCRIBE",
    "*",
    "WHERE",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "?s",
    "?p",
    "?o",
    ".",
    ";",
    ",",
    "FILTER",
    "!",
    "1",
    "+",
    "&&",
    "||",
    'REGEX(?o, "(a+)+$")',
    '"a"',
    "'b'@en",
    "<http://example.org/x>",
    "<file:///etc/passwd>",
    "SERVICE",
    "LOAD",
    "INSERT DATA",
    "DELETE WHERE",
    "GRAPH",
    "FROM",
    "FROM NAMED",
    "OPTIONAL",
    "UNION",
    "MINUS",
    "LIMIT 5",
    "OFFSET 2",
    "ORDER BY",
    "GROUP BY ?s",
    "COUNT(*)",
    "PREFIX x: <http://x/>",
    "x:a",
    "a",
    "/",
    "|",
    "^",
    "?s ?p ?o",
    "BIND(1 AS ?x)",
    "VALUES ?x { 1 2 }",
    "#",
    "\n",
    "<urn:x:custom>(1)",
    "STRLEN(?o)",
    "CONCAT",
    "\\u0022",
    "BASE <http://e/>",
    "}}}}",
    "((((",
]
QUERIES = st.one_of(
    st.lists(st.sampled_from(SPARQL_TOKENS), max_size=40).map(" ".join),
    st.sampled_from(
        [
            "SELECT * WHERE { ?s ?p ?o }",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
            "ASK { ?s ?p ?o }",
            "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3",
            "DESCRIBE <http://127.0.0.1:8080/id/document/116702>",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT * WHERE { FILTER(" + "!" * 20_000 + "true) }",
            "SELECT * WHERE { FILTER(" + "1+" * 5000 + "1) }",
            "SELECT * WHERE { " + "{" * 400 + "}" * 400 + " }",
        ]
    ),
    st.text(max_size=200),
)
PARAMETERS = st.lists(
    st.tuples(
        st.one_of(
            st.sampled_from(
                [
                    "query",
                    "format",
                    "default-graph-uri",
                    "named-graph-uri",
                    "update",
                    "timeout",
                    "page",
                    "limit",
                    "output",
                ]
            ),
            st.text(max_size=12),
        ),
        st.one_of(
            QUERIES,
            st.sampled_from(
                [
                    "json",
                    "xml",
                    "csv",
                    "tsv",
                    "ttl",
                    "rdf+xml",
                    "json-ld",
                    "n3",
                    "n-triples",
                    "html",
                    "-1",
                    "99999999999999999999",
                ]
            ),
        ),
    ),
    max_size=4,
)
MEDIA_RANGES = st.one_of(
    st.sampled_from(
        [
            "*/*",
            "text/html",
            "text/turtle",
            "application/ld+json",
            "application/n-triples",
            "application/n-quads",
            "application/rdf+xml",
            "application/trig",
            "text/n3",
            "application/turtle",
            "application/sparql-results+json",
            "application/sparql-results+xml",
            "text/csv",
            "text/tab-separated-values",
            "application/json",
            "text/*",
            "image/png",
            "application/x-bibtex",
            "application/x-research-info-systems",
            "application/vnd.citationstyles.csl+json",
            'application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded"',
        ]
    ),
    st.from_regex(r"[a-z*]{1,8}/[a-z0-9+.*-]{1,12}", fullmatch=True),
    PRINTABLE,
)
ACCEPT = st.lists(
    st.tuples(
        MEDIA_RANGES, st.one_of(st.none(), st.floats(-1, 2).map(lambda q: f"{q:.3f}"), PRINTABLE)
    ),
    min_size=1,
    max_size=5,
).map(lambda ranges: ", ".join(m if q is None else f"{m};q={q}" for m, q in ranges))
HEADERS = st.fixed_dictionaries(
    {"Host": st.sampled_from(["localhost", "127.0.0.1:8080", "[::1]", "LOCALHOST.", "127.0.0.1"])},
    optional={
        "Accept": ACCEPT,
        "Range": st.one_of(
            st.sampled_from(
                [
                    "bytes=0-10",
                    "bytes=5-",
                    "bytes=-5",
                    "bytes=0-1,3-4",
                    "bytes=x",
                    "bytes=10-2",
                    "bytes=0-99999999999999999999",
                    "items=0-1",
                ]
            ),
            PRINTABLE,
        ),
        "If-None-Match": st.one_of(st.sampled_from(["*", 'W/"x"', '"a", "b"']), PRINTABLE),
        "If-Modified-Since": st.one_of(
            st.sampled_from(
                [
                    "Sun, 06 Nov 1994 08:49:37 GMT",
                    "Fri, 31 Dec 9999 23:59:59 GMT",
                    "Thu, 01 Jan 1970 00:00:00 GMT",
                    "yesterday",
                ]
            ),
            PRINTABLE,
        ),
        "Accept-Encoding": st.sampled_from(["gzip", "identity;q=0", "*;q=0", "br, gzip;q=0.5"]),
        "X-Forwarded-Host": st.sampled_from(["evil.example", ""]),
        "Origin": st.sampled_from(["http://evil.example", "null"]),
    },
)
EXTRA_HEADERS = st.dictionaries(
    st.from_regex(r"X-[A-Za-z0-9-]{1,20}", fullmatch=True), PRINTABLE, max_size=3
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/x-www-form-urlencoded",
        "application/sparql-query",
        "application/sparql-update",
        "multipart/form-data; boundary=x",
        "multipart/form-data",
        "text/plain; charset=utf-16",
        "application/json",
        "application/x-www-form-urlencoded; charset=koi8-r",
        "nonsense",
    ]
)
BODIES = st.one_of(
    st.none(),
    st.just((b"query=" + b"x" * (1 << 20), "application/x-www-form-urlencoded")),
    st.tuples(st.binary(max_size=300), st.one_of(st.none(), CONTENT_TYPES)),
    st.tuples(
        PARAMETERS.map(lambda pairs: urlencode(pairs).encode()),
        st.just("application/x-www-form-urlencoded"),
    ),
    st.tuples(
        QUERIES.map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.sampled_from(["application/sparql-query", "application/sparql-update"]),
    ),
)


def _routes(app: Flask) -> list[str]:
    """Every route of the app, its variables written ``{}`` for the fuzzed segments; the
    SPARQL endpoint, where the requests cost most, drawn as often as all the others."""
    routes = sorted({re.sub(r"<[^>]+>", "{}", rule.rule) for rule in app.url_map.iter_rules()})
    return routes + ["/sparql"] * len(routes)


@pytest.fixture(scope="module")
def fuzz_app(release: Path) -> Iterator[Flask]:
    """The app on the session's release with a short query deadline and few rows; the
    exceptions its views raise are kept in ``app.extensions["fuzz.failures"]``."""
    limits = Limits(max_rows=20, timeout=QUERY_TIMEOUT, max_concurrent=2)
    application = create_app(release, config={"SPARQL_LIMITS": limits})
    failures: list[BaseException] = []
    application.extensions["fuzz.failures"] = failures

    def record(sender: Flask, exception: BaseException, **extra: Any) -> None:
        failures.append(exception)

    got_request_exception.connect(record, application)
    yield application
    got_request_exception.disconnect(record, application)
    application.extensions["linkeddata.sparql"].close()


@st.composite
def requests(draw: st.DrawFn, routes: list[str]) -> dict[str, Any]:
    route = draw(st.sampled_from(routes))
    segments = (draw(SEGMENTS) for _ in range(route.count("{}")))
    path = route.format(*(s.replace("?", "%3F").replace("#", "%23") for s in segments))
    if draw(st.booleans()):
        path = quote(path, safe="/%")
    if draw(st.integers(0, 3)) == 0:
        path += draw(st.sampled_from([".ttl", ".html", ".jsonld", "/", ".", "%00", ";x"]))
    parameters = draw(PARAMETERS)
    if route == "/sparql" and draw(st.booleans()):
        parameters.append(("query", draw(QUERIES)))
    query = urlencode(parameters)
    headers = {**draw(HEADERS), **draw(EXTRA_HEADERS)}
    body = draw(BODIES)
    request: dict[str, Any] = {
        "method": draw(METHODS),
        "path": path,
        "query_string": query or draw(st.sampled_from(["", "&&", "=", "a=%ZZ", "%00=%00"])),
        "headers": headers,
    }
    if body is not None:
        request["data"], content_type = body
        if content_type is not None:
            request["content_type"] = content_type
    return request


@SETTINGS
@given(data=st.data())
def test_no_request_gets_a_500_or_hangs(fuzz_app: Flask, data: st.DataObject) -> None:
    request = data.draw(requests(_routes(fuzz_app)))
    failures: list[BaseException] = fuzz_app.extensions["fuzz.failures"]
    failures.clear()
    started = time.monotonic()
    with fuzz_app.test_client() as client:
        response = client.open(**request)
        response.get_data()
        response.close()
    took = time.monotonic() - started
    status = response.status_code
    event(f"{status} /{request['path'].split('/')[1][:8]}")
    deadline = status == 503 and request["path"].startswith("/sparql")
    assert status < 500 or deadline, (status, failures, response.get_data()[:300])
    assert not failures, failures
    assert took < BOUND, (took, request["method"], request["path"])
