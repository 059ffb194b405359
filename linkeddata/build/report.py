"""What a build found, per file: the SHACL report as RDF, a readable summary, manifest entries,
and the pages of the report as the site shows it.

The RDF report is rebuilt from the validation results with IRIs (no blank nodes), sorted, so
the same collection gives the same report byte for byte. At 100,000 documents it holds a
million triples: the server never reads it to answer a request, but sends the files written
here, and shows the findings a page of files at a time (:func:`report_pages`). Every finding
reads as a compiler's does, ``file:line: severity: message`` (``file: severity: message`` for
a finding on the whole file, such as a SHACL result): the command line and ``validation.txt``
print the same :class:`Finding` lines.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from rdflib.namespace import RDF, XSD

from ..errors import Location
from ..iris import Iris
from ..rdf_terms import iri
from ..record import ParseWarning
from ..release.layout import Release
from ..shacl.validate import ValidationResult
from ..vocab import ADO, SH
from .report_formats import link_formats, write_formats
from .sorted_dumps import PREFIX_IRIS

SEVERITIES = ("Violation", "Warning", "Info")
PAGE_FILES = 50
PAGE_FINDINGS = 200
"""A page of the HTML report holds up to this many files and findings (a file with more
findings has a page of its own, and only this many of them listed)."""
LEVELS = ("error", "violation", "warning", "info")
"""The severities of a :class:`Finding`, most serious first: an unreadable file, a SHACL
Violation (the document is left out), a parse or SHACL Warning, a SHACL Info."""
_TYPE = iri(RDF.type)
_SH_REPORT = iri(SH.ValidationReport)
_SH_RESULT_CLASS = iri(SH.ValidationResult)
_SH_CONFORMS = iri(SH.conforms)
_SH_RESULT = iri(SH.result)
_SH_FOCUS = iri(SH.focusNode)
_SH_SEVERITY = iri(SH.resultSeverity)
_SH_MESSAGE = iri(SH.resultMessage)
_SH_SHAPE = iri(SH.sourceShape)
_SH_PATH = iri(SH.resultPath)
_SH_VALUE = iri(SH.value)
_SOURCE_FILE = iri(ADO.sourceFile)
_BOOLEAN = iri(XSD.boolean)
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

    def findings(self) -> list[Finding]:
        """Everything found on this file: by line, then the findings on the whole file."""
        located = [("error", e) for e in self.errors] + [("warning", w) for w in self.warnings]
        found = [Finding(Location(self.file, f["line"]), kind, f["message"]) for kind, f in located]
        found += [
            Finding(Location(self.file), r.severity.lower(), f"<{r.focus}> {r.message}")
            for r in self.results
        ]
        return sorted(found, key=lambda f: (f.location.line == 0, f.location.line, f.rank))


@dataclass(frozen=True)
class Finding:
    """One thing a build found on a file, as printed.

    >>> print(Finding(Location("bad.txt", 3), "warning", "cannot read the date line"))
    bad.txt:3: warning: cannot read the date line
    """

    location: Location
    severity: str  # one of LEVELS
    message: str

    @property
    def rank(self) -> int:
        return LEVELS.index(self.severity)

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"


def validation_triples(iris: Iris, reports: list[FileReport]) -> list[ox.Triple]:
    """One ``sh:ValidationReport`` for the whole build, one result node per finding.

    A result's IRI names its file and its place among that file's results
    (``#result-000/17.txt-2``), not among all of them: adding or removing a file leaves the
    other files' results as they were, so an incremental build changes only those of the
    files that changed (:mod:`.store_checkpoint`).

    Built as Oxigraph terms: the report is only ever serialised, and at one result per
    finding (tens of thousands in a large build) rdflib's graph was most of its cost.
    """
    report = ox.NamedNode(iris.report())
    violations = any(r.severity == "Violation" for fr in reports for r in fr.results)
    triples = [
        ox.Triple(report, _TYPE, _SH_REPORT),
        ox.Triple(report, _SH_CONFORMS, _FALSE if violations else _TRUE),
    ]
    for file_report in sorted(reports, key=lambda fr: fr.file):
        source = ox.Literal(file_report.file)
        prefix = f"{report.value}#result-{quote(file_report.file, safe='/')}-"
        for n, result in enumerate(file_report.results, 1):
            node = ox.NamedNode(f"{prefix}{n}")  # per file: a change elsewhere keeps it
            triples += [
                ox.Triple(report, _SH_RESULT, node),
                ox.Triple(node, _TYPE, _SH_RESULT_CLASS),
                ox.Triple(node, _SH_FOCUS, ox.NamedNode(result.focus)),
                ox.Triple(node, _SH_SEVERITY, iri(SH[result.severity])),
                ox.Triple(node, _SH_MESSAGE, ox.Literal(result.message, language="en")),
                ox.Triple(node, _SH_SHAPE, ox.NamedNode(result.shape)),
                ox.Triple(node, _SOURCE_FILE, source),
            ]
            if result.path:
                triples.append(ox.Triple(node, _SH_PATH, ox.NamedNode(result.path)))
            if result.value is not None:
                triples.append(ox.Triple(node, _SH_VALUE, ox.Literal(result.value)))
    return triples


def write_turtle(path: Path, report: list[ox.Triple]) -> None:
    """Write the report (:func:`validation_triples`) as the release publishes it."""
    ox.serialize(sorted(report, key=str), str(path), ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS)


def summary_text(reports: list[FileReport]) -> str:
    """A plain-text account of every file that was excluded, failed, or drew findings."""
    lines = [str(f) for fr in sorted(reports, key=lambda r: r.file) for f in fr.findings()]
    totals = Counter(fr.status for fr in reports if fr.kind == "document")
    severities = Counter(r.severity for fr in reports for r in fr.results)
    head = (
        f"{totals.total()} documents: {totals['published']} published, "
        f"{totals['excluded']} excluded (SHACL Violations), {totals['error']} unreadable; "
        + ", ".join(f"{severities[s]} {s}" for s in SEVERITIES)
    )
    return "\n".join([head, *lines]) + "\n"


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


def write_report(
    release: Release,
    report: list[ox.Triple],
    graph: ox.NamedNode,
    reports: list[FileReport],
    pool: Pool | None = None,
    same_as: Release | None = None,
) -> Callable[[], None]:
    """The report in every RDF format (sorted; in ``graph`` for the formats that carry graphs),
    readable, and as the pages of the HTML report with their index.

    The RDF formats but one are written in ``pool`` when given: the function returned waits
    for them. ``same_as``: a release whose report holds the same triples, whose RDF files
    are linked instead.
    """
    release.report.mkdir(parents=True, exist_ok=True)
    if same_as is not None and link_formats(same_as, release):
        written: Callable[[], None] = lambda: None  # noqa: E731 - nothing left to wait for
    else:
        written = write_formats(release, sorted(report, key=str), graph, pool)
    release.report_file("txt").write_text(summary_text(reports), encoding="utf-8")
    summary, pages = report_pages(reports)
    offsets = []
    with open(release.report_pages, "wb") as lines:
        for page in pages:
            offsets.append(lines.tell())
            lines.write(json.dumps(page, ensure_ascii=False).encode() + b"\n")
    index = {**summary, "pages": offsets}
    release.report_index.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return written


def report_pages(reports: list[FileReport]) -> tuple[dict[str, Any], list[list[dict[str, Any]]]]:
    """The report's summary (conformance, findings per severity, files) and its pages: the files
    with SHACL findings by name, each with its counts and (up to :data:`PAGE_FINDINGS`) its
    findings.

    >>> from linkeddata.shacl.validate import ValidationResult
    >>> found = ValidationResult("http://x/id/d", None, "Warning", "odd", "http://x/s", None)
    >>> summary, pages = report_pages([FileReport("b.txt", results=[found]), FileReport("a.txt")])
    >>> summary["counts"], summary["files"], [[f["file"] for f in page] for page in pages]
    ({'Violation': 0, 'Warning': 1, 'Info': 0}, 1, [['b.txt']])
    """
    pages: list[list[dict[str, Any]]] = [[]]
    shown = 0
    for fr in sorted((fr for fr in reports if fr.results), key=lambda fr: fr.file):
        findings = [_finding(r) for r in fr.results[:PAGE_FINDINGS]]
        if pages[-1] and (len(pages[-1]) == PAGE_FILES or shown + len(findings) > PAGE_FINDINGS):
            pages.append([])
            shown = 0
        counts = fr.counts()
        pages[-1].append(
            {
                "file": fr.file,
                "status": fr.status,
                "counts": {s: counts[s] for s in SEVERITIES},
                "findings": findings,
                "more": len(fr.results) - len(findings),
            }
        )
        shown += len(findings)
    severities = Counter(r.severity for fr in reports for r in fr.results)
    summary = {
        "conforms": not severities["Violation"],
        "counts": {s: severities[s] for s in SEVERITIES},
        "files": sum(len(page) for page in pages),
        "checked": len(reports),
    }
    return summary, [page for page in pages if page]


def _finding(result: ValidationResult) -> dict[str, Any]:
    return {
        "severity": result.severity,
        "focus": result.focus,
        "path": result.path,
        "value": result.value,
        "message": result.message,
        "shape": result.shape,
    }
