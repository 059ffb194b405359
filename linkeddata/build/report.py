"""What a build found, per file: the SHACL report as RDF, a readable summary, the manifest.

The RDF report is rebuilt from the validation results with IRIs (no blank nodes), sorted, so
the same collection gives the same report byte for byte.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib.namespace import RDF, XSD

from .. import __version__
from ..ontology import digest
from ..iris import Iris
from ..record import ParseWarning
from ..shacl.validate import ValidationResult
from ..vocab import ADO, SH

if TYPE_CHECKING:
    from ..settings import DatasetSettings
    from .builder import BuildResult
    from .publish import Written

SEVERITIES = ("Violation", "Warning", "Info")
_TYPE = ox.NamedNode(str(RDF.type))
_SH_REPORT = ox.NamedNode(str(SH.ValidationReport))
_SH_RESULT_CLASS = ox.NamedNode(str(SH.ValidationResult))
_SH_CONFORMS = ox.NamedNode(str(SH.conforms))
_SH_RESULT = ox.NamedNode(str(SH.result))
_SH_FOCUS = ox.NamedNode(str(SH.focusNode))
_SH_SEVERITY = ox.NamedNode(str(SH.resultSeverity))
_SH_MESSAGE = ox.NamedNode(str(SH.resultMessage))
_SH_SHAPE = ox.NamedNode(str(SH.sourceShape))
_SH_PATH = ox.NamedNode(str(SH.resultPath))
_SH_VALUE = ox.NamedNode(str(SH.value))
_SOURCE_FILE = ox.NamedNode(str(ADO.sourceFile))
_BOOLEAN = ox.NamedNode(str(XSD.boolean))
_TRUE, _FALSE = ox.Literal("true", datatype=_BOOLEAN), ox.Literal("false", datatype=_BOOLEAN)


@dataclass
class FileReport:
    """The outcome for one file of the collection."""

    file: str
    kind: str = "document"  # document | authority | concepts
    id: str | None = None
    status: str = "published"  # published | excluded (Violations) | error (unreadable)
    triples: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    results: list[ValidationResult] = field(default_factory=list)

    def warn(self, warning: ParseWarning) -> None:
        self.warnings.append({"line": warning.line, "message": warning.message})

    def counts(self) -> Counter[str]:
        return Counter(r.severity for r in self.results)


def validation_triples(iris: Iris, reports: list[FileReport]) -> list[ox.Triple]:
    """One ``sh:ValidationReport`` for the whole build, one result node per finding.

    Built as Oxigraph terms: the report is only ever serialised, and at one result per
    finding (tens of thousands in a large build) rdflib's graph was most of its cost.
    """
    report = ox.NamedNode(iris.entity("report", "validation"))
    violations = any(r.severity == "Violation" for fr in reports for r in fr.results)
    triples = [
        ox.Triple(report, _TYPE, _SH_REPORT),
        ox.Triple(report, _SH_CONFORMS, _FALSE if violations else _TRUE),
    ]
    n = 0
    for file_report in sorted(reports, key=lambda fr: fr.file):
        source = ox.Literal(file_report.file)
        for result in file_report.results:
            n += 1
            node = ox.NamedNode(f"{report.value}#result-{n}")
            triples += [
                ox.Triple(report, _SH_RESULT, node),
                ox.Triple(node, _TYPE, _SH_RESULT_CLASS),
                ox.Triple(node, _SH_FOCUS, ox.NamedNode(result.focus)),
                ox.Triple(node, _SH_SEVERITY, ox.NamedNode(str(SH[result.severity]))),
                ox.Triple(node, _SH_MESSAGE, ox.Literal(result.message, language="en")),
                ox.Triple(node, _SH_SHAPE, ox.NamedNode(result.shape)),
                ox.Triple(node, _SOURCE_FILE, source),
            ]
            if result.path:
                triples.append(ox.Triple(node, _SH_PATH, ox.NamedNode(result.path)))
            if result.value is not None:
                triples.append(ox.Triple(node, _SH_VALUE, ox.Literal(result.value)))
    return triples


def summary_text(reports: list[FileReport]) -> str:
    """A plain-text account of every file that was excluded, failed, or drew findings."""
    lines = []
    for fr in sorted(reports, key=lambda r: r.file):
        for error in fr.errors:
            lines.append(f"{fr.file}:{error['line']}: error: {error['message']}")
        for result in fr.results:
            lines.append(f"{fr.file}: {result.severity.lower()}: {result.focus} {result.message}")
        for warning in fr.warnings:
            lines.append(f"{fr.file}:{warning['line']}: warning: {warning['message']}")
    totals = Counter(fr.status for fr in reports if fr.kind == "document")
    severities = Counter(r.severity for fr in reports for r in fr.results)
    head = (
        f"{totals.total()} documents: {totals['published']} published, "
        f"{totals['excluded']} excluded (SHACL Violations), {totals['error']} unreadable; "
        + ", ".join(f"{severities[s]} {s}" for s in SEVERITIES)
    )
    return "\n".join([head, *lines]) + "\n"


DEFAULT_GRAPH = "merge"
"""What the store's default graph holds (the manifest's ``defaultGraph``): the merge of the
named graphs. A release without it was built before the default graph was filled."""


def manifest(
    base: str, dataset: DatasetSettings, result: BuildResult, written: Written
) -> dict[str, Any]:
    """The machine-readable account of a release (what the CLI summary is printed from), with
    the dataset settings it was built with (``serve`` rebuilds when they change)."""
    counts = Counter(r.status for r in result.reports if r.kind == "document")
    return {
        "release": written.release_id,
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
        "converter": __version__,
        "base": base,
        "dataset": dataset.to_json(),
        "defaultGraph": DEFAULT_GRAPH,
        "artefacts": digest(),
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


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON atomically (temp file, then rename)."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    os.replace(partial, path)


def file_entry(fr: FileReport) -> dict[str, Any]:
    """A file's entry in the manifest (the findings counted, not listed)."""
    counts = fr.counts()
    return {
        "file": fr.file,
        "kind": fr.kind,
        "id": fr.id,
        "status": fr.status,
        "triples": fr.triples,
        "errors": fr.errors,
        "warnings": fr.warnings,
        "validation": {s: counts[s] for s in SEVERITIES},
    }
