"""``linkeddata export-static`` served by a real nginx with no server behind it: what the export
holds is answered by nginx alone (the dereferencing tests of ``test_server_live.py`` check that
the answers are the server's), and the rest is handed on (here to nobody: 502).

Each test runs for a base without a path and for one with a path
(``http://127.0.0.1:8080/archive/``), which nginx serves under ``/archive``; for the latter,
nginx and the server it hands on to (run with ``SCRIPT_NAME=/archive``) are also checked to
answer alike."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from live import BROWSER_ACCEPT, LiveServer, build_release, fetch, free_port, seed_collection, serve
from nginx import Nginx, serve_export

from linkeddata.web.nginx_maps import accept_map
from linkeddata.web.nginx_syntax import ConfigurationError, quoted

pytestmark = pytest.mark.live

DOC = "/doc/document/116702"
MOUNT = "/archive"
ARCHIVE_BASE = f"http://127.0.0.1:8080{MOUNT}/"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed collection for a base with a path, and its release."""
    folder = tmp_path_factory.mktemp("archive")
    documents = seed_collection(folder / "documents", f'base = "{ARCHIVE_BASE}"\n')
    return documents, build_release(documents, folder / "out")


@pytest.fixture(scope="module", params=["", MOUNT], ids=["root", "path"])
def alone(
    request: pytest.FixtureRequest,
    release: Path,
    archive: tuple[Path, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Nginx]:
    """nginx serving the export (of a release for a base without a path, or with one; its
    URL ends with that path), its upstream a port nothing listens on."""
    mount: str = request.param
    out = archive[1] if mount else release
    target = tmp_path_factory.mktemp("alone")
    with serve_export(out, target, f"http://127.0.0.1:{free_port()}", mount) as nginx:
        yield nginx


@pytest.fixture(scope="module")
def behind(
    archive: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Nginx, LiveServer]]:
    """nginx serving the export of the release for a base with a path, in front of the
    server, which runs under that path."""
    documents, out = archive
    logs = tmp_path_factory.mktemp("behind")
    with (
        serve(documents, out, logs, mount=MOUNT) as server,
        serve_export(out, logs / "export", server.url, MOUNT) as nginx,
    ):
        yield nginx, server


def mount_of(nginx: Nginx) -> str:
    return urlsplit(nginx.url).path


@pytest.mark.parametrize(
    ("path", "accept", "media_type"),
    [
        (DOC, None, "text/turtle"),
        (DOC, "*/*", "text/turtle"),
        (DOC, BROWSER_ACCEPT, "text/html"),
        (DOC, "application/json", "application/ld+json"),
        (DOC, "application/x-bibtex", "application/x-bibtex"),
        (f"{DOC}.nq", "text/html", "application/n-quads"),
        (f"{DOC}.csl.json", None, "application/vnd.citationstyles.csl+json"),
        ("/doc/place/pyongyang", "text/turtle", "text/turtle"),
        ("/ontology", "text/html", "text/html"),
        ("/shapes.ttl", None, "text/turtle"),
        ("/.well-known/void", "application/ld+json", "application/ld+json"),
    ],
)
def test_exported_representations_need_no_server(
    alone: Nginx, path: str, accept: str | None, media_type: str
) -> None:
    reply = fetch(alone.url + path, headers={"Accept": accept} if accept else {})
    assert reply.status == 200, alone.log_tail()
    assert reply.media_type == media_type
    assert reply.header("ETag")
    assert reply.header("Link")
    assert reply.header("Vary") == "Accept"


def test_validators_ranges_and_see_other_need_no_server(alone: Nginx) -> None:
    tag = fetch(alone.url + DOC).header("ETag")
    assert tag
    assert fetch(alone.url + DOC, headers={"If-None-Match": f'"x", W/{tag}'}).status == 304
    assert fetch(alone.url + DOC, headers={"If-None-Match": '"x"'}).status == 200
    not_modified = fetch(alone.url + DOC, headers={"If-None-Match": tag})
    assert not_modified.status == 304
    assert not_modified.header("ETag") == tag
    # a cache updates its stored headers from a 304: no Content-Type, no Content-Length: 0
    assert not_modified.header("Content-Type") is None
    assert not_modified.header("Content-Length") is None
    head = fetch(alone.url + DOC, method="HEAD")
    assert head.status == 200
    assert head.body == b""
    assert head.header("ETag") == tag
    part = fetch(alone.url + DOC, headers={"Range": "bytes=0-9"})
    assert part.status == 206
    assert len(part.body) == 10
    see_other = fetch(alone.url + "/id/document/116702")
    assert see_other.status == 303
    assert see_other.header("Location") == mount_of(alone) + DOC
    assert see_other.header("Link") == f'<{mount_of(alone)}{DOC}>; rel="describedby"'


def test_every_link_nginx_writes_is_under_the_mount_point(alone: Nginx) -> None:
    mount = mount_of(alone)
    reply = fetch(alone.url + DOC, headers={"Accept": "text/html"})
    assert reply.header("Content-Location") == f"{mount}{DOC}.html"
    links = [part.split(">")[0].lstrip(" <") for part in (reply.header("Link") or "").split(",")]
    local = [link for link in links if link.startswith("/")]
    assert f"{mount}{DOC}.jsonld" in local
    assert len(local) > 3
    assert all(link.startswith(f"{mount}/") for link in local), local
    assert f"{mount}/graph/document/116702" in local
    if mount:
        assert fetch(alone.url.removesuffix(mount) + DOC).status == 404, "outside: not ours"
        assert fetch(alone.url.removesuffix(mount) + "/sparql").status == 404


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/sparql", {}),  # never exported
        ("/search", {}),
        (DOC, {"Accept": "text/turtle;q=0.5, text/html"}),  # q-values: the server decides
        (DOC + "?format=ttl", {}),  # a query string
        (DOC, {"Accept": 'application/ld+json;profile="http://www.w3.org/ns/json-ld#expanded"'}),
        ("/doc/place/pyongyang", {"Accept": "application/x-bibtex"}),  # not offered: the 406
        ("/doc/no/such/thing", {}),  # the 404
        (DOC, {"Host": "elsewhere.example"}),  # refused by the server
    ],
)
def test_everything_else_is_handed_to_the_server(
    alone: Nginx, path: str, headers: dict[str, str]
) -> None:
    assert fetch(alone.url + path, headers=headers).status == 502


SAME_HEADERS = (
    "Content-Type", "ETag", "Last-Modified", "Link", "Location", "Content-Location", "Vary",
    "Cache-Control", "Access-Control-Allow-Origin",
)  # fmt: skip


@pytest.mark.parametrize(
    ("path", "accept"),
    [
        (DOC, "text/turtle"),
        (DOC, BROWSER_ACCEPT),
        (f"{DOC}.jsonld", None),
        ("/doc/place/pyongyang", "application/ld+json"),
        ("/id/document/116702", "text/turtle"),
        ("/ontology", None),
        ("/.well-known/void", "text/turtle"),
        ("/doc/no/such/thing", BROWSER_ACCEPT),  # the server's 404 page
        ("/doc/place/pyongyang", "application/x-bibtex"),  # the server's 406
        ("/search?q=pyongyang", BROWSER_ACCEPT),
        ("/sparql?query=ASK%7B%7D", "application/sparql-results+json"),
    ],
)
def test_under_a_path_nginx_and_the_server_answer_alike(
    behind: tuple[Nginx, LiveServer], path: str, accept: str | None
) -> None:
    nginx, server = behind
    headers = {"Accept": accept} if accept else {}
    ours = fetch(nginx.url + path, headers=headers)
    theirs = fetch(server.url + path, headers=headers)
    assert ours.status == theirs.status, nginx.log_tail()
    assert ours.status in (200, 303, 404, 406)
    host = urlsplit(nginx.url).netloc  # the search's links are absolute, with the Host

    def same(value: str | None) -> str | None:
        return value.replace(urlsplit(server.url).netloc, host) if value else value

    redirect = ours.status == 303  # its body and Content-Type are nginx's own
    for name in SAME_HEADERS:
        if not (redirect and name == "Content-Type"):
            assert ours.header(name) == same(theirs.header(name)), name
    if not redirect:
        assert ours.body.decode() == same(theirs.body.decode())
    if ours.status == 303:
        assert (ours.header("Location") or "").startswith(f"{MOUNT}/doc/")
    hrefs = re.findall(rb'href="(/[^"]*)"', ours.body)
    assert all(href.startswith(MOUNT.encode() + b"/") for href in hrefs), hrefs[:5]


@pytest.mark.parametrize("extension", ["ttl", "jsonld", "nq", "rdf"])
def test_under_a_path_descriptions_are_of_the_bases_iris(
    behind: tuple[Nginx, LiveServer], extension: str
) -> None:
    from rdflib import Dataset, URIRef

    nginx, _server = behind
    reply = fetch(f"{nginx.url}{DOC}.{extension}")
    assert reply.status == 200
    parser = {"ttl": "turtle", "jsonld": "json-ld", "nq": "nquads", "rdf": "xml"}[extension]
    dataset = Dataset()
    if extension == "nq":
        dataset.parse(data=reply.body, format=parser)
    else:
        dataset.default_graph.parse(data=reply.body, format=parser)
    document = URIRef(f"{ARCHIVE_BASE}id/document/116702")
    objects = {o for s, _p, o, _g in dataset.quads() if s == document}
    assert URIRef(f"{ARCHIVE_BASE}id/place/pyongyang") in objects


def test_accept_map_is_the_servers_negotiation() -> None:
    found = accept_map()
    assert found[BROWSER_ACCEPT.replace(",image/avif,image/webp", "")] == "html"
    assert found["text/n3"] == "ttl"
    assert found["application/xml"] == "rdf"
    assert "image/png" not in found, "a 406 is the server's to write"


def test_a_dollar_cannot_reach_the_configuration() -> None:
    with pytest.raises(ConfigurationError):
        quoted("<http://example.org/$x>")
    assert quoted("it's") == "'it\\'s'"


def test_an_answer_nginx_would_not_send_alike_stops_the_export() -> None:
    """The export checks each answer's headers against what the configuration sends: a
    difference fails it instead of being served."""
    from werkzeug.datastructures import Headers

    from linkeddata.formats import BY_NAME
    from linkeddata.web.negotiation import representations
    from linkeddata.web.static_export import ExportError, _checked

    turtle, offered = BY_NAME["turtle"], list(representations())
    good = {
        "Content-Type": turtle.content_type,
        "Cache-Control": "public, max-age=300",
        "Vary": "Accept",
        "Content-Location": f"{DOC}.ttl",
        "Link": f'<{DOC}.jsonld>; rel="alternate"; type="application/ld+json", <x>; rel="type"',
    }
    assert _checked(f"{DOC}.ttl", Headers(good), turtle, DOC, offered) == ', <x>; rel="type"'
    for name, value in [
        ("Content-Location", f"{DOC}.jsonld"),
        ("Vary", "Accept, Origin"),
        ("Link", '<x>; rel="type"'),
    ]:
        with pytest.raises(ExportError):
            _checked(f"{DOC}.ttl", Headers({**good, name: value}), turtle, DOC, offered)


def test_exporting_a_folder_without_a_release_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from live import ROOT

    target = tmp_path / "export"
    command = [sys.executable, "-m", "linkeddata", "export-static", str(target)]
    done = subprocess.run(
        [*command, "--out", str(tmp_path / "nothing")], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'nothing'} holds no release: build one first (linkeddata build)"
    ]
    assert not target.exists()
