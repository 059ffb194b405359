"""Content negotiation against the Accept headers real clients send, and the Link headers.

The table is the specification: each row is a header seen in the wild (or a deliberate edge
case) and the representation it must get, or 406. The citation formats are those of the format
table, which views pass as extra representations.
"""

from __future__ import annotations

import contextlib
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from werkzeug.exceptions import HTTPException

from linkeddata.errors import LinkedDataError
from linkeddata.formats import BY_NAME, Format, of_kind
from linkeddata.web.link_headers import (
    Link,
    alternate_url,
    link_alternates,
    link_header,
    signposting,
)
from linkeddata.web.negotiation import (
    HTML,
    RDF,
    VARY,
    NotAcceptable,
    UnknownFormat,
    negotiate,
    representations,
)

BIBTEX, RIS, CSL, BIBLIOGRAPHY = (BY_NAME[n] for n in ("bibtex", "ris", "csl", "bibliography"))
OFFERED = representations(BIBTEX, RIS, CSL, BIBLIOGRAPHY)
TURTLE = RDF[0]

CHROME = (
    "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
    "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
)
FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
RDFLIB_ANY = (
    "application/rdf+xml, text/n3, text/turtle, application/n-triples, application/ld+json, "
    "application/n-quads, application/trix, application/trig"
)
JENA_GRAPH = (
    "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,"
    "application/rdf+xml;q=0.7,*/*;q=0.5"
)
LONG = ",".join(f"application/x-junk-{i};q=0.5" for i in range(2000)) + ",text/turtle"

REAL_WORLD = [
    # browsers: HTML, because they name text/html at q=1
    ("chrome", CHROME, "html"),
    ("edge", CHROME, "html"),
    ("firefox 132", FIREFOX, "html"),
    ("firefox 100", FIREFOX.replace("*/*", "image/avif,image/webp,*/*"), "html"),
    ("safari 17", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"),
    ("googlebot", CHROME.replace(",application/signed-exchange;v=b3;q=0.7", ""), "html"),
    ("java HttpURLConnection", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "html"),
    # old WebKit ranks application/xml above text/html: it gets the XML form, as asked
    (
        "safari 5",
        "application/xml,application/xhtml+xml,text/html;q=0.9,text/plain;q=0.8,image/png,"
        "*/*;q=0.5",
        "rdfxml",
    ),
    # IE 8 does not name text/html at all: */* gives the server's first choice
    (
        "ie 8",
        "image/jpeg, application/x-ms-application, image/gif, application/xaml+xml, "
        "image/pjpeg, application/x-ms-xbap, */*",
        "turtle",
    ),
    # command-line and library defaults: */* gives Turtle
    ("curl", "*/*", "turtle"),
    ("wget", "*/*", "turtle"),
    ("python requests", "*/*", "turtle"),
    ("axios", "application/json, text/plain, */*", "jsonld"),
    ("jquery getJSON", "application/json, text/javascript, */*; q=0.01", "jsonld"),
    ("bare *", "*", "turtle"),
    ("*/*;q=0.1", "*/*;q=0.1", "turtle"),
    # RDF clients
    ("rdflib parse()", RDFLIB_ANY, "turtle"),
    ("rdflib turtle", "text/turtle, application/x-turtle, */*;q=0.1", "turtle"),
    ("rdflib xml", "application/rdf+xml, */*;q=0.1", "rdfxml"),
    ("rdflib nt", "text/plain, */*;q=0.1", "ntriples"),
    ("rdflib json-ld", "application/ld+json, application/json;q=0.9, */*;q=0.1", "jsonld"),
    ("rdflib trig", "application/trig, */*;q=0.1", "trig"),
    ("jena graph", JENA_GRAPH, "turtle"),
    ("jena dataset", "application/trig,application/n-quads;q=0.9,*/*;q=0.5", "trig"),
    (
        "tabulator",
        "application/rdf+xml;q=0.9, text/turtle;q=1.0, application/n3;q=0.8, text/html;q=0.5",
        "turtle",
    ),
    ("lodview-style", "text/turtle;q=0.9, application/rdf+xml;q=0.9, text/html", "html"),
    ("pubby-style", "application/rdf+xml, text/html;q=0.5", "rdfxml"),
    ("n-quads", "application/n-quads", "nquads"),
    ("n-triples", "application/n-triples", "ntriples"),
    ("x-turtle", "application/x-turtle", "turtle"),
    ("turtle with charset", "text/turtle; charset=utf-8", "turtle"),
    # JSON-LD forms and JSON
    (
        "json-ld compacted profile",
        'application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"',
        "jsonld",
    ),
    (
        "json-ld two profiles, comma in quotes",
        'application/ld+json; profile="http://www.w3.org/ns/json-ld#flattened,'
        ' http://www.w3.org/ns/json-ld#compacted"',
        "jsonld",
    ),
    ("getty #488 application/json", "application/json", "jsonld"),
    ("application/xml", "application/xml", "rdfxml"),
    ("text/xml", "text/xml", "rdfxml"),
    ("text/plain", "text/plain", "ntriples"),
    # citations
    ("bibtex", "application/x-bibtex", "bibtex"),
    ("zotero ris", "application/x-research-info-systems", "ris"),
    ("csl-json", "application/vnd.citationstyles.csl+json, application/json;q=0.5", "csl"),
    ("doi-style bibliography", "text/x-bibliography; style=apa; locale=en-US", "bibliography"),
    # wildcards and specificity (RFC 9110: the most specific range decides)
    ("text/*", "text/*", "turtle"),
    ("application/*", "application/*", "jsonld"),
    ("specific beats type/*", "text/*;q=0.1, text/turtle", "turtle"),
    ("type/* does not lift a low specific q", "text/turtle;q=0.1, text/*", "html"),
    ("named beats */* at equal q", "application/n-quads, */*", "nquads"),
    (
        "duplicate ranges: highest q",
        "text/turtle;q=0.2, text/html;q=0.5, text/turtle;q=0.9",
        "turtle",
    ),
    # exclusions
    ("turtle excluded", "text/turtle;q=0, */*", "jsonld"),
    ("only html", "*/*;q=0, text/html", "html"),
    (
        "browser refusing html",
        "application/xhtml+xml,text/html;q=0,application/xml;q=0.9",
        "rdfxml",
    ),
    ("own type excludes its alias", "application/ld+json;q=0, application/json", None),
    ("image only", "image/png", None),
    ("sparql results", "application/sparql-results+json", None),
    ("nothing at all", "*/*;q=0", None),
    ("all excluded", "text/html;q=0, application/rdf+xml;q=0", None),
    # case and spacing
    ("upper case", "TEXT/TURTLE", "turtle"),
    ("mixed case q", "Application/LD+JSON; Q=0.5, text/html;q=0.4", "jsonld"),
    ("loose spacing", "  text/turtle  ;  q = 0.5 ,application/ld+json;q=0.4", "turtle"),
    # garbage: unreadable elements are skipped; nothing readable gives the default
    ("garbage", ";;;,q=abc", "turtle"),
    ("empty elements", ",,,", "turtle"),
    ("empty", "", "turtle"),
    ("blank", "   ", "turtle"),
    ("bad q skipped", "text/turtle;q=abc, application/ld+json;q=0.3", "jsonld"),
    ("q above 1 skipped", "text/turtle;q=1.5, application/rdf+xml;q=0.1", "rdfxml"),
    ("*/subtype is not a range", "*/turtle", "turtle"),
    # an unclosed quote is no quote: the ranges after it count (Turtle and HTML at q=1, tie
    # to the server's preference); read as a quoted string, it hid them, 406 for '0/0,"...'
    ("unclosed quote", 'text/html;p="a, b, text/turtle', "turtle"),
    ("unclosed quote before the only match", '0/0,", text/turtle', "turtle"),
    ("very long", LONG, "turtle"),
]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [pytest.param(accept, expected, id=label) for label, accept, expected in REAL_WORLD],
)
def test_real_world_accept(accept: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(NotAcceptable):
            negotiate(accept, offered=OFFERED)
    else:
        assert negotiate(accept, offered=OFFERED).representation.name == expected


def test_table_is_large_enough() -> None:
    assert len(REAL_WORLD) >= 40


def test_missing_accept_gives_the_default() -> None:
    assert negotiate(None, offered=OFFERED).representation == TURTLE
    assert negotiate(None, offered=OFFERED, default=HTML).representation == HTML
    assert negotiate(";;;", offered=OFFERED, default=HTML).representation == HTML


def test_werkzeug_best_match_pitfalls_are_handled() -> None:
    """What ``MIMEAccept.best_match`` gets wrong: empty header, q=0, parameters, specificity."""
    assert negotiate("", offered=OFFERED).representation == TURTLE
    assert negotiate("text/turtle;q=0, */*", offered=OFFERED).representation.name == "jsonld"
    profiled = 'application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded"'
    assert negotiate(profiled, offered=OFFERED).representation.name == "jsonld"
    assert negotiate("text/turtle;q=0.1, text/*", offered=OFFERED).representation == HTML


def test_profile_and_params_are_kept() -> None:
    compacted = "http://www.w3.org/ns/json-ld#compacted"
    choice = negotiate(f'application/ld+json;profile="{compacted}";q=0.9', offered=OFFERED)
    assert choice.profile == compacted
    assert "q" not in choice.params
    bibliography = negotiate("text/x-bibliography; style=apa; locale=en-US", offered=OFFERED)
    assert dict(bibliography.params) == {"style": "apa", "locale": "en-US"}
    assert negotiate("text/turtle", offered=OFFERED).profile is None


def test_escaped_quotes_in_parameters() -> None:
    choice = negotiate(r'application/ld+json;profile="a \"b\" c", text/html;q=0.1', offered=OFFERED)
    assert choice.profile == 'a "b" c'


def test_parameters_after_the_weight_are_not_media_type_parameters() -> None:
    choice = negotiate("application/ld+json;q=0.5;profile=x", offered=OFFERED)
    assert choice.representation.name == "jsonld"
    assert choice.profile is None


@pytest.mark.parametrize(
    ("explicit", "expected"),
    [
        ("ttl", "turtle"),
        ("turtle", "turtle"),
        ("TTL", "turtle"),
        ("text/turtle", "turtle"),
        ("jsonld", "jsonld"),
        ("application/json", "jsonld"),
        ("json", "jsonld"),
        ("json-ld", "jsonld"),
        ("nq", "nquads"),
        ("n-quads", "nquads"),
        ("n-triples", "ntriples"),
        ("n3", "turtle"),
        ("text/n3", "turtle"),
        ("xml", "rdfxml"),
        ("rdf+xml", "rdfxml"),
        ("rdf", "rdfxml"),
        ("html", "html"),
        ("bib", "bibtex"),
        ("csl.json", "csl"),
    ],
)
def test_explicit_format_wins_over_accept(explicit: str, expected: str) -> None:
    choice = negotiate("image/png", offered=OFFERED, explicit=explicit)
    assert choice.representation.name == expected


def test_explicit_format_wins_over_an_exclusion() -> None:
    assert negotiate("text/turtle;q=0", offered=OFFERED, explicit="ttl").representation == TURTLE


def test_explicit_format_keeps_the_accept_profile() -> None:
    accept = 'application/ld+json;profile="http://www.w3.org/ns/json-ld#flattened"'
    choice = negotiate(accept, offered=OFFERED, explicit="jsonld")
    assert choice.profile == "http://www.w3.org/ns/json-ld#flattened"


def test_empty_explicit_format_is_absent() -> None:
    assert negotiate("text/html", offered=OFFERED, explicit="").representation == HTML


@pytest.mark.parametrize("explicit", ["foo", "srj", "csv", ".ttl", "text/*"])
def test_unknown_explicit_format_is_404(explicit: str) -> None:
    with pytest.raises(UnknownFormat) as raised:
        negotiate("*/*", offered=OFFERED, explicit=explicit)
    assert raised.value.code == 404
    assert "ttl, jsonld" in raised.value.description


def test_format_not_offered_for_this_resource_is_404() -> None:
    with pytest.raises(UnknownFormat):
        negotiate("*/*", offered=representations(), explicit="bib")


def test_unknown_format_description_is_bounded() -> None:
    with pytest.raises(UnknownFormat) as raised:
        negotiate(None, offered=OFFERED, explicit="x" * 10_000)
    assert len(raised.value.description) < 300


def test_not_acceptable_is_an_http_406_listing_the_media_types() -> None:
    with pytest.raises(NotAcceptable) as raised:
        negotiate("image/png", offered=OFFERED)
    error = raised.value
    assert isinstance(error, LinkedDataError)
    assert isinstance(error, HTTPException)
    assert error.code == 406
    assert error.available == [r.media_type for r in OFFERED]
    assert error.offered == OFFERED
    for representation in OFFERED:
        assert representation.media_type in error.description
    assert error.get_response().status_code == 406


def test_server_preference_breaks_ties() -> None:
    reordered = (HTML, *RDF)
    assert negotiate("*/*", offered=reordered).representation == HTML
    assert negotiate(RDFLIB_ANY, offered=reordered[::-1]).representation.name == "rdfxml"


def test_rdf_representations_follow_the_format_table() -> None:
    assert of_kind("graph") == RDF
    assert all(r.kind == "graph" for r in RDF)


@pytest.mark.parametrize("media_type", ["Text/HTML", "text/*", "text/html; charset=utf-8", "html"])
def test_representation_rejects_unusable_media_types(media_type: str) -> None:
    with pytest.raises(ValueError, match="type/subtype"):
        Format("x", "X", media_type, "x", "page", textual=True)


def test_hostile_headers_are_fast() -> None:
    hostile = ['"\\' * 200_000, '"' + "a" * 400_000, ";" * 400_000, "a/b;" * 100_000]
    start = time.perf_counter()
    for accept in hostile:
        with contextlib.suppress(NotAcceptable):
            negotiate(accept, offered=OFFERED)
    assert time.perf_counter() - start < 2


ACCEPTISH = st.text(alphabet=' \t,;=/*"\\qQ.0123456789abtextmlhjson+-_é\x00', max_size=80)


@settings(max_examples=400, deadline=None)
@given(accept=st.one_of(st.text(max_size=200), ACCEPTISH), explicit=st.none() | st.text())
def test_negotiate_raises_only_negotiation_errors(accept: str, explicit: str | None) -> None:
    try:
        choice = negotiate(accept, offered=OFFERED, explicit=explicit)
    except NotAcceptable:
        assert not explicit
    except UnknownFormat:
        assert explicit
    else:
        assert choice.representation in OFFERED


@settings(max_examples=200, deadline=None)
@given(accept=ACCEPTISH)
@example(accept='0/0,"')  # regression: the unclosed quote swallowed ",text/turtle" (406)
def test_adding_turtle_at_q1_always_gets_a_q1_representation(accept: str) -> None:
    choice = negotiate(f"{accept},text/turtle", offered=OFFERED)
    assert choice.representation in OFFERED


def test_vary() -> None:
    assert VARY == "Accept"


def test_alternate_url_is_the_content_location() -> None:
    assert alternate_url("http://example.org/doc/document/1", TURTLE).endswith("/1.ttl")


def test_link_alternates_lists_every_representation() -> None:
    header = link_alternates("http://example.org/doc/document/1", representations())
    assert header.split(", ") == [
        f'<http://example.org/doc/document/1.{r.extension}>; rel="alternate"; type="{r.media_type}"'
        for r in representations()
    ]


def test_link_targets_become_uris() -> None:
    link = Link('http://example.org/doc/a b<>"é\r\n?q=1#f', "alternate")
    assert str(link) == '<http://example.org/doc/a%20b%3C%3E%22%C3%A9%0D%0A?q=1#f>; rel="alternate"'


def test_link_parameters_are_quoted_strings() -> None:
    link = Link("http://example.org/", "describedby", media_type='a"b\\c', profile="p")
    assert str(link) == '<http://example.org/>; rel="describedby"; type="a\\"b\\\\c"; profile="p"'


@pytest.mark.parametrize("value", ["a\r\nSet-Cookie: x=1", "a\x00", "é"])
def test_link_parameters_cannot_break_the_header(value: str) -> None:
    with pytest.raises(ValueError, match="Link header"):
        str(Link("http://example.org/", value))


def test_signposting() -> None:
    links = signposting(
        cite_as="http://example.org/id/document/1",
        described_by=[("http://example.org/doc/document/1.ttl", "text/turtle")],
        license="https://creativecommons.org/licenses/by/4.0/",
        types=["https://schema.org/AboutPage", "https://schema.org/ArchiveComponent"],
    )
    assert link_header(links) == ", ".join(
        [
            '<http://example.org/id/document/1>; rel="cite-as"',
            '<http://example.org/doc/document/1.ttl>; rel="describedby"; type="text/turtle"',
            '<https://schema.org/AboutPage>; rel="type"',
            '<https://schema.org/ArchiveComponent>; rel="type"',
            '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
        ]
    )


def test_signposting_without_anything_is_empty() -> None:
    assert signposting() == []
    assert link_header([]) == ""
