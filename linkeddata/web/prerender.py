"""Rendering a staged release's document descriptions at build time (``build --prerender``).

Each document is described once by the server's own code (:func:`~.things.lookup`,
:func:`~.things.facts`, :func:`~.things.body`) in a request for its canonical URL
(``/doc/...``, at the root of the server), and its facts and bodies in the chosen formats are
written under the keys the server looks them up by into the release's ``bodies.sqlite``
(:mod:`.prebuilt`): the bytes a server would have rendered on the first request, and the same
ETags, since those never depend on the body. A server mounted under a path, or a URL with
an explicit extension, misses these keys and renders as before.

The documents are shared among ``workers`` processes, each with its own app on the staged
release; the parent writes what they send back.
"""

from __future__ import annotations

import json
import multiprocessing
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from flask import Flask, request
from werkzeug.test import EnvironBuilder

from ..errors import BuildError
from ..formats import BY_NAME, Format
from ..release.layout import Release
from . import create_app, entities, things
from .negotiation import representations
from .pinning import PIN, Pin
from .prebuilt import BodiesWriter
from .respond import PATH_SAFE, body_key, own_path
from .shared_cache import key_text

CHUNK = 200
"""Documents a worker renders per task."""
Row = tuple[str, bytes | str]


def formats_named(names: str) -> tuple[Format, ...]:
    """The formats of a comma-separated list of names (``turtle,jsonld,html``); BuildError
    for a name that is not one of a document's representations.

    >>> [f.name for f in formats_named("turtle, html")]
    ['turtle', 'html']
    >>> formats_named("sparql")
    Traceback (most recent call last):
    ...
    linkeddata.errors.BuildError: --prerender: sparql is not a representation of a document...
    """
    offered = {f.name: f for f in representations(*things.CITATIONS)}
    chosen = []
    for name in (n.strip() for n in names.split(",")):
        if name and name not in offered:
            known = ", ".join(offered)
            raise BuildError(f"--prerender: {name} is not a representation of a document; {known}")
        if name:
            chosen.append(BY_NAME[name])
    return tuple(dict.fromkeys(chosen))


@dataclass(frozen=True)
class Prerendered:
    """What :func:`prerender` wrote: documents, bodies, bytes, and the CPU it took."""

    documents: int
    bodies: int
    size: int
    cpu: float


def prerender(folder: Path, formats: Sequence[Format], workers: int = 1) -> Prerendered:
    """Render the documents of the release in ``folder`` (its manifest written) in
    ``formats`` into its ``bodies.sqlite``."""
    release = Release(folder)
    listed = json.loads(release.listing("documents").read_text(encoding="utf-8"))
    iris = [iri for _key, iri, _label in listed]
    chunks = [iris[i : i + CHUNK] for i in range(0, len(iris), CHUNK)]
    names = tuple(f.name for f in formats)
    bodies = size = 0
    own, workers_cpu = time.process_time(), 0.0
    pooled = workers > 1 and len(chunks) > 1
    partial = release.bodies.with_name(f".{release.bodies.name}.partial")
    partial.unlink(missing_ok=True)
    with BodiesWriter(partial) as writer:
        for rows, spent in _rendered(folder, names, chunks, workers if pooled else 1):
            workers_cpu += spent if pooled else 0.0
            for key, value in rows:
                writer.put_text(key, value)
                size += len(value)
            bodies += sum(1 for key, _ in rows if not key.startswith("('facts'"))
    partial.rename(release.bodies)
    return Prerendered(len(iris), bodies, size, time.process_time() - own + workers_cpu)


def _rendered(
    folder: Path, names: tuple[str, ...], chunks: list[list[str]], workers: int
) -> Iterator[tuple[list[Row], float]]:
    if workers <= 1:
        _start(folder)
        yield from (_chunk(names, chunk) for chunk in chunks)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(min(workers, len(chunks)), _start, (folder,)) as pool:
        yield from pool.imap(_Task(names), chunks)


class _Task:
    """A chunk of documents to render in ``names`` (picklable, for the pool)."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names

    def __call__(self, chunk: list[str]) -> tuple[list[Row], float]:
        return _chunk(self.names, chunk)


_APP: list[tuple[Flask, Pin, tempfile.TemporaryDirectory[str]]] = []


def _start(folder: Path) -> None:
    """The app of this process on the staged release (an output folder whose ``current``
    names it, as a build's does once it is published)."""
    out = tempfile.TemporaryDirectory(prefix="linkeddata-prerender-")
    (Path(out.name) / "current").symlink_to(folder.resolve())
    app = create_app(out.name)
    pin = Pin(app.extensions["linkeddata"])
    pin.get()
    _APP[:] = [(app, pin, out)]


def _chunk(names: tuple[str, ...], iris: list[str]) -> tuple[list[Row], float]:
    """The facts and bodies of the documents ``iris``, with the CPU they took here."""
    start = time.process_time()
    app, pin, _out = _APP[0]
    release = pin.get()
    rows: list[Row] = []
    prefix = f"{release.base}id/"
    template = EnvironBuilder(path="/doc/").get_environ()
    for iri in iris:
        if not iri.startswith(prefix):
            continue
        url = "/doc/" + quote(iri[len(prefix) :], safe=PATH_SAFE)
        with app.request_context(_environ(template, url)):
            request.environ[PIN] = pin
            found = things.lookup(release, iri)
            text = things.facts(release, found)
            rows.append((key_text(things.facts_key(iri)), text))
            if found is None:
                continue
            known = things.Facts.of_text(text)
            reps = [r for r in known.offered if r.name in names]
            for rep, rendered in zip(reps, things.bodies(release, found, known, reps), strict=True):
                key = body_key(entities.page_key(iri), rep, own_path())
                rows.append((key_text(key), rendered))
    return rows, time.process_time() - start


def _environ(template: dict[str, Any], url: str) -> dict[str, Any]:
    """The WSGI environ of a GET of ``url`` (an ASCII path, escapes and all) at the root of
    the server: ``template`` (a test request's) with its path. Building each with Werkzeug's
    test builder was a tenth of a document's rendering."""
    path = unquote_to_bytes(url).decode("latin-1")  # PEP 3333: the path's bytes, unescaped
    return {**template, "PATH_INFO": path, "REQUEST_URI": url, "RAW_URI": url}
