"""pyoxigraph's query results are freed on the thread that made them, even when reading one
fails and the error is kept (:mod:`linkeddata.store.thread_bound`).

Regression: an error raised while an engine read a result (a row over the byte cap, a failing
SERVICE) left the result in its traceback's frames; kept in a reference cycle (by
``pytest.raises``, or any ``except`` that stores the error), the result was freed by the cyclic
collector on whichever thread ran it, which PyO3 reports as "unsendable ... dropped on another
thread" (and leaks the result).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator

import pyoxigraph as ox
import pytest

from linkeddata.errors import LinkedDataError
from linkeddata.sparql.engine import Job, Settings
from linkeddata.sparql.oxigraph_engine import OxigraphEngine

SETTINGS = Settings(base="http://example.org/", prefixes={}, limits_note="http://example.org/l")


@pytest.fixture
def no_automatic_collection() -> Iterator[None]:
    """Only the collections the test runs: an automatic one on this thread would hide the bug."""
    gc.collect()  # what earlier tests left, freed here on this thread
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def fail_and_keep_the_error(call: Callable[[], object]) -> None:
    """Run ``call``, which fails, and keep its error in a cycle (this frame -> the error -> its
    traceback -> this frame), as ``pytest.raises`` does in a test's frame."""
    try:
        call()
    except LinkedDataError as error:
        kept = error
    assert kept.__traceback__ is not None


def collect_on_another_thread() -> tuple[int, list[str]]:
    """A collection on another thread: the objects it freed, and what it reported."""
    reports: list[str] = []
    freed: list[int] = []
    previous = sys.unraisablehook
    sys.unraisablehook = lambda report: reports.append(f"{report.exc_value}")
    try:
        collector = threading.Thread(target=lambda: freed.append(gc.collect()))
        collector.start()
        collector.join()
    finally:
        sys.unraisablehook = previous
    return freed[0], reports


def engine() -> OxigraphEngine:
    store = ox.Store()
    for n in range(5):
        subject = ox.NamedNode(f"http://example.org/{n}")
        store.add(ox.Quad(subject, ox.NamedNode("http://example.org/p"), ox.Literal("x" * 200)))
    return OxigraphEngine(store, SETTINGS)


@pytest.mark.usefixtures("no_automatic_collection")
@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?s ?p ?o }",  # each row over the byte cap
        "CONSTRUCT WHERE { ?s ?p ?o }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",  # nobody there
    ],
)
def test_a_result_whose_reading_fails_is_freed_on_its_own_thread(query: str) -> None:
    job = Job(query, max_bytes=100)
    fail_and_keep_the_error(lambda: engine().answer(job))
    freed, reports = collect_on_another_thread()
    assert freed > 0  # the error was in a cycle, as intended
    assert [r for r in reports if "unsendable" in r] == []
