"""The validation report as the build writes it and the server sends it: never rebuilt.

Its RDF forms are files of the release (sent with ranges and validators), its HTML a page of
files at a time read by offset. The pages are tested on a copy of the session's release whose
report is replaced by one of many files, as a large build writes it.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask
from flask.testing import FlaskClient
from live import BROWSER_ACCEPT, build_release, seed_collection
from werkzeug.test import TestResponse

from linkeddata.build.report import (
    PAGE_FILES,
    PAGE_FINDINGS,
    FileReport,
    report_pages,
    validation_triples,
    write_report,
)
from linkeddata.formats import of_kind
from linkeddata.iris import Iris
from linkeddata.release.layout import Release
from linkeddata.shacl.validate import ValidationResult
from linkeddata.web import create_app, pages

BASE = "http://127.0.0.1:8080/"
SHAPE = f"{BASE}shapes#DocumentShape"
HTML = {"Accept": BROWSER_ACCEPT}
FILES = 2 * PAGE_FILES + 7  # three pages


def finding(i: int, severity: str = "Warning") -> ValidationResult:
    return ValidationResult(
        f"{BASE}id/document/{i}", None, severity, f"odd <value> {i}", SHAPE, f'"{i}"'
    )


def reports(files: int = FILES) -> list[FileReport]:
    found = [FileReport(f"{i:04d}.txt", results=[finding(i)]) for i in range(files)]
    found[3].results.append(finding(3, "Violation"))
    found[3].status = "excluded"
    return [*found, FileReport("clean.txt")]


# --- the pages, as the build cuts them -------------------------------------------------------


def test_pages_hold_the_files_with_findings_in_order_and_count_them() -> None:
    summary, cut = report_pages(reports())
    assert summary == {
        "conforms": False,
        "counts": {"Violation": 1, "Warning": FILES, "Info": 0},
        "files": FILES,
        "checked": FILES + 1,
    }
    assert [len(page) for page in cut] == [PAGE_FILES, PAGE_FILES, 7]
    names = [entry["file"] for page in cut for entry in page]
    assert names == sorted(names)
    assert "clean.txt" not in names
    assert cut[0][3]["counts"] == {"Violation": 1, "Warning": 1, "Info": 0}


def test_a_page_holds_a_bounded_number_of_findings() -> None:
    many = FileReport("many.txt", results=[finding(i) for i in range(PAGE_FINDINGS + 30)])
    few = [FileReport(f"f{i}.txt", results=[finding(i)] * 60) for i in range(5)]
    _, cut = report_pages([*few, many])
    assert all(sum(len(e["findings"]) for e in page) <= PAGE_FINDINGS for page in cut)
    (alone,) = [page for page in cut if page[0]["file"] == "many.txt"]
    assert len(alone) == 1
    assert (len(alone[0]["findings"]), alone[0]["more"]) == (PAGE_FINDINGS, 30)


def test_a_report_without_findings_has_no_pages() -> None:
    summary, cut = report_pages([FileReport("a.txt")])
    assert (summary["files"], summary["conforms"], cut) == (0, True, [])


# --- the files, as the build writes them -------------------------------------------------------


@pytest.fixture(scope="module")
def big(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session's release whose report has :data:`FILES` files with findings."""
    out = tmp_path_factory.mktemp("big") / "out"
    shutil.copytree(release, out, symlinks=True)
    found = reports()
    iris = Iris(BASE)
    graph = ox.NamedNode(iris.graph("report"))
    write_report(
        Release((out / "current").resolve()), validation_triples(iris, found), graph, found
    )
    return out


def test_the_report_is_written_in_every_rdf_format_alike(big: Path) -> None:
    release = Release((big / "current").resolve())
    turtle = {
        q.triple for q in ox.parse(path=release.report_file("ttl"), format=ox.RdfFormat.TURTLE)
    }
    assert len(turtle) > 7 * FILES
    graph = ox.NamedNode(f"{BASE}graph/report")
    for fmt in of_kind("graph"):
        parsed = list(ox.parse(path=release.report_file(fmt.extension), format=fmt.rdf))
        graphs = {q.graph_name for q in parsed}
        assert graphs == ({graph} if fmt.datasets else {ox.DefaultGraph()}), fmt.name
        assert {q.triple for q in parsed} == turtle, fmt.name


@pytest.fixture(scope="module")
def big_app(big: Path) -> Flask:
    return create_app(big)


@pytest.fixture
def big_client(big_app: Flask) -> FlaskClient:
    return big_app.test_client()


# --- the server: RDF forms from the files ------------------------------------------------------


def get(client: FlaskClient, path: str, headers: dict[str, str] | None = None) -> TestResponse:
    """A response read whole and closed (a file sent from disk stays open until then)."""
    reply = client.get(path, headers=headers or {})
    reply.get_data()
    reply.close()
    return reply


@pytest.mark.parametrize("path", ["/doc/report/validation", "/graph/report"])
@pytest.mark.parametrize("fmt", of_kind("graph"), ids=lambda f: f.name)
def test_rdf_forms_are_the_files_of_the_release(
    big_client: FlaskClient, big: Path, path: str, fmt: object
) -> None:
    extension = fmt.extension  # type: ignore[attr-defined]
    reply = get(big_client, f"{path}.{extension}")
    assert reply.status_code == 200
    assert reply.data == Release((big / "current").resolve()).report_file(extension).read_bytes()
    assert reply.headers["Content-Type"] == fmt.content_type  # type: ignore[attr-defined]
    assert reply.headers["Accept-Ranges"] == "bytes"
    assert reply.headers["Vary"]
    assert reply.headers["Content-Location"].endswith(f".{extension}")


def test_rdf_forms_are_negotiated_ranged_and_validated(big_client: FlaskClient) -> None:
    whole = get(big_client, "/doc/report/validation", {"Accept": "application/n-triples"})
    assert whole.headers["Content-Type"].startswith("application/n-triples")
    part = get(
        big_client,
        "/doc/report/validation",
        headers={"Accept": "application/n-triples", "Range": "bytes=100-199"},
    )
    assert part.status_code == 206
    assert part.data == whole.data[100:200]
    assert part.headers["Content-Range"] == f"bytes 100-199/{len(whole.data)}"
    again = get(big_client, "/doc/report/validation.nt", {"If-None-Match": whole.headers["ETag"]})
    assert (again.status_code, again.data) == (304, b"")
    stale = get(
        big_client, "/doc/report/validation.nt", {"Range": "bytes=0-9", "If-Range": '"old"'}
    )
    assert (stale.status_code, stale.data) == (200, whole.data)


# --- the server: HTML a page at a time -------------------------------------------------------


def test_the_first_page_counts_every_severity_and_links_the_next(big_client: FlaskClient) -> None:
    reply = get(big_client, "/doc/report/validation", HTML)
    page = reply.get_data(as_text=True)
    assert reply.status_code == 200
    assert f"<th>Warning</th><td>{FILES}</td>" in page
    assert "<th>Violation</th><td>1</td>" in page
    assert f"{FILES} of {FILES + 1} checked" in page
    assert "0000.txt" in page
    assert f"{PAGE_FILES - 1:04d}.txt" in page
    assert f"{PAGE_FILES:04d}.txt" not in page
    assert "odd &lt;value&gt; 0" in page  # escaped
    assert 'href="/doc/report/validation?page=2" rel="next"' in page
    assert 'href="/doc/document/0"' in page


def test_later_pages_are_pages_of_their_own(big_client: FlaskClient) -> None:
    reply = get(big_client, "/doc/report/validation?page=3", HTML)
    page = reply.get_data(as_text=True)
    assert reply.status_code == 200
    assert "Page 3 of 3" in page
    assert f"{FILES - 1:04d}.txt" in page
    assert "<th>Warning" not in page
    assert 'href="/doc/report/validation?page=2" rel="prev"' in page
    assert 'rel="next"' not in page
    assert "Vary" not in reply.headers
    assert "Content-Location" not in reply.headers
    again = get(
        big_client, "/doc/report/validation?page=3", {"If-None-Match": reply.headers["ETag"]}
    )
    assert again.status_code == 304
    other = get(big_client, "/doc/report/validation?page=2", HTML)
    assert other.headers["ETag"] != reply.headers["ETag"]
    graph = get(big_client, "/graph/report?page=2", HTML).get_data(as_text=True)
    assert 'href="/graph/report?page=3" rel="next"' in graph


@pytest.mark.parametrize(("page", "status"), [("4", 404), ("0", 404), ("x", 400), ("-1", 404)])
def test_pages_out_of_range(big_client: FlaskClient, page: str, status: int) -> None:
    assert get(big_client, f"/doc/report/validation?page={page}").status_code == status


FULL_SETTINGS = """[dataset]
licence = "https://creativecommons.org/publicdomain/zero/1.0/"
publisher = { name = "Example Archive", iri = "https://archive.example.org/#archive" }
"""


def test_a_report_without_findings_says_so(tmp_path: Path) -> None:
    """The seed with a licence and a publisher set: nothing for the shapes to recommend."""
    out = build_release(seed_collection(tmp_path / "documents", FULL_SETTINGS), tmp_path / "out")
    app = create_app(out)
    reply = get(app.test_client(), "/doc/report/validation", HTML)
    app.extensions["linkeddata.sparql"].close()
    page = reply.get_data(as_text=True)
    assert reply.status_code == 200
    assert "<th>Violation</th><td>0</td>" in page
    assert "0 pages" in page


def test_a_release_without_the_pages_is_not_found(big: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(big, old, symlinks=True)
    Release((old / "current").resolve()).report_index.unlink()
    reply = get(create_app(old).test_client(), "/doc/report/validation")
    assert reply.status_code == 404
    assert b"rebuild" in reply.data


# --- whole graphs: rendered once per release ------------------------------------------------


def test_a_whole_graph_is_rendered_once_for_parallel_first_requests(
    release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(release)
    calls: list[str] = []
    real = pages.graph_page
    started = threading.Barrier(16)

    def counted(*args: object) -> str:
        calls.append("shapes")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "graph_page", counted)
    bodies: list[bytes] = []

    def ask() -> None:
        client = app.test_client()
        started.wait()
        bodies.append(get(client, "/shapes", HTML).data)

    threads = [threading.Thread(target=ask) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["shapes"]
    assert len(set(bodies)) == 1
    assert b"<h1>Shapes</h1>" in bodies[0]
    assert get(app.test_client(), "/graph/shapes", HTML).status_code == 200
    assert calls == ["shapes", "shapes"]  # its alternates differ: a body of its own
