"""Phrases found through the index of word pairs: the same documents as FTS5's own phrase
pass, for every kind of query, and the tokenizer's words where the pairs claim to know them.

The reference is the query as the engine ran it before the pairs: one FTS5 ``MATCH`` of the
whole expression (phrases read from positions) and the facet tokens, over the same index; and,
for two-word phrases of plain words, a brute-force look at every document's words.
"""

from __future__ import annotations

import itertools
import random
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkeddata.errors import SearchError
from linkeddata.search.columns import columns
from linkeddata.search.facts import Entity, Facts
from linkeddata.search.index import SearchIndex
from linkeddata.search.pairs import SAFE_RANGES, TOKEN, pair_text, safe
from linkeddata.search.query import parse
from linkeddata.search.results import Search
from linkeddata.search.schema import PAIRS, value_token
from linkeddata.search.text import searchable
from linkeddata.search.writer import IndexWriter

WORDS = ["in", "the", "party", "of", "Note", "on", "NOTE", "Ceaușescu", "Ceausescu", "workers"]
SEPARATORS = [" ", " ", " ", ", ", " — ", "\n", "_", "'", ". "]
ODD = ["e\u0301", "\u0378", "x\u2066y"]
"""Characters on which the pairs' words and the tokenizer's differ: a combining accent (a
letter to ``remove_diacritics``), an unassigned code point and a later format character
(letters to the tokenizer's older Unicode tables)."""
CJK = ["평", "양", "平", "壤", "朝"]
TYPES = ["http://example.org/type/letter", "http://example.org/type/telegram"]


def _text(rng: random.Random, length: int) -> str:
    parts = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.04:
            parts.append(rng.choice(ODD))
        elif roll < 0.12:
            parts.append("".join(rng.choices(CJK, k=rng.randrange(1, 4))))
        else:
            parts.append(rng.choice(WORDS))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def _entities(rng: random.Random, n: int) -> list[Entity]:
    """Entities whose labels are texts of a few words (some of one word or none)."""
    made = []
    for i in range(n):
        labels = tuple(_text(rng, rng.randrange(0, 4)) for _ in range(rng.randrange(0, 4)))
        label = labels[0] if labels else _text(rng, 1)
        made.append(Entity(f"http://example.org/id/person/{i}", "persons", label, labels))
    return made


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """300 documents of a few words, many of them neighbours in some and apart in others."""
    rng = random.Random(12)
    pool = _entities(rng, 16)
    path = Path(tmp_path_factory.mktemp("pairs")) / "search.sqlite"
    writer = IndexWriter(path)
    documents = [
        Facts(
            iri=f"http://example.org/id/document/{n}",
            key=str(n),
            title=_text(rng, rng.randrange(1, 6)),
            date=f"{1950 + n % 20}-01-01",
            editorial=False,
            summary=_text(rng, rng.randrange(0, 12)),
            texts=tuple(_text(rng, rng.randrange(0, 40)) for _ in range(rng.randrange(0, 3))),
            values={"type": (rng.choice(TYPES),)},
            entities=tuple(sorted(rng.sample(pool, rng.randrange(0, 4)), key=lambda e: e.iri)),
        )
        for n in range(300)
    ]
    writer.add(documents[:150])
    writer.add(documents[150:])
    writer.finish()
    engine = SearchIndex(path)
    yield engine
    engine.close()


def _reference(path: Path, query: str, filters: list[int]) -> set[str]:
    """The keys FTS5 matches for ``query`` in one pass, with the facet values of ``filters``."""
    tokens = [f'"{value_token(v)}"' for v in filters]
    match = " AND ".join([f"({parse(query).expression})", *tokens])
    db = sqlite3.connect(path)
    found = db.execute(
        "SELECT d.key FROM text AS t JOIN documents AS d ON d.id = t.rowid WHERE text MATCH ?",
        [match],
    )
    keys = {key for (key,) in found}
    db.close()
    return keys


def _found(engine: SearchIndex, query: str, filters: tuple[tuple[str, str], ...]) -> set[str]:
    results = engine.search(Search(query, filters, limit=1000, by_date=True))
    ranked = engine.search(Search(query, filters, limit=1000))
    assert {h.key for h in ranked.hits} == {h.key for h in results.hits}
    assert results.total == ranked.total == len(results.hits)
    return {hit.key for hit in results.hits}


def _queries(rng: random.Random) -> Iterator[str]:
    plain = ["in", "the", "party", "of", "note", "on", "workers", "ceausescu"]
    for _ in range(40):
        a, b, c = rng.sample(plain, 3)
        yield from (
            f'"{a} {b}"',
            f'"{a}, {b}"',
            f'"{a} {b} {c}"',
            f'"{a} {b}" {c}',
            f'"{a} {b}" -{c}',
            f'"{a} {b}" -"{b} {c}"',
            f'"{a} {b}" OR {c}',
            f'("{a} {b}") {c}',
            f'"{a} {b}" "{b} {c}"',
            f'"{a} {b}" {c[:3]}*',
            f'"{a} {b}"*',
            f"{a} {b}",
        )
    for _ in range(20):
        yield "".join(rng.choices(CJK, k=rng.choice((2, 3))))
    yield from ('"Ceaușescu party"', '"NOTE ON"', '"in_the"', '"e\u0301 in"', '"in e\u0301"')


def test_every_query_finds_what_fts5_finds_in_one_pass(engine: SearchIndex) -> None:
    rng = random.Random(5)
    data = engine._data()
    letters = data.facets.by_key[("type", TYPES[0])]
    differences, compared = [], 0
    for query in _queries(rng):
        for filters in ((), (("type", letters.key),)):
            try:
                found = _found(engine, query, filters)
            except SearchError:
                continue
            ids = [letters.id] if filters else []
            expected = _reference(engine.path, query, ids)
            compared += 1
            if found != expected:
                differences.append((query, filters, sorted(found ^ expected)))
    assert compared > 900
    assert differences == []


def _words(text: str) -> list[str]:
    return [w.lower() for w in TOKEN.findall(searchable(text))]


def test_two_plain_words_side_by_side_are_found_by_brute_force(engine: SearchIndex) -> None:
    """Every document whose title, summary, text or labels hold the two words next to each
    other (ignoring case and punctuation), and no other."""
    db = sqlite3.connect(engine.path)
    columns = db.execute(
        "SELECT d.key, t.title, t.summary, t.body, t.entities, t.facets"
        " FROM text AS t JOIN documents AS d ON d.id = t.rowid"
    ).fetchall()
    db.close()
    plain = [(key, texts) for key, *texts, _ in columns if all(map(safe, texts))]
    assert 50 < len(plain) < len(columns)  # both kinds of documents are there
    for a, b in [("in", "the"), ("note", "on"), ("the", "party"), ("of", "workers")]:
        expected = set()
        for key, texts in plain:
            for text in texts:
                words = _words(text)
                if (a, b) in itertools.pairwise(words):
                    expected.add(key)
        found = _found(engine, f'"{a} {b}"', ())
        assert found & {key for key, _ in plain} == expected
        assert expected


def test_the_safe_ranges_split_words_where_the_tokenizer_does() -> None:
    """Each character of the ranges, between two letters: a separator to both, or a letter to
    both; outside them, a combining accent and an unassigned code point are not."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 't', 'instance')")
    characters = [c for low, high in SAFE_RANGES for c in range(low, high + 1)]
    db.executemany(
        "INSERT INTO t(rowid, x) VALUES (?, ?)", [(c, f"x{chr(c)}y") for c in characters]
    )
    tokens: dict[int, int] = {}
    for (doc,) in db.execute("SELECT doc FROM temp.v"):
        tokens[doc] = tokens.get(doc, 0) + 1
    differing = [
        hex(c) for c in characters if tokens.get(c, 0) != len(TOKEN.findall(f"x{chr(c)}y"))
    ]
    assert differing == []
    assert len(characters) > 40_000
    assert not any(safe(f"x{odd}y") for odd in ODD)


def test_pair_text_lists_the_pairs_in_order_and_none_across_a_column() -> None:
    assert pair_text("the party of the party") == (
        "the\ue001party party\ue001of of\ue001the the\ue001party"
    )
    assert re.fullmatch(r"\S+", pair_text("in the")) is not None
    assert pair_text("alone") == ""


def test_repeated_pairs_make_the_same_index_as_each_pair_once(tmp_path: Path) -> None:
    """pair_text leaves a pair's repeats in: FTS5 (``detail=none``) must keep it once a
    document, the same lists of documents as the pairs deduplicated, byte for byte."""
    rng = random.Random(5)
    texts = [searchable(_text(rng, rng.randrange(1, 80))) for _ in range(400)]
    tables = []
    for name, make in (
        ("repeated", pair_text),
        ("once", lambda text: " ".join(dict.fromkeys(pair_text(text).split()))),
    ):
        db = sqlite3.connect(tmp_path / f"{name}.sqlite")
        db.executescript(PAIRS)
        db.executemany(
            "INSERT INTO pairs(rowid, words) VALUES (?, ?)",
            [(row, make(text)) for row, text in enumerate(texts, 1)],
        )
        db.execute("INSERT INTO pairs(pairs) VALUES ('optimize')")
        db.commit()
        tables.append(db.execute("SELECT id, block FROM pairs_data ORDER BY id").fetchall())
        db.close()
    repeated, once = tables
    assert any(len(pair_text(t).split()) > len(set(pair_text(t).split())) for t in texts)
    # record 1 holds the row count and the tokens given (which only bm25 reads, and the
    # pairs are never ranked); every other, the lists of documents, is the same
    assert [r for r in repeated if r[0] != 1] == [r for r in once if r[0] != 1]
    assert len(repeated) > 2
    assert repeated[0][0] == 1


def _whole_columns(facts: Facts) -> tuple[tuple[str, ...], str | None]:
    """The columns and pairs as the whole entities' column gives them (what
    :func:`~linkeddata.search.columns.columns` puts together from each entity's part)."""
    labels = " · ".join(label for e in facts.entities for label in e.labels or (e.label,))
    made = tuple(
        searchable(c) for c in (facts.title, facts.summary, "\n\n".join(facts.texts), labels)
    )
    if not all(map(safe, made)):
        return made, None
    return made, " ".join(map(pair_text, made))


def test_columns_from_each_entitys_part_are_those_of_the_whole_column() -> None:
    rng = random.Random(8)
    pool = _entities(rng, 40)
    checked = paired = 0
    for n in range(600):
        facts = Facts(
            iri=f"http://example.org/id/document/{n}",
            key=str(n),
            title=_text(rng, rng.randrange(1, 5)),
            date=None,
            editorial=False,
            summary=_text(rng, rng.randrange(0, 5)),
            texts=(_text(rng, rng.randrange(0, 10)),),
            entities=tuple(rng.sample(pool, rng.randrange(0, 6))),
        )
        made = columns(facts)
        assert (made.columns, made.pairs) == _whole_columns(facts)
        checked += 1
        paired += made.pairs is not None
    assert checked > paired > 100


def test_vietnamese_labels_leave_a_document_its_pairs() -> None:
    """A concept labelled in Vietnamese ("tối mật", top secret) on a third of the documents
    left them all without pairs: FTS5 read every phrase in them."""
    secret = Entity(
        "http://example.org/id/concept/top-secret",
        "concepts",
        "top secret",
        ("top secret", "tối mật", "совершенно секретно", "極秘"),
    )
    facts = Facts(
        "http://example.org/id/document/1",
        "1",
        "Note on the party",
        None,
        False,
        "",
        (),
        entities=(secret,),
    )
    made = columns(facts)
    assert made.pairs is not None
    assert "t\u1ed1i\ue001m\u1eadt" in made.pairs.split()
