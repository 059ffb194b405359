"""The dataset's own description is validated by the build like every other graph: its findings
are in the report (the RDF report in the store, validation.txt, the manifest), and a Violation
in it fails the build's exit code and ``--strict``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from live import seed_collection as collection
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from linkeddata.build import publish
from linkeddata.build.builder import Build
from linkeddata.cli import main
from linkeddata.vocab import ADO, SH

ROOT = Path(__file__).resolve().parent.parent
BASE = "http://127.0.0.1:8080/"
DATASET = f"{BASE}id/dataset"
SETTINGS = """
[dataset]
title = "Telegrams"
licence = "https://creativecommons.org/publicdomain/zero/1.0/"
publisher = { name = "Example Archive", iri = "https://archive.example.org/#archive" }
"""


def dataset_entry(out: Path) -> dict[str, Any]:
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    [entry] = [f for f in manifest["files"] if f["kind"] == "dataset"]
    return entry


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """A description with a licence given as text, not as an IRI: a Violation."""
    made: Callable[..., Graph] = publish.dataset_graph

    def with_a_text_licence(*args: Any, **kwargs: Any) -> Graph:
        graph = made(*args, **kwargs)
        graph.add((URIRef(DATASET), DCTERMS.license, Literal("CC0")))
        return graph

    monkeypatch.setattr(publish, "dataset_graph", with_a_text_licence)


def test_the_findings_on_the_description_are_in_the_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = Build(collection(tmp_path / "documents"), out, workers=1).run()
    assert result.published
    assert result.conforms
    entry = dataset_entry(out)
    assert (entry["file"], entry["status"]) == ("graph/dataset", "published")
    assert entry["validation"] == {"Violation": 0, "Warning": 2, "Info": 0}
    text = (out / "report" / "validation.txt").read_text(encoding="utf-8")
    assert f"graph/dataset: warning: <{DATASET}> The dataset has no dcterms:license." in text
    assert f"graph/dataset: warning: <{DATASET}> The dataset has no dcterms:publisher." in text
    store = ox.Store.read_only(str(out / "store"))
    query = f"""SELECT ?severity WHERE {{ GRAPH <{BASE}graph/report> {{
        ?result <{SH.focusNode}> <{DATASET}> ; <{SH.resultSeverity}> ?severity ;
            <{ADO.sourceFile}> "graph/dataset" }} }}"""
    found = [row["severity"].value for row in store.query(query)]  # type: ignore[union-attr]
    assert found == [str(SH.Warning)] * 2


def test_a_described_licence_and_publisher_leave_nothing_to_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert Build(collection(tmp_path / "documents", SETTINGS), out, workers=1).run().published
    assert dataset_entry(out)["validation"] == {"Violation": 0, "Warning": 0, "Info": 0}


@pytest.mark.usefixtures("broken")
def test_a_violation_in_the_description_is_reported(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = Build(collection(tmp_path / "documents"), out, workers=1).run()
    assert result.published
    assert not result.conforms
    assert result.exit_code == 1
    [report] = [r for r in result.reports if r.kind == "dataset"]
    assert report.status == "excluded"
    assert [(r.severity, r.path) for r in report.results if r.severity == "Violation"] == [
        ("Violation", str(DCTERMS.license))
    ]
    assert dataset_entry(out)["validation"]["Violation"] == 1


@pytest.mark.usefixtures("broken")
def test_a_violation_in_the_description_fails_strict(tmp_path: Path) -> None:
    out = tmp_path / "out"
    documents = collection(tmp_path / "documents")
    done = CliRunner().invoke(main, ["build", str(documents), "--out", str(out), "--strict"])
    assert done.exit_code == 1
    assert f"graph/dataset: violation: <{DATASET}>" in done.stderr
    assert "strict mode: nothing was published" in done.stderr
    assert not (out / "current").exists()
