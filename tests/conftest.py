"""The fixtures shared by the test modules: one release of ``documents/``, an app, a live server.

Building the release is the costly part, so it happens once per session and every module reads
the same one (nothing writes to it). The helpers these fixtures use (``build_release``,
``serve``, ``fetch``) are in ``live.py``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from engines import oxigraph_server, virtuoso
from flask import Flask
from flask.testing import FlaskClient
from live import DOCUMENTS, SEARCH_DOCUMENTS, LiveServer, build_release, serve
from playwright.sync_api import Browser, sync_playwright
from test_browser import CHROMIUM, CHROMIUM_ARGS

from linkeddata.sparql.service import Limits
from linkeddata.web import create_app

# Low enough that a test can hit them with the seed release in moments.
APP_LIMITS = Limits(max_rows=50, timeout=10)


@pytest.fixture(scope="module", autouse=True)
def collect_cycles_on_the_main_thread() -> Iterator[None]:
    """Collect a module's reference cycles on the main thread once it is done.

    pyoxigraph's query results may only be freed by the thread that made them; a cycle that
    holds one, left by in-process tests, is otherwise freed by whichever thread next triggers
    the collector, such as a live test's client thread, and pytest turns the resulting
    "unsendable" warning into that later test's failure.
    """
    yield
    gc.collect()


@pytest.fixture(scope="session")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output folder of a release of ``documents/`` (built once per session)."""
    return build_release(DOCUMENTS, tmp_path_factory.mktemp("release"))


@pytest.fixture(scope="session")
def app(release: Path) -> Iterator[Flask]:
    """The app on the session's release, in process; its query processes end with the session."""
    application = create_app(release, config={"SPARQL_LIMITS": APP_LIMITS})
    yield application
    application.extensions["linkeddata.sparql"].close()


@dataclass(frozen=True)
class Backend:
    """The SPARQL engine a suite runs on: ``url`` None is the embedded store."""

    name: str
    url: str | None


BACKENDS = ("embedded", "oxigraph-server", "virtuoso")


@pytest.fixture(scope="session", params=BACKENDS)
def sparql_backend(
    request: pytest.FixtureRequest, release: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Backend]:
    """Each SPARQL engine in turn, holding the session's release: the embedded store, then
    a real Oxigraph server and a real Virtuoso started here (one at a time) and loaded with
    ``linkeddata load --to``. Suites that take it (or ``backend_app``) run once per engine."""
    name = request.param
    if name == "embedded":
        yield Backend(name, None)
        return
    folder = tmp_path_factory.mktemp(name)
    timeout = APP_LIMITS.timeout
    start = oxigraph_server(folder, timeout) if name == "oxigraph-server" else None
    with start or virtuoso(folder, release, timeout) as engine:
        engine.load(release)
        yield Backend(name, engine.query_url)


@pytest.fixture(scope="session")
def backend_app(release: Path, sparql_backend: Backend) -> Iterator[Flask]:
    """The app on the session's release, answering /sparql on ``sparql_backend``."""
    config = {"SPARQL_LIMITS": APP_LIMITS, "SPARQL_BACKEND": sparql_backend.url}
    application = create_app(release, config=config)
    yield application
    application.extensions["linkeddata.sparql"].close()


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as test_client:
        yield test_client


@pytest.fixture(scope="module")
def live_server(release: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """``linkeddata serve documents`` on 127.0.0.1, one per test module."""
    with serve(DOCUMENTS, release, tmp_path_factory.mktemp("serve-log")) as server:
        yield server


@pytest.fixture(scope="session")
def search_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release of the search fixtures, five documents in five languages (built once)."""
    return build_release(SEARCH_DOCUMENTS, tmp_path_factory.mktemp("search-release"))


@pytest.fixture(scope="session")
def search_app(search_release: Path) -> Iterator[Flask]:
    application = create_app(search_release, config={"SPARQL_LIMITS": APP_LIMITS})
    yield application
    application.extensions["linkeddata.sparql"].close()


@pytest.fixture
def search_client(search_app: Flask) -> Iterator[FlaskClient]:
    with search_app.test_client() as test_client:
        yield test_client


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless, for the browser tests of a module."""
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
