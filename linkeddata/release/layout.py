"""A release folder and its manifest: the one place that knows where things are in a release.

::

    releases/<id>/                one immutable release (switched in by :mod:`.switch`)
        store/                    the on-disk Oxigraph store (named graphs and their merge)
        dumps/dataset.nq.gz       every named graph, N-Quads (also .ttl, .nt, .jsonld)
        report/validation.ttl     the SHACL report, in every RDF format the server offers
                                  (validation.jsonld, .nt, .nq, .trig, .rdf: served as files)
        report/validation.txt     the same, readable, with the parse errors and warnings
        report/pages.jsonl        the findings by file, one line per page of the HTML report
        report/index.json         the report's counts and where each page begins
        lists/<kind>.json         the members of a kind in the site's order, with their labels
        search.sqlite             the full-text and facet index (:mod:`linkeddata.search`)
        manifest.json             :class:`Manifest`: what was built, from what, and its census

Build, serve, the server, the SPARQL engines and the CLI find these paths through
:class:`Release` and read the manifest through :class:`Manifest`, never by spelling them out.

>>> release = Release(Path("/srv/out/releases/r1"))
>>> release.dump("nq").as_posix()
'/srv/out/releases/r1/dumps/dataset.nq.gz'
>>> release.store.name, release.manifest_file.name, release.search.name
('store', 'manifest.json', 'search.sqlite')
>>> release.report_file("nq").name, release.listing("places").as_posix()
('validation.nq', '/srv/out/releases/r1/lists/places.json')
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import ReleaseError

STORE = "store"
DUMPS = "dumps"
REPORT = "report"
LISTS = "lists"
MANIFEST = "manifest.json"
SEARCH = "search.sqlite"
BODIES = "bodies.sqlite"
"""Descriptions rendered by the build (optional: ``build --prerender``), read by the server."""
ENTRIES = (STORE, DUMPS, REPORT, LISTS, MANIFEST, SEARCH)
"""What a release folder holds; the output folder links each of them through ``current``."""
DUMP_EXTENSIONS = ("nq", "ttl", "nt", "jsonld")
DEFAULT_GRAPH = "merge"
"""What the store's default graph holds (the manifest's ``defaultGraph``): the merge of the
named graphs, each statement once. A release without it was built before it was filled."""


def dump_name(extension: str) -> str:
    """The file name of the dump in the format of ``extension``.

    >>> dump_name("ttl")
    'dataset.ttl.gz'
    """
    return f"dataset.{extension}.gz"


@dataclass(frozen=True)
class Census:
    """What a release holds, counted once by the build; every count the site shows is one of
    these, under the name that says what it counts."""

    documents: int
    """Documents published (each in a graph of its own)."""
    entities: int
    """Distinct IRIs under ``{base}id/`` typed in the documents' and curated graphs."""
    quads: int
    """Statements in the named graphs: the lines of the N-Quads dump."""
    triples: int
    """Distinct triples of the merged default graph, which SPARQL queries read: the lines of
    the N-Triples dump."""
    wikidata_links: int = 0
    """``skos:exactMatch`` statements whose object is in Wikidata."""
    example: str | None = None
    """The least IRI typed ``rico:Record``: VoID's example resource."""


@dataclass(frozen=True)
class DumpFile:
    """A written dump: file name, media type, compressed size and sha256."""

    name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """The machine-readable account of a release (``manifest.json``)."""

    release: str
    built: datetime
    converter: str
    base: str
    artefacts: str
    """sha256 of the ontology, concept and shapes files it was built from."""
    census: Census
    dumps: tuple[DumpFile, ...]
    dataset: dict[str, Any] = field(default_factory=dict)
    """The dataset settings it was built with (a release built with others is stale)."""
    outcome: dict[str, int] = field(default_factory=dict)
    """Files of the collection by status (``files``, ``published``, ``excluded``, ``error``)."""
    files: tuple[dict[str, Any], ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    default_graph: str = DEFAULT_GRAPH

    def to_json(self) -> dict[str, Any]:
        """The manifest as written to ``manifest.json``."""
        return {
            "release": self.release,
            "built": self.built.isoformat(timespec="seconds"),
            "converter": self.converter,
            "base": self.base,
            "artefacts": self.artefacts,
            "defaultGraph": self.default_graph,
            "census": asdict(self.census),
            "dataset": self.dataset,
            "documents": self.outcome,
            "dumps": [
                {
                    "name": d.name,
                    "mediaType": d.media_type,
                    "encoding": "gzip",
                    "size": d.size,
                    "sha256": d.sha256,
                }
                for d in self.dumps
            ],
            "timings": self.timings,
            "files": list(self.files),
        }

    @classmethod
    def from_json(cls, data: Any) -> Manifest:
        """Read what :meth:`to_json` wrote; KeyError, TypeError or ValueError if malformed."""
        built = datetime.fromisoformat(data["built"])
        return cls(
            release=str(data["release"]),
            built=built if built.tzinfo else built.replace(tzinfo=UTC),
            converter=str(data["converter"]),
            base=str(data["base"]),
            artefacts=str(data.get("artefacts", "")),
            census=Census(**data["census"]),
            dumps=tuple(
                DumpFile(d["name"], d["mediaType"], int(d["size"]), d["sha256"])
                for d in data["dumps"]
            ),
            dataset=dict(data.get("dataset", {})),
            outcome={k: int(v) for k, v in data.get("documents", {}).items()},
            files=tuple(data.get("files", ())),
            timings={k: float(v) for k, v in data.get("timings", {}).items()},
            default_graph=str(data.get("defaultGraph", "")),
        )


@dataclass(frozen=True)
class Release:
    """A release folder: its paths, and its manifest read and written."""

    folder: Path

    @property
    def store(self) -> Path:
        return self.folder / STORE

    @property
    def dumps(self) -> Path:
        return self.folder / DUMPS

    @property
    def report(self) -> Path:
        return self.folder / REPORT

    @property
    def search(self) -> Path:
        return self.folder / SEARCH

    @property
    def bodies(self) -> Path:
        return self.folder / BODIES

    @property
    def manifest_file(self) -> Path:
        return self.folder / MANIFEST

    @property
    def report_pages(self) -> Path:
        return self.report / "pages.jsonl"

    @property
    def report_index(self) -> Path:
        return self.report / "index.json"

    def report_file(self, extension: str) -> Path:
        """The validation report in the format of ``extension`` (``ttl``, ``nq``, ``txt``...)."""
        return self.report / f"validation.{extension}"

    def listing(self, kind: str) -> Path:
        """The members of ``kind`` (a key of :data:`linkeddata.store.KINDS`) as listed."""
        return self.folder / LISTS / f"{kind}.json"

    def dump(self, extension: str) -> Path:
        """The dump in the format of ``extension`` (``nq``, ``ttl``, ``nt``, ``jsonld``)."""
        return self.dumps / dump_name(extension)

    def listed_dump(self, manifest: Manifest, name: str) -> Path | None:
        """The file of a dump that ``manifest`` lists by ``name``; never any other path, and
        only a regular file in the release's own dumps folder: a symbolic link at the name
        (or at the folder) is refused, not followed to whatever it points at."""
        if name not in {d.name for d in manifest.dumps}:
            return None
        path = self.dumps / name
        try:
            regular = stat.S_ISDIR(os.lstat(self.dumps).st_mode) and stat.S_ISREG(
                os.lstat(path).st_mode
            )
        except OSError:
            return None
        return path if regular else None

    def read_manifest(self) -> Manifest:
        """The manifest; :class:`ReleaseError` naming the file if it is missing or unreadable."""
        try:
            data = json.loads(self.manifest_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ReleaseError(f"{self.manifest_file}: no manifest, so no release here") from None
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise ReleaseError(
                f"{self.manifest_file}: cannot read the manifest ({error})"
            ) from None
        try:
            return Manifest.from_json(data)
        except (KeyError, TypeError, ValueError) as error:
            message = f"not a manifest of this version ({type(error).__name__}: {error})"
            raise ReleaseError(f"{self.manifest_file}: {message}") from None

    def write_manifest(self, manifest: Manifest) -> None:
        """Write the manifest atomically (a temporary file renamed over it)."""
        partial = self.manifest_file.with_name(f".{MANIFEST}.partial")
        partial.write_text(manifest_text(manifest.to_json()) + "\n", encoding="utf-8")
        os.replace(partial, self.manifest_file)


def manifest_text(data: dict[str, Any]) -> str:
    """The manifest as JSON, indented, with one line per file.

    Indented JSON is written by Python's own encoder, not the C one: a line per file, each
    written by the C encoder, makes the manifest of 100,000 files seconds faster to write
    (and half the size).

    >>> print(manifest_text({"files": [{"b": 1, "a": "é"}], "z": {"y": 0}}))
    {
      "files": [
        {"a": "é", "b": 1}
      ],
      "z": {
        "y": 0
      }
    }
    """
    files = data.get("files") or []
    if not files:
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    mark = "\x00files\x00"
    text = json.dumps({**data, "files": mark}, indent=2, sort_keys=True, ensure_ascii=False)
    if text.count(json.dumps(mark)) != 1:  # another string holds the mark
        return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    lines = ",\n".join(
        f"    {json.dumps(entry, sort_keys=True, ensure_ascii=False)}" for entry in files
    )
    return text.replace(json.dumps(mark), f"[\n{lines}\n  ]", 1)
