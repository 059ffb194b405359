"""The real server over real HTTP: ``linkeddata serve`` in a subprocess, urllib in the test.

Everything here goes through gunicorn and the network stack, as a client would: dereferencing
(303 from ``/id/``), every RDF format parsed back with rdflib and compared by isomorphism (across
formats, and against the build's N-Quads dump), content negotiation, caching and CORS headers,
signposting, citations, dumps with Range, the VoID/DCAT description of the dumps, hostile paths
and a foreign Host header. The dereferencing tests run twice: against the server, and against
nginx serving the static export of the same release (``linkeddata export-static``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from email.utils import format_datetime, parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from live import (
    BASE,
    BROWSER_ACCEPT,
    LiveServer,
    Reply,
    fetch,
    manifest,
    raw_request,
)
from nginx import Nginx, serve_export
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCAT, RDF, SKOS, XSD, Namespace

from linkeddata.iris import Iris
from linkeddata.ontology import concepts_graph
from linkeddata.vocab import ADO, SCHEMA

pytestmark = pytest.mark.live

SPDX = Namespace("http://spdx.org/rdf/terms#")
DOC = URIRef(f"{BASE}id/document/116702")
DOC_GRAPH = URIRef(f"{BASE}graph/document/116702")
PYONGYANG = URIRef(f"{BASE}id/place/pyongyang")
TOP_SECRET = URIRef(f"{BASE}id/concept/classification/top-secret")
DATASET = URIRef(f"{BASE}id/dataset")
ONTOLOGY = URIRef(str(ADO).rstrip("#"))

# name -> (path on the server, IRI it describes, or None for a whole graph)
RESOURCES: dict[str, tuple[str, URIRef | None]] = {
    "document": ("/doc/document/116702", DOC),
    "place": ("/doc/place/pyongyang", PYONGYANG),
    "concept": ("/doc/concept/classification/top-secret", TOP_SECRET),
    "dataset": ("/doc/dataset", DATASET),
    "ontology": ("/ontology", ONTOLOGY),
    "shapes": ("/shapes", None),
}
# extension -> (media type, rdflib parser)
RDF_FORMATS: dict[str, tuple[str, str]] = {
    "ttl": ("text/turtle", "turtle"),
    "jsonld": ("application/ld+json", "json-ld"),
    "nt": ("application/n-triples", "nt"),
    "nq": ("application/n-quads", "nquads"),
    "trig": ("application/trig", "trig"),
    "rdf": ("application/rdf+xml", "xml"),
}
QUAD_FORMATS = ("nq", "trig")
CITATION_FORMATS: dict[str, str] = {
    "bib": "application/x-bibtex",
    "ris": "application/x-research-info-systems",
    "csl.json": "application/vnd.citationstyles.csl+json",
    "txt": "text/x-bibliography",
}
EXTENSION_OF: dict[str, str] = {
    **{media_type: extension for extension, (media_type, _parser) in RDF_FORMATS.items()},
    **{media_type: extension for extension, media_type in CITATION_FORMATS.items()},
    "text/html": "html",
}
Served = LiveServer | Nginx  # the server itself, or nginx serving its static export
TITLE = "Telegram from Pyongyang to Bucharest, No. 76.153, TOP SECRET, May 1, 1967"


# --- helpers ---------------------------------------------------------------------------------


def parse_dataset(reply: Reply, extension: str) -> Dataset:
    """The body of ``reply`` in the format of ``extension``, as an rdflib Dataset."""
    dataset = Dataset()
    if extension in QUAD_FORMATS:
        dataset.parse(data=reply.body, format=RDF_FORMATS[extension][1])
    else:
        dataset.default_graph.parse(data=reply.body, format=RDF_FORMATS[extension][1])
    return dataset


def triples(dataset: Dataset) -> Graph:
    """Every triple of every graph of ``dataset``, in one graph."""
    graph = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def parse_graph(reply: Reply, extension: str) -> Graph:
    return triples(parse_dataset(reply, extension))


def describe_difference(expected: Graph, got: Graph, limit: int = 8) -> str:
    _both, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    lines = [f"only in expected ({len(only_expected)}):"]
    lines += [f"  {t}" for t in sorted(only_expected)[:limit]]
    lines += [f"only in answer ({len(only_got)}):"]
    lines += [f"  {t}" for t in sorted(only_got)[:limit]]
    return "\n".join(lines)


_LINK = re.compile(r'<([^>]*)>((?:\s*;\s*[\w*-]+\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^;,\s]*))*)')
_PARAM = re.compile(r'([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;,\s]*))')


def parse_links(header: str | None) -> list[tuple[str, dict[str, str]]]:
    """RFC 8288 ``Link`` values: (target, {param: value})."""
    links = []
    for match in _LINK.finditer(header or ""):
        params = {
            m[1].lower(): m[2] if m[2] is not None else m[3] for m in _PARAM.finditer(match[2])
        }
        links.append((match[1], params))
    return links


def parse_bibtex(text: str) -> tuple[str, str, dict[str, str]]:
    """One BibTeX entry: (type, key, fields), values with one level of braces removed."""
    match = re.match(r"\s*@(\w+)\s*\{\s*([^,\s]+)\s*,", text)
    assert match, f"not a BibTeX entry: {text[:80]!r}"
    fields: dict[str, str] = {}
    i = match.end()
    while True:
        field = re.compile(r"\s*(\w+)\s*=\s*").match(text, i)
        if not field:
            break
        i = field.end()
        assert text[i] == "{", f"field {field[1]} is not braced"
        depth, start = 0, i
        while True:
            char = text[i]
            if char == "\\":
                i += 2
                continue
            depth += {"{": 1, "}": -1}.get(char, 0)
            i += 1
            if depth == 0:
                break
        fields[field[1].lower()] = text[start + 1 : i - 1]
        comma = re.compile(r"\s*,?").match(text, i)
        i = comma.end() if comma else i
    assert re.fullmatch(r"\s*\}\s*", text[i:]), f"unparsed BibTeX after the fields: {text[i:]!r}"
    return match[1].lower(), match[2], fields


class _Hrefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("a", "link"):
            for name, value in attrs:
                if name == "href" and value is not None:
                    self.hrefs.append(value)


def hrefs_of(html: str) -> list[str]:
    parser = _Hrefs()
    parser.feed(html)
    return parser.hrefs


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["flask", "nginx"])
def server(
    request: pytest.FixtureRequest,
    live_server: LiveServer,
    release: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Served]:
    """The server answering the dereferencing tests: ``linkeddata serve`` itself, then nginx
    serving the static export of the same release in front of it."""
    if request.param == "flask":
        yield live_server
        return
    with serve_export(release, tmp_path_factory.mktemp("export"), live_server.url) as nginx:
        yield nginx


@pytest.fixture(scope="module")
def get(server: Served) -> Callable[[str], Reply]:
    """A memoised plain GET (no extra headers) of a path on the live server."""
    cache: dict[str, Reply] = {}

    def _get(path: str) -> Reply:
        if path not in cache:
            cache[path] = fetch(server.url + path)
        return cache[path]

    return _get


@pytest.fixture(scope="module")
def dump(release: Path) -> Dataset:
    """The build's N-Quads dump, parsed."""
    dataset = Dataset()
    data = gzip.decompress((release / "dumps" / "dataset.nq.gz").read_bytes())
    dataset.parse(data=data, format="nquads")
    return dataset


# --- dereferencing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/id/document/116702", "/doc/document/116702"),
        ("/id/place/pyongyang", "/doc/place/pyongyang"),
        ("/id/document/116702?format=ttl", "/doc/document/116702?format=ttl"),
    ],
)
def test_id_answers_303_see_other_to_its_description(
    server: Served, path: str, target: str
) -> None:
    reply = fetch(server.url + path, headers={"Accept": "text/turtle"})
    assert reply.status == 303
    location = reply.header("Location")
    assert location is not None
    assert urljoin(server.url + path, location) == server.url + target
    assert fetch(urljoin(server.url + path, location)).status == 200


# --- every format, parsed back ---------------------------------------------------------------


@pytest.mark.parametrize("extension", RDF_FORMATS)
@pytest.mark.parametrize("resource", RESOURCES)
def test_every_rdf_format_parses_and_describes_the_resource(
    get: Callable[[str], Reply], resource: str, extension: str
) -> None:
    path, iri = RESOURCES[resource]
    reply = get(f"{path}.{extension}")
    assert reply.status == 200, reply.text[:300]
    assert reply.media_type == RDF_FORMATS[extension][0]
    graph = parse_graph(reply, extension)
    assert len(graph) > 0
    if iri is not None:
        assert (iri, None, None) in graph, f"nothing about {iri} in the {extension} answer"
    else:
        assert (None, RDF.type, URIRef("http://www.w3.org/ns/shacl#NodeShape")) in graph


@pytest.mark.parametrize("resource", RESOURCES)
def test_all_formats_of_a_resource_are_isomorphic(
    get: Callable[[str], Reply], resource: str
) -> None:
    path, _iri = RESOURCES[resource]
    turtle = parse_graph(get(f"{path}.ttl"), "ttl")
    negotiated = parse_graph(get(path), "ttl")  # */* and no Accept: Turtle, the same graph
    assert isomorphic(turtle, negotiated)
    for extension in RDF_FORMATS:
        other = parse_graph(get(f"{path}.{extension}"), extension)
        assert isomorphic(turtle, other), f"{extension} differs from Turtle:\n" + (
            describe_difference(turtle, other)
        )


@pytest.mark.parametrize("extension", QUAD_FORMATS)
@pytest.mark.parametrize("resource", ["document", "place", "concept", "dataset"])
def test_own_statements_are_in_their_named_graph_as_in_the_dump(
    get: Callable[[str], Reply], dump: Dataset, resource: str, extension: str
) -> None:
    """Every quad of the dump about the resource is in the description, in the same graph;
    and nothing in a named graph of the description is absent from that graph in the dump."""
    path, iri = RESOURCES[resource]
    described = parse_dataset(get(f"{path}.{extension}"), extension)
    own = set(dump.quads((iri, None, None, None)))
    assert own, f"the dump says nothing about {iri}"
    got = {(s, p, o, g) for s, p, o, g in described.quads((None, None, None, None))}
    missing = {q for q in own if (q[0], q[1], q[2], q[3]) not in got}
    assert not missing, f"{len(missing)} quads of the dump missing, e.g. {sorted(missing)[:3]}"
    named = {q for q in got if q[3] is not None and q[3] != described.default_graph.identifier}
    assert named, "the description puts nothing in a named graph"
    invented = {q for q in named if (q[0], q[1], q[2], q[3]) not in set(dump.quads(q))}
    assert not invented, f"quads in a graph that does not hold them: {sorted(invented)[:3]}"


def test_document_description_holds_its_own_triples_from_its_named_graph(
    get: Callable[[str], Reply], dump: Dataset
) -> None:
    graph = dump.graph(DOC_GRAPH)
    own = {(s, p, o) for s, p, o in graph.triples((DOC, None, None))}
    assert len(own) > 30
    for extension in RDF_FORMATS:
        described = parse_graph(get(f"/doc/document/116702.{extension}"), extension)
        missing = {t for t in own if t not in described}
        assert not missing, f"{extension}: {len(missing)} missing, e.g. {sorted(missing)[:3]}"
    in_graph = parse_dataset(get("/doc/document/116702.nq"), "nq").graph(DOC_GRAPH)
    assert {t for t in in_graph.triples((DOC, None, None))} == own


def test_ontology_and_shapes_are_their_whole_graphs(
    get: Callable[[str], Reply], dump: Dataset
) -> None:
    for path, name in (("/ontology", "ontology"), ("/shapes", "shapes")):
        expected = Graph()
        for t in dump.graph(URIRef(f"{BASE}graph/{name}")):
            expected.add(t)
        got = parse_graph(get(f"{path}.ttl"), "ttl")
        assert isomorphic(expected, got), describe_difference(expected, got)


def test_document_description_labels_and_types_what_it_links_to(
    get: Callable[[str], Reply], dump: Dataset
) -> None:
    turtle = get("/doc/document/116702").text
    assert '"Pyongyang"@en' in turtle
    graph = parse_graph(get("/doc/document/116702.ttl"), "ttl")
    assert (PYONGYANG, SKOS.prefLabel, Literal("Pyongyang", lang="en")) in graph
    assert (PYONGYANG, RDF.type, SCHEMA.Place) in graph
    authorities = dump.graph(URIRef(f"{BASE}graph/authorities"))
    linked = {o for o in graph.objects(DOC, None) if isinstance(o, URIRef)}
    curated = {o for o in linked if (o, SKOS.prefLabel, None) in authorities}
    assert len(curated) >= 8
    for entity in curated:
        assert (entity, SKOS.prefLabel, None) in graph, f"no label for {entity}"
        for entity_type in authorities.objects(entity, RDF.type):
            assert (entity, RDF.type, entity_type) in graph, f"no type {entity_type} of {entity}"


@pytest.mark.parametrize(
    ("resource", "predicate"),
    [
        ("place", SCHEMA.mentions),
        ("place", SCHEMA.locationCreated),
        ("concept", URIRef(f"{ADO}classification")),
    ],
)
def test_entity_descriptions_hold_incoming_links(
    get: Callable[[str], Reply], resource: str, predicate: URIRef
) -> None:
    path, iri = RESOURCES[resource]
    for extension in ("ttl", "jsonld"):
        graph = parse_graph(get(f"{path}.{extension}"), extension)
        assert (DOC, predicate, iri) in graph


def test_jsonld_is_compacted_with_an_inline_context(get: Callable[[str], Reply]) -> None:
    data = json.loads(get("/doc/document/116702.jsonld").body)
    assert isinstance(data["@context"], dict), "the context must be inline, never remote"
    assert data["@context"]["id"] == f"{BASE}id/"
    ids = {node["@id"] for node in data["@graph"]}
    assert "id:document/116702" in ids


# --- content negotiation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (None, "text/turtle"),
        ("*/*", "text/turtle"),
        ("text/turtle", "text/turtle"),
        ("application/json", "application/ld+json"),
        ("application/ld+json", "application/ld+json"),
        ("application/n-triples", "application/n-triples"),
        ("application/n-quads", "application/n-quads"),
        ("application/trig", "application/trig"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("text/turtle;q=0.5, application/ld+json", "application/ld+json"),
        (BROWSER_ACCEPT, "text/html"),
        ("text/html", "text/html"),
        ("application/x-bibtex", "application/x-bibtex"),
        ("application/vnd.citationstyles.csl+json", "application/vnd.citationstyles.csl+json"),
    ],
)
def test_accept_chooses_the_representation(
    server: Served, accept: str | None, media_type: str
) -> None:
    headers = {"Accept": accept} if accept is not None else {}
    reply = fetch(f"{server.url}/doc/document/116702", headers=headers)
    assert reply.status == 200
    assert reply.media_type == media_type
    assert reply.header("Vary") == "Accept"
    location = reply.header("Content-Location") or ""
    assert location.endswith(f"/doc/document/116702.{EXTENSION_OF[media_type]}")


def test_json_accept_gives_parseable_jsonld_for_entities_too(server: Served) -> None:
    reply = fetch(f"{server.url}/doc/place/pyongyang", headers={"Accept": "application/json"})
    assert reply.media_type == "application/ld+json"
    assert (PYONGYANG, RDF.type, SCHEMA.Place) in parse_graph(reply, "jsonld")


@pytest.mark.parametrize(
    ("path", "media_type"),
    [
        ("/doc/document/116702.nt", "application/n-triples"),
        ("/doc/document/116702.html", "text/html"),
        ("/doc/document/116702.bib", "application/x-bibtex"),
        ("/doc/document/116702.csl.json", "application/vnd.citationstyles.csl+json"),
        ("/doc/document/116702?format=jsonld", "application/ld+json"),
        ("/doc/document/116702?format=rdfxml", "application/rdf+xml"),
        ("/doc/document/116702?format=application/n-quads", "application/n-quads"),
        ("/doc/document/116702?format=ris", "application/x-research-info-systems"),
        ("/ontology.ttl", "text/turtle"),
        ("/ontology?format=nt", "application/n-triples"),
        ("/.well-known/void?format=jsonld", "application/ld+json"),
    ],
)
@pytest.mark.parametrize("accept", ["text/html", "text/turtle", "image/png"])
def test_extension_and_format_parameter_override_accept(
    server: Served, path: str, media_type: str, accept: str
) -> None:
    reply = fetch(server.url + path, headers={"Accept": accept})
    assert reply.status == 200
    assert reply.media_type == media_type


@pytest.mark.parametrize(
    "path",
    [
        "/doc/document/116702?format=bogus",
        "/doc/document/116702.bogus",
        "/doc/place/pyongyang.bib",  # citations only for documents
        "/ontology.bib",
        "/ontology.bogus",
    ],
)
def test_unknown_explicit_format_is_404(server: Served, path: str) -> None:
    assert fetch(server.url + path).status == 404


def test_unacceptable_accept_is_406_listing_what_is_available(server: Served) -> None:
    reply = fetch(f"{server.url}/doc/document/116702", headers={"Accept": "image/png"})
    assert reply.status == 406
    assert reply.header("Vary") == "Accept"
    assert reply.header("Access-Control-Allow-Origin") == "*"
    for media_type in [t for t, _parser in RDF_FORMATS.values()] + list(CITATION_FORMATS.values()):
        assert media_type in reply.text, f"{media_type} not listed in the 406"
    assert "text/html" in reply.text
    alternates = {p.get("type") for _t, p in parse_links(reply.header("Link"))}
    assert "text/turtle" in alternates


def test_citations_are_not_acceptable_for_a_place(server: Served) -> None:
    reply = fetch(f"{server.url}/doc/place/pyongyang", headers={"Accept": "application/x-bibtex"})
    assert reply.status == 406
    assert "application/x-bibtex" not in reply.text


@pytest.mark.parametrize(
    "accept",
    [
        BROWSER_ACCEPT,
        "text/html",
        None,
        "*/*",
        "text/plain",
        "text/turtle",
        "application/ld+json",
        "application/json",
        "application/n-triples",
        "application/rdf+xml",
        "image/png",
    ],
)
@pytest.mark.parametrize(
    "path", ["/doc/no/such/thing", "/id-nope", "/graph/nothing", "/list/nothing", "/dumps/x.gz"]
)
def test_unknown_resources_are_404_html_for_browsers_text_otherwise(
    server: Served, path: str, accept: str | None
) -> None:
    """Browsers get an HTML page; other clients something readable that is not HTML (plain
    text, or an empty document in the RDF syntax or JSON they asked for)."""
    headers = {"Accept": accept} if accept is not None else {}
    reply = fetch(server.url + path, headers=headers)
    assert reply.status == 404
    assert "404" in reply.text
    assert reply.header("Access-Control-Allow-Origin") == "*"
    if accept is not None and accept.startswith("text/html"):
        assert reply.media_type == "text/html"
        assert re.search(r"<h1>[^<]*404", reply.text)
        return
    assert reply.media_type != "text/html", f"HTML for {accept!r}"
    assert "<h1>" not in reply.text
    parser = {media_type: extension for extension, (media_type, _p) in RDF_FORMATS.items()}
    if reply.media_type in parser:
        assert len(parse_graph(reply, parser[reply.media_type])) == 0
    elif reply.media_type.endswith("json"):
        assert json.loads(reply.body)
    else:
        assert reply.media_type == "text/plain"


def test_negotiated_404_says_it_varies_on_accept(server: Served) -> None:
    """A 404 is cacheable (``public, max-age=60``) and its body depends on Accept (HTML or
    text), so it must carry ``Vary: Accept`` or a shared cache hands browsers' HTML to API
    clients and the reverse (RFC 9110 §12.5.5)."""
    reply = fetch(f"{server.url}/doc/no/such/thing", headers={"Accept": "text/html"})
    assert reply.status == 404
    assert "public" in (reply.header("Cache-Control") or "")
    assert "Accept" in (reply.header("Vary") or ""), "404 varies on Accept without saying so"


# --- caching headers, CORS, HEAD, OPTIONS ----------------------------------------------------

NEGOTIATED = [
    "/doc/document/116702",
    "/doc/place/pyongyang",
    "/ontology",
    "/shapes",
    "/.well-known/void",
    "/doc/dataset.jsonld",
    "/doc/document/116702.bib",
]


@pytest.mark.parametrize("path", NEGOTIATED)
def test_validators_and_cache_headers(server: Served, path: str) -> None:
    url = server.url + path
    reply = fetch(url)
    assert reply.status == 200
    assert reply.header("Vary") == "Accept"
    tag = reply.header("ETag")
    assert tag is not None
    assert re.fullmatch(r'"[\x21\x23-\x7e]+"', tag), f"not a strong ETag: {tag!r}"
    last_modified = reply.header("Last-Modified")
    assert last_modified is not None
    moment = parsedate_to_datetime(last_modified)
    cache_control = reply.header("Cache-Control") or ""
    assert "public" in cache_control
    assert re.search(r"max-age=\d+", cache_control)

    again = fetch(url)
    assert again.body == reply.body, "a strong ETag promises the same bytes"
    assert again.header("ETag") == tag

    for condition in (
        {"If-None-Match": tag},
        {"If-None-Match": f'"other", W/{tag}'},
        {"If-None-Match": "*"},
        {"If-Modified-Since": last_modified},
    ):
        not_modified = fetch(url, headers=condition)
        assert not_modified.status == 304, condition
        assert not_modified.body == b""
        assert not_modified.header("ETag") == tag
        assert not_modified.header("Vary") == "Accept"
        assert not_modified.header("Cache-Control") == reply.header("Cache-Control")

    assert fetch(url, headers={"If-None-Match": '"something-else"'}).status == 200
    earlier = format_datetime(moment.replace(year=moment.year - 1), usegmt=True)
    assert fetch(url, headers={"If-Modified-Since": earlier}).status == 200


def test_every_representation_has_its_own_etag(server: Served) -> None:
    extensions = [*RDF_FORMATS, "html", *CITATION_FORMATS]
    tags = {fetch(f"{server.url}/doc/document/116702.{e}").header("ETag") for e in extensions}
    assert len(tags) == len(extensions)
    negotiated = fetch(f"{server.url}/doc/document/116702", headers={"Accept": "text/html"})
    assert negotiated.header("ETag") == fetch(f"{server.url}/doc/document/116702.html").header(
        "ETag"
    )


@pytest.mark.parametrize("path", ["/doc/document/116702", "/doc/no/such/thing", "/dumps/", "/"])
def test_cors_lets_any_origin_read_without_credentials(server: Served, path: str) -> None:
    reply = fetch(server.url + path, headers={"Origin": "https://elsewhere.example"})
    assert reply.header("Access-Control-Allow-Origin") == "*"
    assert reply.header("Access-Control-Allow-Credentials") is None
    exposed = {
        h.strip().lower() for h in (reply.header("Access-Control-Expose-Headers") or "").split(",")
    }
    assert {"etag", "link", "content-location"} <= exposed


def test_options_preflight(server: Served) -> None:
    reply = fetch(
        f"{server.url}/doc/document/116702",
        method="OPTIONS",
        headers={
            "Origin": "https://elsewhere.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "accept, if-none-match",
        },
    )
    assert 200 <= reply.status < 300
    assert reply.body == b""
    assert reply.header("Access-Control-Allow-Origin") == "*"
    assert reply.header("Access-Control-Allow-Credentials") is None
    methods = {m.strip() for m in (reply.header("Access-Control-Allow-Methods") or "").split(",")}
    assert {"GET", "HEAD"} <= methods
    allowed = {
        h.strip().lower() for h in (reply.header("Access-Control-Allow-Headers") or "").split(",")
    }
    assert {"accept", "if-none-match"} <= allowed
    assert int(reply.header("Access-Control-Max-Age") or 0) > 0


@pytest.mark.parametrize(
    "path",
    [
        "/doc/document/116702",
        "/doc/document/116702.jsonld",
        "/ontology",
        "/.well-known/void",
        "/dumps/dataset.nq.gz",
        "/context.jsonld",
    ],
)
def test_head_has_no_body_and_the_same_headers(server: Served, path: str) -> None:
    get = fetch(server.url + path)
    head = fetch(server.url + path, method="HEAD")
    assert head.status == get.status == 200
    assert head.body == b""
    for name in (
        "Content-Type",
        "Content-Length",
        "ETag",
        "Last-Modified",
        "Cache-Control",
        "Vary",
        "Content-Location",
        "Link",
        "Access-Control-Allow-Origin",
        "Accept-Ranges",
    ):
        assert head.header(name) == get.header(name), name
    assert int(get.header("Content-Length") or -1) == len(get.body)


# --- Link header: alternates and signposting -------------------------------------------------


def test_link_header_names_one_alternate_and_signposts(server: Served) -> None:
    """One rel="alternate" (pyld 3.3 fails on more, see link_headers); Signposting's
    describedby names every RDF form, and the page every representation."""
    url = f"{server.url}/doc/document/116702"
    links = parse_links(fetch(url).header("Link"))
    alternates = [(target, p["type"]) for target, p in links if p.get("rel") == "alternate"]
    assert alternates == [("/doc/document/116702.jsonld", "application/ld+json")]
    described = {p["type"]: target for target, p in links if p.get("rel") == "describedby"}
    assert set(described) == {t for t, _parser in RDF_FORMATS.values()}
    page = fetch(f"{url}.html").text
    listed = dict(re.findall(r'<link rel="alternate" type="([^"]+)" href="([^"]+)">', page))
    expected = {t: e for e, (t, _parser) in RDF_FORMATS.items()}
    expected |= {t: e for e, t in CITATION_FORMATS.items()}
    assert set(listed) == set(expected)
    for media_type, target in [*listed.items(), *described.items()]:
        assert urljoin(url, target) == f"{url}.{expected[media_type]}"
        reply = fetch(urljoin(url, target))
        assert reply.status == 200, target
        assert reply.media_type == media_type
    rels = {p.get("rel"): target for target, p in links}
    assert rels["cite-as"] == str(DOC), "cite the persistent IRI, not the document URL"
    assert "license" not in rels, "documents/linkeddata.toml gives no licence: none is claimed"
    types = {target for target, p in links if p.get("rel") == "type"}
    assert "https://schema.org/ArchiveComponent" in types


@pytest.mark.parametrize(
    "path",
    [
        "/doc/document/116702",
        "/doc/place/pyongyang",
        "/doc/dataset",
        "/.well-known/void",
        "/ontology",
        "/shapes",
        "/graph/document/116702",
        "/doc/report/validation",
    ],
)
def test_every_link_header_target_on_this_server_resolves(server: Served, path: str) -> None:
    url = server.url + path
    reply = fetch(url)
    assert reply.status == 200
    broken = []
    for target, params in parse_links(reply.header("Link")):
        absolute = urljoin(url, target)
        if not absolute.startswith(server.url):
            continue
        answer = fetch(absolute)
        if answer.status != 200 or (params.get("type") and answer.media_type != params["type"]):
            broken.append(f"{params.get('rel')} {target} -> {answer.status} {answer.media_type}")
    assert not broken, f"Link header of {path} announces what is not there:\n" + "\n".join(broken)


@pytest.mark.parametrize("resource", ["place", "concept", "ontology", "dataset"])
def test_link_header_of_other_resources(get: Callable[[str], Reply], resource: str) -> None:
    path, _iri = RESOURCES[resource]
    links = parse_links(get(path).header("Link"))
    types = [p["type"] for _t, p in links if p.get("rel") == "alternate"]
    assert types == ["application/ld+json"]
    page = get(f"{path}.html").text
    listed = set(re.findall(r'<link rel="alternate" type="([^"]+)"', page))
    assert listed == {t for t, _parser in RDF_FORMATS.values()}


# --- citations -------------------------------------------------------------------------------


def test_bibtex_citation(get: Callable[[str], Reply]) -> None:
    reply = get("/doc/document/116702.bib")
    assert reply.media_type == "application/x-bibtex"
    entry_type, key, fields = parse_bibtex(reply.text)
    assert entry_type == "misc"
    assert key == "doc-116702"
    assert fields["title"].strip("{}") == TITLE
    assert fields["author"].strip("{}") == "N. Popa"
    assert fields["year"] == "1967"
    assert fields["url"] == "https://digitalarchive.wilsoncenter.org/document/116702"


def test_ris_citation(get: Callable[[str], Reply]) -> None:
    reply = get("/doc/document/116702.ris")
    assert reply.media_type == "application/x-research-info-systems"
    lines = [line for line in reply.text.splitlines() if line.strip()]
    tags: dict[str, list[str]] = {}
    for line in lines:
        match = re.fullmatch(r"([A-Z][A-Z0-9])  - ?(.*)", line)
        assert match, f"not a RIS line: {line!r}"
        tags.setdefault(match[1], []).append(match[2])
    assert lines[0].startswith("TY  - ")
    assert lines[-1].startswith("ER  -")
    assert tags["TI"] == [TITLE]
    assert tags["AU"] == ["N. Popa"]
    assert tags["PY"] == ["1967"]
    assert tags["UR"] == ["https://digitalarchive.wilsoncenter.org/document/116702"]


def test_csl_json_citation(get: Callable[[str], Reply]) -> None:
    reply = get("/doc/document/116702.csl.json")
    assert reply.media_type == "application/vnd.citationstyles.csl+json"
    items = json.loads(reply.body)
    assert isinstance(items, list)
    assert len(items) == 1
    item = items[0]
    assert item["id"] == str(DOC)
    assert item["type"] == "manuscript"
    assert item["title"] == TITLE
    assert item["issued"] == {"date-parts": [[1967, 5, 1]]}
    assert item["author"] == [{"literal": "N. Popa"}]
    assert item["URL"] == "https://digitalarchive.wilsoncenter.org/document/116702"


def test_formatted_citation(get: Callable[[str], Reply]) -> None:
    reply = get("/doc/document/116702.txt")
    assert reply.media_type == "text/x-bibliography"
    assert "charset=utf-8" in (reply.header("Content-Type") or "")
    assert TITLE in reply.text
    assert "1967" in reply.text
    assert "N. Popa" in reply.text


# --- dumps and the dataset description ------------------------------------------------------


def test_dumps_page_lists_every_dump(live_server: LiveServer, release: Path) -> None:
    reply = fetch(f"{live_server.url}/dumps/")
    assert reply.status == 200
    assert reply.media_type == "text/html"
    hrefs = hrefs_of(reply.text)
    for item in manifest(release)["dumps"]:
        assert f"/dumps/{item['name']}" in hrefs
        assert item["sha256"] in reply.text


@pytest.mark.parametrize(
    "name", ["dataset.nq.gz", "dataset.ttl.gz", "dataset.nt.gz", "dataset.jsonld.gz"]
)
def test_dump_download_matches_the_manifest(
    live_server: LiveServer, release: Path, name: str
) -> None:
    entry = next(d for d in manifest(release)["dumps"] if d["name"] == name)
    on_disk = (release / "dumps" / name).read_bytes()
    reply = fetch(f"{live_server.url}/dumps/{name}")
    assert reply.status == 200
    assert reply.body == on_disk
    assert len(reply.body) == entry["size"]
    assert hashlib.sha256(reply.body).hexdigest() == entry["sha256"]
    assert gzip.decompress(reply.body)


def test_dump_range_requests_and_validators(live_server: LiveServer, release: Path) -> None:
    url = f"{live_server.url}/dumps/dataset.nq.gz"
    data = (release / "dumps" / "dataset.nq.gz").read_bytes()
    full = fetch(url)
    assert full.header("Accept-Ranges") == "bytes"

    part = fetch(url, headers={"Range": "bytes=10-109"})
    assert part.status == 206
    assert part.body == data[10:110]
    assert part.header("Content-Range") == f"bytes 10-109/{len(data)}"
    assert int(part.header("Content-Length") or 0) == 100

    tail = fetch(url, headers={"Range": "bytes=-20"})
    assert tail.status == 206
    assert tail.body == data[-20:]

    assert fetch(url, headers={"Range": f"bytes={len(data) + 10}-"}).status == 416

    tag = full.header("ETag")
    assert tag is not None
    assert not tag.startswith("W/")
    assert fetch(url, headers={"If-None-Match": tag}).status == 304
    assert (
        fetch(url, headers={"If-Modified-Since": full.header("Last-Modified") or ""}).status == 304
    )
    resumed = fetch(url, headers={"Range": "bytes=100-", "If-Range": tag})
    assert resumed.status == 206
    assert resumed.body == data[100:]


@pytest.mark.parametrize("name", ["manifest.json", "..", "store", "dataset.nq", "nope.gz"])
def test_only_listed_dumps_are_served(live_server: LiveServer, name: str) -> None:
    assert fetch(f"{live_server.url}/dumps/{name}").status == 404


def test_void_describes_each_dump_with_size_and_checksum(
    live_server: LiveServer, release: Path
) -> None:
    reply = fetch(f"{live_server.url}/.well-known/void", headers={"Accept": "text/turtle"})
    assert reply.status == 200
    graph = parse_graph(reply, "ttl")
    dumps = manifest(release)["dumps"]
    distributions = set(graph.objects(DATASET, DCAT.distribution))
    assert len(distributions) == len(dumps)
    for item in dumps:
        dist = URIRef(f"{BASE}dumps/{item['name']}")
        assert dist in distributions
        assert (dist, RDF.type, DCAT.Distribution) in graph
        body = fetch(f"{live_server.url}/dumps/{item['name']}").body
        on_disk = (release / "dumps" / item["name"]).read_bytes()
        size = graph.value(dist, DCAT.byteSize)
        assert isinstance(size, Literal)
        assert int(size) == item["size"] == len(on_disk) == len(body)
        checksum = graph.value(dist, SPDX.checksum)
        assert checksum is not None
        assert graph.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        value = graph.value(checksum, SPDX.checksumValue)
        assert isinstance(value, Literal)
        assert value.datatype == XSD.hexBinary
        assert str(value) == item["sha256"] == hashlib.sha256(on_disk).hexdigest()
        assert hashlib.sha256(body).hexdigest() == item["sha256"]


def test_void_and_doc_dataset_are_the_same_description(get: Callable[[str], Reply]) -> None:
    assert isomorphic(
        parse_graph(get("/.well-known/void"), "ttl"), parse_graph(get("/doc/dataset"), "ttl")
    )


# --- the rest of the site --------------------------------------------------------------------


def test_healthz_and_context(live_server: LiveServer, release: Path) -> None:
    health = fetch(f"{live_server.url}/healthz")
    assert health.status == 200
    assert json.loads(health.body) == {"status": "ok", "release": manifest(release)["release"]}
    assert "no-store" in (health.header("Cache-Control") or "")
    context = fetch(f"{live_server.url}/context.jsonld")
    assert context.status == 200
    assert json.loads(context.body)["@context"]["id"] == f"{BASE}id/"
    tag = context.header("ETag") or ""
    assert fetch(f"{live_server.url}/context.jsonld", headers={"If-None-Match": tag}).status == 304


def test_listing_pages_through_every_concept(live_server: LiveServer) -> None:
    seen: list[str] = []
    url: str | None = f"{live_server.url}/list/concepts?limit=7"
    pages = 0
    while url is not None and pages < 20:
        reply = fetch(url)
        assert reply.status == 200
        pages += 1
        entries = re.findall(r'<li><a href="(/doc/concept/[^"]+)">', reply.text)
        assert 0 < len(entries) <= 7
        seen += entries
        following = re.search(r'<a href="([^"]+)" rel="next">', reply.text)
        url = urljoin(url, following[1].replace("&amp;", "&")) if following else None
    concepts = concepts_graph(Iris()).subjects(RDF.type, SKOS.Concept)
    count = len(set(concepts))  # every concept of the schemes in ontology/concepts.ttl
    assert len(seen) == len(set(seen)) == count
    assert pages == -(-count // 7)


@pytest.mark.parametrize(
    "query", ["limit=abc", "limit=", "limit=-5", "after=%00", "after=%ff&limit=1"]
)
def test_listing_parameters_never_break_it(live_server: LiveServer, query: str) -> None:
    status = fetch(f"{live_server.url}/list/documents?{query}").status
    assert status in (200, 400)


# --- hostile requests ------------------------------------------------------------------------

PATH_TRICKS = [
    "/doc/../../etc/passwd",
    "/doc/%2e%2e/%2e%2e/etc/passwd",
    "/doc/..%2f..%2fetc%2fpasswd",
    "/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/dumps/..%2fmanifest.json",
    "/dumps/%2e%2e/x",
    "/dumps/%2e%2e%2fmanifest.json",
    "/dumps/..%5cmanifest.json",
    "/dumps/../manifest.json",
    "/dumps/%00",
    "/dumps/dataset.nq.gz%00",
    "/dumps/dataset.nq.gz%00.txt",
    "/graph/../manifest.json",
    "/graph/%00",
    "/doc/%00",
    "/doc/document/116702%00",
    "/doc/document/116702%00.ttl",
    "/doc/document/116702.ttl%00",
    "/doc/document/116702?format=%00",
    "/ontology.%00",
    "/list/%00",
    "/doc/caf%C3%A9",
    "/doc/place/%E5%B9%B3%E5%A3%A4",
    "/doc/%E2%80%AE%E2%80%8B",
    "/doc/%ff%fe%fd",
    "/doc/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd",
    "/dumps/%C3%A9.gz",
    "/doc/a%0d%0aSet-Cookie:%20x=1",
    "/doc/%20",
    "/doc/" + "a" * 8000,
    "/doc/" + "a/" * 3000,
    "/doc/" + "%C3%A9" * 1300,
    "/doc/" + "a" * 20000,
    "/dumps/" + "x" * 8000,
]


@pytest.mark.parametrize("path", PATH_TRICKS, ids=lambda p: p[:60])
def test_path_tricks_get_4xx_never_500(live_server: LiveServer, path: str) -> None:
    for accept in ("text/turtle", "text/html"):
        reply = fetch(live_server.url + path, headers={"Accept": accept})
        assert 400 <= reply.status < 500, f"{path[:80]} -> {reply.status}"
        assert b"root:" not in reply.body


@pytest.mark.parametrize(
    "target",
    [
        b"/doc/\x00",
        b"/dumps/\x00manifest.json",
        b"/doc/caf\xc3\xa9",
        b"/doc/\xff\xfe",
        b"/doc/place/\xe5\xb9\xb3\xe5\xa3\xa4",
        b"/dumps/../manifest.json",
        b"/doc/a\tb",
    ],
)
def test_raw_bytes_in_the_request_line_get_4xx(live_server: LiveServer, target: bytes) -> None:
    status = raw_request(live_server.url, b"GET " + target + b" HTTP/1.1")
    assert 400 <= status < 500


@pytest.mark.parametrize(
    "path",
    [
        "/id/%00",
        "/id/a%0a",
        "/id/caf%C3%A9",
        "/id/place/%E5%B9%B3%E5%A3%A4",
        "/id/%ff",
        "/id/" + "a" * 7000,
        "/id/../manifest.json",
        "/id/x%3E;%20rel=%22preload",
    ],
    ids=lambda p: p[:40],
)
def test_id_with_odd_paths_redirects_or_refuses_but_never_fails(
    live_server: LiveServer, path: str
) -> None:
    reply = fetch(live_server.url + path)
    assert reply.status in (303, 400, 404, 414), f"{path[:60]} -> {reply.status}"
    if reply.status == 303:
        location = reply.header("Location") or ""
        assert location.startswith("/doc/") or location.startswith(f"{live_server.url}/doc/")
        links = parse_links(reply.header("Link"))
        assert all(params.get("rel") == "describedby" for _t, params in links), links
        assert all(
            urljoin(live_server.url, t) == urljoin(live_server.url, location) for t, _p in links
        ), "the Link of a 303 must name its Location, nothing else"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080"])
def test_a_foreign_host_header_is_refused(live_server: LiveServer, host: str) -> None:
    for path in ("/doc/document/116702.ttl", "/id/document/116702", "/dumps", "/"):
        reply = fetch(f"{live_server.url}{path}", headers={"Host": host})
        assert reply.status == 400, path
        assert b"evil" not in reply.body


@pytest.mark.parametrize("host", ["127.0.0.1:8080", "localhost:1"])
def test_another_allowed_host_header_still_maps_to_the_configured_base(
    live_server: LiveServer, host: str
) -> None:
    headers = {"Host": host}
    for extension in ("ttl", "jsonld", "nq", "rdf"):
        reply = fetch(f"{live_server.url}/doc/document/116702.{extension}", headers=headers)
        assert reply.status == 200
        assert b"evil" not in reply.body
        graph = parse_graph(reply, extension)
        assert (DOC, SCHEMA.locationCreated, PYONGYANG) in graph
        terms = {term for triple in graph for term in triple if isinstance(term, URIRef)}
        assert not [t for t in terms if "evil" in t]
        assert {t for t in terms if t.startswith(f"{BASE}id/")} >= {DOC, PYONGYANG}
    html = fetch(f"{live_server.url}/doc/document/116702.html", headers=headers)
    assert b"evil" not in html.body
    assert str(DOC).encode() in html.body
    cite_as = [t for t, p in parse_links(html.header("Link")) if p.get("rel") == "cite-as"]
    assert cite_as == [str(DOC)]
    redirect = fetch(f"{live_server.url}/id/document/116702", headers=headers)
    assert redirect.status == 303
    assert "evil" not in (redirect.header("Location") or "")
    void = fetch(f"{live_server.url}/.well-known/void", headers=headers)
    assert b"evil" not in void.body
    assert (DATASET, DCAT.distribution, URIRef(f"{BASE}dumps/dataset.nq.gz")) in parse_graph(
        void, "ttl"
    )


# --- the whole site: every internal link resolves ---------------------------------------------


def _crawl(
    server: LiveServer, start: str = "/", limit: int = 2000
) -> Iterator[tuple[str, int, str]]:
    """(url, final status, first referrer) of every URL on the server reachable from ``start``."""
    origin = urlsplit(server.url)
    queue = [(server.url + start, "(start)")]
    seen = {server.url + start}
    while queue and len(seen) < limit:
        url, referrer = queue.pop(0)
        reply = fetch(url, headers={"Accept": BROWSER_ACCEPT})
        status = reply.status
        if status == 303:
            location = urljoin(url, reply.header("Location") or "")
            reply = fetch(location, headers={"Accept": BROWSER_ACCEPT})
            status = reply.status
        yield url, status, referrer
        if status != 200 or reply.media_type != "text/html":
            continue
        for href in hrefs_of(reply.text):
            target = urljoin(url, href).split("#", 1)[0]
            parts = urlsplit(target)
            if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc) or target in seen:
                continue
            seen.add(target)
            queue.append((target, url))


def test_every_internal_link_of_the_site_resolves(live_server: LiveServer) -> None:
    results = list(_crawl(live_server))
    assert len(results) > 50
    broken = [(url, status, referrer) for url, status, referrer in results if status != 200]
    report = "\n".join(
        f"  {status} {url.removeprefix(live_server.url)}  (linked from "
        f"{referrer.removeprefix(live_server.url)})"
        for url, status, referrer in broken[:40]
    )
    assert not broken, f"{len(broken)} broken internal links of {len(results)}:\n{report}"
