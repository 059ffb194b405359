"""``linkeddata export-static``: every representation of every resource as a file, for nginx.

The files are what the server itself answers: each one is fetched from the app of the release
(in process, no network), so the bytes, ETags and Link headers are the server's by
construction. The headers nginx cannot take from a file (the ETag, the Signposting links) go
into nginx ``map`` files; every other header of an exported answer is checked to be the one
the generated configuration sends (:mod:`linkeddata.web.nginx_conf`), so an export that nginx
could not mirror fails here instead of serving something else. Files get the release's build
time as their modification time: nginx's ``Last-Modified``.

Only what is the same for every client is exported: a resource's representations under
``/doc/``, the ontology, the shapes and the dataset description. Everything else (``/id/``
with unusual characters, ``/sparql``, search, listings, pages of the site, errors, odd Accept
headers) nginx hands to the server.

A base with a path is exported under it: the app answers at that mount point (as the server
run with ``SCRIPT_NAME`` set to it does), and the files and maps are by the whole URL path.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path

import pyoxigraph as ox
from flask.testing import FlaskClient

from ..errors import LinkedDataError
from ..formats import Format, of_kind
from ..release.switch import current
from . import create_app
from .http_cache import DESCRIPTION_CACHE
from .link_headers import announced_alternate, link_header
from .negotiation import VARY, representations
from .nginx_conf import FILES, write_configuration
from .nginx_maps import EVERY, Maps
from .nginx_syntax import SAFE_PATH, mount_point
from .published import Published
from .releases import Releases

WHOLE_GRAPHS = ("/ontology", "/shapes", "/.well-known/void")
PLAIN = representations()  # what a resource that is not a document offers


class ExportError(LinkedDataError):
    """An answer of the server that the static export cannot reproduce."""


@dataclass
class Export:
    """What an export wrote."""

    folder: Path
    resources: int = 0
    files: int = 0
    bytes: int = 0
    maps: Maps = field(default_factory=Maps)


def export_static(
    out: Path, target: Path, *, upstream: str, listen: str, workers: int = 1
) -> Export:
    """Write the current release of ``out`` into ``target``: ``files/``, the maps and
    ``nginx.conf`` (listening on ``listen``, handing the rest to the server at ``upstream``),
    rendering in ``workers`` processes.

    ``target`` is replaced whole: a file left from another release would be served as this one.
    """
    if current(out) is None:
        raise ExportError(f"{out} holds no release: build one first (linkeddata build)")
    with Releases(out).held() as published:  # held: no build removes it meanwhile
        mount_point(published.base)  # one that nginx cannot serve stops the export now
        paths = [*resource_paths(published), *WHOLE_GRAPHS]
        if target.exists():
            shutil.rmtree(target)
        files = target / FILES
        files.mkdir(parents=True)
        chunks = [paths[i::workers] for i in range(workers)]
        if workers == 1:
            parts = [_export_paths(out, files, paths)]
        else:  # spawned: an Oxigraph handle must never cross a fork
            with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
                parts = list(pool.map(_export_paths, repeat(out), repeat(files), chunks))
        export = Export(target)
        for part in parts:
            export.resources += part.resources
            export.files += part.files
            export.bytes += part.bytes
            export.maps.etags |= part.maps.etags
            export.maps.signposts |= part.maps.signposts
        write_configuration(target, export.maps, published, upstream=upstream, listen=listen)
    return export


def _export_paths(out: Path, files: Path, paths: list[str]) -> Export:
    """Export ``paths`` with an app of this process's own."""
    app = create_app(out)
    try:
        with app.extensions["linkeddata"].held() as published:
            export = Export(files.parent)
            built = published.built.timestamp()
            with app.test_client() as client:
                for path in paths:
                    if _export_resource(client, published.base, path, files, built, export):
                        export.resources += 1
        return export
    finally:
        app.extensions["linkeddata.sparql"].close()


def resource_paths(published: Published) -> Iterator[str]:
    """``/doc/...`` of every resource of the release whose path nginx can match as it is
    (the others, percent-encoded or odd, are left to the server)."""
    prefix = f"{published.base}id/"
    literal = ox.Literal(prefix)  # its SPARQL form, quoted and escaped
    found = published.store.query(
        f"SELECT DISTINCT ?s WHERE {{ ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), {literal}))}}"
    )
    assert isinstance(found, ox.QuerySolutions)
    for row in found:
        subject = row["s"]
        assert isinstance(subject, ox.NamedNode)
        path = subject.value.removeprefix(prefix)
        if SAFE_PATH.fullmatch(path):
            yield f"/doc/{path}"


def _export_resource(
    client: FlaskClient, base: str, path: str, files: Path, built: float, export: Export
) -> bool:
    """Write every representation of ``path`` (a path of the app: the mount point of
    ``base`` is the test client's script root); whether it has any."""
    url = mount_point(base) + path  # what a client asks nginx for
    answers = {}
    citation = of_kind("citation")[0]
    cites = client.get(path, base_url=base, headers={"Accept": citation.media_type})
    for rep in EVERY if cites.status_code == 200 else PLAIN:
        reply = client.get(f"{path}.{rep.extension}", base_url=base)
        if reply.status_code == 200:
            answers[rep] = reply
        elif reply.status_code != 404:
            raise ExportError(f"{path}.{rep.extension}: {reply.status}")
    offered = [rep for rep in EVERY if rep in answers]
    signposts: set[str] = set()
    for rep, reply in answers.items():
        name = f"{url}.{rep.extension}"
        signposts.add(_checked(name, reply.headers, rep, url, offered))
        file = files / name.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(reply.data)
        os.utime(file, (built, built))
        export.maps.etags[name] = str(reply.headers["ETag"])
        export.files += 1
        export.bytes += len(reply.data)
    if len(signposts) > 1:
        raise ExportError(f"{path}: the representations link to different things")
    if signposts:
        export.maps.signposts[url] = signposts.pop()
    return bool(answers)


def _checked(name: str, headers: object, rep: Format, path: str, offered: list[Format]) -> str:
    """The Signposting links of one answer (its Link header after the alternate), once its
    other headers are checked to be those nginx sends."""
    get = headers.get  # type: ignore[attr-defined]  # werkzeug's Headers
    expected = {
        "Content-Type": rep.content_type,
        "Cache-Control": DESCRIPTION_CACHE,
        "Vary": VARY,
        "Content-Location": name,
    }
    wrong = {k: get(k) for k, v in expected.items() if get(k) != v}
    if wrong:
        raise ExportError(f"{name}: headers nginx would not send alike: {wrong}")
    alternate = announced_alternate(path, offered, rep)
    head = link_header([alternate]) if alternate else ""
    links = str(get("Link") or "")
    if not links.startswith(head):
        raise ExportError(f"{name}: the Link header does not start with {head!r}")
    rest = links[len(head) :]
    if rest and not re.match(r"^, <", rest):
        raise ExportError(f"{name}: unexpected Link header {links!r}")
    return rest
