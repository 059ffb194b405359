"""A release's search index keeps its recent answers: the same search asked again, or
another page of it, is answered as a fresh index would answer it, without the match pass."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from linkeddata.search import index
from linkeddata.search.facts import Facts
from linkeddata.search.index import SearchIndex
from linkeddata.search.results import Search
from linkeddata.search.writer import IndexWriter

WORDS = ["archive", "telegram", "embassy", "minister", "party", "treaty", "harvest", "railway"]


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(11)
    path = Path(tmp_path_factory.mktemp("recent")) / "search.sqlite"
    writer = IndexWriter(path)
    writer.add(
        [
            Facts(
                iri=f"http://example.org/id/document/{n}",
                key=str(n),
                title=" ".join(rng.choices(WORDS, k=4)),
                date=f"{1950 + n % 30}-01-01",
                editorial=False,
                summary=" ".join(rng.choices(WORDS, k=30)),
                texts=(),
                values={"type": (f"http://example.org/type/{n % 3}",)},
            )
            for n in range(300)
        ]
    )
    writer.finish()
    return path


@pytest.fixture
def passes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the match passes the engine runs."""
    ran: list[str] = []
    matches = index.matches

    def counted(*args: object, **kwargs: object) -> object:
        ran.append(args[1].expression)  # type: ignore[attr-defined]
        return matches(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "matches", counted)
    return ran


def _fresh(path: Path, search: Search) -> str:
    engine = SearchIndex(path)
    try:
        return repr(engine.search(search))
    finally:
        engine.close()


def test_a_search_asked_again_is_the_same_answer(path: Path, passes: list[str]) -> None:
    engine = SearchIndex(path)
    search = Search("party", (("type", "http://example.org/type/1"),))
    first = engine.search(search)
    assert engine.search(Search("party", (("type", "http://example.org/type/1"),))) is first
    assert len(passes) == 1
    assert repr(first) == _fresh(path, search)
    engine.close()


@pytest.mark.parametrize("by_date", [False, True])
def test_other_pages_reuse_the_match_pass(path: Path, passes: list[str], by_date: bool) -> None:
    engine = SearchIndex(path)
    asked = [Search("treaty railway", offset=o, limit=10, by_date=by_date) for o in (0, 10, 20)]
    asked.append(Search("treaty railway", limit=10, by_date=by_date, more="year"))
    answers = [engine.search(search) for search in asked]
    assert len(passes) == 1
    engine.search(Search("treaty railway", limit=10, by_date=not by_date))
    assert len(passes) == 2  # the other order is another pass
    engine.close()
    assert len({tuple(h.key for h in a.hits) for a in answers[:3]}) == 3  # three pages
    assert [repr(a) for a in answers] == [_fresh(path, search) for search in asked]


def test_only_the_last_answers_are_kept(
    path: Path, passes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "ANSWERS", 2)
    monkeypatch.setattr(index, "MATCHED", 2)
    engine = SearchIndex(path)
    for word in ("party", "treaty", "archive", "party"):
        engine.search(Search(word))
    assert passes == ['"party"', '"treaty"', '"archive"', '"party"']
    engine.close()


def test_the_index_is_read_through_a_memory_map(path: Path) -> None:
    engine = SearchIndex(path)
    engine.search(Search("party"))
    assert engine._db().execute("PRAGMA mmap_size").fetchone()[0] > 0
    engine.close()
