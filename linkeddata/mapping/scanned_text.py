"""Running text as the authority file's scanner reads it: words, the gaps between them, and
what the file says of a word alone, which the checks around a label met in it
(:mod:`.longer_names`, :mod:`.owners`) read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

Known = Callable[[str], bool]
"""Whether a word alone is a label of the authority file."""

_FUNCTION_WORDS = frozenset(
    {"the", "and", "for", "from", "with", "between", "about", "into", "upon", "over", "under"}
    | {"after", "before", "via", "per", "its", "his", "her", "not", "nor", "but", "off", "out"}
    | {"during", "against", "through", "concerning", "regarding", "without", "within"}
    | {"toward", "towards", "than", "that", "this", "these", "those", "their", "which"}
)
"""Words a title in title case writes in lower case."""


@dataclass(frozen=True)
class Text:
    """Running text as the scanner reads it: its words, what stands before each (``gaps[k]``:
    a space, a point, a hyphen, a line break), whether it is prose (not a title in title
    case, "Mao Meets Nixon", whose capitals say nothing of where names begin) or written in
    capitals (a cable), and ``known``: whether a word alone names something in the authority
    file ("Moscow", "Hungary"), which is then no given name."""

    words: list[str]
    gaps: list[str]
    known: Known
    first_name: Known
    """Whether a word begins the name of a person of the authority file ("Edward", "Joseph"):
    in a title in title case only such a word is read as a given name ("Mao Meets Nixon")."""
    dotted: frozenset[str] = frozenset()
    """The words that were runs of initials without spaces ("SA" of "S.A. Mikoyan")."""
    running: bool = False
    """Whether the text is a summary or a body, prose whatever its case: a line of names
    ("Nexhmije Hoxha and Fiqrete Shehu.") is no title in title case."""

    @cached_property
    def prose(self) -> bool:
        """Running text, or a word of three letters or more in lower case that is no function
        word ("met", "spoke"): a title in title case has none."""
        return self.running or any(
            len(w) > 2 and w.islower() and w not in _FUNCTION_WORDS and w.isalpha()
            for w in self.words
        )

    @cached_property
    def capitals(self) -> bool:
        return sum(map(str.isupper, self.words)) * 3 > len(self.words) * 2

    def before(self, i: int, most: int = 5) -> list[str]:
        """The words before word ``i`` with only spaces between them and it, ``most`` at
        most: the office written before a name ("Indian Ambassador" of "... with Indian
        Ambassador Nehru")."""
        start = i
        while start > max(0, i - most) and self.gaps[start].strip(" ") == "":
            start -= 1
        return self.words[start:i]

    def across_list_comma(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` run over a list's comma between two
        names each going on beyond them: "Li, Peng" of "Comrades Wan Li, Peng Zhen" is no
        name written surname first."""
        inside = any("," in self.gaps[k] for k in range(start + 1, end))
        return (
            inside
            and start > 0
            and end < len(self.words)
            and self.gaps[start] == self.gaps[end] == " "
            and self.words[start - 1][:1].isupper()
            and self.words[end][:1].isupper()
        )
