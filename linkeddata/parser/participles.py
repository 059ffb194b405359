"""A participle after the parties opens what the document does: "Telegram from Roshchin to
Filippov [Stalin] Relaying Mao's Message", "from Shtykov to Vyshinsky passing on Kim Il Sung's
Request". Any word in "-ing" does, not only the ones a list names, unless it is part of a name:
a place after "in" or "to" ("Beijing", "Kunming"), what a body is of ("the Ministry of
Machine Building"), a given name after a Chinese family name
("Deng Xiaoping"), a syllable ("Jiang Qing", "Martin Luther King"), a hyphenated romanisation
("Teng Hsiao-ping"), or a name's last word, which nothing follows ("Ian Fleming to X")."""

from __future__ import annotations

import re

from .names import shared_family_name

_PARTICIPLE = re.compile(
    r"(?<=[\w\]).’'])\s+(?P<word>[A-Za-z]{3,}ing)\s+(?!(?i:and|or|to|in|of|at|by|from|via)\b)"
    r"(?=[\w'’\"“])"
)
_NAMES_IN_ING = frozenset({"beijing", "peking", "nanjing", "nanking", "chongqing", "chungking"})
_PLACE_BEFORE = re.compile(r"(?i:in|to|at|from|of|on|for|the|a|an)$")
_BODY_RUN = re.compile(r"\s(?i:of|for|on)\s+(?:[A-Z][\w'’-]*\s+)*$")
"""What a body is of, for or on, in capitals, which a gerund goes on ("the Ministry of Machine
Building", "the Board on Testing Energy")."""


def participle_stop(text: str) -> int | None:
    """Where the first participle after a name opens another clause in ``text``, if one does."""
    for found in _PARTICIPLE.finditer(text):
        word = found["word"]
        before = text[: found.start()].split()
        previous = before[-1] if before else ""
        if (
            len(word) < 6
            or word.casefold() in _NAMES_IN_ING
            or _PLACE_BEFORE.fullmatch(previous)
            or shared_family_name(previous)
            or (word[0].isupper() and _BODY_RUN.search(text, 0, found.start() + 1))
        ):
            continue
        return found.start()
    return None
