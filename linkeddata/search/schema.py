"""The search index file (``search.sqlite`` of a release): its tables, written once here.

======================= =====================================================================
``meta``                the format version and the documents in date order (:data:`BY_DATE`)
``documents``           one row per published document: what a result or listing shows,
                        and the ids of its facet values (an ``array('I')``)
``text``                FTS5 over title, summary, full texts and entity labels (rowid = the
                        document's row), plus a ``facets`` column of value tokens
                        (:func:`value_token`) that filters match and ranking ignores
``facet_values``        every facet value: facet, key (in URLs), IRI, label, document count
                        and the documents (an ``array('I')`` of their rows)
``entities``            every person, organisation, place and concept the documents link to
``pairs``               FTS5 over each document's pairs of neighbouring words, one token a
                        pair, without positions (:mod:`.pairs`): a two-word phrase's list
``entity_text``         FTS5 over the entities' labels in every language
``roles``               for every entity and role (:mod:`.roles`), its documents in date
                        order (an ``array('I')`` of rows): an entity page reads a page of
                        them as a slice of the blob
``frequent``            the documents of the words, prefixes and word pairs that many
                        documents hold (:mod:`.frequent`), by table and ``MATCH`` text: a
                        bitmap of rows each
======================= =====================================================================

Documents are numbered in the order the build writes them, skipping 0 and the UTF-16
surrogates (U+D800-U+DFFF): a set of matches then comes back from SQLite as one string of
``char(rowid)`` characters, decoded at C speed (:func:`linkeddata.search.index.SearchIndex`).
That allows 1,112,062 documents.
"""

from __future__ import annotations

from ..errors import BuildError

VERSION = "6"
TOKENIZER = "unicode61 remove_diacritics 2"
PREFIXES = "3 4"
"""Prefix lengths FTS5 indexes: ``kore*`` reads one list instead of merging those of every
word it begins (at 100,000 documents, 35 ms for one count), for a third more index."""
TEXT_COLUMNS = ("title", "summary", "body", "entities")
WEIGHTS = (10.0, 4.0, 1.0, 2.0, 0.0)
"""bm25 weights of the columns of ``text``: a word of the title counts ten times a word of
the full text; the facet tokens count nothing."""
BY_DATE = "by-date"
VALUE_MARK = "\ue000"
UNPAIRED = "\ue002"
"""The token, in the ``facets`` column, of the documents whose word pairs may differ from the
tokenizer's words (:func:`.pairs.safe`): a phrase is looked for by FTS5 among them."""
SURROGATES = range(0xD800, 0xE000)
LAST = 0x10FFFF

PAIRS = f"""CREATE VIRTUAL TABLE pairs USING fts5(
    words, content='', detail=none, columnsize=0, tokenize='{TOKENIZER}'
);"""
TABLES = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    iri TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    editorial INTEGER NOT NULL,
    types TEXT NOT NULL,
    facet_values BLOB NOT NULL
);
CREATE VIRTUAL TABLE text USING fts5(
    {", ".join(TEXT_COLUMNS)}, facets, tokenize='{TOKENIZER}', prefix='{PREFIXES}'
);
CREATE TABLE facet_values(
    id INTEGER PRIMARY KEY,
    facet TEXT NOT NULL,
    key TEXT NOT NULL,
    iri TEXT,
    label TEXT NOT NULL,
    count INTEGER NOT NULL,
    documents BLOB NOT NULL,
    UNIQUE(facet, key)
);
CREATE TABLE entities(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    iri TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    documents INTEGER NOT NULL
);
{PAIRS}
CREATE VIRTUAL TABLE entity_text USING fts5(labels, tokenize='{TOKENIZER}');
CREATE TABLE roles(
    entity TEXT NOT NULL,
    role TEXT NOT NULL,
    count INTEGER NOT NULL,
    documents BLOB NOT NULL,
    PRIMARY KEY(entity, role)
) WITHOUT ROWID;
CREATE TABLE frequent(
    source TEXT NOT NULL,
    match TEXT NOT NULL,
    documents BLOB NOT NULL,
    PRIMARY KEY(source, match)
) WITHOUT ROWID;
"""
INDEXES = "CREATE INDEX documents_by_key ON documents(key, date, editorial, types);"
"""Made once the documents are in: a listing finds its page's documents by key, and the index
covers what it shows beside a document's label, so a page of a thousand is read from the index
alone."""


def value_token(value: int) -> str:
    """The token standing for facet value ``value`` in the ``facets`` column.

    It begins with a private-use character, which the tokenizer keeps in a token and
    :func:`~.text.searchable` removes from every text and query: no word typed can match it,
    so queries need no column filter (which would cost FTS5 a look at every match's
    positions).

    >>> value_token(12)
    '\ue00012'
    """
    return f"{VALUE_MARK}{value}"


def next_row(row: int) -> int:
    """The row after ``row`` (0 for the first), skipping the surrogates.

    >>> next_row(0), next_row(0xD7FF)
    (1, 57344)
    """
    row += 1
    if row in SURROGATES:
        row = SURROGATES.stop
    if row > LAST:
        raise BuildError(f"more than {LAST - len(SURROGATES)} documents: the search index is full")
    return row
