"""Build a release: every record of a collection parsed, mapped, validated, loaded and dumped.

Documents are converted in parallel worker processes (parsing first, because replies are
linked across the collection); the main process streams their sorted N-Quads into one file,
bulk-loads it into an on-disk Oxigraph store and writes the dumps. A document with SHACL
Violations or a parse error is left out and listed; ``strict`` refuses to publish at all.
Nothing is published until everything is written (see :mod:`linkeddata.release`).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rdflib import Graph

from . import __version__, release
from .authority import Authority, load_authority
from .errors import BuildError
from .iris import DEFAULT_BASE, Iris
from .mapping import Context
from .pipeline import Converted, Parsed, Worker, read_and_parse
from .publish import Written, static_graphs, write_release
from .record import ParseWarning, Record
from .report import FileReport, file_entry, write_json
from .resources import shapes_graph

AUTHORITY_FILE = "authorities.ttl"
Progress = Callable[[str, int], None]


@dataclass
class BuildResult:
    """What a build did: per-file reports, counts, timings, and where the release is."""

    reports: list[FileReport]
    triples: int = 0
    published: bool = False
    release: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def conforms(self) -> bool:
        return not any(r.status in ("excluded", "error") for r in self.reports)

    @property
    def exit_code(self) -> int:
        return 0 if self.conforms and self.published else 1


def find_records(root: Path) -> list[Path]:
    """Every ``*.txt`` file below ``root`` (hidden folders skipped), in a stable order."""
    if not root.is_dir():
        raise BuildError(f"{root}: not a folder of documents")
    files = [
        p
        for p in root.rglob("*.txt")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


@dataclass
class Build:
    """One build of ``root`` into ``out``; :meth:`run` does it, :meth:`check` only validates."""

    root: Path
    out: Path | None = None
    base: str = DEFAULT_BASE
    strict: bool = False
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    progress: Progress | None = None
    iris: Iris = field(init=False)
    authority: Authority = field(init=False, default_factory=Authority)

    def __post_init__(self) -> None:
        self.iris = Iris(self.base)

    def _tick(self, stage: str, n: int = 1) -> None:
        if self.progress is not None:
            self.progress(stage, n)

    def convert(self) -> tuple[list[FileReport], list[Converted], dict[str, float]]:
        """Parse, map and validate every record; nothing is written."""
        files = find_records(self.root)
        authority, reports = self._authority()
        timings: dict[str, float] = defaultdict(float)
        parsed = list(self._map(_parse_one, [(self.root, f) for f in files], "parse"))
        by_source = {p.source: FileReport(p.source) for p in parsed}
        good = self._triage(parsed, by_source)
        context = Context(self.iris, authority, _registry_index(p.record for p in good))
        _init_worker(context, shapes_graph(self.iris))
        converted = []
        for item in self._map(_convert_one, good, "convert"):
            fr = by_source[item.source]
            fr.id, fr.triples, fr.results = item.id, item.triples, item.results
            for warning in item.warnings:
                fr.warn(warning)
            if not item.conforms:
                fr.status = "excluded"
            for stage, seconds in item.seconds.items():
                timings[stage] += seconds
            converted.append(item)
        return [*reports, *by_source.values()], converted, dict(timings)

    def _authority(self) -> tuple[Authority, list[FileReport]]:
        path = self.root / AUTHORITY_FILE
        if not path.exists():
            report = FileReport(AUTHORITY_FILE, "authority", status="missing")
            self.authority = Authority()
            report.warn(ParseWarning("no authority file: names are linked to local stubs only"))
            return self.authority, [report]
        self.authority = load_authority(path, self.iris)
        return self.authority, []

    def _triage(self, parsed: list[Parsed], reports: dict[str, FileReport]) -> list[Parsed]:
        """Records that can be mapped; unreadable files and duplicate ids are reported."""
        seen: dict[str, str] = {}
        good = []
        for item in parsed:
            fr = reports[item.source]
            if item.error is not None:
                fr.status = "error"
                fr.errors.append({"line": item.error.location.line, "message": item.error.message})
                continue
            assert item.record is not None
            fr.id = item.record.id.value
            if fr.id in seen:
                fr.status = "error"
                fr.errors.append(
                    {
                        "line": item.record.id.line,
                        "message": f"id {fr.id} is already used by {seen[fr.id]}",
                    }
                )
                continue
            seen[fr.id] = item.source
            good.append(item)
        return good

    def _map(self, fn: Callable[[Any], Any], items: list[Any], stage: str) -> Iterator[Any]:
        if self.workers <= 1 or len(items) < 50:
            for item in items:
                yield fn(item)
                self._tick(stage)
            return
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(self.workers) as pool:
            for result in pool.imap(fn, items, chunksize=32):
                yield result
                self._tick(stage)

    def run(self) -> BuildResult:
        """Build and, unless strict mode refuses, publish a release into ``out``."""
        if self.out is None:
            raise BuildError("no output folder given")
        start = time.perf_counter()
        reports, converted, timings = self.convert()
        static = static_graphs(self.iris, self.authority, reports)
        result = BuildResult(reports, timings=timings)
        if self.strict and not result.conforms:
            return result
        published = [c for c in converted if c.conforms]
        staging = release.staging(self.out)
        try:
            written = write_release(staging, self.iris, published, static, reports)
            result.triples = written.triples
            result.timings.update(written.timings, total=time.perf_counter() - start)
            write_json(staging / "manifest.json", manifest(self, result, written))
            result.release = release.publish(self.out, staging, written.release_id)
        except OSError as exc:
            raise BuildError(f"cannot write the release into {self.out}: {exc}") from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        result.published = True
        return result


def manifest(build: Build, result: BuildResult, written: Written) -> dict[str, Any]:
    """The machine-readable account of a release (what the CLI summary is printed from)."""
    counts = Counter(r.status for r in result.reports if r.kind == "document")
    return {
        "release": written.release_id,
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "converter": __version__,
        "base": build.iris.base,
        "documents": {"files": counts.total(), **counts},
        "triples": result.triples,
        "dumps": [
            {
                "name": d.name,
                "mediaType": d.format.media_type,
                "encoding": "gzip",
                "size": d.size,
                "sha256": d.sha256,
            }
            for d in written.dumps
        ],
        "timings": {k: round(v, 3) for k, v in sorted(result.timings.items())},
        "files": [file_entry(r) for r in sorted(result.reports, key=lambda r: r.file)],
    }


_WORKER: Worker | None = None


def _init_worker(context: Context, shapes: Graph) -> None:
    global _WORKER
    _WORKER = Worker(context, shapes)


def _parse_one(args: tuple[Path, Path]) -> Parsed:
    return read_and_parse(*args)


def _convert_one(parsed: Parsed) -> Converted:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.convert(parsed)


def _registry_index(records: Iterable[Record | None]) -> dict[str, tuple[str, ...]]:
    """Registry number -> ids of the documents that bear it (several means ambiguous)."""
    index: dict[str, list[str]] = defaultdict(list)
    for record in records:
        if record is None:
            continue
        numbers = [n.value for n in (record.title.registry_numbers if record.title else ())]
        for number in dict.fromkeys([*numbers, *(n.value for n in record.body_registry_numbers)]):
            index[number].append(record.id.value)
    return {k: tuple(v) for k, v in index.items()}
