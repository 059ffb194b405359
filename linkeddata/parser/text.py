"""Text plumbing shared by the parser's modules: decoding, line-tracked paragraphs, names.

A paragraph that wraps over several file lines is read as one string; :class:`Joined` keeps
where each line starts so every value cut out of it still knows its file line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import RecordError
from ..record import Located

_BOM = "\ufeff"
_ARTICLE = re.compile(r"^\[?(?i:the)\]?\s+")
# Patterns that may start inside a run of spaces begin with (?<!\s): without it, a search
# retries the run from each of its characters, which is quadratic on a long run.
_NAME_LIST_SEPARATOR = re.compile(r",\s*(?:(?:and|&)\s+)?|(?<!\s)\s+(?:and|&)\s+")  # "A, B, and C"
_SHORT_ABBREVIATION = re.compile(r"^[A-Z]{1,3}\.?$")  # "DC" in "Washington, DC"
_GENERATION = re.compile(r"^(?:Jr|Sr|Jun|Sen)\.?$")  # "Robert Rossow, Jr." ("II", "III" above)
# Lower-case words that may stand inside a proper name ("Ministry of Foreign Affairs").
_FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "to", "for", "at", "on", "y"})
NAME_PARTICLES = frozenset(
    {"de", "du", "la", "le", "der", "des", "von", "van", "al", "el", "bin", "ibn", "da", "di"}
    | {"do", "dos", "das", "del", "della", "dei", "ter", "ten", "zu", "ul", "ud", "ur"}
)
"""Words a personal name may hold in lower case: "Charles de Gaulle", "José Eduardo dos
Santos", "Lopo do Nascimento", "Zia ul Haq" (the Arabic article as Urdu names write it); a
name may begin with one in capitals ("Le Duan", "Van Tien Dung")."""
_PARTICLES = _FUNCTION_WORDS | NAME_PARTICLES | {"a.i."}
"""Words a name may hold in lower case, never beginning it with a function word; "a.i." (ad
interim) is part of an office: "Chargé d'Affaires a.i. in Beijing Zhou Qiuye"."""
CITY_NAME = r"[A-Z][^\W\d_'’]+(?:[ -][A-Z][^\W\d_'’]+){0,2}"
"""A city as a place's name is written after a comma: "Pyongyang", "East Berlin", "Ho Chi Minh"."""
SEAT_AFTER = rf",\s+(?P<seat>{CITY_NAME})\s*(?:,|$)"
"""A city between commas after a name, where the named sits: "the Hungarian Embassy, Pyongyang"."""
_NAME_WORD_START = re.compile(r"^[\W\d_]*[^\W\d_]")
_ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ul|ud|ur)"
ARABIC_PARTICLE = rf"(?:{_ARABIC_ARTICLE}|bin|ibn)"
"""The Arabic article and "son of", alone inside a name in lower case: "Izzat Ibrahim al Duri",
"Hussein bin Talal"."""
JOINED_PARTICLE = rf"(?:{_ARABIC_ARTICLE}|ibn|bin|ben|abu|d)[-'’]"
"""An article or particle joined to a name: "al-Karim", "el-Sadat", "ul-Haq", "d'Estaing"."""
_ARTICLE_PREFIX = re.compile(rf"^{JOINED_PARTICLE}(?=[^\W\d_])")
_ARABIC_PARTICLE = re.compile(ARABIC_PARTICLE)
_ARABIC_WORD = re.compile(rf"{ARABIC_PARTICLE}(?:[-'’](?=[^\W\d_])|$)")  # "al", "al-Duri"
_ANY_ARABIC_WORD = re.compile(rf"(?:^|\s){ARABIC_PARTICLE}(?:[-'’](?=[^\W\d_])|\s|$)")
""":data:`_ARABIC_WORD` at the start of any word of a text: one search instead of a match a word
(names are read a hundred thousand times a build)."""


def decode(data: str | bytes, source: str) -> str:
    """The record's text with ``\\n`` line ends; a file that is not text is a RecordError."""
    if isinstance(data, bytes):
        data = data.removeprefix(b"\xef\xbb\xbf")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = _line_of(data, exc.start)
            raise RecordError(f"not UTF-8 (byte {exc.start})", source, line) from None
    else:
        text = data.removeprefix(_BOM)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            line = _line_of(text, exc.start)
            raise RecordError("text holds a lone surrogate", source, line) from None
    if (nul := text.find("\x00")) >= 0:
        raise RecordError("binary file (NUL character)", source, _line_of(text, nul))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise RecordError("empty record", source, 1)
    return text


def _line_of(data: str | bytes, index: int) -> int:
    """The 1-based line of an offset, counting LF, CRLF and lone CR line ends."""
    prefix = data[:index]
    if isinstance(prefix, bytes):
        return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1
    return prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n") + 1


@dataclass(frozen=True, slots=True)
class Joined:
    """Lines joined into one string, remembering the file line of every offset."""

    text: str
    starts: tuple[int, ...]
    lines: tuple[int, ...]

    @classmethod
    def of(cls, numbered: Sequence[tuple[int, str]], sep: str = " ") -> Joined:
        """Join stripped lines with ``sep``; ``numbered`` holds (file line, text) pairs."""
        starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for _, text in numbered:
            starts.append(offset)
            parts.append(text)
            offset += len(text) + len(sep)
        return cls(sep.join(parts), tuple(starts), tuple(n for n, _ in numbered))

    def line_at(self, offset: int) -> int:
        """The file line of a character offset."""
        return self.lines[max(bisect_right(self.starts, offset) - 1, 0)] if self.lines else 0

    def located(self, start: int, end: int) -> Located[str] | None:
        """The stripped text between two offsets with its line; None when it is blank."""
        value = self.text[start:end]
        stripped = value.strip()
        if not stripped:
            return None
        return Located(stripped, self.line_at(start + len(value) - len(value.lstrip())))


def trimmed(item: Located[str] | None, chars: str) -> Located[str] | None:
    """A located value less ``chars`` (and spaces) at its ends; None when nothing is left."""
    if item is None:
        return None
    value = item.value.strip(chars).strip()
    return Located(value, item.line) if value else None


def last_bracket(name: str) -> tuple[str, str] | None:
    """The name before a bracketed part that ends it, and that part: "Feng Xi (Stalin)" and
    "Filippov [Stalin]" give the cover name and who it was."""
    if not name.endswith((")", "]")):
        return None
    opening = max(name.rfind("("), name.rfind("["))
    return (name[:opening].strip(), name[opening + 1 : -1].strip()) if opening >= 0 else None


def strip_article(name: str) -> str:
    """Drop a leading English article: "the Romanian Embassy" names "Romanian Embassy"."""
    return _ARTICLE.sub("", name, count=1)


def is_name_like(text: str, max_words: int = 6) -> bool:
    """Whether a phrase reads as a proper name: capitalised words and inner particles only."""
    words = text.split()
    if not 0 < len(words) <= max_words:
        return False
    if words[0].casefold() in _FUNCTION_WORDS or words[0].islower():
        return False
    for word in words:
        if word.strip("[]()").casefold() in _PARTICLES or word[:1].isdigit():
            continue
        head = _NAME_WORD_START.match(unjoined(word))  # "al-Karim"
        if head is None or not head.group()[-1].isupper():
            return False
    return True


def unjoined(word: str) -> str:
    """A name's word less the particle joined to it: "al-Assad" is Assad."""
    return _ARTICLE_PREFIX.sub("", word, count=1)


def arabic_name_words(words: Sequence[str]) -> list[str] | None:
    """The words that count in a name written with the Arabic article or "son of" ("Hafez
    al-Assad", "Sabir Abd al-Aziz al-Duri", "Hussein bin Talal"), each less its joined
    article: like "da" or "van" in other names, the particles ("al", "bin", "Abd al-") count
    for nothing. None when no word after the first holds such a particle."""
    if _ANY_ARABIC_WORD.search(" ".join(words[1:])) is None:
        return None
    following = [*words[1:], ""]
    return [
        unjoined(word)
        for index, (word, after) in enumerate(zip(words, following, strict=True))
        if not (index and _ARABIC_PARTICLE.fullmatch(word))
        and not (word == "Abd" and _ARABIC_WORD.match(after))  # "Abd al-Aziz" is Aziz
    ]


def split_names(text: str) -> list[tuple[int, str]]:
    """Split "A, B and C" into (offset, name) pairs, keeping "Washington, DC" and a
    generational suffix after a comma ("Arthur M. Schlesinger, Jr.") whole."""
    names: list[tuple[int, str]] = []
    pos = 0
    after_comma = False
    for match in [*_NAME_LIST_SEPARATOR.finditer(text), None]:
        end = match.start() if match else len(text)
        part = text[pos:end]
        if names and after_comma and (_SHORT_ABBREVIATION.match(part) or _GENERATION.match(part)):
            start = names[-1][0]
            names[-1] = (start, text[start:end])
        elif part.strip():
            names.append((pos, part))
        if match:
            pos = match.end()
            after_comma = "," in match.group()
    return names
