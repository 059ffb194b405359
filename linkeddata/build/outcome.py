"""What a build did, as its caller, the manifest and the person running it are told."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..errors import BuildError
from ..iris import Iris
from ..ontology import digest
from ..release.layout import Census, DumpFile, Manifest, Release
from ..settings import DatasetSettings
from .file_changes import Changes
from .members import Previous
from .publish import Written
from .report import FileReport, file_entry


@dataclass
class BuildResult:
    """What a build did: per-file reports, counts, timings, and where the release is."""

    reports: list[FileReport]
    census: Census | None = None
    published: bool = False
    release: Release | None = None
    timings: dict[str, float] = field(default_factory=dict)
    how: str = ""
    """Whether the build was incremental, and what changed (or why it was a full one)."""

    @property
    def conforms(self) -> bool:
        return not any(r.status in ("excluded", "error") for r in self.reports)

    @property
    def exit_code(self) -> int:
        return 0 if self.conforms and self.published else 1


def manifest(
    result: BuildResult, written: Written, iris: Iris, dataset: DatasetSettings
) -> Manifest:
    """The account of the release: its census, dumps, timings and every file's outcome."""
    counts = Counter(r.status for r in result.reports if r.kind == "document")
    return Manifest(
        release=written.release_id,
        built=datetime.now(UTC).replace(microsecond=0),
        converter=__version__,
        base=iris.base,
        artefacts=digest(),
        census=written.census,
        dataset=dataset.to_json(),
        dumps=tuple(DumpFile(d.name, d.format.media_type, d.size, d.sha256) for d in written.dumps),
        outcome={"files": counts.total(), **counts},
        files=tuple(file_entry(r) for r in sorted(result.reports, key=lambda r: r.file)),
        timings={k: round(v, 3) for k, v in sorted(result.timings.items())},
    )


def io_error(exc: OSError, out: Path | None, stage: str) -> BuildError:
    """The failed operation and its file, whatever raised: reading inputs, writing output."""
    what = exc.strerror or str(exc)
    if exc.filename is None:
        return BuildError(f"{out}: {what} while {stage}")
    target = f"{exc.filename} -> {exc.filename2}" if exc.filename2 else str(exc.filename)
    return BuildError(f"{target}: {what} while {stage}")


def how(changes: Changes, fallback: str, patched: bool) -> str:
    """How the build went: incremental (what changed, whether the store was patched), or
    full and why (``fallback``)."""
    if fallback:
        converted = changes.converted
        return f"full build: {fallback}; {converted} document{'s' * (converted != 1)} converted"
    store = "; the store patched from the previous release's" if patched else ""
    return f"incremental build: {changes}{store}"


def shards_written(written: Written, previous: dict[str, Previous]) -> str:
    """How many of the dumps' shards were written, not copied from the ``previous`` release
    ("" without one)."""
    if not previous:
        return ""
    shards = sum(len(d.members) for d in written.dumps)
    new = sum(
        1
        for d in written.dumps
        for member in d.members
        if member[0] not in previous.get(d.format.extension, Previous()).index
    )
    return f"; {new} of {shards} shards of the dumps written, the others copied"
