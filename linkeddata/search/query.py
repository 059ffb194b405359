"""What a person types into the search box, read into an SQLite FTS5 expression.

The language is small and forgiving, and only ever yields quoted FTS5 strings, so punctuation
in a word (``76.153``, ``Workers'``) is read by the tokenizer like the indexed text, never as
FTS5 syntax:

=================== ======================================================================
``korean party``    both words (in any column, any order)
``"workers party"`` the phrase
``kore*``           a word beginning with ``kore`` (at least :data:`MIN_PREFIX` letters;
                    after a Chinese or Korean character, ``*`` is ignored: each is a word)
``a OR b``          either (``OR`` in capitals)
``-word``, ``NOT``  without that word or phrase
``( ... )``         grouping, at most :data:`MAX_DEPTH` deep
=================== ======================================================================

A query that cannot be read raises :class:`SearchError` with what to change; one too long, too
deep or with too many terms is refused the same way, so the work of any query is bounded.

>>> to_fts('korean "workers party" kore* -china')
'("korean" AND "workers party" AND "kore"*) NOT "china"'
>>> to_fts("평양 OR (Phenian Pyongyang)")
'"평\\u200b양" OR (("Phenian" AND "Pyongyang"))'
>>> parse('"workers party" -china').terms
(Term(text='workers party', phrase=True, prefix=False),)
>>> to_fts("korean OR")
Traceback (most recent call last):
linkeddata.errors.SearchError: "OR" needs a word or phrase on each side
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import SearchError
from .pairs import phrase_pair
from .text import CJK, WORD, searchable

MAX_LENGTH = 500
MAX_TERMS = 32
MAX_DEPTH = 8
MIN_PREFIX = 3
"""Letters a prefix needs: the index lists words by their first 3 and 4 letters (see
:data:`~.schema.PREFIXES`); shorter prefixes would merge the lists of thousands of words."""
_TOKEN = re.compile(r'\s*(?:(")|(\()|(\))|([^\s"()]+))')
_OPERATORS = {"OR", "AND", "NOT"}
_QUOTED = re.compile(r'"((?:[^"]|"")*)"(\*?)')
CJK_CHARACTER = re.compile(f"[{CJK}]")


@dataclass(frozen=True)
class Term:
    """A word or phrase of a query, as typed (``prefix``: it ended with ``*``)."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class Parsed:
    """A query read: its FTS5 expression, and the terms it looks for (not those it excludes),
    which snippets highlight."""

    expression: str
    terms: tuple[Term, ...]
    pairs: tuple[tuple[str, str], ...] = ()
    """The phrases of two words that every match holds (terms of the query's top level, not
    under ``OR``), as (pair token, FTS5 phrase): found in the index of word pairs
    (:mod:`.pairs`), not by FTS5's pass over both words' positions."""
    rest: str | None = None
    """:attr:`expression` without :attr:`pairs` (None: nothing more to match)."""

    @property
    def ranking(self) -> str:
        """The expression with every phrase as the AND of its words, which bm25 can rank
        cheaply: for a phrase it first counts the documents holding it, a whole pass over
        the index when the words are common; for a word that count is at hand.

        >>> parse('"korean workers" kore*').ranking
        '(("korean" AND "workers") AND "kore"*)'
        """
        return _QUOTED.sub(_loosened, self.expression)


def to_fts(query: str) -> str:
    """The FTS5 expression for ``query``; :class:`SearchError` says what to change."""
    return parse(query).expression


def parse(query: str) -> Parsed:
    """``query`` read (see the module docstring); :class:`SearchError` says what to change."""
    if len(query) > MAX_LENGTH:
        raise SearchError(f"a query of at most {MAX_LENGTH} characters, please")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in query):
        raise SearchError("the query contains a control character (such as NUL): remove it")
    tokens = _lex(query)
    if not any(isinstance(t, Term) for t in tokens):
        raise SearchError("nothing to search for: type a word, a name or a date")
    if sum(isinstance(t, Term) for t in tokens) > MAX_TERMS:
        raise SearchError(f"at most {MAX_TERMS} words and phrases in one query, please")
    parser = _Parser(tokens)
    expression = parser.disjunction(0, negated=False)
    if parser.position < len(tokens):
        raise SearchError('a ")" closes nothing: remove it or add its "("')
    terms = tuple(dict.fromkeys(parser.terms))
    if parser.top is None:
        return Parsed(expression, terms, rest=expression)
    return Parsed(expression, terms, *_paired(*parser.top))


def _paired(
    wanted: list[tuple[Term | None, str]], unwanted: list[str]
) -> tuple[tuple[tuple[str, str], ...], str | None]:
    """The two-word phrases among the ``wanted`` operands of the top level (with their
    pair tokens), and the expression of the others; if only exclusions would be left, which
    FTS5 cannot read alone, one phrase stays there as its two words (no positions read)."""
    tokens = [phrase_pair(t.text) if t and not t.prefix else None for t, _ in wanted]
    paired = [(token, fts) for token, (_, fts) in zip(tokens, wanted, strict=True) if token]
    others = [fts for token, (_, fts) in zip(tokens, wanted, strict=True) if not token]
    if not others and unwanted:
        others.append(_QUOTED.sub(_loosened, paired[-1][1]))
    if not others:
        return tuple(paired), None
    return tuple(paired), _conjunction(others, unwanted)


def _conjunction(wanted: list[str], unwanted: list[str]) -> str:
    positive = wanted[0] if len(wanted) == 1 else f"({' AND '.join(wanted)})"
    return "".join([positive, *(f" NOT {u}" for u in unwanted)])


def _lex(query: str) -> list[Term | str]:
    """Words, phrases, operators and parentheses; words without a letter or digit are
    dropped, as the tokenizer would drop them."""
    tokens: list[Term | str] = []
    position = 0
    while match := _TOKEN.match(query, position):
        position = match.end()
        quote, opening, closing, word = match.groups()
        if quote:
            end = query.find('"', position)
            if end < 0:
                raise SearchError(
                    'a quotation mark is not closed: add the closing " or remove the opening one'
                )
            starred = query.startswith("*", end + 1)
            text, position = query[position:end], end + 1 + starred
            if _has_word(text):
                tokens.append(Term(text, phrase=True, prefix=_prefix(text, starred)))
        elif opening or closing:
            tokens.append("(" if opening else ")")
        elif word == "-" and query[position : position + 1] in ('"', "("):
            tokens.append("NOT")
        elif word in _OPERATORS:
            tokens.append(word)
        elif word.startswith("-") and len(word) > 1:
            tokens.append("NOT")
            tokens.extend(_words(word[1:]))
        else:
            tokens.extend(_words(word))
    return tokens


def _words(word: str) -> list[Term | str]:
    text = word.rstrip("*")
    if not _has_word(text):
        return []
    return [Term(text, prefix=_prefix(text, word.endswith("*")))]


def _prefix(text: str, starred: bool) -> bool:
    """Whether a term typed with ``*`` is read as a prefix: not after a CJK character (each
    is a word of its own); :class:`SearchError` if its last word is too short for one."""
    if not starred:
        return False
    last = WORD.findall(text)[-1]
    if CJK_CHARACTER.fullmatch(last):
        return False
    if len(last) < MIN_PREFIX:
        raise SearchError(f"{last}*: a prefix needs at least {MIN_PREFIX} letters before the *")
    return True


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


class _Parser:
    """Recursive descent over the tokens: OR of ANDs of (possibly negated) terms or groups."""

    def __init__(self, tokens: list[Term | str]) -> None:
        self.tokens = tokens
        self.position = 0
        self.terms: list[Term] = []
        self.top: tuple[list[tuple[Term | None, str]], list[str]] | None = None
        """The operands of the query's top level if it is one conjunction (no OR): each
        wanted one (with its term, None for a group) and the excluded ones."""

    def _peek(self) -> Term | str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def disjunction(self, depth: int, *, negated: bool) -> str:
        parts = [self.conjunction(depth, negated=negated)]
        while self._peek() == "OR":
            self.position += 1
            parts.append(self.conjunction(depth, negated=negated))
        if depth == 0 and len(parts) > 1:
            self.top = None
        return " OR ".join(parts)

    def conjunction(self, depth: int, *, negated: bool) -> str:
        wanted: list[tuple[Term | None, str]] = []
        unwanted: list[str] = []
        while (token := self._peek()) is not None and token not in ("OR", ")"):
            self.position += 1
            if token == "AND":
                continue
            if token == "NOT":
                unwanted.append(self._operand(self._next("NOT"), depth, negated=True))
            else:
                operand = self._operand(token, depth, negated=negated)
                wanted.append((token if isinstance(token, Term) else None, operand))
        if not wanted:
            if unwanted:
                raise SearchError(
                    "only exclusions (-word, NOT) find nothing: add a word to look for"
                )
            if self._peek() == ")":
                raise SearchError("empty parentheses: put a word inside or remove them")
            raise SearchError('"OR" needs a word or phrase on each side')
        if depth == 0:
            self.top = (wanted, unwanted)
        return _conjunction([operand for _, operand in wanted], unwanted)

    def _next(self, after: str) -> Term | str:
        token = self._peek()
        if token is None or token in ("OR", "AND", "NOT", ")"):
            raise SearchError(f'"{after}" needs a word or phrase after it')
        self.position += 1
        return token

    def _operand(self, token: Term | str, depth: int, *, negated: bool) -> str:
        if isinstance(token, Term):
            if not negated:
                self.terms.append(token)
            return _quoted(token)
        if token != "(":
            raise SearchError(f'"{token}" needs a word or phrase after it')
        if depth >= MAX_DEPTH:
            raise SearchError(f"parentheses nested more than {MAX_DEPTH} deep: simplify the query")
        inner = self.disjunction(depth + 1, negated=negated)
        if self._peek() != ")":
            raise SearchError('a "(" is not closed: add its ")"')
        self.position += 1
        return f"({inner})"


def _quoted(term: Term) -> str:
    text = searchable(term.text).replace('"', '""')
    return f'"{text}"' + ("*" if term.prefix else "")


def _loosened(phrase: re.Match[str]) -> str:
    words = [f'"{w}"' for w in WORD.findall(phrase.group(1).replace('""', '"'))]
    words[-1] += phrase.group(2)
    return words[0] if len(words) == 1 else f"({' AND '.join(words)})"
