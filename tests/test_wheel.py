"""The package as a user installs it: a wheel in a fresh virtualenv, run outside the checkout.

The virtualenv gets the wheel alone (``--no-deps --no-index``: nothing is fetched); its
dependencies are those of the test environment, reached through a ``.pth`` line, so the only
``linkeddata`` it can import is the installed one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import rdflib
from live import fetch, serve

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{command}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the project's wheel installed; its ``bin`` folder."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"  # the project's files, not ignored ones: building in the checkout
    # would leave files behind
    listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for name in filter(None, listed.stdout.split("\0")):
        if not (ROOT / name).is_file():
            continue  # deleted, not yet committed
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    dist = tmp / "dist"
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    run(*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(dist), source)
    (wheel,) = dist.glob("linkeddata-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for resource in (
        "linkeddata/ontology/ado.ttl",
        "linkeddata/ontology/concepts.ttl",
        "linkeddata/ontology/shapes/record.ttl",
        "linkeddata/web/templates/resource.html",
        "linkeddata/queries/people.rq",
        "linkeddata/py.typed",
    ):
        assert resource in names, f"{resource} is not in the wheel"
    venv = tmp / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))")
    dependencies = Path(rdflib.__file__).parent.parent
    assert dependencies == Path(sysconfig.get_path("purelib"))
    (Path(site.stdout.strip()) / "dependencies.pth").write_text(f"{dependencies}\n")
    run(*pip, "--python", python, "install", "--no-deps", "--no-index", wheel)
    return venv / "bin"


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A folder outside the checkout holding a copy of the collection."""
    shutil.copytree(ROOT / "documents", tmp_path / "documents")
    return tmp_path


def test_the_installed_package_is_the_wheel(installed: Path, elsewhere: Path) -> None:
    where = run(
        installed / "python", "-c", "import linkeddata; print(linkeddata.__file__)", cwd=elsewhere
    )
    assert Path(where.stdout.strip()).is_relative_to(installed.parent)


def test_the_installed_package_builds(installed: Path, elsewhere: Path) -> None:
    done = run(installed / "linkeddata", "build", "documents", "--out", "build", cwd=elsewhere)
    assert "release written to build" in done.stdout
    assert (elsewhere / "build" / "current" / "store").is_dir()
    assert (elsewhere / "build" / "dumps" / "dataset.nq.gz").is_file()


def test_the_installed_package_serves(installed: Path, elsewhere: Path) -> None:
    documents = elsewhere / "documents"
    program = (str(installed / "linkeddata"),)
    with serve(documents, elsewhere / "build", elsewhere, program=program, cwd=elsewhere) as live:
        answer = fetch(f"{live.url}/doc/document/116702", headers={"Accept": "text/turtle"})
    assert answer.status == 200
    graph = rdflib.Graph().parse(data=answer.text, format="turtle")
    assert (None, None, rdflib.URIRef("https://www.ica.org/standards/RiC/ontology#Record")) in graph
