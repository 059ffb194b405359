"""The search box's language: what it reads, what it refuses, and that SQLite FTS5 accepts
everything it writes (whatever a person or a fuzzer types)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from linkeddata.errors import SearchError
from linkeddata.search import snippets
from linkeddata.search.query import MAX_DEPTH, Term, parse, to_fts
from linkeddata.search.schema import TOKENIZER
from linkeddata.search.snippets import Words, snippet


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{TOKENIZER}')")
    db.execute("INSERT INTO t VALUES ('the Korean Workers'' Party met in Pyongyang')")
    yield db
    db.close()


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("korea", '"korea"'),
        ("Korean  party", '("Korean" AND "party")'),
        ('"workers party"', '"workers party"'),
        ('"workers par"*', '"workers par"*'),
        ("kor*", '"kor"*'),
        ("a OR b c", '"a" OR ("b" AND "c")'),
        ("a -b", '"a" NOT "b"'),
        ('a -"b c"', '"a" NOT "b c"'),
        ("a -(b OR c)", '"a" NOT ("b" OR "c")'),
        ("a NOT b", '"a" NOT "b"'),
        ("a AND b", '("a" AND "b")'),
        ('say "hi"', '("say" AND "hi")'),
        ('o"brien"', '("o" AND "brien")'),  # a quote inside a word opens a phrase
        ("76.153", '"76.153"'),
        ("平壤*", '"平\u200b壤"'),  # a CJK character is a word: no prefix
        ("Workers'", '"Workers\'"'),
        ("— & a", '"a"'),  # words without a letter or digit are dropped
    ],
)
def test_queries_read(query: str, expression: str) -> None:
    assert to_fts(query) == expression


def test_terms_are_what_the_query_looks_for() -> None:
    parsed = parse('korea "workers party" kor* -china NOT (japan OR usa)')
    assert parsed.terms == (
        Term("korea"),
        Term("workers party", phrase=True),
        Term("kor", prefix=True),
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"open', "not closed"),
        ("a OR", '"OR" needs'),
        ("-a", "only exclusions"),
        ("a ()", "empty parentheses"),
        ("()", "nothing to search for"),
        ("(a", '"(" is not closed'),
        ("a)", '")" closes nothing'),
        ("(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1), "nested more than"),
        ("a\x00", "control character"),
        ("", "nothing to search for"),
        ("ko*", "at least 3 letters"),
        ('"a b"*', "at least 3 letters"),
    ],
)
def test_queries_refused_say_what_to_change(query: str, message: str) -> None:
    with pytest.raises(SearchError, match=re.escape(message)):
        to_fts(query)


def test_nesting_to_the_limit_is_fine() -> None:
    assert to_fts("(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH).count("(") == MAX_DEPTH


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab平 \"()*-:^{}.'\\OR AND NOT NEAR+"), max_size=60))
def test_whatever_is_typed_fts5_reads_or_we_refuse(fts: sqlite3.Connection, query: str) -> None:
    try:
        expression = to_fts(query)
    except SearchError:
        return
    fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_read_or_refused(fts: sqlite3.Connection, query: str) -> None:
    try:
        expression = to_fts(query)
    except SearchError:
        return
    fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


def test_a_snippet_finds_the_word_where_it_stands_alone() -> None:
    """Regression: the first "the" inside "other" sent the snippet through the whole text;
    it is found where it stands as a word, and only there is it marked."""
    text = "Another other thereby " + "filler " * 300 + "and then the telegram. " + "x " * 400
    found = snippet(text, Words.of([Term("the")]))
    assert found is not None
    assert "<mark>the</mark> telegram" in found
    assert found.count("<mark>") == 1
    prefixed = snippet("Ano ther: theory", Words.of([Term("the", prefix=True)]))
    assert prefixed is not None
    assert "<mark>ther</mark>" in prefixed
    assert snippet("平壤来电", Words.of([Term("来")])) == Markup("平壤<mark>来</mark>电")


_PIECES = [
    "the",
    "party",
    "workers",
    "Parti",
    "thé",
    "other",
    "平",
    "壤",
    "平壤",
    "-",
    ", ",
    "  ",
    "\n",
    "Internationalisationsbestrebungen",  # long words: the stretch read may be too short
    "Zusammenarbeitsvereinbarungen",
]

QUERIES = ['"the party"', '"workers the"', '"平壤"', '"the par"*', "party", "thé*"]


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.sampled_from(_PIECES), min_size=50, max_size=400).map(" ".join),
    query=st.sampled_from(QUERIES),
)
def test_a_phrase_snippet_is_read_where_the_phrase_may_stand(query: str, text: str) -> None:
    """When a phrase is not where its first word first stands alone, a snippet reads the
    stretch where the phrase may stand (:func:`~linkeddata.search.snippets._phrase_around`)
    rather than the whole text: a shortcut, which gives the snippet the whole text gives."""
    words = Words.of(parse(query).terms)
    found = snippet(text, words)
    with pytest.MonkeyPatch.context() as whole:
        whole.setattr(snippets, "_phrase_around", lambda *_: ([], set()))
        assert snippet(text, words) == found


def test_a_phrase_snippet_skips_its_first_word_standing_alone() -> None:
    text = "the " + "filler words here " * 200 + "and then the party met. " + "x " * 400
    found = snippet(text, Words.of([Term("the party", phrase=True)]))
    assert found is not None
    assert "<mark>the</mark> <mark>party</mark> met" in found
    assert snippet("the workers and the other party", Words.of(parse('"the party"').terms)) is None
