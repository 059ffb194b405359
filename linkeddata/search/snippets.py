"""Highlighted titles and snippets, made from the stored text and the words a query looks for.

SQLite's own ``snippet()`` re-runs the query for each row it is asked about: for a prefix
(``kore*``) that means merging the document lists of every word it begins, twenty times a
page. Here the page's texts are read by row number once and the query's words found in them
as the tokenizer finds them (letters and digits, each CJK character alone, case and
diacritics folded), which costs well under a millisecond a document. Everything but the
``<mark>`` elements is escaped: text from the collection can never become markup.

>>> words = Words.of([Term("workers party", phrase=True), Term("kore", prefix=True)])
>>> str(highlight("The <Korean> Workers' Party", words))
'The &lt;<mark>Korean</mark>&gt; <mark>Workers</mark>&#39; <mark>Party</mark>'
>>> str(snippet("평양에서 보낸 편지입니다", Words.of([Term("평양")]), tokens=3))
'<mark>평양</mark>에…'
>>> snippet("nothing here", words) is None
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from .query import Term
from .text import CJK_CHARACTER, WORD, readable

CONTEXT = 8
"""Tokens shown before the first match."""
BEFORE, AFTER = 100, 300
"""Characters read around the first occurrence of a word: enough for the tokens shown."""


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Text as the tokenizer compares it: case and diacritics folded, and (but for a rare
    letter) every character where it was, which :func:`snippet` relies on."""
    if text.isascii():
        return text.lower()
    bare = _COMBINING.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", bare).lower()


@dataclass(frozen=True)
class Words:
    """The token sequences a query looks for; the last token of a prefix term is a prefix."""

    sequences: tuple[tuple[tuple[str, ...], bool], ...]

    @classmethod
    def of(cls, terms: Iterable[Term]) -> Words:
        sequences = []
        for term in terms:
            tokens = tuple(fold(m.group()) for m in WORD.finditer(term.text))
            if tokens:
                sequences.append((tokens, term.prefix))
        return cls(tuple(sequences))

    @functools.cached_property
    def loosely(self) -> re.Pattern[str]:
        """Where in a folded text any of the sequences may stand: the tokens of one as
        substrings, with any separators (or none) between them; wherever a sequence stands
        as tokens, this matches."""
        return re.compile(
            "|".join(r"[\W_]*".join(map(re.escape, sequence)) for sequence, _ in self.sequences)
        )


def _matches(
    text: str, words: Words, start: int = 0, end: int | None = None
) -> tuple[list[re.Match[str]], set[int]]:
    """The tokens of ``text[start:end]`` and the indexes of those that ``words`` match."""
    end = len(text) if end is None else end
    tokens = list(WORD.finditer(text, start, end))
    stretch = fold(text[start:end])
    if len(stretch) == end - start:  # folded in place: one call for the whole stretch
        folded = [stretch[t.start() - start : t.end() - start] for t in tokens]
    else:
        folded = [fold(t.group()) for t in tokens]
    starts: dict[str, list[int]] = {}
    for index, token in enumerate(folded):
        starts.setdefault(token, []).append(index)
    marked: set[int] = set()
    for sequence, prefix in words.sequences:
        last = len(sequence) - 1
        if last == 0 and prefix:
            first = [i for token, at in starts.items() if token.startswith(sequence[0]) for i in at]
        else:
            first = starts.get(sequence[0], [])
        for i in first:
            candidate = folded[i : i + last + 1]
            if len(candidate) == last + 1 and candidate[:last] == list(sequence[:last]):
                ending = candidate[last]
                if ending == sequence[last] or (prefix and ending.startswith(sequence[last])):
                    marked.update(range(i, i + last + 1))
    return tokens, marked


def _marked(text: str, tokens: list[re.Match[str]], marked: set[int], start: int, end: int) -> str:
    """``text[start:end]`` escaped, the marked tokens in ``<mark>`` (one for touching tokens,
    such as the characters of a Chinese word)."""
    spans: list[list[int]] = []
    for index in sorted(marked):
        token = tokens[index]
        if token.start() < start or token.end() > end:
            continue
        if spans and spans[-1][1] == token.start():
            spans[-1][1] = token.end()
        else:
            spans.append([token.start(), token.end()])
    parts, position = [], start
    for left, right in spans:
        parts += [str(escape(text[position:left])), "<mark>", str(escape(text[left:right]))]
        parts.append("</mark>")
        position = right
    parts.append(str(escape(text[position:end])))
    return "".join(parts)


def highlight(text: str, words: Words) -> Markup:
    """All of ``text``, its matches marked."""
    tokens, marked = _matches(text, words)
    return Markup(_marked(text, tokens, marked, 0, len(text)))


def _first(folded: str, sequence: tuple[str, ...], prefix: bool) -> int:
    """Where the first token of ``sequence`` first stands as a token of ``folded`` (not inside
    a longer word: "the" in "other" would send :func:`snippet` through the whole text), or -1."""
    head = sequence[0]
    whole = len(head) == 1 and CJK_CHARACTER.match(head) is not None
    open_end = whole or (prefix and len(sequence) == 1)
    at = folded.find(head)
    while at >= 0:
        end = at + len(head)
        if whole or (
            (at == 0 or not folded[at - 1].isalnum())
            and (open_end or end == len(folded) or not folded[end].isalnum())
        ):
            return at
        at = folded.find(head, at + 1)
    return -1


def _stretch(text: str, first: int) -> tuple[int, int]:
    """The whole words from :data:`BEFORE` characters before ``first`` to :data:`AFTER` after
    it: (start, end), end -1 for the end of the text."""
    return text.rfind(" ", 0, max(first - BEFORE, 0)) + 1, text.find(" ", first + AFTER)


def _around(text: str, words: Words, first: int) -> tuple[list[re.Match[str]], set[int]]:
    """:func:`_matches` of the :func:`_stretch` around ``first``."""
    low, high = _stretch(text, first)
    return _matches(text, words, low, len(text) if high < 0 else high)


def _phrase_around(
    text: str, folded: str, words: Words, tokens: int
) -> tuple[list[re.Match[str]], set[int]] | None:
    """The tokens and matches around the first place where a sequence of ``words`` may stand,
    if they are those of the whole text there; ``([], set())`` if not; None if there is no
    such place (and so no match: a text holding the words apart is not tokenized).

    The place is found at C speed by :meth:`Words.loosely` (each token as a substring, any
    separators between them): no match is before it. The stretch read is the whole text's
    wherever the snippet shows it when it holds the snippet's :data:`CONTEXT` tokens before
    the first match and, after the tokens shown, room for a match that begins among them
    (or reaches the text's start and end): then the snippet is the one the whole text would
    give, without tokenizing a full text for a phrase of common words."""
    place = words.loosely.search(folded)
    if place is None:
        return None
    low, high = _stretch(text, place.start())
    found, marked = _matches(text, words, low, len(text) if high < 0 else high)
    if not marked:
        return [], set()
    first = max(min(marked) - CONTEXT, 0)
    longest = max(len(sequence) for sequence, _ in words.sequences)
    if (min(marked) < CONTEXT and low > 0) or (high >= 0 and first + tokens + longest > len(found)):
        return [], set()
    return found, marked


def snippet(text: str, words: Words, tokens: int = 24) -> Markup | None:
    """``tokens`` tokens of ``text`` around its first match, marked; None if nothing matches.

    The folded text is searched first (at C speed) for the words' first tokens: a text
    without any is not tokenized at all, and where folding kept every character in place
    only the stretch around the first occurrence is (a full text is a few thousand words).
    """
    text = readable(text)
    folded = fold(text)
    places = [
        p for sequence, prefix in words.sequences if (p := _first(folded, sequence, prefix)) >= 0
    ]
    if not places:
        return None
    found: list[re.Match[str]] = []
    marked: set[int] = set()
    if len(folded) == len(text):
        found, marked = _around(text, words, min(places))
        if not marked:  # a phrase's first word stood alone, but not the phrase there
            around = _phrase_around(text, folded, words, tokens)
            if around is None:
                return None
            found, marked = around
    if not marked:  # folding moved characters (rarely), or the first was inside a word
        found, marked = _matches(text, words)
    if not marked:
        return None
    first = max(min(marked) - CONTEXT, 0)
    last = min(first + tokens, len(found)) - 1
    start, end = found[first].start(), found[last].end()
    if WORD.search(text, 0, start) is None:  # nothing left out before
        start = 0
    if WORD.search(text, end) is None:  # nor after
        end = len(text)
    body = _marked(text, found, marked, start, end).strip()
    return Markup(("…" if start else "") + body + ("…" if end < len(text) else ""))


def opening(text: str, tokens: int = 24) -> Markup | None:
    """The first ``tokens`` tokens of ``text`` (a result whose match is elsewhere)."""
    text = readable(text)
    found = list(WORD.finditer(text))
    if not found:
        return None
    end = found[min(tokens, len(found)) - 1].end()
    return Markup(escape(text[:end].strip()) + ("…" if end < len(text) else ""))
