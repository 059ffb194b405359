"""``linkeddata export-static`` served by a real nginx with no server behind it: what the export
holds is answered by nginx alone (the dereferencing tests of ``test_server_live.py`` check that
the answers are the server's), and the rest is handed on (here to nobody: 502)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live import BROWSER_ACCEPT, fetch, free_port
from nginx import Nginx, serve_export

from linkeddata.web.nginx_conf import ConfigurationError, accept_map, quoted

pytestmark = pytest.mark.live

DOC = "/doc/document/116702"


@pytest.fixture(scope="module")
def alone(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nginx]:
    """nginx serving the export, its upstream a port nothing listens on."""
    target = tmp_path_factory.mktemp("alone")
    with serve_export(release, target, f"http://127.0.0.1:{free_port()}") as nginx:
        yield nginx


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
    assert see_other.header("Location") == DOC


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
