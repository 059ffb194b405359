"""The lists many documents hold, found once by the build (linkeddata.search.frequent): each
is what the match pass returns for its text, and a search reading them answers as one that
runs the pass, without running it."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from linkeddata.search import frequent, matching
from linkeddata.search.docsets import DocSet
from linkeddata.search.facts import Entity, Facts
from linkeddata.search.index import SearchIndex
from linkeddata.search.results import Search
from linkeddata.search.writer import IndexWriter

WORDS = ["telegram", "telephone", "embassy", "party", "treaty", "harvest", "railway", "of"]
RARE = ["zinc", "quartz", "ivory"]
PEOPLE = [Entity(f"http://x.org/id/person/{n}", "persons", name, (name,)) for n, name in
          enumerate(["Пак Хон Ён", "Kim Il Sung", "平壤 Pyongyang"])]  # fmt: skip


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 documents; lists of 60 documents or more are kept (:data:`frequent.MINIMUM` 1)."""
    rng = random.Random(5)
    patch = pytest.MonkeyPatch()
    patch.setattr(frequent, "MINIMUM", 1)
    path = Path(tmp_path_factory.mktemp("frequent")) / "search.sqlite"
    writer = IndexWriter(path)
    writer.add(
        [
            Facts(
                iri=f"http://x.org/id/document/{n}",
                key=str(n),
                title=" ".join(rng.choices(WORDS, k=5)),
                date=f"{1950 + n % 30}-01-01",
                editorial=False,
                summary=" ".join(rng.choices(WORDS, k=20)) + f" {RARE[n % 3]}" * (n % 20 == 0),
                texts=(),
                values={"type": (f"http://x.org/type/{n % 4}",), "person": (PEOPLE[n % 3].iri,)},
                entities=(PEOPLE[n % 3],),
            )
            for n in range(600)
        ]
    )
    writer.finish()
    patch.undo()
    return path


def _kept(path: Path) -> dict[tuple[str, str], bytes]:
    with sqlite3.connect(path) as db:
        found = db.execute("SELECT source, match, documents FROM frequent")
        return {(source, match): blob for source, match, blob in found}


def test_each_list_kept_is_what_its_pass_returns(path: Path) -> None:
    kept = _kept(path)
    keys = {match for _, match in kept}
    assert {'"telegram"', '"of"', '"tel"*', '"tele"*', '"пак"', '"平"'} <= keys
    assert not {'"zinc"', '"quartz"'} & keys  # in fewer than one document in ten
    assert any(source == "pairs" for source, _ in kept)
    assert all("\ue000" not in match for _, match in kept)  # facet tokens: facet_values
    db = sqlite3.connect(path)
    size = db.execute("SELECT max(id) + 1 FROM documents").fetchone()[0]

    def execute(sql: str, *parameters: object) -> sqlite3.Cursor:
        return db.execute(sql, parameters)

    for source, match in kept:
        read = frequent.read(execute, source, match, size)
        assert read is not None
        found = frequent.rows(execute, source, match, size)
        assert read.bytemap == found.bytemap, (source, match)
        assert found.count >= 60
    db.close()


QUERIES = [
    "telegram",
    "TELEGRAM",
    "Telegram embassy",
    "tele*",
    "TEL*",
    "telep*",
    '"party of"',
    '"Party Of" harvest',
    "пак",
    "ПАК",
    "平壤",
    "zinc",
    "telegram -party",
    "telegram OR zinc",
]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("facets", [(), ("type",), ("person", "type")])
def test_searches_answer_as_the_match_pass_would(
    path: Path, text: str, facets: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(path) as db:
        first = "SELECT key FROM facet_values WHERE facet = ? ORDER BY id LIMIT 1"
        filters = tuple((f, db.execute(first, (f,)).fetchone()[0]) for f in facets)
    engine = SearchIndex(path)
    with_lists = engine.search(Search(text, filters))
    engine.close()
    monkeypatch.setattr(matching, "read", lambda *_: None)
    without = SearchIndex(path)
    assert with_lists == without.search(Search(text, filters))
    without.close()


def test_a_frequent_word_is_not_looked_up_in_the_text(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passes: list[str] = []
    rows = matching.rows

    def counted(execute: frequent.Execute, table: str, match: str, size: int) -> DocSet:
        passes.append(match)
        return rows(execute, table, match, size)

    monkeypatch.setattr(matching, "rows", counted)
    engine = SearchIndex(path)
    for text in ("Telegram", "tele*", '"party of"', "zinc"):
        engine.search(Search(text))
    engine.close()
    assert [p for p in passes if "\ue002" not in p] == ['("zinc")']


def test_one_connection_finds_the_lists_the_writer_shared_between_two(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer shares the passes with a second connection in a thread of its own; a patched
    index finds them again with one: the same lists either way."""
    copy = tmp_path / "search.sqlite"
    shutil.copyfile(path, copy)
    monkeypatch.setattr(frequent, "MINIMUM", 1)
    with sqlite3.connect(copy) as db:
        assert frequent.write(db) == 0.0  # nothing ran beside
    assert _kept(copy) == _kept(path)
    with sqlite3.connect(copy) as db, sqlite3.connect(copy, check_same_thread=False) as beside:
        db.execute("DELETE FROM frequent")
        db.commit()
        frequent.write(db, beside)
    assert _kept(copy) == _kept(path)
