"""Relevance order of a phrase: bm25 of its words, over the first matches of the phrase
itself, whatever the number of documents that hold its words apart.

The index is written by :class:`~linkeddata.search.writer.IndexWriter` from synthetic facts;
the expected order is computed here the plain way (bm25 of every document holding the words,
kept if it holds the phrase), which the engine must equal without scoring the others.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkeddata.search import matching
from linkeddata.search.facts import Facts
from linkeddata.search.index import SearchIndex
from linkeddata.search.query import parse
from linkeddata.search.results import Search
from linkeddata.search.writer import IndexWriter

WORDS = ["archive", "telegram", "embassy", "minister", "party", "treaty", "harvest", "railway"]


def _text(rng: random.Random, phrase: bool) -> str:
    """Common words in random order, both words of the phrase apart; the phrase itself, a
    random number of times, if ``phrase``."""
    words = [rng.choice(WORDS) for _ in range(rng.randrange(5, 60))]
    words.insert(rng.randrange(len(words)), "the workers and party")
    for _ in range(rng.randrange(1, 4) if phrase else 0):
        words.insert(rng.randrange(len(words)), "the party")
    return " ".join(words)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """400 documents holding "the" and "party"; one in five holds the phrase "the party"."""
    rng = random.Random(7)
    path = Path(tmp_path_factory.mktemp("ranking")) / "search.sqlite"
    writer = IndexWriter(path)
    documents = []
    for n in range(400):
        phrase = n % 5 == 0
        title = f"Document {n}" + (" on the party" if phrase and n % 3 == 0 else "")
        documents.append(
            Facts(
                iri=f"http://example.org/id/document/{n}",
                key=str(n),
                title=title,
                date=f"{1950 + n % 30}-01-01",
                editorial=False,
                summary=_text(rng, phrase and n % 2 == 0),
                texts=(_text(rng, phrase),),
            )
        )
    writer.add(documents)
    writer.finish()
    engine = SearchIndex(path)
    yield engine
    engine.close()


def _expected(path: Path, query: str, ranked: int) -> list[str]:
    """Keys in relevance order the plain way: bm25 of the loosened query over every document
    holding the words, then only those holding the phrase, the first ``ranked`` by row."""
    parsed = parse(query)
    db = sqlite3.connect(path)
    phrase = {r for (r,) in db.execute("SELECT rowid FROM text WHERE text MATCH ?", [query])}
    scored = db.execute(matching.SCORED, [parsed.ranking]).fetchall()
    kept = [(score, row) for score, row in scored if row in phrase][:ranked]
    keys = dict(db.execute("SELECT id, key FROM documents"))
    db.close()
    return [keys[row] for _, row in sorted(kept)]


@pytest.mark.parametrize("ranked", [matching.RANKED, 7])
def test_a_phrase_ranks_like_bm25_of_its_words_among_its_matches(
    engine: SearchIndex, ranked: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matching, "RANKED", ranked)
    expected = _expected(engine.path, '"the party"', ranked)
    fresh = SearchIndex(engine.path)  # the module's engine kept its answer of the other case
    results = fresh.search(Search('"the party"', limit=100))
    fresh.close()
    assert results.total == 80
    assert results.ranked == min(ranked, 80)
    assert [hit.key for hit in results.hits] == expected[:100]
    assert len(expected) == min(ranked, 80)
