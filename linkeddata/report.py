"""What a build found, per file: the SHACL report as RDF, a readable summary, the manifest.

The RDF report is rebuilt from the validation results with IRIs (no blank nodes), sorted, so
the same collection gives the same report byte for byte.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from .iris import Iris
from .record import ParseWarning
from .validation import ValidationResult
from .vocab import ADO, SH

SEVERITIES = ("Violation", "Warning", "Info")


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


def validation_graph(iris: Iris, reports: list[FileReport]) -> Graph:
    """One ``sh:ValidationReport`` for the whole build, one result node per finding."""
    report = URIRef(iris.entity("report", "validation"))
    graph = Graph(identifier=URIRef(iris.graph("report")))
    graph.add((report, RDF.type, SH.ValidationReport))
    violations = any(r.severity == "Violation" for fr in reports for r in fr.results)
    graph.add((report, SH.conforms, Literal(not violations)))
    n = 0
    for file_report in sorted(reports, key=lambda fr: fr.file):
        for result in file_report.results:
            n += 1
            node = URIRef(f"{report}#result-{n}")
            graph.add((report, SH.result, node))
            graph.add((node, RDF.type, SH.ValidationResult))
            graph.add((node, SH.focusNode, URIRef(result.focus)))
            graph.add((node, SH.resultSeverity, SH[result.severity]))
            graph.add((node, SH.resultMessage, Literal(result.message, lang="en")))
            graph.add((node, SH.sourceShape, URIRef(result.shape)))
            graph.add((node, ADO.sourceFile, Literal(file_report.file)))
            if result.path:
                graph.add((node, SH.resultPath, URIRef(result.path)))
            if result.value is not None:
                graph.add((node, SH.value, Literal(result.value)))
    return graph


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


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON atomically (temp file, then rename)."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    os.replace(partial, path)


def file_entry(fr: FileReport) -> dict[str, Any]:
    entry = asdict(fr)
    entry.pop("results")
    entry["validation"] = {s: fr.counts()[s] for s in SEVERITIES}
    return entry
